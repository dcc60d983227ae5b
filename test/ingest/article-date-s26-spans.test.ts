/**
 * A web archive's toolbar prints the span of its captures ("3 Feb 2014 - 9 Oct 2019") above the saved page: a span of
 * two whole dates is no dateline, so the page's own date under its headline is read. A stamp run together with a
 * second clock named by its country ("... 16:56 UK") is still a dateline.
 */
import {describe, expect, it} from 'vitest';
import {datelineDate} from '../../source/ingest/dateline.js';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const story = [
	'Councillors have agreed to spend more on short breaks for disabled children after parents packed the public gallery.',
	'',
	'The extra money will pay for two more weekend clubs and a holiday scheme in the north of the county.',
	'',
	'Parents told the committee that waiting lists had grown every year since the last review.',
];

describe('a span of two whole dates', () => {
	it('is not the page\'s date, so the date under the headline is read', () => {
		expect(dateOf(['Internet Archive capture of https://www.example-post.co.uk/news/short-breaks', '41 captures', '3 Feb 2014 - 9 Oct 2019', '', 'Fernleigh Evening Post', 'Home | News | Sport', '', 'Short breaks for disabled children get more money', '', '14th March 2016, 9.12', 'By Olu Sanderson', '', ...story])).toBe('2016-03-14');
	});
	it('is not a dateline however the ends are printed', () => {
		expect(datelineDate('3 Feb 2014 - 9 Oct 2019')).toBe(null);
		expect(datelineDate('1 April 2018 to 31 March 2019')).toBe(null);
		expect(datelineDate('June 2, 2015 – August 30, 2016')).toBe(null);
	});
	it('gives way to a label: a published and an updated stamp joined by a dash are a dateline', () => {
		expect(datelineDate('Published 12 March 2019 - Updated 13 March 2019')).toBe('2019-03-12');
	});
	it('leaves an archive page with no date of its own undated', () => {
		expect(dateOf(['Internet Archive capture', '12 captures', '3 Feb 2014 - 9 Oct 2019', '', 'Short breaks for disabled children get more money', '', ...story])).toBe(null);
	});
});

describe('a stamp with a second clock', () => {
	it('named by its country is read', () => {
		expect(datelineDate('Page last updated at 09:41 GMT, Tuesday, 3 March 2009 09:41 UK')).toBe('2009-03-03');
		expect(datelineDate('Last updated 10:02 UK time, 5 May 2011')).toBe('2011-05-05');
	});
});
