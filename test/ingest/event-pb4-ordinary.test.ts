/**
 * Ordinary sentences that share the phrasebook-4 rules' words and report no children's-services event (the session's
 * review wrote the first of them): advisers of other bodies, other kinds of notice renewed, other inspectors' visits,
 * other commissioners' reports, a thing "last inspected". Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const typed = (type: string, text: string) => rows('2023-05-10', text).filter((r) => r.startsWith(`${type} `));

test('advisers of clubs, hospitals, companies and the Treasury, and former advisers, are no commissioner', () => {
	for (const text of [
		'Rovers have appointed an improvement adviser to help the club climb the table.',
		'The hospital trust has appointed an improvement adviser to help cut waiting times.',
		'The water company must now work with a government-appointed adviser on its leaks.',
		'Ministers installed an improvement adviser at the ambulance service in April.',
		'The former government adviser, Dame Iris Corran, joined the board of the building society in March.',
		'An adviser appointed by the Treasury to review the bypass scheme will report back to ministers in the spring.',
	]) {
		expect(typed('commissioner-appointed', text), text).toEqual([]);
		expect(typed('commissioner-report', text), text).toEqual([]);
	}
});

test('abatement, enforcement and closure notices renewed, and a sign replaced, are no improvement notice', () => {
	for (const text of [
		'A noise abatement notice was served on the nightclub in 2021 and renewed a year later.',
		'The enforcement notice on the unauthorised extension was revised in 2014.',
		'The road closure notice for the high street was reissued in March.',
		'The direction sign at the junction was replaced with a new notice board in March.',
	]) {
		expect(typed('improvement-notice', text), text).toEqual([]);
		expect(typed('improvement-notice-lifted', text), text).toEqual([]);
	}
});

test('food hygiene and police inspectors’ visits earlier this month are no inspection of the council', () => {
	expect(typed('inspection-visit', 'Food hygiene inspectors closed the takeaway following a visit earlier this month.')).toEqual([]);
	expect(typed('inspection-visit', 'Police inspectors praised the force’s call handling following their visit earlier this month.')).toEqual([]);
});

test('a financial adviser’s or a police commissioner’s report is no commissioner’s report', () => {
	expect(typed('commissioner-report', 'Financial adviser Corbel Audit found that spending on agency staff was out of control.\n\nThe report was presented to the audit committee on 21 April.')).toEqual([]);
	expect(typed('commissioner-report', 'The Metropolitan Police Commissioner ordered a review of stop and search.\n\nHis report, published on 14 March, called for more training.')).toEqual([]);
});

test('a footbridge or a leisure centre last inspected is no judgement', () => {
	expect(typed('inspection-judgement', 'The council said the footbridge over the ring road was last inspected in 2018 and is safe.')).toEqual([]);
	expect(typed('inspection-judgement', 'The leisure centre run by the council was last inspected by the fire service in 2019.')).toEqual([]);
	expect(typed('inspection-judgement', 'Restaurants have not been checked since the council’s last inspection in 2021, food safety officers admitted.')).toEqual([]);
	// The service, a council or its area last inspected is the judgement that inspection gave.
	expect(typed('inspection-judgement', 'Gateshead Council’s service for care leavers was last inspected in 2019.')).toHaveLength(1);
});
