/**
 * The review of session 24's rules read each probe as a one-sentence article of Wigan, dated 15 June 2022: the same
 * wrapping here, and the probe's events as "type rating service status date[~] [council]".
 */
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');

export function probe(text: string, published = '2022-06-15'): string[] {
	const article = `title: Council news\ndate: ${published}\nauthority: Wigan\n\n${text}\n`;
	return extractArticle(article, {today}).events.map((e) => [e.type, e.rating ?? '-', e.service ?? '-', e.status ?? '-', `${e.date.value ?? 'null'}${e.date.approximate ? '~' : ''}`, `[${e.authority}]`].join(' '));
}

/** The probe's events of one type. */
export const ofType = (text: string, type: string, published?: string): string[] => probe(text, published).filter((e) => e.startsWith(`${type} `));

/** The probe's events of one type for Wigan. */
export const wigans = (text: string, type: string, published?: string): string[] => ofType(text, type, published).filter((e) => e.endsWith('[Wigan]'));
