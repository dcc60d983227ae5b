/**
 * Dates a sentence gives of something beside a judgement or a visit: an inspection whose report came out later ("The
 * inspection in March 2019, whose report was published in May, rated ..."), a report's publication after an inspection
 * ("following the inspection in February, Ofsted published its report in April"). The inspection's date is the
 * visit's and not confidently the grade's; the publication's is the grade's and never the visit's.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (text: string) => extractArticle(`title: Council news\ndate: 2019-06-20\nauthority: Stockport Council\n\n${text}\n`, {today}).events;
const show = (text: string) => JSON.stringify(events(text).map((e) => [e.type, e.rating ?? '', e.date.value, e.date.approximate]));
const confident = (text: string, type: string, value: string) => events(text).filter((e) => e.type === type && e.date.value === value && !e.date.approximate);

describe('an inspection\'s date is not confidently its grade\'s where the report came out later', () => {
	it.each([
		["The inspection of Stockport's children's services in March 2019, whose report was published in May, rated them inadequate.", '2019-03'],
		["Stockport's children's services were judged good at the inspection in March, in a report published in May.", '2019-03'],
		["The inspection of the council's fostering service in February, with its report published in April, rated it good.", '2019-02'],
	])('%s', (text, value) => expect(confident(text, 'inspection-judgement', value), show(text)).toEqual([]));
});

describe('a report\'s publication is not a visit\'s date', () => {
	it.each([
		["Following the inspection in February, Ofsted published its report in April rating Stockport's children's services good.", '2019-04', '2019-02'],
		['After an inspection in February, Ofsted published its report in April.', '2019-04', '2019-02'],
		["After inspectors visited Stockport in January, Ofsted released its findings in March.", '2019-03', '2019-01'],
	])('%s', (text, publication, visit) => {
		expect(confident(text, 'inspection-visit', publication), show(text)).toEqual([]);
		expect(events(text).some((e) => e.type === 'inspection-visit' && e.date.value === visit), show(text)).toBe(true);
	});
});

describe('near misses keep their dates', () => {
	it.each([
		["Stockport's children's services were rated good in March.", 'inspection-judgement', '2019-03'],
		["Ofsted rated Stockport's children's services good at its inspection in March.", 'inspection-judgement', '2019-03'],
		["Stockport's children's services were rated good following an inspection in March.", 'inspection-visit', '2019-03'],
		["The March 2019 inspection, whose findings came out in May, found Stockport's children's services inadequate.", 'inspection-judgement', '2019-05'],
		["Following the inspection in February, Ofsted published its report in April rating Stockport's children's services good.", 'inspection-judgement', '2019-04'],
		["Inspectors visited Stockport in January and published their report in March.", 'inspection-visit', '2019-01'],
	])('%s', (text, type, value) => expect(confident(text, type, value).length, show(text)).toBeGreaterThan(0));
});
