/**
 * An inspectorate's visit dated by words that count from the article ("following a visit earlier this month"); a visit
 * by anyone else is none. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

test('a visit earlier this month by anyone but the inspectorate gives nothing', () => {
	expect(rows('2020-10-27', 'Gateshead’s mayor spoke to pupils during a visit earlier this month.')).toEqual([]);
	expect(rows('2020-10-27', 'The minister praised Gateshead’s new library after a visit late last year.')).toEqual([]);
});

test('"in a letter following a visit earlier this month": the inspectorate’s visit of this month', () => {
	expect(rows('2020-10-27', 'Ofsted said Gateshead had kept in touch with families, in a letter following a visit earlier this month.')).toEqual(['inspection-visit 2020-10']);
});
