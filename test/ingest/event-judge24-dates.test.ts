/**
 * Probes of session 24's date rule for a grade told "weeks after" or "days after": a grade of the weeks before the
 * article, so of its year, approximately; near-misses (a span of years, an article of January, a grade hoped for,
 * a grade the sentence dates) take no such date.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {today} from './article.js';

const judgements = (published: string, ...paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Wigan\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Wigan')
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

test.each([
	['Ministers have appointed a commissioner for Wigan’s children’s services, weeks after the borough was rated inadequate.'],
	['The director resigned on Monday, days after Ofsted judged Wigan’s children’s services inadequate.'],
	['An improvement notice was issued to Wigan Council yesterday, a few weeks after its children’s services were rated inadequate.'],
])('%s', (sentence) => {
	expect(judgements('2022-06-01', sentence).filter((g) => g.startsWith('inadequate ')).every((g) => g.startsWith('inadequate 2022'))).toBe(true);
	expect(judgements('2022-06-01', sentence).some((g) => g.startsWith('inadequate 2022'))).toBe(true);
});

test.each([
	// A span of years is another rule's; an article of January may reach back into the year before.
	['The director left three years after the borough was rated inadequate.', '2022-06-01', '2022'],
	['Ministers appointed a commissioner, weeks after Wigan was rated inadequate.', '2022-01-10', '2022~'],
	// A date of its own wins.
	['The director resigned, weeks after Wigan was rated inadequate in March 2021.', '2022-06-01', '2022'],
])('%s', (sentence, published, not) => {
	expect(judgements(published, sentence).filter((g) => g.startsWith(`inadequate ${not}`))).toEqual([]);
});

test('a grade hoped for weeks after is no grade', () => {
	expect(judgements('2022-06-01', 'Weeks after the new director arrived, the council said it hoped to be rated good.')).toEqual([]);
});

test.each([
	['The notice follows an Ofsted inspection published in January that rated the service inadequate.', 'inadequate 2024-01'],
	['It follows an inspection report, released on 12 February, which judged Wigan’s children’s services inadequate.', 'inadequate 2024-02-12'],
])('the day a report came out is its grade’s: %s', (sentence, want) => {
	expect(judgements('2024-03-28', sentence)).toContain(want);
});

test.each([
	// The inspection's own date stays the inspection's (the grade is the article's news).
	['Wigan’s children’s services have been rated inadequate after an inspection in January.', 'inadequate 2024-01'],
	// A report to come, or one with no grade, gives no grade.
	['The Ofsted report will be published in April.', 'inadequate'],
	['A report on the council’s finances, published in January, found a gap of £12m.', 'inadequate'],
])('near-miss: %s', (sentence, not) => {
	expect(judgements('2024-03-28', sentence).filter((g) => g.startsWith(not))).toEqual([]);
});

test.each([
	['Inspectors found “widespread and serious failures” in Wigan at the end of last year.', 'inadequate 2023'],
	['Ofsted found "serious and widespread failures that leave children at risk of harm" in the borough in 2022.', 'inadequate 2022'],
])('Ofsted’s words for inadequate, quoted, are the grade: %s', (sentence, want) => {
	expect(judgements('2024-03-28', sentence)).toContain(want);
});

test.each([
	['The council said there were "no widespread or serious failures" in its services.'],
	['Councillor Jones claimed there were “widespread and serious failures” in the council’s planning department.'],
])('near-miss: %s', (sentence) => {
	expect(judgements('2024-03-28', sentence)).toEqual([]);
});

test.each([
	['A re-visit by Ofsted and the Care Quality Commission has found that Wigan has made sufficient progress in all the weaknesses identified at its SEND inspection in 2018.', '2021-02-10', '- 2018~'],
	['Wigan has made sufficient progress in all six areas of weakness identified in its 2019 SEND inspection, Ofsted and the CQC have said.', '2022-07-29', '- 2019~'],
	['A revisit by Ofsted and the CQC found Wigan had made progress in three of the four weaknesses identified in 2021, leaving its SEND partnership under monitoring.', '2024-03-14', '- 2021~'],
])('a SEND revisit names the earlier inspection’s outcome: %s', (sentence, published, want) => {
	const all = extractArticle(`title: Council news\ndate: ${published}\nauthority: Wigan\n\n${sentence}\n`, {today}).events;
	expect(judgements(published, sentence)).toContain(want);
	// The revisit is still a visit of its own where the sentence tells one.
	if (/re-?visit/i.test(sentence)) expect(all.some((e) => e.type === 'inspection-visit')).toBe(true);
});

test.each([
	['Engineers fixed the weaknesses identified in 2018 in Wigan’s flood defences.'],
	['Auditors said Wigan had addressed the weaknesses found in 2019 in its pension fund.'],
	['The council hopes inspectors will find no weaknesses at its next SEND inspection.'],
])('near-miss: %s', (sentence) => {
	expect(judgements('2024-03-14', sentence)).toEqual([]);
});

test('"a full inspection in July and a report published in September which rated ...": the visit is July’s, the grade September’s', () => {
	const got = extractArticle(`title: Council news\ndate: 2023-10-19\nauthority: Wigan\n\nIt follows a full inspection in July and a report published in September which rated the service 'inadequate' overall.\n`, {today}).events.map((e) => `${e.type} ${e.date.value}`);
	expect(got).toContain('inspection-judgement 2023-09');
	expect(got).toContain('inspection-visit 2023-07');
	expect(got).not.toContain('inspection-visit 2023-09');
});
