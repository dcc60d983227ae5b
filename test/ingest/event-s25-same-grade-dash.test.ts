/**
 * An earlier grade told after a dash as "the same grade" as the news, with its own date (event-clauses.ts's
 * sameEarlierGrade): two judgements, the news and the earlier one, as after a comma. Beside them, dashes that tell
 * no earlier grade, which give one judgement only (whichever date it takes). Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const judgements = (published: string, ...text: string[]) =>
	article(published, ...text)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}`)
		.sort();

test('"- the same grade given at the previous inspection in 2019" is the earlier grade as well as the news', () => {
	expect(judgements('2024-06-10', 'Ofsted’s report, published in May, judged Wigan’s children’s services to require improvement to be good overall - the same grade given at the previous full inspection in 2019.')).toEqual(['requires improvement 2019', 'requires improvement 2024-05']);
	expect(judgements('2023-02-14', 'Inspectors rated Oldham’s services for children good – the same grade the council received in 2018.')).toEqual(['good 2018', 'good 2023-02-14']);
	expect(judgements('2022-11-03', 'Bury Council’s children’s services have been judged inadequate — the same verdict Ofsted reached in 2019.')).toEqual(['inadequate 2019', 'inadequate 2022-11-03']);
	expect(judgements('2021-07-01', 'Stockport’s services were rated outstanding - the same overall judgement as in 2016, when the council was among the first to be inspected.')).toEqual(['outstanding 2016', 'outstanding 2021-07-01']);
	expect(judgements('2020-03-09', 'Salford was judged to require improvement to be good – the same rating given by inspectors in 2017.')).toEqual(['requires improvement 2017', 'requires improvement 2020-03-09']);
	expect(judgements('2024-01-22', 'Ofsted has rated Rochdale’s children’s services good - the same grade awarded at its inspection in 2019.').length).toBe(2);
});

test('a dash that tells no earlier grade gives the news alone', () => {
	expect(judgements('2024-06-10', 'Wigan’s children’s services have been rated good - the same as the neighbouring council’s schools.').length).toBe(1);
	expect(judgements('2024-06-10', 'Wigan’s children’s services have been rated good - the same week the council set its budget for 2025.').length).toBe(1);
	expect(judgements('2024-06-10', 'Wigan’s children’s services have been rated good - the first time since 2012 that the council has not been told to improve.').length).toBe(1);
	expect(judgements('2024-06-10', 'Wigan’s children’s services have been rated good - the same director has led them since 2019.').length).toBe(1);
	expect(judgements('2024-06-10', 'Wigan’s children’s services have been rated good - same-day assessments rose from 40% in 2019.').length).toBe(1);
	expect(judgements('2024-06-10', 'Wigan’s children’s services have been rated good - the same rating most of the borough’s schools hold.').length).toBe(1);
});
