/**
 * "since the council's last inspection in 2022": the earlier inspection's judgement, whose grade the sentence does not
 * tell, not a visit of that year. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {graded as rows} from './pb4-rows.js';

test('ordinary sentences with "last" and "inspection" give no judgement', () => {
	expect(rows('2024-03-14', 'The last inspection of the footbridge in 2022 found rust.')).toEqual([]);
	expect(rows('2024-03-14', 'Gateshead’s last road inspection, in 2022, found potholes.')).toEqual([]);
	expect(rows('2024-03-14', 'The last inspector to leave Gateshead in 2022 was replaced within a month.')).toEqual([]);
});

test('"since the council’s last inspection in 2022": a judgement of 2022, not a visit', () => {
	const got = rows('2024-04-10', 'Inspectors said help for families in Gateshead had strengthened since the council’s last inspection in 2022.');
	expect(got.some((r) => r.startsWith('inspection-visit') && r.includes('2022'))).toBe(false);
	expect(got.filter((r) => r.startsWith('inspection-judgement') && r.includes('2022'))).toHaveLength(1);
});

test('"was last inspected in 2018": the judgement of that inspection, grade untold', () => {
	const got = rows('2024-03-14', 'Gateshead was last inspected in 2017, under the old framework, when inspectors asked for a written statement of action.');
	expect(got).toContain('inspection-judgement - 2017~');
	expect(got.some((r) => r.startsWith('inspection-visit'))).toBe(false);
	// "last" of something else is no earlier inspection.
	expect(rows('2024-03-14', 'Gateshead’s last inspector of weights and measures retired in 2017.')).toEqual([]);
});
