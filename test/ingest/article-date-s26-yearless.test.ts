/**
 * A page's own day and month printed without the year ("11th December" under the share bar, "3 May at 09:12" on a
 * saved post, "published today (3 May)"): dated only when the first such day after the latest past event the text
 * dates is also the year of the page's copyright line, or the year of an event the text calls this year's. A
 * copyright year of the save, an old event with nothing else, or a day that would be in the future leave it undated.
 */
import {describe, expect, it} from 'vitest';
import {yearlessDateline} from '../../source/ingest/dates/article-date-yearless.js';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const report = [
	'Inspectors have judged the borough\'s fostering service good in a report published today.',
	'',
	'Inspectors visited the service between 2 September and 13 September 2021 and spoke to carers and children.',
	'',
	'The service was last inspected four years earlier, when it was found to require improvement.',
];

describe('a year-less own date', () => {
	it('takes the year its copyright line and the latest past event agree on', () => {
		expect(dateOf(['The Ashby Mercury', 'News | Sport | Opinion', '', 'Fostering service rated good', '', 'By Cara Lund', 'Share', '', '28th October', '', ...report, '', 'Most read', '- Market hall to close', '', 'Copyright 2021 Ashby Mercury Ltd'])).toBe('2021-10-28');
	});
	it('takes the year of an event the text calls this year\'s', () => {
		expect(dateOf(['Borough Council', '3 May at 09:12 ·', '', 'Our fostering service has been rated good!', '', 'The inspection earlier this year, in March 2022, looked at how we support our carers.', '', 'Thank you to every carer who took part.'])).toBe('2022-05-03');
	});
	it('reads "published today (28 October)" in the first paragraph the same way', () => {
		expect(dateOf(['Fostering service rated good', '', 'The borough\'s fostering service has been judged good by inspectors in a report published today (28 October).', '', 'Inspectors visited the service between 2 September and 13 September 2021 and spoke to carers and children.', '', '© 2021 Ashby Borough Council'])).toBe('2021-10-28');
	});
	it('is left undated when the copyright year is the save\'s, later than the first such day', () => {
		expect(dateOf(['The Ashby Mercury', '', 'Fostering service rated good', '', '28th October', '', ...report, '', 'Copyright 2024 Ashby Mercury Ltd'])).toBe(null);
	});
	it('is left undated when only an old event dates the text', () => {
		expect(dateOf(['The Ashby Mercury', '', 'Fostering service rated good', '', '28th October', '', 'The fostering service has been praised by inspectors.', '', 'It was last inspected in 2016, when it was found to require improvement.', '', 'Copyright 2021 Ashby Mercury Ltd'])).toBe(null);
	});
	it('is left undated when the weekday printed beside it does not fit the year', () => {
		expect(dateOf(['The Ashby Mercury', '', 'Fostering service rated good', '', 'Monday 28th October', '', ...report, '', 'Copyright 2021 Ashby Mercury Ltd'])).toBe(null);
	});
	it('does not take a meeting\'s day in the text for the page\'s', () => {
		expect(dateOf(['Fostering service rated good', '', ...report, '', 'The report will go to the cabinet meeting on 28 October.', '', 'Copyright 2021 Ashby Mercury Ltd'])).toBe(null);
	});
});

describe('year-less datelines', () => {
	it('are a day and a month with labels, a weekday and a time, nothing more', () => {
		expect(yearlessDateline('11th December')).toEqual({day: 11, month: 12});
		expect(yearlessDateline('Posted on March 4 at 10:15am')).toEqual({day: 4, month: 3});
		expect(yearlessDateline('Friday 3 May')).toEqual({day: 3, month: 5, weekday: 5});
		expect(yearlessDateline('11 December 2019')).toBe(null);
		expect(yearlessDateline('Meeting on 11 December')).toBe(null);
	});
});
