/**
 * "a revisit ... found progress in the weaknesses identified in 2018": that year is the earlier inspection's, not the
 * revisit's. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

test('ordinary sentences with weaknesses identified in a year give no visit', () => {
	expect(rows('2024-03-14', 'Engineers fixed the weaknesses identified in 2018 in Gateshead’s flood defences.')).toEqual([]);
	expect(rows('2024-03-14', 'Auditors said Gateshead had addressed the concerns raised in 2019 about its pension fund.')).toEqual([]);
});

test('"a revisit in September found progress in the weaknesses identified in 2018": the revisit is not of 2018', () => {
	expect(rows('2024-03-14', 'A revisit by Ofsted and the CQC in February found Gateshead had made progress in three of the four weaknesses identified in 2021.')).toContain('inspection-visit 2024-02');
	const got = rows('2024-03-14', 'A revisit by Ofsted and the CQC found Gateshead had made progress in three of the four weaknesses identified in 2021.');
	expect(got.filter((r) => r.startsWith('inspection-visit'))).toHaveLength(1);
	expect(got.some((r) => r.startsWith('inspection-visit 2021'))).toBe(false);
});
