/**
 * An article that prints no dateline but says which day it calls today without the year ("published today (Thursday
 * 27 July)", "announced today, Monday 4 June"): once the rest of the text leaves one year where that day is that
 * weekday, the article is of that day. Near misses: a weekday date that is not "today" (a publication, a meeting, a
 * day still to come, "yesterday"), "today" with no weekday, and a page that prints its own dateline. Sentences
 * written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const published = (text: string) => extractArticle(`Council children's services update\n\n${text}\n`, {today}).published;

describe('the day a page calls today, with its weekday', () => {
	const found: [string, string][] = [
		['Ofsted published a monitoring letter today (Thursday 27 July) on the council, which was rated inadequate in April 2022.', '2023-07-27'],
		['The council said today (Thursday 14 March) that its improvement board, set up in May 2022, had met every month.', '2024-03-14'],
		['The minister announced today, Monday 4 June, that the improvement notice issued in September 2017 would stay in place.', '2018-06-04'],
		['Inspectors published their report this morning (Tuesday 5 October), after visiting the borough in July 2021.', '2021-10-05'],
		['Councillors will debate the findings today (Thursday 20 February), after a monitoring visit in November 2024.', '2025-02-20'],
		['The commissioner’s final report, which follows her appointment in January 2023, is published today (Thursday 27 July).', '2023-07-27'],
	];
	for (const [text, day] of found) it(`${day}: ${text.slice(0, 60)}`, () => expect(published(text).value).toBe(day));
});

describe('weekday dates that are not the day the page calls today', () => {
	const notDay: string[] = [
		'Ofsted published a monitoring letter on Thursday 27 July on the council, which was rated inadequate in April 2022.',
		'The council said yesterday (Wednesday 26 July) that its improvement board, set up in May 2022, would meet monthly.',
		'Councillors will debate the findings on Thursday 20 February, after a monitoring visit in November 2024.',
		'Today the council said its board, which first met on Thursday 14 March, had been set up in May 2022.',
		'The minister said today that the notice issued in September 2017 would be reviewed on Monday 4 June.',
		'Inspectors published their report today (5 October), after visiting the borough in July 2021.',
		'The report was published today. Inspectors visited on Tuesday 5 October, after a focused visit in July 2021.',
	];
	for (const text of notDay) it(text.slice(0, 70), () => expect(published(text).precision).not.toBe('day'));

	it('a printed dateline stays the date', () => {
		const p = extractArticle(`Council children's services update\n\n14 March 2024\n\nThe council said today (Thursday 27 July) that its board, set up in May 2022, would meet monthly.\n`, {today}).published;
		expect(p.value).toBe('2024-03-14');
	});
});
