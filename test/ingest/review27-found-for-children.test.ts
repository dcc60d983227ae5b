/**
 * review27: 'found X's services for children good' (db0f404).
 * Sentences written for the review, near-misses the family must not change and a few it should handle; the
 * it.fails cases are over-reaches found by review27 (they assert the right behaviour and fail today).
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const run = (text: string, published = '2019-06-20') =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Stockport Council\n\n${text}\n`, {today}).events;
// One line per event: type, rating, a status other than done, date ('~' approximate), an authority other than Stockport.
const show = (text: string) =>
	run(text)
		.map((e) => `${e.type}${e.rating ? ':' + e.rating : ''}${e.status ? '/' + e.status : ''}@${e.date.value}${e.date.approximate ? '~' : ''}${e.authority && e.authority !== 'Stockport' ? '[' + e.authority + ']' : ''}`)
		.join(' | ');

describe('fine: services for children', () => {
	it.each([
		["Inspectors found Stockport's services for children good.", 'inspection-judgement:good@2019-06-20~'],
		["Inspectors found Trafford's services for children good, Trafford Council said.", 'inspection-judgement:good@2019-06-20~[Trafford]'],
		["Inspectors found the police force's services for children good.", ''],
		["Inspectors found Stockport Hospital's services for children good.", ''],
		["Inspectors found Stockport Grammar School's services for children good.", ''],
		["Inspectors found the NHS trust's services for children and young people good.", ''],
		["Did inspectors find Stockport's services for children good?", ''],
		['Stockport Council hopes inspectors will find its services for children good next year.', ''],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
});

// The found frame (with "children's services" too) reads a finding only as made: not denied, hoped for or claimed.
describe('over-reach: no grade from a denial, a hope or a claim', () => {
	for (const text of [
		"Inspectors did not find Stockport's services for children good.",
		"The council hopes inspectors will find Stockport's services for children good.",
		"Inspectors found Stockport's services for children good, a leaked draft claimed.",
	]) {
		it(text, () => {
			expect(show(text)).toBe('');
		});
	}
});
