/**
 * Review of a grade of the capacity to improve being no grade (2d95ad7): the service's own grade in the same
 * sentence stays. Sentences written for this review; the ones marked fail today.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** Each judgement as "rating date(~ if approximate)", sorted. */
const grades = (text: string) =>
	extractArticle(`title: Council news\ndate: 2011-06-10\nauthority: Barnsley\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? '-'}${e.date.approximate ? '~' : ''}`)
		.sort();

describe('a grade of the capacity to improve', () => {
	// (Its date: "in 2009" is told after "and", of the capacity's clause, so the grade is not dated by it; left.)
	it('the service\'s own grade in the same sentence stays', () => {
		expect(grades("Barnsley's adoption service was rated good and its capacity to improve outstanding in 2009.").map((g) => g.split(' ')[0])).toEqual(['good']);
	});
	it('the fostering service\'s own grade before "showed ... capacity to improve" stays', () => {
		expect(grades("Barnsley's fostering service was judged good and showed outstanding capacity to improve.")).toEqual(['good 2011-06-10~']);
	});
	const fine: [string, string[]][] = [
		["Barnsley's capacity for improvement was rated adequate and its services for looked-after children good.", ['good 2011-06-10~']],
		["Barnsley's children's services were judged inadequate, and the council's capacity to improve was rated good.", ['inadequate 2011-06-10~']],
		["Ofsted rated Barnsley's safeguarding services inadequate in 2010; its capacity to improve was judged adequate.", ['inadequate 2010']],
		["Capacity to improve was good, but the overall effectiveness of Barnsley's safeguarding services was judged inadequate.", ['inadequate 2011-06-10~']],
		['Barnsley was judged to have good capacity to improve and adequate safeguarding services.', ['adequate 2011-06-10~']],
		['Inspectors rated Barnsley good, praising its capacity to improve.', ['good 2011-06-10~']],
		["Barnsley's safeguarding services were rated inadequate in 2010 and its capacity to improve adequate.", ['inadequate 2010']],
		['Inspectors judged that Barnsley had outstanding capacity to improve, and rated its adoption agency good in 2009.', ['good 2009']],
		["In 2009 Barnsley's services for looked-after children were rated good, with good capacity to improve.", ['good 2009']],
	];
	for (const [text, want] of fine) it(text.slice(0, 90), () => expect(grades(text)).toEqual(want));
});
