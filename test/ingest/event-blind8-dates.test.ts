/**
 * Dates an eighth blind reading found used wrongly: the year in a statute's name ("under the Children Act 2004 by
 * 9 July 2021") taken for an event's date, an inspection "last August" in an undated article given the date of
 * another August named in the next sentence, and a grade "good with outstanding leadership in 2019" that gave the year
 * to the sub-grade and left the overall grade on the article's date. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {article, today} from './article.js';

const rows = (events: ReturnType<typeof article>['events'], type?: string) =>
	events.filter((e) => !type || e.type === type).map((e) => `${e.type}${e.rating ? `/${e.rating}` : ''} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

test('the year in the name of an Act or regulations is no date', () => {
	// Ordinary sentences naming a statute beside a real date, or alone.
	expect(rows(article('2021-05-12', 'Bury Council must send its improvement plan to the Secretary of State under the Children Act 2004 by 30 June 2021.').events, 'improvement-plan')).toEqual(['improvement-plan 2021-06-30~']);
	expect(rows(article('2021-05-12', 'Rochdale Borough Council was told its fostering service breached the Care Planning Regulations 2010 in a report published in March.').events).every((r) => !r.includes('2010'))).toBe(true);
	expect(rows(article('2021-05-12', 'Stockport Council was issued with an improvement notice under section 497A of the Education Act 1996.').events, 'improvement-notice').every((r) => !r.includes('1996'))).toBe(true);
	// A year that is a date still dates.
	expect(rows(article('2021-05-12', 'Bury Council was issued with an improvement notice in 2016.').events, 'improvement-notice')).toEqual(['improvement-notice 2016']);
});

test('an inspection "last August" in an undated article takes no other August’s year', () => {
	const text = [
		'An Ofsted report has found Sutton Council’s children’s services inadequate.',
		'The findings follow an inspection last August.',
		'The report says weaknesses were first raised at an unannounced inspection in August 2011.',
	].join('\n\n');
	const visits = extractArticle(`${text}\n`, {today}).events.filter((e) => e.type === 'inspection-visit');
	// The August 2011 inspection is read from its own sentence, and "last August" is not dated from it.
	expect(visits.filter((e) => e.date.value === '2011-08').map((e) => e.evidence?.sentence)).toEqual([expect.stringContaining('August 2011')]);
	expect(visits.filter((e) => e.evidence?.sentence.includes('last August')).map((e) => e.date.value)).not.toContain('2011-08');
	// With nothing to tell them apart, "last August" and "August 2011" stay one visit.
	const one = extractArticle(`${[text.split('\n\n')[0], text.split('\n\n')[1], 'Inspectors said the inspection in August 2011 had been their longest.'].join('\n\n')}\n`, {today}).events.filter((e) => e.type === 'inspection-visit');
	expect(one).toHaveLength(1);
});

test('"good with outstanding leadership in 2019": the overall grade takes the year', () => {
	expect(rows(article('2021-06-30', 'Under Rita Vance, Wigan Council’s children’s services were rated good with outstanding leadership in 2019.').events, 'inspection-judgement')).toEqual(['inspection-judgement/good 2019']);
	// A sub-grade named on its own is still read where it stands beside no overall grade.
	expect(rows(article('2021-06-30', 'Wigan Council’s children’s services were rated good in 2019.').events, 'inspection-judgement')).toEqual(['inspection-judgement/good 2019']);
});
