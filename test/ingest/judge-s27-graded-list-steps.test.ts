/**
 * A history told as a list of grades, each with its time: "rated inadequate that autumn, adequate in 2012 and good the
 * following year". A grade after a dated one may be dated from it ("good the following year", "outstanding two years
 * later"); a step told after a later grade is that grade's, never an earlier one's, which keeps its own time ("that
 * autumn" after a sentence in October 2009). Near misses: "good" in other senses beside a year's step, a list with no
 * grading verb, another council's grade, a hope. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (...paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: 2021-04-20\nauthority: Cornwall\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Cornwall' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('a list of grades, each with its time', () => {
	const cases: [string[], string[]][] = [
		[['Cornwall’s director resigned in October 2009. The service was rated inadequate that autumn, adequate in 2012 and good the following year.'], ['adequate 2012', 'good 2013', 'inadequate 2009']],
		[['The service was rated inadequate in 2009, adequate in 2012 and good the following year.'], ['adequate 2012', 'good 2013', 'inadequate 2009']],
		[['The service was judged inadequate in 2014, requires improvement in 2016 and good two years later.'], ['good 2018', 'inadequate 2014', 'requires improvement 2016']],
		[['Cornwall was graded adequate in 2010 and good a year later.'], ['adequate 2010', 'good 2011']],
		[['It was rated inadequate in 2015, requires improvement in 2017 and outstanding three years later.'], ['inadequate 2015', 'outstanding 2020', 'requires improvement 2017']],
		[['Cornwall’s services were rated requires improvement in 2013, and good the next year.'], ['good 2014', 'requires improvement 2013']],
		[['The council was rated poor in 2008, adequate in 2010 and good the following year.'], ['adequate 2010', 'good 2011', 'inadequate 2008']],
		[['Cornwall’s director left in June 2016. Inspectors rated the service inadequate that summer, and good two years later.'], ['good 2018', 'inadequate 2016']],
	];
	for (const [paragraphs, want] of cases) it(paragraphs.join(' ').slice(0, 90), () => expect(graded(...paragraphs)).toEqual(want));
});

describe('near misses', () => {
	// [paragraphs, what must not be read]
	const cases: [string[], string][] = [
		[['The council set a budget in 2012, and results were good the following year.'], 'good 2013'],
		[['Cornwall was rated adequate in 2012, and relations with the police were good the following year.'], 'good 2013'],
		[['Cornwall was rated adequate in 2012.', 'The weather was good the following year.'], 'good 2013'],
		[['Cornwall was rated adequate in 2012 and hoped to be good the following year.'], 'good 2013'],
		[['The weather was good the following year.'], 'good 2022'],
		[['Cornwall was rated adequate in 2012, and its schools were good the following year.'], 'good 2013'],
		[['Cornwall’s director resigned in October 2009. The service was rated inadequate that autumn, adequate in 2012 and good the following year.'], 'inadequate 2013'],
		[['Cornwall was rated inadequate in 2009, adequate in 2012 and good the following year.'], 'adequate 2013'],
	];
	for (const [paragraphs, never] of cases) it(paragraphs.join(' ').slice(0, 90), () => expect(graded(...paragraphs)).not.toContain(never));
});
