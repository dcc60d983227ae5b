/**
 * The review of session 24's SEND revisits: "the weaknesses identified at its SEND inspection in 2018" names the
 * council's earlier area inspection only where it is not denied or asked about and not a school's, academy trust's,
 * hospital's or police force's.
 */
import {describe, expect, test} from 'vitest';
import {wigans} from './review24-probe.js';

describe('weaknesses identified that are no outcome of the council\'s', () => {
	test.each([
		"Wigan's flood defences had made progress on the weaknesses identified in 2018, the Environment Agency said.",
		'Wigan Infirmary had addressed the weaknesses identified at its CQC inspection in 2018.',
		'Wigan hopes to fix the weaknesses identified in 2018 before the CQC returns.',
		"A Wigan school's SEND provision had weaknesses identified in 2019 by Ofsted.",
		"Were the weaknesses identified at Wigan's SEND inspection in 2018 ever addressed?",
		'Wigan denied there were weaknesses identified at its SEND inspection in 2018.',
		'The police force had weaknesses identified in 2018, the CQC and Wigan council noted.',
		"Wigan's adult social care weaknesses identified in 2017 by the CQC remain.",
		'The academy trust tackled the weaknesses identified in its 2019 SEND inspection, Wigan said.',
	])('%s', (text) => {
		expect(wigans(text, 'inspection-judgement')).toEqual([]);
	});
});

describe('the council\'s earlier SEND outcome still read', () => {
	test.each([
		['Ofsted and the CQC found Wigan had made sufficient progress on the weaknesses identified at its SEND inspection in 2018.', '2018'],
		['Wigan had made progress in the six areas of weakness identified in its 2019 SEND inspection.', '2019'],
		['The revisit found Wigan had addressed the weaknesses identified in 2018, the CQC said.', '2018'],
	])('%s', (text, year) => {
		expect(wigans(text, 'inspection-judgement').some((e) => e.includes(` ${year}`))).toBe(true);
	});
});
