/**
 * A month without its year told in a history after "after a visit in", "following an inspection in", "after
 * inspectors visited in": the act came before the date the sentence told, so it is of the months up to that date
 * ("rated inadequate in November 2017, after a visit in September": September 2017, not 2018), approximately. Near
 * misses run forward as before: a later act after "and", "after that", a return visit, a notice after the report,
 * an inspection that came before a later act ("and it was lifted following an inspection in December").
 * Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: 2023-11-20\nauthority: Bedford\n\n${paragraphs.join('\n\n')}\n`, {today}).events.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('the visit told as coming before the date', () => {
	const cases: [string[], string][] = [
		[["Bedford's children's services were rated inadequate in 2017.", 'The inadequate rating came in November 2017, after a visit in September.'], 'inspection-visit 2017-09~'],
		[['Bedford was rated good in February 2016, after inspectors visited in November.'], 'inspection-visit 2015-11~'],
		[['Bedford was judged inadequate in January 2019, following an inspection in October.'], 'inspection-visit 2018-10~'],
		[['Bedford was rated requires improvement in March 2015, after a three-week inspection in November.'], 'inspection-visit 2014-11~'],
		[['Ofsted rated Bedford good in February 2020 after Ofsted inspected the council in December.'], 'inspection-visit 2019-12~'],
		[['Bedford was rated inadequate in June 2018, following the focused visit in October.'], 'inspection-visit 2017-10~'],
	];
	for (const [paragraphs, want] of cases) it(`${want}: ${paragraphs.at(-1)!.slice(0, 60)}`, () => expect(events(paragraphs)).toContain(want));
});

describe('acts told after the date run forward as before', () => {
	const cases: [string, string][] = [
		['Bedford was rated inadequate in November 2017 and a commissioner was appointed in September.', 'commissioner-appointed 2018-09~'],
		['Bedford was rated inadequate in November 2017; after that, an improvement board met in January.', 'improvement-board 2018-01~'],
		['Bedford was rated inadequate in November 2017, and inspectors returned for a monitoring visit in March.', 'inspection-visit 2018-03~'],
		['Bedford was rated inadequate in November 2017 and given an improvement notice in December after the report.', 'improvement-notice 2017-12~'],
		['Bedford was rated inadequate in November 2017, and after a visit in March the notice was lifted in May.', 'improvement-notice-lifted 2018-05~'],
		['Bedford was rated inadequate in November 2017; an improvement board was set up in January, after the report.', 'improvement-board 2018-01~'],
	];
	for (const [text, want] of cases) it(`${want}: ${text.slice(0, 60)}`, () => expect(events([text])).toContain(want));
	it('an inspection before another act told after the date is not put before the date', () =>
		expect(events(['Bedford was given a notice in March 2018 and it was lifted following an inspection in December.'])).not.toContain('inspection-visit 2017-12~'));
});
