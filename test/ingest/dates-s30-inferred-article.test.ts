/**
 * A page that prints no date of its own is dated from its text (dates/article-date.ts): "published today (Tuesday 12
 * November)" with the years the text names leaves one year where that day is a Tuesday. The year is then a reading,
 * and so is every date counted from it ("today", "in late August", "in January"): approximate
 * (event-date-calibration.ts). A date the text gives with its year keeps its confidence, and so do the same words on
 * a page that prints its own date. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const body = [
	"Derbyshire County Council's youth justice service has been rated outstanding by HM Inspectorate of Probation.",
	'The inspection report, published today (Tuesday 12 November), follows a visit by inspectors in late August. The service was rated good when it was last inspected in 2019.',
	'An action plan will go to the partnership board in January.',
	"The council's children's services were judged outstanding by Ofsted in 2020.",
];
const events = (header: string) =>
	extractArticle(`title: Council news\n${header}authority: Derbyshire\n\n${body.join('\n\n')}\n`, {today}).events.map((e) => `${e.type} ${e.rating ?? ''} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('dates counted from an article date the text only implies are approximate', () => {
	const got = events('');
	for (const want of ['inspection-judgement outstanding 2024-11-12~', 'inspection-visit  2024-08~', 'improvement-plan  2025-01~']) it(want, () => expect(got).toContain(want));
	it('the years the text states stay confident', () => {
		expect(got).toContain('inspection-judgement good 2019');
		expect(got).toContain('inspection-judgement outstanding 2020');
	});
});

describe('on a page that prints its date, the same words give confident dates', () => {
	const got = events('date: 2024-11-12\n');
	for (const want of ['inspection-judgement outstanding 2024-11-12', 'inspection-visit  2024-08', 'improvement-plan  2025-01']) it(want, () => expect(got).toContain(want));
});
