/**
 * Review of youth justice judgements in the probation inspectorate's words (event-probation-grades.ts): adult
 * probation, a prison, the council's own audit, a denial, an exhortation, one good part of a weak whole are no grade
 * of the youth offending service. Sentences written for this review; the ones marked fail today.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** Each judgement as "rating date(~ if approximate)", sorted. */
const grades = (date: string, authority: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${date}\nauthority: ${authority}\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? '-'}${e.date.approximate ? '~' : ''}`)
		.sort();

describe('youth justice grades in the probation inspectorate\'s words', () => {
	const derby = (text: string) => grades('2012-10-16', 'Derby', text);
	const overReach = [
		"HM Inspectorate of Probation said the Probation Service's work in Derby needs drastic improvement.",
		"The probation inspectorate found the city's prison needs drastic improvement in how it manages risk.",
		"Derby's youth offending team needs drastic improvement in how it records data, the council's own audit found.",
		"HM Inspectorate of Probation did not find that Derby's youth offending team needed drastic improvement.",
		'The chair said the youth offending team must never again need drastic improvement.',
		'The youth offending team moved into the old library, which needs drastic improvement.',
		"The city's roads need 'drastic improvement', the highways report said.",
		"Derby's GCSE results showed 'moderate improvement' this year.",
		"Derby's youth offending team manager said the building needs drastic improvement.",
		"The bus station needs 'drastic improvement', said a spokesman for the youth offending team.",
		// The words are the probation inspectorate's scale; Ofsted quoted with them gives no grade of that scale.
		"Ofsted said Derby's children's services needed 'drastic improvement'.",
	];
	for (const text of overReach) it(`no grade: ${text.slice(0, 90)}`, () => expect(derby(text)).toEqual([]));
	it('a good part (case files) with a weak whole is no grade of the service', () => {
		expect(grades('2024-03-02', 'Derby', "The youth offending team's case files were found to be good by probation inspectors, though its management was weak.")).toEqual([]);
	});
	it('one area needing moderate improvement and another drastic is not a service requiring improvement', () => {
		expect(derby("The youth offending team's work with victims requires moderate improvement, HM Inspectorate of Probation found, while public protection needs drastic improvement.")).not.toEqual(['requires improvement 2012-10-16~']);
	});
	const fine: [string, string[]][] = [
		["Derby's youth reoffending rate is above the England and Wales average, figures from the Ministry of Justice show.", []],
		['The youth offending service was found to be good value for money by the district auditor.', []],
		["The youth offending team's caseload has seen moderate improvement since the spring.", []],
		["Derby's youth offending team scored above average in all three areas of the staff survey.", []],
		["Derby's youth offending team has improved; its old offices needed drastic improvement.", []],
		["Derby's youth offending team performed above average in all three areas, according to the council's own figures.", []],
		['If the probation inspectorate finds the youth offending team needs drastic improvement, the council will act.', []],
		["HM Inspectorate of Probation found Derby's youth offending service needs only minimum improvement in all three areas.", ['good 2012-10-16~']],
		["In 2011 the probation inspectorate said Derby's youth offending team needed drastic improvement in its safeguarding work.", ['inadequate 2011~']],
	];
	for (const [text, want] of fine) it(text.slice(0, 90), () => expect(derby(text)).toEqual(want));
});
