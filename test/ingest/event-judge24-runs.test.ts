/**
 * Probes of session 24's judgement rules, in sentences of our own: a grade told as one of a run ("rated outstanding
 * again", "has retained its good rating", "for the second time in a row") tells of an earlier grade the same, undated
 * unless the sentence counts the years back; near-misses (an aim, a prediction, a question, a denial, a school, a
 * grade lost) add none.
 */
import {describe, expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {today} from './article.js';

const judgements = (published: string, ...paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Wigan\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Wigan')
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('a run of grades tells of an earlier grade', () => {
	test.each([
		['Wigan has been rated outstanding for the second time in a row, Ofsted said in a report published today.', 'outstanding'],
		['Wigan Council has retained its good rating from Ofsted.', 'good'],
		['Wigan’s children’s services have kept their good grade after a week-long inspection.', 'good'],
		['Ofsted has again rated Wigan’s children’s services inadequate.', 'inadequate'],
		['Wigan’s children’s services are inadequate again, Ofsted said on Tuesday.', 'inadequate'],
		['The council was judged good for a third successive time.', 'good'],
		['Wigan has been judged to require improvement once more.', 'requires improvement'],
	])('%s', (sentence, rating) => {
		const got = judgements('2024-05-02', sentence);
		expect(got.filter((g) => g.startsWith(`${rating} `))).toHaveLength(2);
		// The earlier one takes no date of the article's.
		expect(got).toContain(`${rating} undated`);
	});

	test('"for the second time in four years": the earlier grade undated (the years count from the article, not the inspection)', () => {
		const got = judgements('2019-11-20', 'Ofsted has rated Wigan’s children’s services inadequate for the second time in four years.');
		expect(got).toContain('inadequate undated');
		expect(got.filter((g) => g.startsWith('inadequate '))).toHaveLength(2);
	});

	test('an earlier grade told in a later sentence is the run’s earlier grade, not a third', () => {
		const got = judgements('2012-11-02', 'Ofsted has found child protection arrangements in Wigan to be inadequate for a second time.', 'The borough was first rated inadequate in March this year.');
		expect(got.filter((g) => g.startsWith('inadequate '))).toHaveLength(2);
	});

	test('a sentence that dates the earlier grade itself adds no undated one ("good in 2013 ... and good again")', () => {
		const got = judgements('2021-09-29', 'The council’s record: good in 2013; requires improvement in 2016; and good again after a visit early in 2021.');
		expect(got.filter((g) => g.startsWith('good '))).toHaveLength(2);
	});

	test('an earlier grade the sentence dates stays that date (one earlier grade, not two)', () => {
		const got = judgements('2024-05-02', 'Wigan has been rated good again, as it was in 2019.');
		expect(got.filter((g) => g.startsWith('good '))).toHaveLength(2);
		expect(got).toContain('good 2019');
	});

	test('the earlier grade told elsewhere in the article is the same grade, not a third', () => {
		const got = judgements('2024-05-02', 'Wigan has been rated good again, Ofsted said today.', 'The council was last rated good in 2019.');
		expect(got.filter((g) => g.startsWith('good '))).toHaveLength(2);
	});
});

describe('near-misses: no earlier grade is added', () => {
	test.each([
		['Wigan hopes to be rated good again at its next inspection.'],
		['The council aims to keep its good rating when inspectors return.'],
		['Councillors fear the service could be rated inadequate again next year.'],
		['Will Wigan be judged outstanding again?'],
		['The council denied that its services were inadequate again.'],
		['Ofsted rated Wigan good, up from requires improvement.'],
		['Wigan failed to retain its outstanding rating.'],
		['The grades are outstanding, good, requires improvement and inadequate again and again.'],
		['Councillor Smith claimed the council would be rated good again within a year.'],
		['Wigan’s youth justice service was rated inadequate, only the second inadequate rating given to a youth offending team in the region since 2020.'],
		['Ofsted has rated two of Wigan Council’s children’s homes good and a third requires improvement.'],
		['It is the third council in England to be judged outstanding this year, after Trafford and Stockport.'],
	])('%s', (sentence) => {
		const got = judgements('2024-05-02', sentence);
		const byRating = new Map<string, number>();
		for (const g of got) byRating.set(g.split(' ')[0]!, (byRating.get(g.split(' ')[0]!) ?? 0) + 1);
		expect([...byRating.values()].every((n) => n < 2)).toBe(true);
	});

	test('a neighbour rated again is the neighbour’s run, not the story council’s', () => {
		const got = extractArticle(`title: Council news\ndate: 2024-05-02\nauthority: Wigan\n\nWigan was rated good, while Trafford was rated outstanding again.\n`, {today}).events.filter((e) => e.type === 'inspection-judgement');
		expect(got.filter((e) => e.authority === "Wigan").map((e) => e.rating)).toEqual(['good']);
	});
});
