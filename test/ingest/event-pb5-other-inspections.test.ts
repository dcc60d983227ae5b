/**
 * Judgements of the other inspections of children's services told by what they found, without a grade: a youth
 * offending team's core case inspection, a joint targeted area inspection, a local area SEND inspection whose
 * findings are published, the weaknesses identified at an earlier SEND inspection; and such an inspection dated by
 * "which took place from". Each beside ordinary sentences with the same words that report no such inspection.
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {graded, rows} from './pb4-rows.js';

const judgements = (published: string, text: string) => graded(published, text).filter((r) => r.startsWith('inspection-judgement '));

test('a core case or joint targeted area inspection that found something: a judgement without a grade', () => {
	expect(judgements('2011-06-14', 'A core case inspection of Stockport’s youth offending team found that risk was assessed well in most cases.')).toEqual(['inspection-judgement - 2011-06-14~']);
	expect(judgements('2017-11-30', 'A joint targeted area inspection of the response to domestic abuse in Barnsley has found that agencies work well together.')).toEqual(['inspection-judgement - 2017-11-30~']);
});

test('the findings of a local area SEND inspection, published: a judgement; its own dates a visit', () => {
	const got = rows('2018-02-01', 'The findings of the local area SEND inspection in Gateshead, which took place from 6 to 10 November 2017, have been published.');
	expect(got).toContain('inspection-visit 2017-11-06');
	expect(got.filter((r) => r.startsWith('inspection-judgement ')).every((r) => r.endsWith('~'))).toBe(true);
});

test('the weaknesses identified in its 2019 SEND inspection: that inspection’s judgement', () => {
	expect(judgements('2022-11-18', 'Rotherham has made progress on four of the six weaknesses identified in its 2019 SEND inspection.')).toEqual(['inspection-judgement - 2019~']);
});

test('a bridge’s, a restaurant’s or a school’s own inspection is none', () => {
	expect(judgements('2017-11-30', 'A structural inspection of the Gateshead footbridge has found cracks in two of its supports.')).toEqual([]);
	expect(judgements('2017-11-30', 'The findings of the food hygiene inspection at the Barnsley takeaway were published on Monday.')).toEqual([]);
	expect(judgements('2017-11-30', 'The academy’s own SEND inspection, carried out by its trust, found gaps in record keeping in Stockport.')).toEqual([]);
	for (const text of ['The inspection at the Stockport viaduct, which took place in October, found no defects.', 'The fire safety inspection in the Stockport tower block, which took place in October, found faults.']) {
		expect(rows('2017-11-30', text).filter((r) => r.startsWith('inspection-visit ')), text).toEqual([]);
	}
});
