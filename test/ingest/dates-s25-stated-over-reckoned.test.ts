/**
 * Two mentions of one event, one dated by the text as it stands and one reckoned or read approximately: the merged
 * event keeps the stated date, even where the reckoned one is finer ("Two years after inadequate rating, Bedford
 * turns around ..." reckons about November 2017; "The service was rated inadequate in 2017" states the year).
 * Near misses: a reckoning with nothing stated stays, approximate; of two stated dates the finer wins; two exact
 * dates of a news grade keep the day. Articles written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const judgements = (published: string, paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Bedford\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('the stated date of a merged event stays', () => {
	const cases: [string, string[], string][] = [
		['2019-11-20', ["Two years after inadequate rating, Bedford turns around children's services", "Bedford's children's services are now good, Ofsted said in a report published on Friday.", 'The service was rated inadequate in 2017.'], 'inadequate 2017'],
		['2022-06-10', ["Three years after 'inadequate' verdict, Bedford rated good", "Bedford's children's services have been rated good by Ofsted.", 'The council was judged inadequate in 2019.'], 'inadequate 2019'],
		['2021-03-04', ["Four years after 'inadequate' rating, Bedford is good", "Bedford's children's services are good, inspectors say.", 'Ofsted had judged the borough inadequate in 2017, after an inspection that summer.'], 'inadequate 2017'],
		['2020-02-14', ["A year after 'requires improvement' grade, Bedford is outstanding", 'Ofsted has rated Bedford outstanding.', 'Inspectors found it required improvement in 2019.'], 'requires improvement 2019'],
		['2019-11-20', ["Bedford's children's services were rated inadequate in 2017.", 'The inadequate rating came in November 2017, after a visit in September.'], 'inadequate 2017-11'],
		['2019-11-20', ["Bedford's children's services have been rated good by Ofsted.", 'The report was published on Friday.', 'The good rating came in 2019, the first since 2010.'], 'good 2019-11-15'],
	];
	for (const [day, paragraphs, want] of cases) it(`${want}: ${paragraphs[0]!.slice(0, 50)}`, () => expect(judgements(day, paragraphs)).toContain(want));
});

describe('what stays as it was', () => {
	it('a reckoning with nothing stated stays, approximate', () =>
		expect(judgements('2019-11-20', ["Two years after inadequate rating, Bedford turns around children's services", "Bedford's children's services are now good, Ofsted said."])).toContain('inadequate 2017-11~'));
	it('of two stated dates the finer wins', () => expect(judgements('2019-11-20', ['Bedford was rated inadequate in 2017.', 'The inadequate rating was given in November 2017.'])).toContain('inadequate 2017-11'));
	it('no reckoned date is put on a grade the text dates', () => expect(judgements('2019-11-20', ['Two years after inadequate rating, Bedford is good', 'Bedford was rated inadequate in 2017.'])).not.toContain('inadequate 2017-11~'));
	it('a news grade keeps its report’s day', () => expect(judgements('2019-11-20', ["Bedford's children's services have been rated good by Ofsted.", 'The report was published on Friday.'])).toContain('good 2019-11-15'));
	it('an undated history grade stays undated', () => expect(judgements('2019-11-20', ["Bedford's children's services have been rated good by Ofsted.", 'The borough had previously been judged inadequate.'])).toContain('inadequate undated'));
	it('a grade stated in one mention and not in the other keeps the stated one', () => expect(judgements('2019-11-20', ['Bedford was rated inadequate in 2017.', 'That inadequate rating led to an improvement notice.'])).toContain('inadequate 2017'));
});
