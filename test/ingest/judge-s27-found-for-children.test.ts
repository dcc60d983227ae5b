/**
 * "Inspectors found Barnsley's services for children good": an inspectorate that finds a service a grade gives it,
 * and newsrooms name the council's children's services by whom they serve as often as by their department ("services
 * for children", "services for children and families"). A bare "good" or "outstanding" is read as the grade only in
 * this frame (event-found-grade.ts). Near misses: praise of a part ("good at listening"), adults' services, another
 * body's services for children (a school's, a police force's), another council's, a question, a hope, opinions that
 * are no inspectorate's. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (text: string) =>
	extractArticle(`title: Council news\ndate: 2019-05-02\nauthority: Barnsley\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Barnsley' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}`)
		.sort();

describe('inspectors find the services for children a grade', () => {
	const cases: [string, string[]][] = [
		['Inspectors found Barnsley’s services for children good.', ['good 2019-05-02']],
		['Ofsted found the council’s services for children and families good in every area.', ['good 2019-05-02']],
		['Inspectors found Barnsley’s services for vulnerable children outstanding overall.', ['outstanding 2019-05-02']],
		['The inspection found the borough’s services for children to be good.', ['good 2019-05-02']],
		['An inspection in 2015 found Barnsley’s services for children good.', ['good 2015']],
		['The watchdog found Barnsley’s services for children and young people outstanding, the report said.', ['outstanding 2019-05-02']],
		['Ofsted’s report found the town’s services for children good across the board.', ['good 2019-05-02']],
		['Its last full inspection, in 2016, found the council’s services for children good.', ['good 2016']],
		['Inspectors found Barnsley’s services for children and their families good, with strong leadership.', ['good 2019-05-02']],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});

describe('near misses', () => {
	const cases: [string, string[]][] = [
		['Inspectors found Barnsley’s services for children good at listening but slow to act.', []],
		['Inspectors found Barnsley’s services for adults good.', []],
		['Inspectors found the school’s services for children good.', []],
		['Inspectors found the police force’s services for children good.', []],
		['Inspectors found Rotherham’s services for children good last month.', []],
		['Did inspectors find Barnsley’s services for children good?', []],
		['Parents found Barnsley’s services for children good, a survey showed.', []],
		['Inspectors found Barnsley’s services for children in good shape.', []],
		['Inspectors found Barnsley’s services for children good practice to share.', []],
		['Councillors hope inspectors will find the services for children good next year.', []],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded(text)).toEqual(want));
});
