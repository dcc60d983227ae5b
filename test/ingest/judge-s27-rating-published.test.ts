/**
 * The day's grade whose report the article names by another word: "the new rating, published yesterday", "Ofsted's
 * annual ratings published yesterday", "the verdict, released on Tuesday", "the grades, made public this morning". The
 * grade told as news takes that day, as it does for "the report, published yesterday". Near misses: a court's verdict,
 * hygiene or exam ratings, another inspectorate's ratings, last year's rating, a rating still to be published.
 * Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (...paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: 2009-12-10\nauthority: Barnsley\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Barnsley' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('the rating, the verdict or the grades published on a day', () => {
	const cases: [string[], string][] = [
		[['Barnsley’s children’s services have been judged to perform adequately.', 'The new rating, published yesterday, places the council in the third of four bands.'], 'adequate 2009-12-09'],
		[['Children’s services in Barnsley are inadequate, according to Ofsted’s annual ratings published yesterday.'], 'inadequate 2009-12-09'],
		[['Barnsley’s children’s services have been rated good by Ofsted.', 'The ratings were published on Tuesday.'], 'good 2009-12-08'],
		[['Ofsted has judged Barnsley to be performing poorly.', 'Its verdict, released yesterday, follows a critical inspection in the summer.'], 'inadequate 2009-12-09'],
		[['Barnsley was rated as performing well in Ofsted’s annual ratings, released yesterday.'], 'good 2009-12-09'],
		[['The grades, published by Ofsted yesterday, show Barnsley performing adequately.'], 'adequate 2009-12-09'],
		[['Barnsley’s children’s services are inadequate, Ofsted has said.', 'The watchdog’s verdict was made public on Monday.'], 'inadequate 2009-12-07'],
		[['Barnsley’s rating, which was published yesterday, is adequate, Ofsted said.'], 'adequate 2009-12-09'],
	];
	for (const [paragraphs, want] of cases) it(paragraphs.join(' ').slice(0, 90), () => expect(graded(...paragraphs)).toContain(want));
});

describe('near misses', () => {
	// [paragraphs, what must not be read]
	const cases: [string[], string][] = [
		[['Barnsley’s children’s services have been rated good by Ofsted.', 'The jury’s verdict in the unrelated trial was released yesterday.'], 'good 2009-12-09'],
		[['Barnsley’s children’s services have been rated good by Ofsted.', 'Food hygiene ratings published yesterday put two of its cafes at the bottom.'], 'good 2009-12-09'],
		[['Barnsley’s children’s services have been rated good by Ofsted.', 'Exam results published yesterday showed pupils improving.'], 'good 2009-12-09'],
		[['Barnsley’s children’s services have been rated good by Ofsted.', 'Care Quality Commission ratings of the town’s hospital, published yesterday, were poorer.'], 'good 2009-12-09'],
		[['Barnsley’s children’s services have been rated good by Ofsted.', 'Last year’s rating, published in December 2008, was adequate.'], 'good 2008-12'],
		[['Barnsley’s children’s services have been rated good by Ofsted.', 'Its police force’s rating, published yesterday, was inadequate.'], 'good 2009-12-09'],
		[['Barnsley’s children’s services have been rated good by Ofsted.', 'The rating for adult social care will be published next week.'], 'good 2009-12-14'],
		[['Barnsley’s children’s services have been rated good by Ofsted.', 'The previous rating, released in March, was adequate.'], 'good 2009-03'],
	];
	for (const [paragraphs, never] of cases) it(paragraphs.join(' ').slice(0, 90), () => expect(graded(...paragraphs)).not.toContain(never));
});
