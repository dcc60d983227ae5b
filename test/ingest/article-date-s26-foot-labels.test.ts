/**
 * A foot line of any of the labels sites print beside the page's own date ("Released:", "Release date:", "Article
 * date:", "Press release:", "Page created:", "Dated:", "Filed under News |", "Source: Press Association,", "This story
 * first appeared"), and a writer's credit with the date on the line under it, are the page's date; the labels of
 * other dates (a council page's "last reviewed" and "next review due", a browser's "printed from", "accessed",
 * an archive's "captured", a meeting's or an inspection's date) are not.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {otherLabelDate} from '../../source/ingest/page-foot.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const story = [
	'Adoption panel to meet monthly',
	'',
	'The adoption panel will meet every month instead of every six weeks, so that children are matched sooner.',
	'',
	'The change was agreed after a review found that some matches waited more than two months for a panel date.',
	'',
	'Prospective adopters said the wait had been the hardest part of the whole process for their families.',
	'',
	'The service will report on how the change has worked to councillors once it has run for a year.',
	'',
];
const after = ['', 'Tags', 'Adoption', 'Children'];

describe('foot labels of the page\'s own date', () => {
	for (const line of ['Released: 5 February 2020', 'Release date: 05/02/2020', 'Article date: 5 February 2020', 'Press release: 5 February 2020', 'Page created: 5 February 2020', 'Dated: 5 February 2020', 'Filed under Children | 5 February 2020', 'Source: Press Association, 5 February 2020', 'This story first appeared in the Evening Star on 5 February 2020']) {
		it(`"${line}" dates the page`, () => expect(dateOf([...story, line, ...after])).toBe('2020-02-05'));
	}
});

describe('foot labels of other dates', () => {
	for (const line of ['Page last reviewed: 5 February 2020', 'Next review due: 5 February 2021', 'Printed from www.example.gov.uk on 5 February 2024', 'Accessed 5 February 2024', 'Captured 5 February 2024', 'Date of meeting: 5 February 2020', 'Inspection date: 5 February 2020']) {
		it(`"${line}" does not`, () => expect(dateOf([...story, line, ...after])).toBe(null));
	}
	it('a label with more than a date after it is no dateline', () => {
		expect(otherLabelDate('Released: the figures for 5 February 2020 show a rise')).toBe(null);
	});
});

describe('a writer\'s credit with the date on the line under it', () => {
	it('after the last paragraph dates the page', () => {
		expect(dateOf([...story, 'Ama Boateng, Local Democracy Reporter', '', '5 February 2020', '', 'Most read', '- Bin rounds change'])).toBe('2020-02-05');
		expect(dateOf([...story, 'By Ama Boateng', '5 February 2020', ...after])).toBe('2020-02-05');
	});
	it('under another story\'s headline is that story\'s', () => {
		expect(dateOf([...story, 'ADOPTION', 'What the new panel dates mean for families', 'By Ama Boateng', '5 February 2020', 'A short summary.'])).toBe(null);
	});
	it('under a comments heading is a reader\'s', () => {
		expect(dateOf([...story, 'Comments', 'By Ama Boateng', '5 February 2020', 'About time too.'])).toBe(null);
	});
});
