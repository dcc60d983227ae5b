/**
 * The review of session 24's runs of grades ("rated outstanding again", "retained its good rating"): the earlier grade a
 * run tells is the council's children's services' only. A school's, hospital's, police force's or care provider's
 * run, another council's, and a run denied, predicted or asked about add no earlier grade.
 */
import {describe, expect, test} from 'vitest';
import {wigans} from './review24-probe.js';

/** Ratings read more than once in the sentence: the run's earlier grade beside the grade of now. */
const repeated = (text: string) => {
	const ratings = wigans(text, 'inspection-judgement').map((e) => e.split(' ')[1]);
	return ratings.filter((r, i) => ratings.indexOf(r) !== i);
};

describe('a run of grades that is not the council\'s children\'s services adds no earlier grade', () => {
	test.each([
		'Wigan hopes to be rated outstanding again at its next inspection.',
		'Wigan aims to retain its good rating when inspectors return next year.',
		'If Wigan is rated inadequate again, the government could send in a commissioner.',
		'Will Wigan be rated good again?',
		"St Mary's Primary School in Wigan has been rated outstanding again by Ofsted.",
		'Wigan Infirmary has retained its good rating from the Care Quality Commission.',
		'Greater Manchester Police was rated inadequate again by the police inspectorate.',
		"Wigan's adult social care service has kept its good rating from the CQC.",
		'A third of councils retained their rating at their latest inspection, Wigan officials noted.',
		'Wigan denied it had been rated inadequate again, saying the report was only a monitoring visit.',
		"Councillor Smith claimed Bolton's children's services had been rated inadequate again.",
		"Wigan's Sure Start nursery has been judged good for a third successive time.",
		'Wigan failed to retain its outstanding rating, dropping to good.',
		"The Wigan Athletic academy retained its good rating from the league's auditors.",
		"Wigan's children's services are expected to be rated good again when Ofsted returns.",
		"Wigan's children's services are predicted to keep their good rating.",
		"Only a third of councils kept their good rating last year, nationally, Wigan's report said.",
		"Wigan's adoption agency partner, Adoption Counts, was rated outstanding again.",
		"Bolton's children's services were rated inadequate again, Wigan's director noted.",
		'The Wigan hospice held on to its outstanding rating from the CQC.',
		"Wigan's children's services were rated good, and the town's college retained its outstanding rating.",
		"Wigan's children's services could be rated inadequate again, a union warned.",
	])('%s', (text) => {
		expect(repeated(text)).toEqual([]);
	});
});

describe('the council\'s own run still tells of its earlier grade', () => {
	test.each([
		["Wigan's children's services have been rated outstanding again by Ofsted.", 'outstanding'],
		["Wigan Council has retained its good rating for children's services.", 'good'],
		["Ofsted rated Wigan's children's services inadequate for the second time in a row.", 'inadequate'],
	])('%s', (text, rating) => {
		expect(wigans(text, 'inspection-judgement').filter((e) => e.split(' ')[1] === rating && e.includes(' null '))).toHaveLength(1);
		expect(repeated(text)).toEqual([rating]);
	});
});
