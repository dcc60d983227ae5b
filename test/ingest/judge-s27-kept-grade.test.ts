/**
 * A grade kept, told without its word: "it held on to that grade", "has now retained that rating", "kept the grade at
 * its latest inspection". It is the grade the article gave last, given again, on the clause's own date or as the
 * day's news. Near misses: a grade hoped for, missed or lost, a question, a rating of another thing kept ("kept the
 * rating of its bonds"), the earlier grade a relative clause dates. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (...paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: 2023-10-18\nauthority: Surrey\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Surrey' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('a grade kept, told without its word', () => {
	const cases: [string[], string][] = [
		[['Surrey was rated good in 2018.', 'This September it held on to that grade.'], 'good 2023-09'],
		[['Surrey was rated good in 2018.', 'At its latest inspection, in September 2023, it kept that rating.'], 'good 2023-09'],
		[['Surrey’s children’s services were rated good in 2018, and they have now retained that grade.'], 'good 2023-10-18'],
		[['Ofsted rated Surrey outstanding in 2017.', 'In a report published today, the council has kept the rating.'], 'outstanding 2023-10-18'],
		[['Surrey was judged inadequate in 2019.', 'In August 2023 it retained that grade, inspectors said.'], 'inadequate 2023-08'],
		[['Surrey’s services were rated requires improvement in 2016.', 'The council maintained that rating in July 2023.'], 'requires improvement 2023-07'],
		[['Surrey was rated good in 2019.', 'Inspectors said on Monday that it had held onto the grade.'], 'good 2023-10-16'],
		[['Surrey was judged outstanding in 2018.', 'It kept hold of that rating in March 2023, Ofsted said.'], 'outstanding 2023-03'],
	];
	for (const [paragraphs, want] of cases) it(paragraphs.join(' ').slice(0, 90), () => expect(graded(...paragraphs)).toContain(want));
});

describe('near misses', () => {
	// [paragraphs, what must not be read]
	const cases: [string[], string][] = [
		[['Surrey was rated good in 2018.', 'It hopes to keep that rating in 2024.'], 'good 2024'],
		[['Surrey was rated good in 2018.', 'In May 2023 it failed to retain that grade.'], 'good 2023-05'],
		[['Surrey was rated good in 2018.', 'Will it keep that rating in 2024?'], 'good 2024'],
		[['Surrey was rated good in 2018.', 'In May 2023 the council kept the rating of its bonds.'], 'good 2023-05'],
		[['Surrey was rated good in 2018.', 'In May 2023 the council had not kept that grade.'], 'good 2023-05'],
		[['Surrey was rated good in 2018.', 'In May 2023 it kept the rating it first won in 2014.'], 'good 2023-05'],
		[['Surrey was rated good in 2018.', 'Whether it kept that grade in May 2023 is disputed.'], 'good 2023-05'],
		[['Surrey was rated good in 2018.', 'In May 2023 Kent kept that rating.'], 'good 2023-05'],
	];
	for (const [paragraphs, never] of cases) it(paragraphs.join(' ').slice(0, 90), () => expect(graded(...paragraphs)).not.toContain(never));
});
