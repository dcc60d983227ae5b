/**
 * "three years after that it became outstanding": an after-clause that is only "that" (the event told before it) leaves
 * what follows to the later event, reckoned forward from the date told before; "two years after that report rated it
 * good" still names the earlier event inside it. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {graded as rows} from './pb4-rows.js';

test('ordinary sentences with "after that" give no event', () => {
	expect(rows('2024-03-14', 'Gateshead’s stadium opened in 2015, and three years after that it hosted a cup final.')).toEqual([]);
	expect(rows('2024-03-14', 'Two years after that storm, Gateshead rebuilt the bridge.')).toEqual([]);
});

test('"and three years after that it became one of the few councils rated outstanding": reckoned forward', () => {
	expect(rows('2024-03-14', 'By 2016 inspectors judged Gateshead good, and two years after that it joined the handful of councils rated outstanding.')).toEqual(['inspection-judgement good 2016~', 'inspection-judgement outstanding 2018~']);
});

test('"two years after that inspection rated it good": the after-clause still names the earlier event', () => {
	const got = rows('2024-03-14', 'Gateshead was rated inadequate in 2019, two years after that inspection rated it good.');
	expect(got).toContain('inspection-judgement inadequate 2019');
	expect(got.some((r) => /outstanding|2021/.test(r))).toBe(false);
});
