/**
 * "Inspectors did not find Stockport's services inadequate": a grading verb denied gives no grade, whatever grade word
 * follows it in the clause; a grade given in the same sentence's other clause still stands.
 */
import {describe, expect, it} from 'vitest';
import {run} from '../helpers/review-events.js';

const grades = (text: string) => run(text).filter((e) => e.type === 'inspection-judgement').map((e) => e.rating ?? 'ungraded');

describe('a grading verb denied', () => {
	it.each([
		"Inspectors did not find Stockport's services inadequate.",
		'Ofsted did not rate the council inadequate, but said progress was too slow.',
		"Stockport's children's services were not judged outstanding.",
		"Inspectors didn't consider the service good enough to lift the notice.",
	])('gives no grade in "%s"', (text) => {
		expect(grades(text)).not.toContain('inadequate');
		expect(grades(text)).not.toContain('outstanding');
		expect(grades(text)).not.toContain('good');
	});

	it('keeps the grade of the clause that gives one', () => {
		expect(grades('Ofsted did not rate the council inadequate; it rated its services as requiring improvement.')).toEqual(['requires improvement']);
	});

	it('keeps a grade a second verb gives after the denied one', () => {
		expect(grades('Inspectors did not find the leaders complacent but judged the services to be inadequate.')).toEqual(['inadequate']);
	});

	it('keeps a grade found without a denial', () => {
		expect(grades("Inspectors found Stockport's services inadequate.")).toEqual(['inadequate']);
	});
});
