/**
 * A grade from the wrong half of a contrast, which a seventh blind reading found: "At the 3 Feb 2020 inspection it
 * was rated GOOD, by 11 November 2020 it had deteriorated to INADEQUATE" gave the first grade the second date. A date
 * that opens the next clause is that clause's grade's. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const lead = 'Bury Council’s children’s homes are under pressure.';
const grades = (...paragraphs: string[]) =>
	article('2022-12-01', lead, ...paragraphs)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

test('"rated GOOD, by 9 October 2021 it had slipped to REQUIRES IMPROVEMENT": each grade its own half’s date', () => {
	expect(grades('At its 4 March 2019 inspection Bury Council’s children’s home was rated GOOD, by 9 October 2021 it had slipped to REQUIRES IMPROVEMENT.')).toEqual(['good 2019-03-04', 'requires improvement 2021-10-09~']);
	expect(grades('Rated outstanding in May 2018, by June 2022 Bury Council’s children’s home had dropped to inadequate.')).toEqual(['outstanding 2018-05', 'inadequate 2022-06~']);
	expect(grades('Bury Council’s children’s home was judged good in 2019, in 2021 it was rated inadequate.')).toEqual(['good 2019', 'inadequate 2021']);
	// The halves told with their dates after the grades, or joined by "and", already keep theirs ("by November 2020" a
	// bound: the grade came by then, approximately).
	expect(grades('Bury Council’s children’s home was rated good on 3 February 2020, by 11 November 2020 it had deteriorated to inadequate.')).toEqual(['good 2020-02-03', 'inadequate 2020-11-11~']);
	expect(grades('Bury Council’s children’s home was rated good in February 2020, and by November 2020 it was inadequate.')).toEqual(['good 2020-02', 'inadequate 2020-11~']);
	// A grade with its date after a comma and no clause of its own keeps it: "rated good, in March 2020".
	expect(grades('Bury Council’s children’s home was rated good, in March 2020, by inspectors.')).toEqual(['good 2020-03']);
});
