/**
 * A block of other stories above the headline ("Trending", "Most read", "Latest news", each story's headline and
 * date under the heading) carries those stories' dates, not the page's: the block is skipped to its end. A menu's
 * "Latest" among the other menu items is no such block.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const story = [
	'A charity has been chosen to run the county\'s advocacy service for children in care from next spring.',
	'',
	'The contract is worth just under a million pounds over three years, councillors were told.',
	'',
	'Children in care will be able to ask for an advocate at any point, not only before reviews.',
];

describe('other stories above the headline', () => {
	it('give none of their dates to the page', () => {
		expect(dateOf(['The Wendover Clarion', 'Home | News | Sport', '', 'Trending', '- Bypass reopens after resurfacing', '30 January 2025', '', 'Charity to run advocacy for children in care', '', ...story])).toBe(null);
	});
	it('leave the page\'s own dateline under the headline to be read', () => {
		expect(dateOf(['The Wendover Clarion', 'Home | News | Sport', '', 'Most read', 'Bypass reopens after resurfacing work ends', '30 January 2025', '', 'Charity to run advocacy for children in care', '', 'Posted: 12 November 2024', '', ...story])).toBe('2024-11-12');
	});
	it('a menu\'s "Latest" is no block of other stories', () => {
		expect(dateOf(['The Wendover Clarion', 'Home', 'Latest', 'News', 'Sport', 'Charity to run advocacy for children in care', '12 November 2024', '', ...story])).toBe('2024-11-12');
	});
});
