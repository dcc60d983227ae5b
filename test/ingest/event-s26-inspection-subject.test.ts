/**
 * The inspection behind a grade told as the sentence's subject, often with an appositive before its verb: "Ofsted's
 * full inspection in early 2021, the first since 2016, rated the service 'good'" is a grade of about 2021, and that
 * inspection is the one behind it (no visit of its own after the grade); "The 2018 inspection, which came weeks after
 * the director left, rated it inadequate" is a grade of about 2018, not the article's news. Sentences written for
 * this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const read = (text: string) => extractArticle(`title: Council news\ndate: 2024-04-10\nauthority: Rochdale\n\n${text}\n`, {today}).events;
const graded = (text: string) =>
	read(text)
		.filter((e) => e.type === 'inspection-judgement' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();
const visits = (text: string) => read(text).filter((e) => e.type === 'inspection-visit').length;

describe('a grade given by the dated inspection the sentence opens with', () => {
	const cases: [string, string[]][] = [
		['Ofsted’s full inspection in early 2021, the first since 2016, rated Rochdale’s children’s services ‘good’.', ['good 2021']],
		['The 2018 inspection, which came weeks after the director left, rated Rochdale’s children’s services inadequate.', ['inadequate 2018']],
		['Ofsted’s last inspection in 2017, the second in three years, found Rochdale’s children’s services inadequate.', ['inadequate 2017']],
		['The council’s most recent full inspection, in autumn 2019, judged its children’s services to require improvement.', ['requires improvement 2019']],
		['Its inspection in 2015, the last under the old framework, rated Rochdale’s services for children good.', ['good 2015']],
		['A re-inspection in 2022, the first since the department was handed to a trust, rated children’s services as requiring improvement.', ['requires improvement 2022']],
		['Ofsted’s inspection in 2014, carried out over four weeks, found the service inadequate.', ['inadequate 2014']],
		['But the inspection in 2016, the council’s first for six years, branded Rochdale’s children’s services inadequate.', ['inadequate 2016']],
		['The ILACS inspection in November 2022, led by four inspectors, judged Rochdale’s children’s services good.', ['good 2022-11']],
		['Rochdale’s 2016 inspection, carried out weeks after a new director arrived, found its children’s services inadequate.', ['inadequate 2016']],
		['The inspection in 2019, which followed a critical focused visit in 2018, rated Rochdale’s children’s services inadequate.', ['inadequate 2019']],
		['Ofsted’s full inspection in early 2021, the first since 2016, rated the service ‘good’, a verdict that July’s report has now confirmed.', ['good 2021']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));

	it('makes no visit of its own of the inspection behind the grade, an aside with "since" between', () => {
		expect(visits('Ofsted’s full inspection in early 2021, the first since 2016, rated Rochdale’s children’s services ‘good’.')).toBe(0);
		expect(visits('An inspection in March 2019, the council’s first since 2013, judged Rochdale’s children’s services inadequate.')).toBe(0);
	});
});

describe('near misses', () => {
	const cases: [string, string[]][] = [
		// A visit that came after the grade: the grade inside the since-phrase keeps its own date.
		['A visit in April 2023 was the first since Rochdale’s children’s services were rated good in 2019.', ['good 2019']],
		// A recent inspection's grade is the article's news, dated by its report.
		['Ofsted’s inspection in February, the first since 2019, rated Rochdale’s children’s services good.', ['good 2024-04-10']],
		// An inspection that grades nothing.
		['The inspection in 2016, the first in six years, found that leaders had made progress.', []],
		// A hope of a grade.
		['The inspection in 2025, councillors hope, will find Rochdale’s children’s services good.', []],
		// A denial.
		['Ofsted’s inspection in 2021, the first since 2016, did not grade the service.', []],
		// A later report's own date wins over the inspection's.
		['The inspection in 2018 was followed in 2019 by a report that rated Rochdale’s children’s services inadequate.', ['inadequate 2019']],
		// Two grades joined by "and": each keeps its own date.
		['Its inspection in 2015 rated Rochdale’s children’s services good, and a re-inspection in 2017 found them inadequate.', ['good 2015', 'inadequate 2017']],
		// A school's inspection is the school's grade.
		['An inspection in 2019 of the town’s largest academy, the first since 2015, rated it outstanding.', []],
		// A police force's.
		['An inspection of the police force in 2019, the first since 2015, rated it good.', []],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});
