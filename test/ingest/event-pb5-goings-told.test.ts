/**
 * Goings and refusals told after the lede: "Her departure today comes days after ...", "and did not step down", "Calls
 * for senior councillors to resign were rejected". Each beside ordinary sentences with the same words that tell no
 * one's going or refusal: a flight's departure, a step down from a stage, a council that has not quit a scheme, a
 * going put off until a date. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const typed = (type: string, published: string, text: string) => rows(published, text).filter((r) => r.startsWith(`${type} `));

test('"her departure today comes days after": a resignation on that day', () => {
	expect(typed('resignation', '2016-11-18', 'Barnsley’s director of children’s services has left. Her departure today comes a week after a critical Ofsted letter.')).toContain('resignation 2016-11-18');
	expect(typed('resignation', '2016-11-18', 'His resignation comes after months of pressure over Stockport’s children’s services.').length).toBeGreaterThan(0);
});

test('a flight’s or a team’s departure is no resignation', () => {
	expect(typed('resignation', '2016-11-18', 'Her departure from Manchester Airport came two hours late because of fog in Stockport.')).toEqual([]);
	expect(typed('resignation', '2016-11-18', 'Their departure for the Barnsley tournament followed a civic send-off.')).toEqual([]);
});

test('"and did not step down", calls to resign rejected: a refusal', () => {
	expect(typed('resignation-refused', '2017-06-05', 'Gateshead’s cabinet member for children said her focus was on the changes needed, and did not step down.')).toEqual(['resignation-refused 2017-06-05~']);
	expect(typed('resignation-refused', '2015-04-14', 'Calls for Rotherham’s council leader to resign were rejected at a full council meeting on Monday.')).toEqual(['resignation-refused 2015-04-13']);
});

test('a step from a stage, a scheme not quit, a going put off, a bus motion rejected: no refusal', () => {
	for (const text of [
		'The mayor of Gateshead did not step down from the stage until the anthem ended.',
		'Stockport Council has not quit the regional transport partnership.',
		'The director of Barnsley’s children’s services did not step down until 2019.',
		'Calls for the number 12 bus route to be restored were rejected by the operator in Rotherham.',
	]) expect(typed('resignation-refused', '2017-06-05', text), text).toEqual([]);
});
