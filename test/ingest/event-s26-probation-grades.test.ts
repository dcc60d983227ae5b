/**
 * Youth justice judgements told in HM Inspectorate of Probation's own words: the core case inspections' headline
 * comments ("needs drastic improvement", "now requires only 'moderate improvement'"), a report's areas set against the
 * England and Wales average ("above average in all three areas"), the passive "was found to be good by" the
 * inspectorate, and a grade named by its step from the top ("the second-highest rating, good"). Each sentence was
 * written for this test; the near-misses are the same words of roads, schools, hopes, questions and other services.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
/** Each judgement as "rating service date(~ if approximate) authority", sorted. */
const judgements = (date: string, authority: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${date}\nauthority: ${authority}\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? '-'} ${e.service ?? '-'} ${e.date.value ?? '-'}${e.date.approximate ? '~' : ''} ${e.authority}`)
		.sort();

type Case = [date: string, authority: string, text: string, want: string[]];
const check = (cases: Case[]) => {
	for (const [date, authority, text, want] of cases) it(text.slice(0, 100), () => expect(judgements(date, authority, text)).toEqual(want));
};

describe('the probation inspectorate grades a youth offending team in its own words', () => {
	check([
		['2011-06-14', 'Hounslow', 'Hounslow’s youth offending team needs drastic improvement in how it manages the risk young people pose to others, HM Inspectorate of Probation has found.', ['inadequate youth justice 2011-06-14~ Hounslow']],
		['2012-10-16', 'Derby', 'The core case inspection of Derby’s youth offending service found that work to reduce reoffending needs only minimum improvement.', ['good youth justice 2012-10-16~ Derby']],
		['2012-03-02', 'Swindon', 'The probation inspectorate says Swindon’s YOT requires moderate improvement in its safeguarding work.', ['requires improvement youth justice 2012-03-02~ Swindon']],
		['2012-10-16', 'Luton', 'Probation inspectors judged both areas of the youth offending team’s work to need "drastic improvement".', ['inadequate youth justice 2012-10-16~ Luton']],
		['2012-10-16', 'Luton', 'Luton’s youth offending team was inspected again in the summer. All three areas now require only ‘moderate improvement’.', ['requires improvement youth justice 2012-10-16~ Luton']],
		['2013-03-02', 'Oldham', 'Oldham’s youth offending service performed above the England and Wales average in all three areas inspected by HM Inspectorate of Probation.', ['good youth justice 2013-03-02~ Oldham']],
		['2013-03-02', 'Oldham', 'The probation inspectorate found the town’s youth offending team to be performing "above average" in all three core areas.', ['good youth justice 2013-03-02~ Oldham']],
		['2024-03-02', 'Barnsley', 'The youth offending team was found to be outstanding by HM Inspectorate of Probation.', ['outstanding youth justice 2024-03-02~ Barnsley']],
		['2024-03-02', 'Barnsley', 'Barnsley’s youth justice service was found to be good, the probation inspectorate said.', ['good youth justice 2024-03-02~ Barnsley']],
		['2024-03-02', 'Wirral', 'Wirral’s children’s services were found to be good by Ofsted.', ['good - 2024-03-02~ Wirral']],
		['2024-03-02', 'Harrow', 'Harrow’s youth justice service received the second-highest rating, good, from HM Inspectorate of Probation.', ['good youth justice 2024-03-02~ Harrow']],
	]);
});

describe('a core case inspection’s finding whose grade is left open', () => {
	check([
		['2011-05-31', 'Stockton-on-Tees', 'Work to protect the public was done well enough only 47 per cent of the time, the probation inspectorate found when it re-inspected Stockton-on-Tees’s youth offending team.', ['- youth justice 2011-05-31~ Stockton-on-Tees']],
		['2011-05-31', 'Stockton-on-Tees', 'HM Inspectorate of Probation said Stockton-on-Tees’s youth offending service required substantial improvement in its safeguarding work.', ['- youth justice 2011-05-31~ Stockton-on-Tees']],
		['2016-09-21', 'Bury', 'The report on Bury’s youth offending team found ‘substantial’ improvement needed in risk management, the probation inspectorate said.', ['- youth justice 2016-09-21~ Bury']],
		['2014-09-16', 'Thurrock', 'Thurrock’s youth offending service was given a ‘satisfactory’ judgement by probation inspectors in 2011.', ['- youth justice 2011~ Thurrock']],
	]);
	check([
		// The same words of a survey, a housing scheme and a school: no youth offending service, no inspectorate.
		['2011-05-31', 'Stockton-on-Tees', 'Repairs were done well enough only 60 per cent of the time, tenants told the housing survey.', []],
		['2011-05-31', 'Stockton-on-Tees', 'The council’s housing stock requires substantial improvement, the cabinet heard.', []],
		['2014-09-16', 'Thurrock', 'The school received a ‘satisfactory’ judgement from Ofsted in 2011.', []],
		// A youth offending team's manager hoping, and a councillor saying it.
		['2011-05-31', 'Stockton-on-Tees', 'Councillors said the youth offending team required substantial improvement.', []],
	]);
});

describe('the same words of something else', () => {
	check([
		// Roads, a budget and a school need improvement too: no inspectorate, no youth offending service.
		['2012-10-16', 'Derby', 'Councillors said the city’s roads need drastic improvement before the winter.', []],
		['2012-10-16', 'Derby', 'The council’s finances require moderate improvement, the auditor said.', []],
		['2013-03-02', 'Oldham', 'Pupils at the academy scored above average in all three subjects tested.', []],
		// A hope, a question and a fear of a grade to come.
		['2012-10-16', 'Luton', 'Youth offending team managers hope inspectors will find only minimum improvement is needed next year.', []],
		['2012-10-16', 'Luton', 'Will the probation inspectorate again say the youth offending team needs drastic improvement?', []],
		// Someone other than the inspectorate.
		['2012-10-16', 'Luton', 'Opposition councillors said the youth offending team needed drastic improvement.', []],
		// "found to be good at", "found to be good practice": no grade.
		['2024-03-02', 'Barnsley', 'Case workers were found to be good at building relationships with children, the probation inspectorate said.', []],
		// The school's grade is a school's, not the council's services'.
		['2024-03-02', 'Wirral', 'The primary school was found to be good by Ofsted inspectors last month.', ['good school 2024-02 Wirral']],
		// A grade from the top hoped for, not given.
		['2024-03-02', 'Harrow', 'Harrow’s youth justice service hopes to climb to the second-highest rating, good, at its next inspection.', []],
		// A police force's inspection.
		['2024-03-02', 'Harrow', 'The police force was found to be good at preventing crime by HM Inspectorate of Constabulary.', []],
	]);
});
