/**
 * Events a seventh blind reading found missed when told in passing or in an unusual order: notices in the plural
 * ("earlier improvement notices issued ... in March 2018 and October 2019") and a visit given as a span of days at the
 * head of the sentence ("Between 4th and 15th November, Ofsted went in to assess ..."). Sentences written for this
 * project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const lead = 'Bury Council’s children’s services are under scrutiny.';
const rows = (type: string, ...paragraphs: string[]) =>
	article('2021-07-01', lead, ...paragraphs)
		.events.filter((e) => e.type === type)
		.map((e) => `${e.authority} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

test('"earlier improvement notices issued ... in March 2018 and October 2019": a notice for each date', () => {
	expect(rows('improvement-notice', 'The direction also follows earlier improvement notices issued by the Department for Education to Bury Council in March 2018 and October 2019.')).toEqual(['Bury 2018-03', 'Bury 2019-10']);
	expect(rows('improvement-notice', 'Bury Council had already been served with improvement notices in 2015 and 2017.')).toEqual(['Bury 2015', 'Bury 2017']);
	expect(rows('improvement-notice', 'Improvement notices were handed to Bury Council in June 2016 and again in May 2018.')).toEqual(['Bury 2016-06', 'Bury 2018-05']);
	// What notices are, and councils in general, are no notice; nor is "when a council is judged inadequate" a grade.
	const regime = article('2021-07-01', lead, 'Improvement notices are issued by the Department for Education when a council is judged inadequate.').events;
	expect(regime).toEqual([]);
	expect(rows('improvement-notice', 'Across England, 20 councils have been issued with improvement notices since 2019.')).toEqual([]);
});

test('"Between 4th and 15th November, Ofsted went in to assess ...": a visit told by its span at the head of the sentence', () => {
	expect(rows('inspection-visit', 'Between 4th and 15th November, Ofsted went in to assess Bury Council’s work with children in care.')).toEqual(['Bury 2020-11-04']);
	expect(rows('inspection-visit', 'From 3 to 14 May, inspectors looked at how Bury Council helps children in need.')).toEqual(['Bury 2021-05-03']);
	expect(rows('inspection-visit', 'Over two weeks in March, Ofsted inspectors examined Bury Council’s services for care leavers.')).toEqual(['Bury 2021-03']);
	// A span at the head of a sentence about something else is no visit.
	expect(rows('inspection-visit', 'Between 4th and 15th November, Bury Council ran a recruitment drive for foster carers.')).toEqual([]);
	expect(rows('inspection-visit', 'From 3 to 14 May, Ofsted’s chief inspector was on leave.')).toEqual([]);
});
