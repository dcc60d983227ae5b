/**
 * "an inspection report published on 9 February": the date right after the publishing words is the report's, even
 * with "inspection" a word or two before it, so the grade takes it and no visit does ("after inspectors spent two
 * weeks in the borough in December" is the visit's). Near misses keep the visit's own date: "Ofsted visited in
 * April and the newly published report ...", "Inspectors who visited in February published their report on Monday",
 * "following an inspection in February, according to a report published on Monday". Sentences written for this
 * project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Wirral\n\n${text}\n`, {today}).events.map((e) => `${e.type} ${e.rating ?? ''} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`.replace('  ', ' '));

describe('the day a report was published, after "inspection report published"', () => {
	const cases: [string, string, string[], string[]][] = [
		['2021-02-23', "Wirral's children's services were found to be inadequate in an inspection report published on 9 February, after inspectors spent two weeks in the borough in December.", ['inspection-judgement inadequate 2021-02-09', 'inspection-visit 2020-12'], ['inspection-visit 2021-02-09', 'inspection-visit 2021-02-09~']],
		['2022-03-10', 'The inspection report, published on 3 March, rated the council good after inspectors visited in January.', ['inspection-judgement good 2022-03-03', 'inspection-visit 2022-01'], ['inspection-visit 2022-03-03']],
		['2019-06-20', "Ofsted's inspection report released in May found Wirral's children's services inadequate.", ['inspection-judgement inadequate 2019-05'], ['inspection-visit 2019-05']],
		['2023-11-10', "An inspection report published on Tuesday rates Wirral's children's services requires improvement.", ['inspection-judgement requires improvement 2023-11-07'], ['inspection-visit 2023-11-07']],
		['2023-10-12', "The inspectors' report, published in September, judged children's services good, following a visit in July.", ['inspection-judgement good 2023-09', 'inspection-visit 2023-07'], ['inspection-visit 2023-09']],
		['2022-05-20', "The inspection report, which was published on 12 May, rated Wirral's children's services inadequate.", ['inspection-judgement inadequate 2022-05-12'], ['inspection-visit 2022-05-12']],
	];
	for (const [day, text, want, notWant] of cases)
		it(text.slice(0, 70), () => {
			const got = events(day, text);
			expect(got).toEqual(expect.arrayContaining(want));
			for (const n of notWant) expect(got).not.toContain(n);
		});
});

describe('a visit’s own date stays the visit’s', () => {
	const cases: [string, string, string][] = [
		['2019-05-20', "Ofsted visited in April and the newly published report rates Wirral's children's services good.", 'inspection-visit 2019-04'],
		['2022-04-05', "Wirral's children's services were rated good following an inspection in February, according to a report published on Monday.", 'inspection-visit 2022-02'],
		['2022-04-05', "Inspectors who visited in February published their report on Monday, rating Wirral's children's services inadequate.", 'inspection-visit 2022-02'],
		['2021-02-23', 'Inspectors spent two weeks in Wirral in December; their report was published on 9 February.', 'inspection-visit 2020-12'],
		['2022-03-10', 'Ofsted inspected Wirral in January. The inspection report was published on 3 March.', 'inspection-visit 2022-01'],
		['2023-10-12', 'A focused visit on 5 and 6 September looked at care leavers; the letter was published in October.', 'inspection-visit 2023-09-05'],
	];
	for (const [day, text, want] of cases) it(text.slice(0, 70), () => expect(events(day, text)).toContain(want));
});
