/**
 * An intervention an eighth blind reading found missed: a council "handed an improvement order by the government".
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const notices = (...paragraphs: string[]) =>
	article('2022-06-30', ...paragraphs)
		.events.filter((e) => e.type === 'improvement-notice')
		.map((e) => `${e.authority} ${e.status ?? 'happened'}`);

test('a council’s own enforcement orders are no intervention in it', () => {
	expect(notices('A takeaway in Bury was handed an improvement order by Bury Council’s food safety team.')).toEqual([]);
	expect(notices('Rochdale Borough Council said a landlord had been served with an improvement order over damp flats.')).toEqual([]);
	expect(notices('Bury Council has asked for an improvement order to be considered for the town centre.')).toEqual([]);
});

test('"handed an improvement order by the government": a notice', () => {
	expect(notices('Bury Council has been handed an improvement order by the government after Ofsted rated its children’s services inadequate.')).toEqual(['Bury happened']);
});
