/**
 * Grade words a seventh blind reading found turned into judgements nobody gave: a cap ("'poor' was the highest
 * rating that X could achieve"), an aim told as a title ("Getting to Good"), and a promise of two grades ("would be
 * rated 'Good' or 'Outstanding'"). Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {article, today} from './article.js';

const grades = (published: string, ...paragraphs: string[]) =>
	article(published, ...paragraphs)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.authority} ${e.rating ?? 'ungraded'}${e.status ? ` ${e.status}` : ''}`);

const titled = (title: string, ...paragraphs: string[]) =>
	extractArticle([`title: ${title}`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.authority} ${e.rating ?? 'ungraded'}`);

test('"\'poor\' was the highest rating that Bury could achieve": the top of what could be given, no outstanding grade', () => {
	const lead = 'Children’s services in Bury have again been rated poor by inspectors.';
	for (const cap of [
		'But council bosses point out that “poor” was the highest rating that Bury could achieve because no inspection had taken place this year.',
		'Officers said “adequate” was the best grade the council could have been given, as inspectors had not looked at its adoption work.',
		'The council says that was the top rating available to it under the old framework.',
	]) {
		const found = article('2024-05-09', lead, cap).events.map((e) => `${e.type} ${e.rating ?? ''}`.trim());
		expect(found).not.toContain('inspection-judgement outstanding');
		expect(found).toContain('inspection-judgement inadequate');
		// "no inspection had taken place" is no visit.
		expect(found.filter((e) => e.startsWith('inspection-visit'))).toEqual([]);
	}
	// The highest rating given is outstanding.
	expect(grades('2024-05-09', 'Bury Council’s fostering service has been given the highest rating by Ofsted.')).toEqual(['Bury outstanding']);
});

test('"Children’s Services - Getting to Good", "our journey to outstanding": a grade aimed at, in a title or a sentence', () => {
	const body = 'The board received an update on improvements to Bracknell Forest Council’s children’s services.';
	for (const title of ['Children’s Services - Getting to Good', 'Our journey to outstanding: children’s services update', 'Children’s social care: the road to ‘good’']) expect(titled(title, body)).toEqual([]);
	expect(grades('2024-05-09', 'Bracknell Forest Council’s children’s services are on track towards good, the director told the panel.')).toEqual([]);
	// A headline that gives the grade still does.
	expect(titled('Children’s services rated good by Ofsted', body)).toEqual(['Bracknell Forest good']);
	// A grade moved to is given: "moved to good" is not an aim.
	expect(grades('2024-05-09', 'Ofsted has judged Bracknell Forest Council’s children’s services to have moved to good.')).toEqual(['Bracknell Forest good']);
});

test('"promised that all of its children’s homes would be rated \'Good\' or \'Outstanding\'": a standard promised, no grade', () => {
	expect(grades('2024-05-09', 'In 2018 Bury Council promised that all of its children’s homes would be rated "Good" or "Outstanding" by Ofsted.')).toEqual([]);
	expect(grades('2024-05-09', 'Leeds City Council has pledged that every one of its care homes will be judged ‘good’ or ‘outstanding’ by 2026.')).toEqual([]);
	expect(grades('2024-05-09', 'Leeds City Council has vowed that each of its children’s homes will now be judged ‘good’ by the end of 2026.')).toEqual([]);
	// Two grades given to two things, and a grade given after a promise, stay.
	expect(grades('2024-05-09', 'Bury Council’s two children’s homes were rated “good” and “outstanding” by inspectors in March.').sort()).toEqual(['Bury good', 'Bury outstanding']);
	expect(grades('2024-05-09', 'Bury Council promised improvements after Ofsted rated its children’s services ‘inadequate’.')).toEqual(['Bury inadequate']);
});
