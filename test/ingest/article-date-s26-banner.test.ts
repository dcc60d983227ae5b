/**
 * A site's date banner above its masthead or menus is the day the page was viewed or saved: when the page prints a
 * labelled dateline of its own under the headline, that one is the page's date. An unlabelled dateline of the page's
 * own under the headline, or one labelled again below with no headline between, stays as it was read.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const story = [
	'The county\'s youth offending team has been praised by inspectors for how quickly it works with victims.',
	'',
	'Inspectors said staff knew the young people well and that plans were reviewed often.',
	'',
	'The service will now draw up a plan to act on the two recommendations in the report.',
];

describe('a date banner above the headline', () => {
	it('gives way to the labelled dateline under the headline', () => {
		expect(dateOf(['Wednesday, 9 October 2024', 'The Marlow Vale Advertiser', 'Home', 'News', 'Sport', '', 'Youth offending team praised by inspectors', '', 'Published: 14 June 2023', '', ...story])).toBe('2023-06-14');
		expect(dateOf(['The Marlow Vale Advertiser', 'Wednesday 9 October 2024', 'Home | News | Sport', '', 'Youth offending team praised by inspectors', '', 'By Priya Mann', 'Posted on 14 June 2023', '', ...story])).toBe('2023-06-14');
	});
	it('does not give way to an "Updated" line', () => {
		expect(dateOf(['The Marlow Vale Advertiser', 'Wednesday 14 June 2023', 'Home | News | Sport', '', 'Youth offending team praised by inspectors', '', 'Updated: 15 June 2023', '', ...story])).toBe('2023-06-14');
	});
});

describe('the page\'s own unlabelled dateline', () => {
	it('under the headline is kept whatever is labelled below it', () => {
		expect(dateOf(['The Marlow Vale Advertiser', 'Home | News | Sport', '', 'Youth offending team praised by inspectors', '', '14 June 2023', '', 'Published 14 June 2023, with a correction posted later', '', ...story])).toBe('2023-06-14');
	});
	it('labelled again below with no headline between is kept', () => {
		expect(dateOf(['Youth offending team praised by inspectors', '', '14 June 2023', 'By Priya Mann', 'Posted 15 June 2023', '', ...story])).toBe('2023-06-14');
	});
});
