/**
 * A background grade told by a later event's date and the span between: "She joined in 2014, two years after the
 * services were branded 'inadequate'" is a grade of about 2012; "judged good in 2019, up on the verdict it was given
 * four years earlier" one of about 2015. And "In 2019, two years after being rated inadequate, it was judged to
 * require improvement": the opening year is the main clause's. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (text: string) =>
	extractArticle(`title: Council news\ndate: 2024-04-10\nauthority: Rochdale\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}${e.service && e.service !== 'other' ? ` ${e.service}` : e.service === 'other' ? ' other' : ''}`)
		.sort();

describe('a grade inside a span counted back from the date before it', () => {
	const cases: [string, string[]][] = [
		['Ms Hale joined Rochdale in 2014, two years after the council’s children’s services were branded ‘inadequate’ by Ofsted.', ['inadequate 2012']],
		['Mr Oduya arrived in 2018, a year after Rochdale’s services for children had been rated inadequate.', ['inadequate 2017']],
		['The council came out of intervention in 2021, four years after Ofsted judged its children’s services inadequate.', ['inadequate 2017']],
		['Rochdale was judged good in 2022, six years after an inspection rated its children’s services inadequate.', ['good 2022', 'inadequate 2016']],
		['The improvement notice was lifted in 2019, three years after inspectors rated Rochdale’s children’s social care inadequate.', ['inadequate 2016']],
		['Rochdale appointed its fourth director in 2017, just three years after children’s services were judged inadequate.', ['inadequate 2014']],
		['In 2019, two years after being rated inadequate, Rochdale’s children’s services were judged to require improvement.', ['inadequate 2017', 'requires improvement 2019']],
		['Ofsted judged Rochdale’s children’s services ‘good’ in 2019, an improvement on the ‘requires improvement’ verdict the council was given after its previous inspection four years earlier.', ['good 2019', 'requires improvement 2015']],
		['Rochdale’s children’s services were rated outstanding in 2023, up from the good rating they were given five years earlier.', ['good 2018', 'outstanding 2023']],
		['Last year, two years after children’s services were rated inadequate, Rochdale appointed a new director.', ['inadequate 2021']],
		['The council’s new leader took over in May 2016, 18 months after Rochdale’s children’s services were rated inadequate.', ['inadequate 2014-11']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});

describe('near misses: no span back, or nothing graded in it', () => {
	const cases: [string, string[]][] = [
		// A hope inside the span grades nothing.
		['Ms Hale joined Rochdale in 2014, two years after the council said it hoped to be rated good.', []],
		// The grade before the span keeps its own date.
		['Rochdale’s children’s services were rated inadequate in 2016, two years after Ms Hale joined.', ['inadequate 2016']],
		// The span explains the opening year; the main clause's grade is of that year.
		['In 2019, two years after Ms Hale joined, Rochdale’s children’s services were rated inadequate.', ['inadequate 2019']],
		// No count: the year of the later event is the only reading.
		['She left in 2014, weeks after Rochdale’s children’s services were rated inadequate.', ['inadequate 2014']],
		// A span with no date before it in the sentence counts back from the article's news, as before.
		['Two years after being rated inadequate, Rochdale’s children’s services are now good, Ofsted said.', ['good 2024-04-10', 'inadequate 2022-04']],
		// A date of its own inside the phrase wins.
		['Ms Hale joined in 2014, two years after an inspection in 2011 rated Rochdale’s children’s services inadequate.', ['inadequate 2011']],
		// "before" a noun is a preposition, not a span that closes the phrase.
		['Rochdale’s children’s services were rated good in 2019, two years before the pandemic.', ['good 2019']],
		// A comma closes the grade's phrase: the span is the next clause's.
		['Rochdale was rated inadequate in 2015, and two years earlier its director had left.', ['inadequate 2015']],
		// A school's grade in the span is the school's, not the council's services'.
		['Ms Hale joined Rochdale in 2014, two years after its largest secondary school was rated inadequate.', ['inadequate 2012 school']],
		// A month's span from a year: the year stays the reading.
		['Ms Hale joined Rochdale in 2014, three months after its children’s services were rated inadequate.', ['inadequate 2014']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});
