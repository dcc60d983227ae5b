/**
 * Visits an eighth blind reading found missed where a side clause of a sentence about the outcome tells them:
 * "rated outstanding, following Ofsted's visit in January", "the ten-day inspection, held in November, gave ...".
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const visits = (...paragraphs: string[]) =>
	article('2022-06-30', ...paragraphs)
		.events.filter((e) => e.type === 'inspection-visit')
		.map((e) => `${e.authority} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

test('other bodies’ inspections and visits told in side clauses are no visit of the council’s', () => {
	expect(visits('Bury Council’s leisure centre reopened, following the fire service’s inspection in January.')).toEqual([]);
	expect(visits('Bury Council closed the market hall after the food hygiene inspection, held in March, found rats.')).toEqual([]);
	expect(visits('The minister praised Rochdale Borough Council’s staff, following her visit in January.')).toEqual([]);
	expect(visits('Rochdale Borough Council’s new pool opened after the building inspection, carried out in May, passed it as safe.')).toEqual([]);
});

test('"rated outstanding, following Ofsted’s visit in January": the visit is a row', () => {
	expect(visits('Bury Council’s children’s services have been rated outstanding, following Ofsted’s visit in January.')).toEqual(['Bury 2022-01']);
});

test('"the ten-day inspection, held in November,": the visit is a row', () => {
	expect(visits('Bury Council’s children’s services were rated good. The results of the two-week inspection, held in April, gave leadership an outstanding grade.')).toEqual(['Bury 2022-04']);
	expect(visits('The inspection of Rochdale Borough Council’s children’s services, carried out in May, found weaknesses in early help.')).toEqual(['Rochdale 2022-05']);
	// Not judged: "following Ofsted's visit in January, the council has ...".
	expect(visits('Following Ofsted’s visit in January, Bury Council has hired 20 social workers.')).toEqual(['Bury 2022-01']);
});
