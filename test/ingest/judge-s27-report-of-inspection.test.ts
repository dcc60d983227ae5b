/**
 * A grade given "at the inspection in July", with an aside that tells the day its report came out ("the report of
 * which was published on September 6", "whose report was published on 2 July"): the grade is its report's, of that
 * day, not the inspection's. Near misses: a report still to come, another report's day (a monitoring letter's, a
 * commissioner's), an aside of another matter, a report named before the grade. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (text: string) =>
	extractArticle(`title: Council news\ndate: 2024-10-03\nauthority: Dorset\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Dorset' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('the report of the inspection that gave the grade', () => {
	const cases: [string, string][] = [
		['Dorset’s children’s services were rated good at the inspection in July this year, the report of which was published on September 6.', 'good 2024-09-06'],
		['Ofsted rated Dorset inadequate after an inspection in May, whose report was published on 2 July.', 'inadequate 2024-07-02'],
		['Services were judged good at an inspection in March 2019, the report from which was published in May 2019.', 'good 2019-05'],
		['The council was rated outstanding following its inspection in June, the report of which came out on 21 August.', 'outstanding 2024-08-21'],
		['It was judged inadequate at the inspection in October 2012, whose report was released in December 2012.', 'inadequate 2012-12'],
		['Dorset was rated requires improvement after a three-week inspection in January 2018, the report of which was made public in March 2018.', 'requires improvement 2018-03'],
		['Its services were rated good at the full inspection in February, the report on which was published on 12 April.', 'good 2024-04-12'],
		['Inspectors rated the service good at a re-inspection in November 2021, whose report came out in January 2022.', 'good 2022-01'],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toContain(want));
});

describe('near misses', () => {
	// [text, what must not be read]
	const cases: [string, string][] = [
		['Dorset was rated good at the inspection in July, the report of which will be published on 6 November.', 'good 2024-11-06'],
		['Dorset was rated good at the inspection in July, after a monitoring letter whose report was published on 6 March.', 'good 2024-03-06'],
		['Dorset was rated good at the inspection in July, and the commissioner’s report was published on 6 September.', 'good 2024-09-06'],
		['Dorset was rated good at the inspection in July, the first since the director’s plan was published on 6 March.', 'good 2024-03-06'],
		['The report published on 6 September followed an inspection in July, and Dorset was rated good at it.', 'good 2024-07'],
		['Dorset was rated good in 2021, and a report on its schools was published on 6 September.', 'good 2024-09-06'],
	];
	for (const [text, never] of cases) it(text.slice(0, 80), () => expect(graded(text)).not.toContain(never));
});
