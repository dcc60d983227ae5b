/**
 * The review of session 24's quoted grades: Ofsted's failures words quoted are a grade only where the sentence tells
 * them found in the council's services (not denied, negated or claimed, not of a hospital, police force or care home),
 * and a quoted grade of another council's services is that council's.
 */
import {describe, expect, test} from 'vitest';
import {wigans} from './review24-probe.js';

describe('quoted words that give the council no grade', () => {
	test.each([
		'Wigan denied that inspectors had found "serious and widespread failures".',
		'A councillor claimed the highways department showed "widespread and serious failures".',
		'Inspectors found "serious and widespread failures" at Wigan Infirmary.',
		'The police watchdog found "serious and widespread failures" in Greater Manchester Police\'s handling of crime.',
		'A commissioner was sent to oversee Bolton\'s "inadequate" children\'s services, Wigan heard.',
		'Councils with "inadequate" children\'s services are often sent commissioners, Wigan\'s leader noted.',
		'If Wigan\'s "inadequate" children\'s services do not improve, a trust could take over.',
		'Inspectors found no "serious and widespread failures" in Wigan\'s children\'s services.',
		'The Wigan care home showed "widespread and serious failures", the CQC said.',
		'The minister appointed a commissioner to oversee Bolton\'s "inadequate" children\'s services last year, and Wigan offered support.',
	])('%s', (text) => {
		expect(wigans(text, 'inspection-judgement')).toEqual([]);
	});
});

describe('quoted words that still grade the council', () => {
	test.each([
		['Inspectors found "serious and widespread failures" in Wigan\'s children\'s services.', 'inadequate'],
		['A commissioner was appointed to oversee Wigan\'s "inadequate" children\'s services.', 'inadequate'],
		["Weeks after the probation inspectorate rated Wigan's youth justice service inadequate in October, Ofsted has now given Wigan's children's social care the same grade.", 'inadequate'],
	])('%s', (text, rating) => {
		expect(wigans(text, 'inspection-judgement').some((e) => e.split(' ')[1] === rating && e.split(' ')[2] === '-')).toBe(true);
	});
});
