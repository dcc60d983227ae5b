/**
 * A notice renewed ("reissued a year later", "which was revised in 2014", "replaced by a non-statutory improvement
 * notice") is a second notice beside the first; a direction replaced by a notice is a direction lifted. Sentences
 * written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

test('ordinary sentences with the words give no notice', () => {
	expect(rows('2024-03-14', 'Gateshead’s revised budget was renewed for another year after the boiler at the civic centre was replaced with a new one.')).toEqual([]);
	expect(rows('2024-03-14', 'The council replaced the direction signs on the Gateshead bypass with a new notice board.')).toEqual([]);
	expect(rows('2024-03-14', 'Gateshead’s children’s services plan, which was revised in 2022, sets out five priorities.').filter((r) => r.startsWith('improvement-notice'))).toEqual([]);
});

test('"first imposed in April 2013 and reissued a year later", "which was revised in 2014": the second notice too', () => {
	expect(rows('2024-03-14', 'The improvement notice on Gateshead was first imposed in March 2012 and reissued a year later.').sort()).toEqual(['improvement-notice 2012-03', 'improvement-notice 2013~']);
	expect(rows('2024-03-14', 'Gateshead had been under an improvement notice since 2011, which was revised in 2013.').sort()).toEqual(['improvement-notice 2011', 'improvement-notice 2013']);
});

test('"the direction was replaced with an improvement notice": the direction lifted and a notice issued', () => {
	const got = rows('2024-03-14', 'In 2019 the statutory direction on Gateshead was replaced with an improvement notice.');
	expect(got).toContain('improvement-notice-lifted 2019');
	expect(got).toContain('improvement-notice 2019');
	expect(rows('2024-03-14', 'Last year Gateshead received an improvement notice in place of the direction.')).toContain('improvement-notice-lifted 2023');
});
