/**
 * Before 2013 an inspection graded the council's capacity to improve beside its services. That forecast is no
 * judgement of its own, so a date told after it ("judged adequate and its capacity to improve good in 2009") is the
 * service's grade's date, not a second grade's. Near misses: the capacity dated apart from the grade, a date of
 * another matter, a hope, a question, another council, a school. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (text: string) =>
	extractArticle(`title: Council news\ndate: 2012-03-10\nauthority: Barnsley\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Barnsley' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('a date after the capacity to improve dates the service grade', () => {
	const cases: [string, string[]][] = [
		['Ofsted judged Barnsley’s services adequate and its capacity to improve good in 2009.', ['adequate 2009']],
		['Its safeguarding services were found to be inadequate and their capacity to improve adequate in June 2010.', ['inadequate 2010-06']],
		['Inspectors rated safeguarding good and the council’s capacity for improvement outstanding in 2011.', ['good 2011']],
		['Barnsley was judged adequate, with good capacity to improve, in 2010.', ['adequate 2010']],
		['Inspectors judged safeguarding inadequate and the capacity to improve inadequate in October 2009.', ['inadequate 2009-10']],
		['Ofsted rated the council’s safeguarding adequate and its capacity to improve good in May 2011.', ['adequate 2011-05']],
		['Barnsley’s children’s services were judged to be good, with outstanding capacity to improve, in 2008.', ['good 2008']],
		['In 2009 Ofsted judged Barnsley’s services good and its capacity to improve outstanding.', ['good 2009']],
		['Services were rated adequate with good prospects for improvement in 2010, inspectors said.', ['adequate 2010']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});

describe('near misses', () => {
	// [sentence, what must be read, what must not]
	const cases: [string, string[], string][] = [
		// The capacity dated apart: the grade keeps its own date.
		['Services were rated inadequate in 2009 and its capacity to improve was judged good in 2011.', ['inadequate 2009'], 'inadequate 2011'],
		['Services were rated adequate in 2010, although its capacity to improve was judged good.', ['adequate 2010'], 'good 2010'],
		// A date of another matter after the grades.
		['Ofsted judged services adequate and the capacity to improve good, a year after the director arrived in 2009.', ['adequate 2012-03-10'], 'adequate 2009'],
		// Hopes, questions: no grade dated then.
		['The council hopes to be rated good, with outstanding capacity to improve, in 2013.', [], 'good 2013'],
		['Will Barnsley be judged good and its capacity to improve outstanding in 2013?', [], 'good 2013'],
		// Another council's grade.
		['Rotherham was judged adequate and its capacity to improve good in 2009, while Barnsley waits.', [], 'adequate 2009'],
		// A school's grade is not the council's.
		['Ofsted judged the primary school good and its capacity to improve outstanding in 2009.', [], 'good 2009'],
		['The capacity to improve was judged good in 2010.', [], 'good 2010'],
	];
	for (const [text, want, never] of cases)
		it(text.slice(0, 80), () => {
			const got = graded(text);
			for (const w of want) expect(got).toContain(w);
			expect(got).not.toContain(never);
		});
});
