/**
 * The day a report came out, where it is most of a year or more before the article, is the date of the grade that
 * report gave, not of the grade the article tells as its news: "Sutton's services are now good ... Ofsted found
 * serious failures in a report published in August 2019. The council was judged inadequate" gives the 2019 report's
 * day to 'inadequate', never to 'good'. Must stay: a report of the article's weeks dates today's grade from another
 * paragraph, the recalled report dates its own grade told again, and a page of no date keeps the report's day.
 * Articles written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (published: string | null, paragraphs: string[], rating: string) =>
	extractArticle(`title: Council news\n${published ? `date: ${published}\n` : ''}authority: Sutton\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.rating === rating)
		.map((e) => e.date.value);

describe('a report of the article’s weeks, or the recalled report’s own grade', () => {
	it('a report out this week dates the news grade told in another paragraph', () =>
		expect(graded('2022-06-10', ["Sutton's children's services have been rated good by Ofsted.", 'The report was published on Tuesday.'], 'good')).toContain('2022-06-07'));
	it('a report out two months before still dates it', () =>
		expect(graded('2022-06-10', ["Sutton's children's services are good, inspectors have said.", 'Their report was published in April.'], 'good')).toContain('2022-04'));
	it('the recalled report dates the grade it gave, told again, and no news date is left on it', () =>
		expect(graded('2022-06-10', ["Sutton's children's services have been rated good.", 'Ofsted found "serious and widespread failures" in the borough\'s children\'s services in a report published in August 2019.', 'The council was judged inadequate – the lowest of the four grades – and inspectors said children had been left at risk.'], 'inadequate')).toEqual(['2019-08']));
	it('the grade of the report’s own paragraph keeps its day', () =>
		expect(graded('2022-06-10', ["Sutton's children's services have been rated good.", 'Ofsted published its report on 4 March 2019. Overall the service was judged inadequate.'], 'inadequate')).toContain('2019-03-04'));
	it('on a page of no date the report’s day stays', () =>
		expect(graded(null, ["Sutton's children's services have been rated good by Ofsted.", 'The report was published on 4 March 2019.'], 'good')).toContain('2019-03-04'));
	it('a report published at the start of the article’s year is not recalled', () =>
		expect(graded('2022-06-10', ["Sutton's children's services have been rated requires improvement by Ofsted.", 'The report was published in January 2022.'], 'requires improvement')).toContain('2022-01'));
});

describe('a report recalled from long before does not date the news grade', () => {
	const cases: [string, string[], string, string][] = [
		['2022-06-10', ["Sutton's children's services have been rated good by Ofsted.", 'Ofsted found serious failures in the borough in a report published in August 2019.', 'The council was judged inadequate, the lowest grade.'], 'good', '2019-08'],
		['2023-11-02', ["Inspectors have rated Sutton's services for children outstanding.", 'A report released in May 2018 said the service required improvement.'], 'outstanding', '2018-05'],
		['2024-02-20', ["Sutton's children's services now require improvement, Ofsted says.", 'They had been found inadequate in an inspection report published in October 2021.'], 'requires improvement', '2021-10'],
		['2021-09-15', ["Ofsted has judged Sutton's children's services good.", 'Its damning report, published in March 2019, had found children left at risk.', 'The council was rated inadequate.'], 'good', '2019-03'],
		['2020-01-30', ["Sutton's children's services are good, inspectors say.", 'Findings made public in June 2017 rated the service inadequate.'], 'good', '2017-06'],
		['2025-05-09', ["Sutton has been rated outstanding by Ofsted.", 'The last grade came in a report published on 12 February 2022, which rated the borough good.'], 'outstanding', '2022-02-12'],
	];
	for (const [day, paragraphs, rating, not] of cases) it(`${rating} not ${not}: ${paragraphs[1]!.slice(0, 50)}`, () => expect(graded(day, paragraphs, rating)).not.toContain(not));
});
