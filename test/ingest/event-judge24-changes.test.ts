/**
 * Probes of session 24's rules for a grade told with the one it changed from, in sentences of our own: "its fostering
 * service was judged good, up from 'poor'" is the service's own grade (not a part beside an overall grade), and "its
 * fostering agency, previously rated outstanding, has been downgraded to good" is news whose "previously" belongs to
 * the aside. Near-misses keep their reading.
 */
import {describe, expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {today} from './article.js';

const judgements = (published: string, ...paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Wigan\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Wigan')
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('a service graded beside the grade it left', () => {
	test.each([
		['Wigan’s fostering service was judged good by Ofsted, up from poor when it was last inspected in 2010.', 'good'],
		['The council’s adoption service has been rated outstanding, up from good.', 'outstanding'],
		['Wigan’s fostering service was rated requires improvement, down from good at its last inspection.', 'requires improvement'],
		['Its fostering service has improved from requires improvement to good, Ofsted said.', 'good'],
	])('%s', (sentence, rating) => {
		expect(judgements('2012-04-17', sentence).some((g) => g.startsWith(`${rating} `))).toBe(true);
	});

	test('a part graded beside the overall grade is still a part ("rated requires improvement, although its adoption service was judged outstanding")', () => {
		expect(judgements('2016-05-02', 'Wigan’s children’s services were rated requires improvement, although its adoption service was judged outstanding.').map((g) => g.split(' ')[0])).not.toContain('outstanding');
	});
});

describe('"previously rated X," is the aside’s, not the news grade’s', () => {
	test('the grade of now takes the article’s date', () => {
		const got = judgements('2024-09-03', 'Wigan’s fostering agency, previously rated outstanding, has been downgraded to good following an inspection in July.');
		expect(got).toContain('good 2024-09-03~');
		// The earlier grade is not the article's news.
		expect(got.filter((g) => g.startsWith('outstanding 2024-09'))).toEqual([]);
	});

	test.each([
		['Wigan’s children’s services, previously rated good, were judged inadequate in a report published today.', 'inadequate 2024-09-03'],
		['Wigan’s children’s services (formerly judged requires improvement) have been rated good, Ofsted said on Tuesday.', 'good 2024-09-03'],
	])('%s', (sentence, want) => {
		expect(judgements('2024-09-03', sentence).some((g) => g.startsWith(want))).toBe(true);
	});

	test.each([
		// The sentence itself is history: no news date.
		['Wigan’s children’s services were previously rated good.'],
		['The service had been judged good in 2019, having previously been rated requires improvement.'],
		['Wigan, once rated outstanding, was rated good at its last inspection in 2019.'],
	])('%s', (sentence) => {
		expect(judgements('2024-09-03', sentence).filter((g) => g.includes('2024-09'))).toEqual([]);
	});
});

describe('before 2013, safeguarding and looked-after children each had an overall grade', () => {
	test.each([
		['Safeguarding services for children in Wigan have been judged inadequate by Ofsted, although the borough’s care for looked-after children was rated adequate.', ['inadequate', 'adequate']],
		['Ofsted rated Wigan’s safeguarding adequate, while its services for looked-after children were judged good.', ['adequate', 'good']],
	])('%s', (sentence, ratings) => {
		const got = judgements('2012-11-08', sentence).map((g) => g.split(' ')[0]);
		for (const r of ratings) expect(got).toContain(r);
	});

	test.each([
		// The single inspection framework's sub-grades, beside an overall grade: parts, not grades of their own.
		['Wigan’s children’s services were rated inadequate overall, although help for looked-after children was judged requires improvement.', 'requires improvement'],
		['Wigan’s safeguarding was judged inadequate, although its adoption service was rated good.', 'good'],
	])('%s', (sentence, part) => {
		expect(judgements('2016-11-08', sentence).map((g) => g.split(' ')[0])).not.toContain(part);
	});
});

describe('"given X the same grade" after a grade in the same sentence', () => {
	test('the second body’s grade is the first’s', () => {
		const got = extractArticle(`title: Council news\ndate: 2019-12-05\nauthority: Wigan\n\nWeeks after the probation inspectorate rated Wigan’s youth justice service inadequate in October, Ofsted has now given children’s social care the same grade.\n`, {today}).events.filter((e) => e.type === 'inspection-judgement');
		expect(got.map((e) => `${e.rating} ${e.service ?? "children's services"}`)).toEqual(['inadequate youth justice', "inadequate children's services"]);
	});

	test.each([
		['Ofsted rated Wigan good, and the council hopes its youth justice service will be given the same grade next year.'],
		['Ofsted rated Wigan good; councillors asked whether the youth offending team would receive the same grade.'],
		['Ofsted rated Wigan good, but the council denied that its schools had been given the same grade.'],
	])('near-miss: %s', (sentence) => {
		expect(judgements('2019-12-05', sentence)).toHaveLength(1);
	});
});

describe('a quoted grade the services carry ("oversee its \'inadequate\' children\'s services")', () => {
	test('is a grade given before the news, dated by an ungraded report the article dates', () => {
		expect(judgements('2019-05-16', 'Commissioner to oversee Wigan’s ‘inadequate’ children’s services', 'A commissioner has been appointed to oversee Wigan Council’s children’s services, two months after a damning Ofsted report.')).toEqual(['inadequate 2019-03~']);
		expect(judgements('2019-05-16', 'Ministers have sent a commissioner into Wigan’s ‘inadequate’ children’s services.')).toEqual(['inadequate undated']);
	});

	test.each([
		['Councils with ‘inadequate’ children’s services will get extra money, the minister said.'],
		['‘Outstanding’ children’s services are rare, the chief inspector said.'],
		['The council wants ‘outstanding’ children’s services by 2026.'],
		['Is an ‘inadequate’ children’s services department ever turned round in a year?'],
	])('near-miss: %s', (sentence) => {
		expect(judgements('2019-05-16', sentence)).toEqual([]);
	});
});

describe('"an inspection found safeguarding to be good"', () => {
	test.each([
		['The borough’s previous full inspection, in 2011, also found safeguarding to be good.', 'good 2011'],
		['An Ofsted inspection in 2013 found Wigan’s services for children in care to be outstanding.', 'outstanding 2013'],
		['Inspectors judged the council’s work with care leavers to be good in 2014.', 'good 2014'],
	])('%s', (sentence, want) => {
		expect(judgements('2016-12-16', sentence)).toContain(want);
	});

	test.each([
		['Inspectors found staff to be good at listening to children.'],
		['A survey in 2011 found services to be good.'],
		['The report found the new website to be good value.'],
		['Councillors hope the next inspection will find services to be good.'],
	])('near-miss: %s', (sentence) => {
		expect(judgements('2016-12-16', sentence)).toEqual([]);
	});
});

describe('"after its children’s services were downgraded": a grade changed, the new one not told', () => {
	test.each([
		['Ministers turned down calls for a new improvement notice after Wigan’s children’s services were downgraded.'],
		['Wigan’s children’s services have been downgraded by Ofsted, the council confirmed.'],
	])('%s', (sentence) => {
		expect(judgements('2022-08-30', sentence).map((g) => g.split(' ')[0])).toEqual(['-']);
	});

	test.each([
		['Wigan’s credit rating has been downgraded by Moody’s.'],
		['Councillors fear Wigan’s children’s services could be downgraded at the next inspection.'],
		['Has Wigan’s children’s services department been downgraded? No, the council said.'],
		['The council denied that its children’s services had been downgraded.'],
	])('near-miss: %s', (sentence) => {
		expect(judgements('2022-08-30', sentence)).toEqual([]);
	});
});
