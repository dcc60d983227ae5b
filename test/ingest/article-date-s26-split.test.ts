/**
 * A dateline that a page's layout breaks over several short lines (place, day, month, year, a bar, the time and its
 * zone, one to a line) is read as one, above or under the headline; a run of short lines that holds no whole date,
 * a web archive's toolbar of capture months and years, or a broken date among related stories below the text, is not.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {splitDateline} from '../../source/ingest/page-split-dateline.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;
const asLines = (lines: string[]) => lines.map((text, k) => ({n: k + 1, text}));

const story = [
	'The county\'s family hubs will open on Saturdays from next month, the council has announced.',
	'',
	'Parents had asked for weekend sessions because many of them work during the week.',
	'',
	'The change will be paid for from the existing budget, with staff working a rota.',
];

describe('a dateline over several lines', () => {
	it('is read above the headline: place, day, month, year, bar, time and zone', () => {
		expect(dateOf(['Brackenshire County Council', 'Home', 'Newsroom', '', 'Brackenshire,', '4', 'October', '2022', '|', '11:05', 'Europe/London', '', 'Family hubs to open on Saturdays', '', ...story])).toBe('2022-10-04');
	});
	it('is read under the headline with the month first', () => {
		expect(dateOf(['Family hubs to open on Saturdays', '', 'Posted', 'October', '4,', '2022', '', ...story])).toBe('2022-10-04');
	});
	it('is not a related story\'s broken date below the text', () => {
		expect(dateOf(['Family hubs to open on Saturdays', '', ...story, '', 'Related news', 'Libraries extend opening hours', '26', 'October', '2021'])).toBe(null);
	});
	it('is not a web archive\'s toolbar of capture months, days and years', () => {
		expect(dateOf(['https://www.example-post.co.uk/news/family-hubs', 'Go', 'SEP', 'OCT', 'NOV', '04', '2021', '2022', '2023', '9 captures', '', 'Family hubs to open on Saturdays', '', ...story])).toBe(null);
		expect(dateOf(['Wayback Machine', 'OCT', '04', '2022', '', 'Family hubs to open on Saturdays', '', ...story])).toBe(null);
	});
	it('needs a day, a month and a year', () => {
		expect(splitDateline(asLines(['Issue', '214', 'October', 'Subscribe']), 0)).toBe(null);
		expect(splitDateline(asLines(['Calendar', 'October', '2022']), 0)).toBe(null);
		expect(splitDateline(asLines(['Home', 'News', 'Sport']), 0)).toBe(null);
	});
});
