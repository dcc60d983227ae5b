/**
 * A day counted from the article's date and the day it is, named beside it (dates/glossed-day.ts): "published today
 * (Friday, 19 February 2016)" on a page dated three days later is the 19th, not the page's day.
 */
import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/ingest/dates/resolve.js';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const ref = (value: string) => ({value, precision: 'day', approximate: false, basis: 'stated'}) as const;
const firstOf = (sentence: string, on: string) => {
	const d = findDates(sentence, ref(on), {today})[0]!.date;
	return `${d.value}${d.approximate ? '~' : ''}`;
};

describe('a counted day takes the day named beside it', () => {
	it('today (weekday, day month year)', () => expect(firstOf('The verdict published today (Friday, 19 February 2016) follows a four-week inspection.', '2016-02-22')).toBe('2016-02-19'));
	it('today (weekday day month), its year from the weekday', () => expect(firstOf('The letter, released today (Tuesday 12 November), sets out the findings.', '2019-11-14')).toBe('2019-11-12'));
	it('today, weekday day month,', () => expect(firstOf('The board confirmed today, Tuesday 12 November, that the director had resigned.', '2019-11-14')).toBe('2019-11-12'));
	it('a bracket that does not close on the day is not a gloss', () => expect(firstOf('The report was published today (a week after 12 November inspectors left).', '2019-11-20')).toBe('2019-11-20'));
	it('a day alone keeps its reckoning', () => expect(firstOf('The report was published today.', '2019-11-14')).toBe('2019-11-14'));
});

describe('the judgement of a report published on the named day', () => {
	it('dates the grade by the named day, not the page', () => {
		const text = `title: Council news\ndate: 2016-02-22\nauthority: Wirral\n\nWirral Council's children's services have been rated good by Ofsted.\n\nThe judgement, published today (Friday, 19 February 2016), follows an inspection in November.\n`;
		const grade = extractArticle(text, {today}).events.find((e) => e.type === 'inspection-judgement');
		expect(grade?.date.value).toBe('2016-02-19');
	});
});
