/**
 * Dates a seventh blind reading found given to a judgement though they belong to something else in the text: the
 * "since" bound of a count ("only the third 'inadequate' rating given to a youth justice service since March 2019")
 * and the publication of another body's report ("A 2022 report published by a group of charities found ..."). A
 * confident wrong date is worse than none. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {article, today} from './article.js';

const judgements = (published: string, ...paragraphs: string[]) =>
	article(published, ...paragraphs)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.authority} ${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

/** A page with no date of its own: the title and paragraphs only. */
const undatedPage = (title: string, ...paragraphs: string[]) =>
	extractArticle([`title: ${title}`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.authority} ${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

test('"only the third \'inadequate\' rating given to a youth justice service since March 2019": the bound of a count, not the grade’s date', () => {
	const lead = 'Rochdale Borough Council’s youth justice service has been rated ‘inadequate’ by HM Inspectorate of Probation.';
	for (const count of [
		'It is just the second ‘inadequate’ rating handed to a youth offending team since April 2018.',
		'This is only the fourth service in England to be judged inadequate since June 2020.',
		'That makes it the first youth justice service in the region rated ‘inadequate’ since 2017.',
	]) {
		expect(judgements('2024-05-09', lead, count)).toEqual(['Rochdale inadequate 2024-05-09~']);
		const undated = undatedPage('Youth justice service rated inadequate', lead, count);
		expect(undated.every((r) => !/ 20(17|18|20)/.test(r))).toBe(true);
		expect(undated).toContain('Rochdale inadequate undated');
	}
	// The council becoming the fifth to be rated so "since January" is its grade, but not on that day.
	const fifth = judgements('2024-05-09', 'Wigan Council has become the fifth council in the North West to be rated inadequate since January.');
	expect(fifth).toHaveLength(1);
	expect(fifth[0]).not.toMatch(/2024-01/);
	// A grade held "since 2015" is given then; "for the first time since 2013" ends the grade held since then.
	expect(judgements('2024-05-09', 'Rochdale Borough Council’s children’s services have been rated inadequate since 2015, and little has changed.')).toEqual(['Rochdale inadequate 2015']);
});

test('"A 2022 report published by a group of national charities found ...": another body’s report does not date the inspection’s judgement', () => {
	const lead = 'Children’s services in Salford “require improvement to be good”, Ofsted has found.';
	for (const other of [
		'A 2021 report published by a coalition of children’s charities found that spending on early help had fallen by half.',
		'A report released by a cross-party group of MPs in May 2022 said councils were struggling to recruit social workers.',
		'Findings published by the Local Government Association in 2020 showed demand had risen every year.',
	]) {
		const rows = undatedPage('Salford services require improvement', lead, 'Councillor Amy Rix said the council would act on every recommendation.', other);
		expect(rows).toEqual(['Salford requires improvement undated']);
	}
	// (Nor is "a cross-party group of MPs" a council's improvement board.)
	expect(article('2023-06-01', lead, 'A report released by a cross-party group of MPs in May 2022 said councils were struggling to recruit social workers.').events.map((e) => e.type)).not.toContain('improvement-board');
	// The inspection’s own report, published by the watchdog, does date it.
	expect(undatedPage('Salford services require improvement', lead, 'The report, published by Ofsted on 3 March 2023, praised the work with care leavers.')).toEqual(['Salford requires improvement 2023-03-03']);
	expect(undatedPage('Salford services require improvement', lead, 'A report published by the watchdog in March 2023 said leaders knew their services well.')).toEqual(['Salford requires improvement 2023-03']);
});
