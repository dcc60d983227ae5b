/**
 * The review of session 23's rules read each probe as a one-sentence article of its council, dated 15 June 2021: the
 * same wrapping here, and what the probe's events are, as "type date[~] [council] {status}".
 */
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');

export function probe(council: string, text: string): string[] {
	const article = `title: Council news\ndate: 2021-06-15\nauthority: ${council}\n\n${text}\n`;
	return extractArticle(article, {today}).events.map((e) => `${e.type} ${e.date.value ?? 'null'}${e.date.approximate ? '~' : ''} [${e.authority}]${e.status && e.status !== 'happened' ? ` {${e.status}}` : ''}`);
}

/** The probe's events of one type. */
export const ofType = (council: string, text: string, type: string): string[] => probe(council, text).filter((e) => e.startsWith(`${type} `));
