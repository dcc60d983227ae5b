/**
 * Review of background grades reckoned back from a later date and a span (event-span-back.ts): the year counted
 * from is the clause's own, and a year the sentence opens with is the main clause's. Sentences written for this
 * review; no over-reach found.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** Each judgement as "rating date(~ if approximate)", sorted. */
const grades = (text: string) =>
	extractArticle(`title: Council news\ndate: 2024-04-10\nauthority: Rochdale\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? '-'}${e.date.approximate ? '~' : ''}`)
		.sort();

describe('a background grade reckoned back from a later date', () => {
	const fine: [string, string[]][] = [
		["Ms Hale joined Rochdale in 2014 and left in 2019, two years after its children's services were rated inadequate.", ['inadequate 2017~']],
		["In 2019, two years after the director left, Rochdale's children's services were rated inadequate.", ['inadequate 2019']],
		['By 2016, two years after being rated inadequate, the service had a new director.', ['inadequate 2014~']],
		["Ms Hale joined Rochdale in spring 2014, two years after its children's services were rated inadequate, and left in 2020.", ['inadequate 2012~']],
		["In 2019, two years after Oldham was rated inadequate, Rochdale's children's services were judged to require improvement.", ['inadequate 2017~', 'requires improvement 2019']],
		["Ms Hale will join Rochdale in 2025, two years after its children's services were rated inadequate.", ['inadequate 2023~']],
		["Rochdale's children's services were rated good in 2022, five years after inspectors judged them inadequate.", ['good 2022', 'inadequate 2017~']],
		["She joined in 2014, two years after Rochdale's children's services were judged inadequate, and three years after the council's finances were criticised.", ['inadequate 2012~']],
		["Ms Hale joined in March 2014, two years after Rochdale's children's services were judged inadequate.", ['inadequate 2012~']],
		["Rochdale's children's services were rated good in 2019; four years earlier, the director had joined from Oldham.", ['good 2019']],
	];
	for (const [text, want] of fine) it(text.slice(0, 90), () => expect(grades(text)).toEqual(want));
});
