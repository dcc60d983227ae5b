/**
 * Sentences an eighth blind reading found carrying two events of which one was lost or left undated: "Ofsted's visit
 * in April was its first since the service was judged inadequate in March 2019" (the visit lost to the judgement
 * beside it), and "An inspection in May 2011 judged its safeguarding 'adequate' and its services for looked-after
 * children 'good'" (the second grade undated). Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const rows = (...paragraphs: string[]) =>
	article('2022-06-30', ...paragraphs)
		.events.map((e) => `${e.type}${e.rating ? `/${e.rating}` : ''} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`)
		.sort();

test('a grade told after another with a verb of its own keeps its own date', () => {
	expect(rows('An Ofsted inspection in 2015 judged Bury Council’s children’s services inadequate, and they are now rated good.')).not.toContain('inspection-judgement/good 2015');
	expect(rows('An Ofsted inspection in 2015 judged Bury Council’s children’s services inadequate but a re-inspection in 2018 rated them good.')).toContain('inspection-judgement/good 2018');
	// The inspection behind a judgement is still no visit of its own when nothing comes after "since".
	expect(rows('Bury Council’s children’s services have been judged good, inspectors said.').filter((r) => r.startsWith('inspection-visit'))).toEqual([]);
});

test('"Ofsted’s visit in April was its first since ... judged inadequate in March 2019": both events', () => {
	expect(rows('Ofsted’s visit in April was its first full inspection of Bury Council’s children’s services since they were judged inadequate in March 2019.')).toEqual(['inspection-judgement/inadequate 2019-03', 'inspection-visit 2022-04']);
});

test('"An inspection in May 2011 judged X ‘adequate’ and Y ‘good’": both grades take the inspection’s date', () => {
	expect(rows('An earlier Ofsted inspection in May 2011 judged Bury Council’s safeguarding services as “adequate” and its services for looked-after children as “good”.')).toEqual(['inspection-judgement/adequate 2011-05', 'inspection-judgement/good 2011-05']);
});
