/**
 * An area SEND inspection's outcome before 2023 told by whether it required a written statement of action
 * (event-send-statements.ts): a judgement without a rating, of the SEND service, dated by the inspection where the
 * sentence dates it. Beside them, plans still to be written, conditions, questions and schools, which give none.
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const lead = 'Support for children with special educational needs in the borough is in the news again.';
const sendJudgements = (published: string, ...text: string[]) =>
	article(published, lead, ...text)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? 'ungraded'} ${e.service ?? '-'} ${e.date.value ?? 'undated'}`);

test('an inspection that required, or did not require, a written statement of action is a judgement', () => {
	expect(sendJudgements('2023-10-02', 'The last inspection of SEND arrangements in Barnsley, in June 2018, required the area to produce a written statement of action over four areas of significant weakness.')).toEqual(['ungraded send 2018-06']);
	expect(sendJudgements('2024-02-08', 'Rochdale’s previous local area SEND inspection, in 2017, did not require a written statement of action.')).toEqual(['ungraded send 2017']);
	expect(sendJudgements('2019-03-01', 'The joint inspection of special educational needs services in Bury in 2016 led to a written statement of action.')).toEqual(['ungraded send 2016']);
	expect(sendJudgements('2018-11-22', 'Wigan’s local area has been told to produce a written statement of action after an inspection of its special educational needs services.').map((r) => r.replace(/ \S+$/, ''))).toEqual(['ungraded send']);
	expect(sendJudgements('2019-05-23', 'Stockport Council also received a written statement of action requirement for SEND in 2018.')).toEqual(['ungraded send 2018']);
	expect(sendJudgements('2021-01-12', 'After the SEND inspection of Bolton in 2018 a written statement of action was required.')).toEqual(['ungraded send 2018']);
	expect(sendJudgements('2021-01-12', 'Inspectors found that leaders in Bolton understood the area’s strengths, and the SEND inspection did not lead to a written statement of action.').length).toBe(1);
	expect(sendJudgements('2018-11-16', 'Ofsted and the CQC have praised Salford’s support for children with special educational needs, and no written statement of action is required.').length).toBe(1);
});

test('a plan to come, a condition, a question or a school gives no judgement', () => {
	expect(sendJudgements('2023-10-02', 'Barnsley Council will submit its written statement of action for SEND to Ofsted next month.')).toEqual([]);
	expect(sendJudgements('2023-10-02', 'If the SEND inspection finds significant weaknesses, Barnsley could be required to produce a written statement of action.')).toEqual([]);
	expect(sendJudgements('2023-10-02', 'Councillors asked whether the SEND inspection would lead to a written statement of action for Barnsley.')).toEqual([]);
	expect(sendJudgements('2023-10-02', 'Did the 2018 SEND inspection of Barnsley require a written statement of action?')).toEqual([]);
	expect(sendJudgements('2023-10-02', 'Progress against Barnsley’s written statement of action for SEND will be checked at a revisit next year.')).toEqual([]);
	expect(sendJudgements('2023-10-02', 'The written statement of action for SEND in Barnsley has been updated to include speech and language therapy.')).toEqual([]);
	expect(sendJudgements('2023-10-02', 'Barnsley Council must now write a written statement of action setting out how it will improve SEND services.')).toEqual([]);
	expect(sendJudgements('2023-10-02', 'Officers in Barnsley fear the coming SEND inspection may result in a written statement of action.')).toEqual([]);
});
