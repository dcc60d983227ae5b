/**
 * A page with no dateline that names a document by its own date and says it came out in the page's week ("Her
 * report, dated 28 June 2025 and published on Thursday"): the page is of the weeks after that date, so of its year
 * where no other evidence moves it. Near misses: a document dated without being said to come out now, a document
 * out long ago, a date that is not a document's ("updated", "dated back to"), a publication still to come. Sentences
 * written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const published = (text: string) => extractArticle(`Council children's services update\n\nThe council said it accepted the findings.\n\n${text}\n`, {today}).published;

describe('a document dated and out in the page’s week', () => {
	const found: [string, string][] = [
		['Her report, dated 28 June 2025 and published on Thursday, says the council can improve.', '2025'],
		['The letter, dated 3 March 2019, was released yesterday by the Department for Education.', '2019'],
		['The commissioner’s review, dated 14 January 2022 and made public this week, recommends a trust.', '2022'],
		['His report to the minister, dated 2 May 2018, was published on Monday.', '2018'],
		['A direction dated 20 October 2021 was issued on Friday, the department confirmed.', '2021'],
		['The final report, dated 9 September 2016 and published today, describes a service in recovery.', '2016'],
	];
	for (const [text, year] of found) it(`${year}: ${text.slice(0, 60)}`, () => expect(published(text).value?.slice(0, 4)).toBe(year));
});

describe('dates that do not date the page', () => {
	const notDated: string[] = [
		'Her report, dated 28 June 2015, found that the council had improved.',
		'The letter, dated 3 March 2019, was published in the spring of that year.',
		'The problems dated back to 2014, when the service was published in a national league table on Thursday.',
		'The policy, last updated on 14 January 2012, was published on the council’s website on Monday.',
		'The report dated 9 September 2016 will be published on Thursday, the council said.',
		'The council published its plan on Thursday; an earlier version was dated 2 May 2010.',
	];
	for (const text of notDated) it(text.slice(0, 70), () => expect(published(text).value).toBeNull());
});
