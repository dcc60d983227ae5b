/**
 * Two shapes of background the rules now read: a grade given "across the board" in a sentence about children's
 * services (event-facets.ts), and the last inspection told by the gap since it ("Ofsted has not inspected children's
 * services on the islands since 2012", event-background-visits.ts). Each beside ordinary sentences with the same
 * words that give no grade or tell no inspection of a council's children's services. Sentences written for this
 * project.
 */
import {expect, test} from 'vitest';
import {graded, rows as allRows} from './pb4-rows.js';

const lead = 'Wiltshire Council’s children’s services are under the spotlight again.';
const rows = (published: string, ...text: string[]) => allRows(published, lead, ...text);
const grades = (published: string, text: string) => graded(published, lead, text).filter((r) => r.startsWith('inspection-judgement '));

test('"good across the board" in a report on children’s services is a grade', () => {
	expect(grades('2022-02-03', 'The report concludes that Wiltshire’s help for children in care is good across the board.')).toEqual(['inspection-judgement good 2022-02-03~']);
});

test('"across the board" about something else gives no grade', () => {
	for (const text of [
		'The Wiltshire restaurant’s food hygiene report found standards were good across the board.',
		'Wiltshire Council said staff morale was good across the board.',
		'Prices at Wiltshire’s leisure centres rose across the board last year.',
		'The Wiltshire team’s results were good across the board this season, the manager said.',
		'Wiltshire’s children’s services made good progress across the board, Ofsted found.',
		'Cuts were made across the board, the council’s budget report said.',
	]) {
		expect(grades('2022-02-03', text), text).toEqual([]);
	}
});

test('the last inspection told by the gap since it', () => {
	expect(rows('2016-09-02', 'Ofsted has not inspected children’s services in Wiltshire since 2012.').filter((r) => r.startsWith('inspection-visit '))).toEqual(['inspection-visit 2012']);
});

test('a gap since another body’s inspection, or a building’s, is none', () => {
	for (const text of [
		'The Wiltshire footbridge has not been inspected since 2012, the highways department admitted.',
		'The Wiltshire restaurant had not been inspected by food hygiene officers since 2019.',
		'The Wiltshire hospital has not been inspected by the Care Quality Commission since 2018.',
		'Fire officers have not inspected the Wiltshire tower block since 2015.',
		'The Wiltshire academy has not been inspected by Ofsted since 2014.',
	]) {
		expect(rows('2016-09-02', text).filter((r) => r.startsWith('inspection-visit ')), text).toEqual([]);
	}
});

test('a joint inspection of the agencies’ work with children that found something: a judgement without a grade', () => {
	expect(grades('2019-09-13', 'A joint inspection of how agencies in Wiltshire respond to child exploitation has found strengths alongside areas for improvement.')).toEqual(['inspection-judgement - 2019-09-13~']);
});

test('another joint inspection is none', () => {
	for (const text of [
		'A joint inspection of the Wiltshire hospital’s children’s wards has found staff shortages.',
		'A joint inspection of the Wiltshire prison found young inmates were locked up for 22 hours a day.',
		'A joint inspection of Wiltshire bus stations has found ramps missing at half of them.',
		'A joint inspection by the fire service and police of a Wiltshire nightclub found children were being let in.',
		'A joint inspection of Wiltshire’s custody suites has found detained children waited too long for an appropriate adult.',
	]) {
		expect(grades('2019-09-13', text), text).toEqual([]);
	}
});

test('"Inspectors were in the city in June": a visit; other inspectors’ stays are none', () => {
	expect(rows('2023-09-29', 'Wiltshire’s youth justice service is good, inspectors found. Inspectors were in the county in June.').filter((r) => r.startsWith('inspection-visit '))).toEqual(['inspection-visit 2023-06']);
	for (const text of [
		'Police were in Wiltshire in June after reports of a break-in.',
		'Fire inspectors were in Wiltshire in June to check the tower blocks.',
		'Tax inspectors were in Wiltshire last week, the firm’s owner said.',
		'Inspectors were in the Wiltshire hospital in June to check its maternity unit.',
		'Food hygiene inspectors were in Salisbury in May and closed two takeaways.',
	]) {
		expect(rows('2023-09-29', text).filter((r) => r.startsWith('inspection-visit ')), text).toEqual([]);
	}
});

test('"has had an improvement notice since 2015": the notice, issued then; another body’s notice is none', () => {
	expect(rows('2019-05-01', 'Wiltshire Council has had an improvement notice since 2015.').filter((r) => r.startsWith('improvement-notice '))).toHaveLength(1);
	for (const text of [
		'The Wiltshire hospital has had an improvement notice since 2015.',
		'The Wiltshire restaurant has had a hygiene improvement notice since May.',
		'The landlord has had an improvement notice from the housing team since 2019.',
	]) {
		expect(rows('2019-05-01', text).filter((r) => r.startsWith('improvement-notice ')), text).toEqual([]);
	}
});
