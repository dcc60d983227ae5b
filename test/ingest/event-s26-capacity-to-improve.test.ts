/**
 * Inspections before 2013 graded a council's capacity to improve beside its services ("judged adequate with good
 * capacity to improve"): that grade is a forecast, not a judgement of the service, and gives no event of its own.
 * The service's own grade in the same sentence stays. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const grades = (text: string) =>
	extractArticle(`title: Council news\ndate: 2012-05-02\nauthority: Barnsley\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => e.rating);

describe('the capacity to improve is no grade of the service', () => {
	const cases: [string, (string | undefined)[]][] = [
		['Barnsley was last inspected in 2008, when both services were judged adequate with good capacity to improve.', ['adequate']],
		['Overall effectiveness was judged inadequate, but capacity for improvement was rated adequate.', ['inadequate']],
		['Barnsley’s safeguarding services were rated adequate and its prospects for improvement good.', ['adequate']],
		['The council’s capacity to improve was judged good in the 2011 inspection of Barnsley.', []],
		['Barnsley’s looked-after children service was judged good, with outstanding capacity to improve.', ['good']],
	];
	for (const [text, want] of cases) it(text.slice(0, 70), () => expect(grades(text)).toEqual(want));
});

describe('grades of the service stay', () => {
	const cases: [string, string[]][] = [
		['Barnsley was rated good, and inspectors said it had the capacity to improve further.', ['good']],
		['Barnsley’s services were rated good in 2011.', ['good']],
		['Inspectors judged Barnsley adequate; they said leaders had improved its capacity to respond.', ['adequate']],
	];
	for (const [text, want] of cases) it(text.slice(0, 70), () => expect(grades(text)).toEqual(want));
});
