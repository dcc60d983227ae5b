/**
 * A run of grades told with the years it spans: "rated inadequate for the second time in four years", "the third time
 * in eight years", "twice in five years". The run's first grade came about that many years before the grade of now,
 * counted back from it (approximate); where the article dates the earlier grade itself, that date stands. Near misses:
 * another council's or a school's run, a hope, a fear, a question, a resignation, a run with no span of years, a span
 * bounded only ("in under five years"). Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (text: string) =>
	extractArticle(`title: Council news\ndate: 2016-09-23\nauthority: Barnsley\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Barnsley' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`)
		.sort();

describe('the first grade of a run that spans years', () => {
	const cases: [string, string[]][] = [
		['Barnsley’s children’s services have been rated inadequate for the second time in four years.', ['inadequate 2012~', 'inadequate 2016-09-23~']],
		['It is the second time in three years that inspectors have rated the council inadequate.', ['inadequate 2013~', 'inadequate 2016-09-23~']],
		['Services were judged inadequate for the third time in eight years, Ofsted said.', ['inadequate 2008~', 'inadequate 2016-09-23~']],
		['The council has now been rated inadequate twice in five years.', ['inadequate 2011~', 'inadequate 2016-09-23~']],
		['It is the second inadequate rating in four years for the council.', ['inadequate 2012~', 'inadequate 2016-09-23~']],
		['Barnsley’s children’s services are inadequate, Ofsted has said.\n\nIt is the second time in two years that inspectors have given the county the lowest rating.', ['inadequate 2014~', 'inadequate 2016-09-23~']],
		['Ofsted has rated the service outstanding for the second time in six years.', ['outstanding 2010~', 'outstanding 2016-09-23~']],
		['The department was judged to require improvement for the second time in the space of four years.', ['requires improvement 2012~', 'requires improvement 2016-09-23~']],
		['Barnsley was rated good for the second time in five years last week.', ['good 2011~', 'good 2016-09-16~']],
		['Barnsley’s children’s services have been rated inadequate for the third time in just seven years.', ['inadequate 2009~', 'inadequate 2016-09-23~']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});

describe('near misses', () => {
	// [text, what must not be read]
	const cases: [string, string][] = [
		['Rotherham was rated inadequate for the second time in four years, while Barnsley waits for its report.', 'inadequate 2012~'],
		['It is the second time in four years that the director has resigned.', 'inadequate 2012~'],
		['The council hopes to avoid being rated inadequate for the second time in four years.', 'inadequate 2012~'],
		['The primary school was rated inadequate for the second time in four years.', 'inadequate 2012~'],
		['Will the council be rated inadequate for the second time in four years?', 'inadequate 2012~'],
		['Councillors fear the service could be rated inadequate for the second time in four years.', 'inadequate 2012~'],
		['Barnsley has been rated good for the second time in a row.', 'good 2012~'],
		['It was rated inadequate for the second time in under five years.', 'inadequate 2011~'],
		// The earlier grade dated elsewhere keeps its date: no second, counted one.
		['Barnsley was rated inadequate in the summer of 2012.\n\nIts services have now been rated inadequate for the second time in five years.', 'inadequate 2011~'],
		['It is the second time in four years that Ofsted has visited the borough unannounced.', 'inadequate 2012~'],
	];
	for (const [text, never] of cases) it(text.slice(0, 80), () => expect(graded(text)).not.toContain(never));
});
