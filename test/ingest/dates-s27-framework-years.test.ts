/**
 * A year that names a framework ("under the 2018 framework", "Ofsted's 2018 inspection framework") or opens a plan's
 * period ("its 2019-2022 improvement plan") does not date the grade or the plan: the grade is the report's, the plan
 * the day it was approved. A year of the inspection itself ("at the 2018 inspection", "rated good in 2018") still does.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (text: string) => extractArticle(`title: Council news\ndate: 2019-06-20\nauthority: Stockport Council\n\n${text}\n`, {today}).events;
const show = (text: string) => JSON.stringify(events(text).map((e) => [e.type, e.rating ?? '', e.date.value, e.date.approximate]));

describe('a framework\'s or a period\'s year is not the event\'s', () => {
	it.each([
		["Stockport's children's services were rated requires improvement under the 2018 framework.", '2018'],
		["Stockport's children's services were rated good under Ofsted's 2018 inspection framework.", '2018'],
		["Inspectors judged Stockport's children's services inadequate, the first council to get that grade under the 2023 ILACS framework.", '2023'],
		["Stockport Council approved its 2019-2022 improvement plan for children's services on Tuesday.", '2019'],
		["Stockport's cabinet agreed the 2017 to 2020 improvement plan for children's services last week.", '2017'],
	])('%s', (text, year) => {
		expect(events(text).filter((e) => e.date.value === year && !e.date.approximate), show(text)).toEqual([]);
	});
	it('the plan takes the day it was approved', () => {
		const text = "Stockport Council approved its 2019-2022 improvement plan for children's services on Tuesday.";
		expect(events(text).find((e) => e.type === 'improvement-plan')?.date.value, show(text)).toBe('2019-06-18');
	});
});

describe('near misses keep the year', () => {
	it.each([
		["Stockport's children's services were rated good at the 2018 inspection.", 'inspection-judgement', '2018'],
		["Stockport's children's services were rated good in 2018.", 'inspection-judgement', '2018'],
		["Stockport's children's services were judged good in 2017 under the previous framework.", 'inspection-judgement', '2017'],
		['Stockport was issued with an improvement notice in 2016 under the government\'s intervention regime.', 'improvement-notice', '2016'],
		['Ofsted inspectors visited Stockport in 2018 under the new framework.', 'inspection-visit', '2018'],
		["Stockport's 2018 inspection rated its children's services good.", 'inspection-judgement', '2018'],
	])('%s', (text, type, value) => {
		expect(events(text).some((e) => e.type === type && e.date.value === value), show(text)).toBe(true);
	});
});
