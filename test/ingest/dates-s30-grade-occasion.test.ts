/**
 * "It was rated good at its first inspection in 2023": the inspection is named only as the occasion of the grade, one
 * event, the judgement, with no visit of its own beside it (event-grade-occasion.ts). Near misses: a visit the text
 * tells apart from the grade ("after inspectors visited in March") stays. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Lambeth\n\n${text.replace(/ \/ /g, '\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-visit' || e.type === 'inspection-judgement')
		.map((e) => `${e.type} ${e.rating ?? ''} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('an inspection named as the occasion of a grade is not a visit of its own', () => {
	const cases: [string, string, string][] = [
		['2025-01-17', "A council-run children's home in Lambeth has been rated outstanding by Ofsted. It was rated good at its first inspection in 2023.", 'inspection-judgement good 2023'],
		['2024-06-03', "Lambeth's fostering service has been rated outstanding by Ofsted. It was judged requires improvement at its last inspection in 2021.", 'inspection-judgement requires improvement 2021'],
	];
	for (const [day, text, want] of cases) {
		it(text.slice(0, 90), () => {
			const got = events(day, text);
			expect(got).toContain(want);
			expect(got.filter((g) => g.startsWith('inspection-visit'))).toEqual([]);
		});
	}
});

describe('a visit told apart from the grade stays', () => {
	const cases: [string, string, string][] = [
		['2024-05-20', "Lambeth's children's services have been rated good by Ofsted after inspectors visited in March.", 'inspection-visit  2024-03'],
		['2021-07-06', "Inspectors found that children in Lambeth's care were well supported, and awarded the fostering service a good rating at the end of their visit on 17 June.", 'inspection-visit  2021-06-17'],
	];
	for (const [day, text, want] of cases) it(text.slice(0, 90), () => expect(events(day, text)).toContain(want));
});
