/**
 * "An inspection in September and October": an event that fills a span of months has no one month of its own (readers
 * list either end), so its date is the year both ends fall in, approximately; a span across a year's turn keeps its
 * month, approximately (event-date-calibration.ts).
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const visits = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Kent\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-visit')
		.map((e) => `${e.date.value}${e.date.approximate ? '~' : ''}`);

describe('a visit over a span of months', () => {
	it('in February and March: the year', () => expect(visits('2019-11-12', "Ofsted inspectors visited Kent County Council's children's services in February and March.")).toEqual(['2019~']));
	it('in September and October 2018, stated: the year', () => expect(visits('2019-11-12', "Ofsted inspectors visited Kent County Council's children's services in September and October 2018.")).toEqual(['2018~']));
	it('from November to January: the month, approximately', () => expect(visits('2024-03-16', "Ofsted inspected Kent County Council's children's services from November to January.")).toEqual(['2023-11~']));
	it('in March and July are two times, not a span', () => expect(visits('2019-11-12', "Ofsted inspectors visited Kent County Council's children's services in March and July.")).not.toContain('2019~'));
	it('a single month keeps its month', () => expect(visits('2019-05-12', "Ofsted inspectors visited Kent County Council's children's services in March.")).toEqual(['2019-03']));
});
