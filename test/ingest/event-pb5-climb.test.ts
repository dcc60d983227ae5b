/**
 * A headline's present tense: "children's services climb to 'requires improvement'" judges, as "climbed" does. Only
 * where children's services, social care, safeguarding, SEND or youth justice services climb: a football club, house
 * prices, a recycling rate, bus services or adult social care that climb to a level are no grade. Sentences written
 * for this project.
 */
import {expect, test} from 'vitest';
import {graded} from './pb4-rows.js';

const judgements = (published: string, text: string) => graded(published, text).filter((r) => r.startsWith('inspection-judgement '));

const grades = (published: string, text: string) => judgements(published, text).map((r) => r.replace(/ \S+$/, ''));

test('children’s services that climb to a grade are judged it (dated as news only where the headline opens the article)', () => {
	expect(grades('2018-07-27', 'Barnsley children’s services climb to ‘requires improvement’')).toEqual(['inspection-judgement requires improvement']);
	expect(grades('2018-07-27', 'Gateshead children’s social care climbs to ‘good’')).toEqual(['inspection-judgement good']);
});

test('clubs, prices, rates, buses and adult social care that climb are no grade', () => {
	for (const text of [
		'Stockport County climb to ‘outstanding’ form, says manager',
		'House prices in Stockport climb to outstanding levels.',
		'Barnsley’s recycling rate climbs to good standard, council says.',
		'Bus services climb to good punctuality levels in Barnsley',
		'Adult social care climbs to good in Barnsley, says the care regulator',
	]) expect(judgements('2018-07-27', text), text).toEqual([]);
});
