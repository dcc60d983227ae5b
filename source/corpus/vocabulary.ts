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

/** Ofsted's grades since 2013, then 'adequate', the third grade of the frameworks before it. */
export const ratings = ['outstanding', 'good', 'requires improvement', 'adequate', 'inadequate'] as const;
export type Rating = (typeof ratings)[number];

/**
 * Whether an event happened or is only spoken of: "a vote will be held in February" is planned, "the council
 * is considering a trust" proposed, "the minister declined to appoint a commissioner" refused. An event without
 * a status happened.
 */
export const eventStatuses = ['happened', 'planned', 'proposed', 'refused'] as const;
export type EventStatus = (typeof eventStatuses)[number];

/**
 * What an inspection judged. Only judgements of a council's children's services by Ofsted feed the rating
 * strip and the comparison's judgement row; the others are shown on the timeline, marked.
 */
export const inspectedServices = ["children's services", 'youth justice', 'send', 'school', 'other'] as const;
export type InspectedService = (typeof inspectedServices)[number];

/** How a quote's speaker was found, so that a reader can check an attribution rather than trust it. */
export const attributionKinds = [
	'same-paragraph',
	'previous-paragraph',
	'continuation',
	'written',
	'organisation',
	'reported-speech',
	'none',
] as const;
export type AttributionKind = (typeof attributionKinds)[number];

export const furnitureKinds = ['caption', 'repeated', 'pull-quote', 'read-more', 'have-your-say', 'byline', 'social', 'dateline'] as const;
export type FurnitureKind = (typeof furnitureKinds)[number];

export function emptyStore(name = 'scrutiny corpus'): StoreData {
	return {version: STORE_VERSION, name, articles: [], authorities: [], people: [], quotes: [], events: []};
}
