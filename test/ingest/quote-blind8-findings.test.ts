/**
 * Fragments an eighth blind reading found with no speaker: "Findings identified "gaps in early help"" after a
 * sentence about an Ofsted report (the report's findings speak for the report). Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const speakers = (...paragraphs: string[]) => article('2022-03-28', ...paragraphs).quotes.map((q) => `${q.speaker ?? '(none)'}: ${q.text}`);

test('findings someone else names, or quotes a person gives, keep their speaker', () => {
	expect(speakers('Councillor Jo Pike said: “Our findings showed a service still struggling.”')).toEqual(['Jo Pike: Our findings showed a service still struggling.']);
	expect(speakers('Bury Council’s findings showed “steady progress”, the council said in a statement.').join()).not.toMatch(/^Ofsted/);
	expect(speakers('The leader of Rochdale Borough Council, Amy Rix, said the findings showed “a service turning a corner”.')).toEqual(['Amy Rix: a service turning a corner']);
});

test('"Findings identified “...”" after an Ofsted report: Ofsted', () => {
	expect(speakers('An Ofsted report has found help for children at Bury Council to be “inadequate”. Findings identified “holes in early help”, but no child was found to be “in immediate danger”.')).toEqual([
		'Ofsted: holes in early help',
		'Ofsted: in immediate danger',
	]);
});
