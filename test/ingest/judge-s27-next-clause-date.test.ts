/**
 * A date that opens the clause after a comma ("..., but in 2015 Ofsted found the service inadequate again") belongs to
 * the grade that clause gives with the inspectorate's own verb, not to a grade told before the comma, however near.
 * Near misses: the earlier grade keeps its own date, a date the first clause ends with stays the first grade's, a
 * date of another matter, a hope, another council. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (text: string) =>
	extractArticle(`title: Council news\ndate: 2018-01-09\nauthority: Surrey\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Surrey' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('the date opening the next clause is its grade’s', () => {
	const cases: [string, string][] = [
		['Services were rated adequate, but in 2015 Ofsted found the service inadequate again.', 'inadequate 2015'],
		['The notice was lifted three years later after an adequate rating, but in 2015 Ofsted found the service inadequate again.', 'inadequate 2015'],
		['Surrey climbed to adequate, and in March 2016 inspectors rated it good.', 'good 2016-03'],
		['Surrey was judged good, yet in 2014 the inspectorate judged its services inadequate.', 'inadequate 2014'],
		['The county was rated requires improvement, then in 2017 Ofsted rated it inadequate.', 'inadequate 2017'],
		['Services had been good, but by 2016 inspectors found them inadequate.', 'inadequate 2016'],
		['It was once outstanding, but in 2013 a new inspection found it requires improvement.', 'requires improvement 2013'],
		['Services were rated adequate, but in the summer of 2015 the watchdog judged them inadequate.', 'inadequate 2015'],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toContain(want));
});

describe('near misses', () => {
	// [text, what must be read, what must not]
	const cases: [string, string, string][] = [
		['Services were rated adequate in 2012, but in 2015 Ofsted found the service inadequate.', 'adequate 2012', 'adequate 2015'],
		['Services were rated adequate in 2012, and Ofsted found the service inadequate this week.', 'adequate 2012', 'inadequate 2012'],
		['Surrey was rated good in May 2013, but in 2015 councillors said services were inadequate.', 'good 2013-05', 'inadequate 2015'],
		['Surrey was rated adequate, but in 2015 the director said she hoped inspectors would find it good.', 'adequate 2018-01-09', 'good 2015'],
		['Surrey was rated adequate, but in 2015 Ofsted found Kent’s services inadequate.', 'adequate 2018-01-09', 'inadequate 2015'],
		['Surrey was rated good, but in 2015 the council cut its budget by £5m.', 'good 2018-01-09', 'good 2015'],
	];
	for (const [text, want, never] of cases)
		it(text.slice(0, 80), () => {
			const got = graded(text);
			expect(got).toContain(want);
			expect(got).not.toContain(never);
		});
});
