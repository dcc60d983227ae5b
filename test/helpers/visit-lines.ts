/**
 * Tables of sentences and the inspection visits each must give: the sentence under a header of the given date and
 * council, its visits as "date(~ if approximate) [status]", sorted.
 */
import {expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');

export const visits = (date: string, authority: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${date}\nauthority: ${authority}\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-visit')
		.map((e) => `${e.date.value ?? '-'}${e.date.approximate ? '~' : ''}${e.status ? ` [${e.status}]` : ''}`)
		.sort();

export type VisitCase = [date: string, authority: string, text: string, want: string[]];

/** One test per case, named by the sentence. */
export const checkVisits = (cases: VisitCase[]) => {
	for (const [date, authority, text, want] of cases) it(text.slice(0, 100), () => expect(visits(date, authority, text)).toEqual(want));
};
