/** Ratings of every framework, the service and inspectorate a judgement is about, and an event's status. */
import {describe, expect, test} from 'vitest';
import {headlineRatings, ratingsIn, serviceOf, statusOf} from '../../source/ingest/event-facets.js';
import {datelineDate} from '../../source/ingest/dateline.js';

describe('rating words of every framework', () => {
	test.each([
		['Inspectors rated the service good overall.', ['good']],
		["It presents an overall 'good' judgement.", ['good']],
		['The council was declared ‘inadequate’ last year.', ['inadequate']],
		['Children’s services were placed in special measures.', ['inadequate']],
		['The service moved from inadequate to adequate.', ['inadequate', 'adequate']],
		['Inspectors judged the service to be failing in most areas.', ['inadequate']],
		['It was rated as requires improvement to be good.', ['requires improvement']],
		['The area was found to have widespread and/or systemic failings.', ['inadequate']],
		['Staff were under poor management and failing to visit.', []],
		['A good social worker is hard to find.', []],
		['The council hopes to be outstanding one day.', []],
	])('%s', (clause, expected) => {
		expect(ratingsIn(clause).map((r) => r.rating)).toEqual(expected);
	});
});

describe('the grade that judges the whole service', () => {
	test.each([
		['Inspectors rated care leavers requires improvement but judged help and protection and overall effectiveness inadequate.', ['inadequate']],
		['The service was found to be good overall, with outstanding grades for leadership and adoption.', ['good']],
		['Its overall effectiveness was judged to be requires improvement, although leadership was good.', ['requires improvement']],
		['Overall: inadequate. Leadership: requires improvement.', ['inadequate']],
		// With no overall grade the clause's grades all stand: a move from one to another is two judgements.
		['The service moved from inadequate to good in three years.', ['inadequate', 'good']],
		// Grades counted out over areas: the grade of "the other four" is a part's.
		['It was rated outstanding in eight of the 12 areas and good in the other four.', ['outstanding']],
		// "overall" naming no grade of its own leaves the others alone.
		['Overall, the council was rated inadequate, and its fostering service was rated good.', ['inadequate', 'good']],
	])('%s', (clause, expected) => {
		expect(headlineRatings(clause).map((r) => r.rating)).toEqual(expected);
	});
});

test('Ofsted’s words for an inadequate service, "serious and widespread failures", are that grade', () => {
	expect(ratingsIn('with inspectors finding serious and widespread failures that left children at risk').map((r) => r.rating)).toEqual(['inadequate']);
});

test('"X still failing on child protection, say inspectors": the inspectors’ verdict is inadequate', () => {
	expect(ratingsIn('Council still failing on child protection, say inspectors').map((r) => r.rating)).toEqual(['inadequate']);
	expect(ratingsIn('The council is failing children, campaigners say').map((r) => r.rating)).toEqual([]);
});

describe('which service and which inspectorate', () => {
	test('a youth offending team judged by the probation inspectorate', () => {
		const s = 'The youth offending team was rated inadequate by HM Inspectorate of Probation.';
		expect(serviceOf(s, s, '')).toEqual({service: 'youth justice', inspectorate: 'HM Inspectorate of Probation'});
	});
	test('an area SEND inspection, named only in the article’s opening', () => {
		const s = 'The report found widespread and/or systemic failings.';
		expect(serviceOf(s, s, 'A joint Ofsted and CQC inspection of SEND provision in the county')).toEqual({service: 'send', inspectorate: 'Ofsted and CQC'});
	});
	test('the safeguarding board and the adoption work are services of their own', () => {
		const board = 'Ofsted also rated the Local Safeguarding Children Board as ‘good’.';
		expect(serviceOf(board, board, '').service).toBe('other');
		const adoption = 'For the council’s adoption work to be rated as outstanding is especially pleasing.';
		expect(serviceOf(adoption, adoption, '').service).toBe('other');
		const both = 'Ofsted rated children’s services inadequate and the safeguarding board requires improvement.';
		expect(serviceOf(both, both, '').service).toBeUndefined();
	});
	test('children’s services by Ofsted: no service recorded', () => {
		const s = 'Ofsted rated the council’s children’s services inadequate.';
		expect(serviceOf(s, s, 'SEND pupils wait too long')).toEqual({inspectorate: 'Ofsted'});
	});
});

describe('status', () => {
	test.each([
		['A vote will be held in February.', 'no-confidence-vote', 'planned'],
		['A commissioner is due to be appointed this month.', 'commissioner-appointed', 'planned'],
		['The council is considering setting up a children’s trust.', 'other', 'proposed'],
		['The minister declined to appoint a commissioner.', 'commissioner-appointed', 'refused'],
		['The motion calling for the leader to resign was defeated.', 'resignation-call', 'refused'],
		['Cllr Ward called for the leader to resign.', 'resignation-call', undefined],
		['An improvement board was set up in March.', 'improvement-board', undefined],
		['A notice was issued today and will remain in place until ministers are satisfied.', 'improvement-notice', undefined],
		['The department has produced an action plan to tackle the points raised.', 'improvement-plan', undefined],
		['The council plans to publish a new plan.', 'improvement-plan', 'planned'],
		['It came up with a focused plan to address the issues raised.', 'improvement-plan', undefined],
		['The notice will stay in force.', 'improvement-notice', undefined],
	])('%s', (clause, type, expected) => {
		expect(statusOf(clause, type)).toBe(expected);
	});
});

describe('datelines', () => {
	test.each([
		['14:52 09 October 2015', '2015-10-09'],
		['14:32, 3 MAR 2021', '2021-03-03'],
		['Thursday, 3 July 2025 11:40', '2025-07-03'],
		['Published on Monday, 12th February 2018', '2018-02-12'],
		['PUBLISHED: 10:31 04 June 2019 | UPDATED: 11:02 05 June 2019', '2019-06-04'],
		['July 2, 2019 Tuesday 9:33 AM GMT', '2019-07-02'],
		['Published14 September 2022', '2022-09-14'],
		['Wednesday 17 December 2008 20:00 EST', '2008-12-17'],
		['12-06-2013, 10:29 AM', '2013-06-12'],
		['by Jo Bell on June 12, 2018 in Children, Workforce', '2018-06-12'],
		['PD 21 November 2019', '2019-11-21'],
		['Filed: 11/11/2014', '2014-11-11'],
		['Headlines: December 18th, 2008', '2008-12-18'],
		['31 February 2022', null],
		['- Published', null],
		['The council met on 3 March 2021', null],
		['By March 2021', null],
	])('%s', (line, expected) => {
		expect(datelineDate(line)).toBe(expected);
	});
});
