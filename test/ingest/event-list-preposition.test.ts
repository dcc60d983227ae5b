/**
 * A list of councils whose preposition is said again ("services in Wigan and in Bolton", "reports for Oldham and for
 * Rochdale"): each council graded, as "Wigan and Bolton" is (authorityList in event-clauses.ts). Sentences written for
 * this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const graded = (...text: string[]) =>
	article('2012-10-16', ...text)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.authority} ${e.rating}`)
		.sort();

test('a list that says its preposition again grades each council', () => {
	expect(graded('Youth justice inspections were published today.', 'Separate reports for Oldham and for Rochdale rated both youth offending services good.')).toEqual(['Oldham good', 'Rochdale good']);
	expect(graded('Children’s services in Wigan and in Bolton have both been judged to require improvement.')).toEqual(['Bolton requires improvement', 'Wigan requires improvement']);
	// (Councils apart, each with its own clause, stay apart.)
	expect(graded('Wigan was rated good, and Bolton was judged inadequate in a report published on the same day.')).toEqual(['Bolton inadequate', 'Wigan good']);
});
