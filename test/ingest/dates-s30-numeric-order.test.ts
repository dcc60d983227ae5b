/**
 * A numeric dateline whose order the page does not say ("04/03/2019"): day first, unless the days the text tells as
 * past, with their weekdays, rule the day-first reading out and all fit the month-first one (dates/numeric-order.ts).
 * Pages written for this project; 1 April 2019 was a Monday, 4 March 2019 a Monday.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const page = (dateline: string, ...body: string[]) => extractArticle(['Parents Blog', '', dateline, '', 'Children’s centres stay open', '', ...body.flatMap((b) => [b, ''])].join('\n'), {today}).published.value;

describe('the text settles a numeric dateline month first', () => {
	it('a past Monday 1 April after the day-first 4 March', () => {
		expect(page('04/03/2019', 'Good news for families: at the council meeting on Monday 1 April, councillors agreed to keep all four children’s centres open.', 'More than 900 parents signed our petition.')).toBe('2019-04-03');
	});
});

describe('otherwise day first stays', () => {
	it('no day told with its weekday', () => expect(page('04/03/2019', 'Councillors agreed to keep all four children’s centres open.')).toBe('2019-03-04'));
	it('a past day before both readings', () => expect(page('05/03/2019', 'At the council meeting on Monday 4 March, councillors agreed to keep the centres open.')).toBe('2019-03-05'));
	it('a day still to come', () => expect(page('04/03/2019', 'The council will decide at its meeting on Monday 1 April whether to keep the centres open.')).toBe('2019-03-04'));
	it('a past day after both readings fits neither', () => expect(page('04/03/2019', 'At the meeting on Monday 6 May, councillors agreed to keep the centres open.')).toBe('2019-03-04'));
});
