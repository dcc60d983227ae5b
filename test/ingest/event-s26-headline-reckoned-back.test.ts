/**
 * A headline that measures the news from an earlier grade ("... 'good' grade two years after 'widespread and serious
 * failures'") gives the news grade only: the earlier one is the body's to date, never the report of the day's.
 * Pages written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const page = (headline: string) =>
	`${headline}\n\nPublished: Tuesday 9 July 2019\n\nBarnsley Council's children's services have been rated good by Ofsted in a report published on Friday.\n\nTwo years ago inspectors found widespread failures and rated the service inadequate.\n`;
const grades = (headline: string) =>
	extractArticle(page(headline), {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating} ${e.date.value}${e.date.approximate ? '~' : ''}`);

describe('an earlier grade in the headline takes no date of the day', () => {
	for (const headline of [
		"Barnsley children's services: Ofsted gives 'good' grade two years after 'widespread and serious failures'",
		"Barnsley children's services rated good three years after being judged 'inadequate'",
		"Good rating for Barnsley children's services, 18 months since 'inadequate' verdict",
	])
		it(headline.slice(0, 70), () => expect(grades(headline).filter((g) => g.startsWith('inadequate 2019-07'))).toEqual([]));
});

describe('a headline grade of the day stays the report of the day', () => {
	for (const headline of ["Barnsley children's services rated 'good' by Ofsted", "Barnsley's children's services no longer 'inadequate', Ofsted says"])
		it(headline, () => expect(grades(headline).some((g) => /^good 2019-07-05$/.test(g))).toBe(true));
});
