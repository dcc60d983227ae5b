/**
 * The store's fixed vocabularies and its empty document: plain values, without zod. The UI needs these to
 * draw its first frame; schema.ts builds its validators from them, and zod (about 0.7 MB of code) is loaded
 * only when a store is read or written, after the first frame.
 */
import type {StoreData} from './schema.js';

/** The store format version this program writes. A store with a higher version is opened read-only. */
export const STORE_VERSION = 1;

export const precisions = ['day', 'month', 'year', 'unknown'] as const;
export type Precision = (typeof precisions)[number];

export const origins = ['extracted', 'curated', 'ofsted'] as const;
export type Origin = (typeof origins)[number];

export const eventTypes = [
	'inspection-judgement',
	'inspection-visit',
	'resignation-call',
	'resignation',
	'resignation-refused',
	'no-confidence-vote',
	'commissioner-appointed',
	'commissioner-report',
	'improvement-notice',
	'improvement-notice-lifted',
	'improvement-board',
	'improvement-plan',
	'funding',
	'other',
] as const;
export type EventType = (typeof eventTypes)[number];

export const ratings = ['outstanding', 'good', 'requires improvement', 'inadequate'] as const;
export type Rating = (typeof ratings)[number];

export const furnitureKinds = ['caption', 'repeated', 'pull-quote', 'read-more', 'have-your-say', 'byline', 'social'] as const;
export type FurnitureKind = (typeof furnitureKinds)[number];

export function emptyStore(name = 'scrutiny corpus'): StoreData {
	return {version: STORE_VERSION, name, articles: [], authorities: [], people: [], quotes: [], events: []};
}
