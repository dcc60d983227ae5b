/**
 * The annual performance assessment's numbered grades glossed with their word (event-facets.ts's grade cues): "graded
 * 3, or good", "rated 4 (outstanding)". Beside them, numbers and the word "good" that grade nothing, which give none.
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const judgements = (published: string, ...text: string[]) =>
	article(published, ...text)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}`)
		.sort();

test('a numbered grade glossed with its word is that grade', () => {
	expect(judgements('2009-12-10', 'Under the old annual performance assessment Wigan had been graded 3, or good, in both 2007 and 2008.')).toEqual(['good 2007', 'good 2008']);
	expect(judgements('2009-12-10', 'Bolton’s services for children were rated 4 (outstanding) in the 2008 annual performance assessment.')).toEqual(['outstanding 2008']);
	expect(judgements('2009-12-10', 'In 2007 Oldham’s children’s services were graded 3 (good) by the annual performance assessment.')).toEqual(['good 2007']);
	expect(judgements('2009-12-10', 'Stockport was graded 3 out of 4, or good, for its services to children in 2008.')).toEqual(['good 2008']);
	expect(judgements('2009-12-10', 'Rochdale’s children’s services were rated 3, or good, in 2006.')).toEqual(['good 2006']);
	expect(judgements('2009-12-10', 'The annual performance assessment in 2008 graded Salford 4, or outstanding, for its services to children.')).toEqual(['outstanding 2008']);
});

test('numbers and "good" that grade nothing give no judgement', () => {
	expect(judgements('2009-12-10', 'Wigan was graded 3 for road maintenance, a good result for the highways team.')).toEqual([]);
	expect(judgements('2009-12-10', 'Bolton rated 4 bids as good value for money in 2008.')).toEqual([]);
	expect(judgements('2009-12-10', 'Oldham hopes to be graded 4, or outstanding, at the next annual performance assessment.')).toEqual([]);
	expect(judgements('2009-12-10', 'Stockport scored 3 goals, a good result for the council’s five-a-side team in 2008.')).toEqual([]);
	expect(judgements('2009-12-10', 'Councils are graded 1 to 4, or inadequate to outstanding, in the annual performance assessment.')).toEqual([]);
	expect(judgements('2009-12-10', 'If Rochdale were graded 3, or good, ministers would lift the notice.')).toEqual([]);
});
