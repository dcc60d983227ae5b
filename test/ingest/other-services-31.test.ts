/**
 * Inspections of other services than a council's children's services, as news tells them (session 31, from
 * phrasebook 9's dev half): an area SEND inspection's verdict told by a written statement of action asked for or
 * not, its 2023 outcome told as "lead to positive experiences"; a youth offending inspection named for its report;
 * inspectors' fieldwork told by their presence. Sentences invented for these tests.
 */
import {describe, expect, it} from 'vitest';
import {run} from '../helpers/review-events.js';

/** type:rating{service}@date~ for each event. */
const show = (text: string) =>
	run(text)
		.map((e) => `${e.type}${e.rating ? ':' + e.rating : ''}${e.service ? '{' + e.service + '}' : ''}@${e.date.value}${e.date.approximate ? '~' : ''}`)
		.join(' | ');

describe('an area SEND inspection told by its written statement of action', () => {
	it.each([
		// Not asked for: the verdict (no significant weaknesses), and no plan.
		['Stockport has not been asked to produce a written statement of action following its local area SEND inspection.', /^inspection-judgement\{send\}@/],
		['Stockport will not be required to write a written statement of action following an inspection of its special educational needs services.', /^inspection-judgement\{send\}@2019-06-20~$/],
	])('%s', (text, want) => {
		expect(show(text)).toMatch(want);
	});

	it('gives no plan for a statement that is not asked for', () => {
		expect(show('Stockport will not be required to write a written statement of action following an inspection of its special educational needs services.')).not.toContain('improvement-plan');
		expect(show('The council and the clinical commissioning group will not need to produce a written statement of action.')).toBe('');
	});

	it('still gives the plan that is asked for', () => {
		expect(show('Stockport must now write a written statement of action.')).toContain('improvement-plan');
	});
});

describe("the 2023 framework's outcomes told with 'lead to'", () => {
	it.each([
		["Stockport's special educational needs services typically lead to positive experiences for children, according to a report published on Monday.", 'inspection-judgement:good{send}@2019-06-17'],
		["The partnership's arrangements for children with special educational needs lead to inconsistent experiences, inspectors said.", 'inspection-judgement:requires improvement{send}@2019-06-20~'],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
});

describe('an inspection named for its report, and one that found faults', () => {
	it.each([
		["Stockport's youth offending team does sound work, according to a core case inspection published yesterday by HM Inspectorate of Probation.", 'inspection-judgement{youth justice}@2019-06-19~'],
		["Probation inspectors have given Stockport's youth offending service a clean bill of health in a report released today.", 'inspection-judgement{youth justice}@2019-06-20~'],
		['An inspection of services for children with special educational needs in Stockport has found serious weaknesses in how needs are met.', 'inspection-judgement{send}@2019-06-20~'],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});

	it('leaves a report that names no inspection alone', () => {
		expect(show('The council set out its budget in a report published today.')).toBe('');
	});
});

describe('fieldwork told by the inspectors being there', () => {
	it.each([
		['Ofsted and the Care Quality Commission were in the borough in March.', 'inspection-visit@2019-03'],
		['Inspectors were with the service between 20 and 24 May.', 'inspection-visit@2019-05-20'],
		['Inspectors examined 50 cases in May.', 'inspection-visit@2019-05'],
		['Their short quality screening took place in April.', 'inspection-visit@2019-04'],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});

	it('is not a figure of speech, nor other inspectors', () => {
		expect(show('Ofsted was in the news last week.')).toBe('');
		expect(show('Tax inspectors were in the borough last week.')).toBe('');
	});
});
