/**
 * "Commissioner X was appointed after an Ofsted inspection in February 2020": the date is the inspection's, which the
 * appointment came after, so the appointment is dated by it only approximately (dates/own-clause.ts). Near misses: the
 * date told of the act itself, "before the cabinet" as a place, an inspection's own visit. Sentences written for this
 * project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Walsall\n\n${text}\n`, {today}).events.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('a date of the inspection or report an act came after is not the act’s own', () => {
	const cases: [string, string, string][] = [
		['2023-03-22', "Commissioner Graham Pettifer was appointed after an Ofsted inspection in February 2020 judged Walsall's services for children inadequate.", 'commissioner-appointed 2020-02~'],
		['2019-06-10', "Walsall's children's services commissioner, Jane Hollis, was appointed following the damning Ofsted report in March 2019.", 'commissioner-appointed 2019-03~'],
	];
	for (const [day, text, want] of cases) it(text.slice(0, 90), () => expect(events(day, text)).toContain(want));
});

describe('dates told of the act itself stay confident', () => {
	const cases: [string, string, string][] = [
		['2023-03-22', 'A commissioner was appointed to Walsall in February 2020 after a damning inspection.', 'commissioner-appointed 2020-02'],
		['2018-07-02', "Walsall's leader said the council accepted the recommendations and that an improvement plan would go before the cabinet in September.", 'improvement-plan 2018-09'],
	];
	for (const [day, text, want] of cases) it(text.slice(0, 90), () => expect(events(day, text)).toContain(want));
});
