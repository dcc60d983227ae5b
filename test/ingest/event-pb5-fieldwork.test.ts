/**
 * Inspections told by their fieldwork: inspectors who "spent most of October" somewhere, Ofsted that "returned in July",
 * inspectors "who visited in April" told in an aside beside an older grade, and a judgement "after visiting in March".
 * Each beside ordinary sentences with the same words and no inspection. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const visits = (published: string, text: string) => rows(published, text).filter((r) => r.startsWith('inspection-visit '));

test('inspectors who spent most of a month in the borough made a visit then', () => {
	expect(visits('2019-12-04', 'The inspection team spent the first half of October in Stockport, reading case files and meeting social workers.')).toEqual(['inspection-visit 2019-10']);
	expect(visits('2019-12-04', 'Inspectors, who spent most of September in Barnsley, praised the council’s early help.')).toEqual(['inspection-visit 2019-09']);
});

test('a minister or a team that spent a month somewhere made no inspection', () => {
	expect(visits('2019-12-04', 'The children’s minister spent most of August in her constituency.')).toEqual([]);
	expect(visits('2019-12-04', 'Barnsley FC spent much of October at the foot of the table.')).toEqual([]);
});

test('Ofsted that returned in a later month made another visit', () => {
	expect(visits('2022-11-28', 'Ofsted first inspected Gateshead Council’s children’s home in May and returned in August.')).toEqual(['inspection-visit 2022-05~', 'inspection-visit 2022-08']);
	expect(visits('2022-11-28', 'Inspectors returned to the Gateshead home in October to check on progress.')).toEqual(['inspection-visit 2022-10']);
});

test('a director, a striker or a bus route that returned is no inspection', () => {
	expect(visits('2022-11-28', 'The director of children’s services returned in July after six months of sick leave.')).toEqual([]);
	expect(visits('2022-11-28', 'The striker returned in August after a knee injury, the club said.')).toEqual([]);
	expect(visits('2022-11-28', 'The number 12 bus service returned to the estate in September.')).toEqual([]);
});

test('inspectors who visited in April, told in an aside beside an older grade, made a visit of their own', () => {
	const got = rows('2013-05-31', 'Inspectors, who visited in April, found that Rotherham had dealt with the weaknesses identified in 2010, when services were rated inadequate.');
	expect(got).toContain('inspection-visit 2013-04');
	expect(got).toContain('inspection-judgement 2010');
});

test('a mayor who visited in April, beside an old grade, made no inspection', () => {
	expect(visits('2013-05-31', 'The mayor, who visited in April, said the school had come a long way since 2010, when it was rated inadequate.')).toEqual([]);
});

test('a judgement "after visiting in March" on a page with no date: the visit undated, beside the grade', () => {
	const got = rows('', 'Inspectors have rated Gateshead Council’s children’s services good after visiting in March.');
	expect(got.some((r) => r.startsWith('inspection-visit '))).toBe(true);
});

test('"when Ofsted next visits, which is expected in 2022": the visit due then, whatever grade is hoped for', () => {
	expect(visits('2020-09-17', 'Rotherham hopes to be judged good when Ofsted next visits, which is expected in 2022.')).toEqual(['inspection-visit 2022']);
	expect(visits('2020-09-17', 'Inspectors next inspect Barnsley’s children’s services in a visit due by the end of 2021.')).toEqual(['inspection-visit 2021~']);
});

test('a relative who next visits, or a bus next calling, is no inspection', () => {
	expect(visits('2020-09-17', 'Her grandchildren next visit Rotherham at Christmas, which is expected to be quiet.')).toEqual([]);
	expect(visits('2020-09-17', 'The number 12 bus next calls at Barnsley interchange, expected in ten minutes.')).toEqual([]);
});
