/**
 * A Department for Education adviser sent to a council, told in the passive or by the work begun (event-advisers.ts):
 * "A government adviser has been appointed to support", "A DfE adviser will be appointed", "An improvement adviser
 * appointed by the department will chair", "began work with the council in March", "working with a government
 * improvement adviser". Each beside ordinary sentences with an adviser who is none of the intervention's.
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows as allRows} from './pb4-rows.js';

const rows = (published: string, ...text: string[]) => allRows(published, 'Stoke-on-Trent City Council’s children’s services are under the spotlight again.', ...text);
const appointed = (published: string, text: string) => rows(published, text).filter((r) => r.startsWith('commissioner-appointed '));

test('an adviser the department sends, however told', () => {
	expect(appointed('2012-03-02', 'A government adviser has been appointed to support the council with its children’s services.')).toHaveLength(1);
	expect(appointed('2019-05-03', 'A DfE adviser began work with the council in March.')).toEqual(['commissioner-appointed 2019-03']);
	expect(appointed('2019-02-15', 'A DfE adviser will be appointed to work with the council, and Ofsted will carry out its first monitoring visit in the summer.')).toHaveLength(1);
	expect(appointed('2024-03-28', 'An improvement adviser appointed by the department will chair a new improvement board.')).toHaveLength(1);
	expect(appointed('2024-11-15', 'The council was rated inadequate in 2022 and has been working with a government improvement adviser since April that year.')).toHaveLength(1);
});

test('another body’s adviser, an adviser on a subject, or one only supposed, is none', () => {
	for (const text of [
		'A financial adviser has been appointed to help the council balance its budget.',
		'A government adviser on adoption will be appointed next year.',
		'The government’s chief scientific adviser began work in March.',
		'A DfE adviser was appointed to the academy trust in May.',
		'An improvement adviser appointed by the hospital trust will review maternity care.',
		'The school’s improvement adviser has been appointed by the diocese.',
		'The police improvement adviser was appointed in May.',
		'Ministers said a government adviser would be appointed if the council failed to improve.',
		'A government adviser was appointed to the NHS trust in May.',
		'The football club’s new improvement adviser was appointed in the summer.',
		'Care leavers are working with a personal adviser from the age of 16.',
	]) {
		expect(appointed('2019-05-03', text), text).toEqual([]);
	}
});

test('"The appointment was announced on Wednesday" dates the appointment the sentence before told; other appointments are none', () => {
	expect(appointed('2012-03-02', 'A government adviser has been appointed to support the council with its children’s services. The appointment was announced on Wednesday.')).toEqual(['commissioner-appointed 2012-02-29']);
	for (const text of [
		'The council has named a new head of libraries. The appointment was announced on Wednesday.',
		'The club has a new manager. The appointment was confirmed on Wednesday.',
		'The appointment was announced on Wednesday.',
	]) {
		expect(appointed('2012-03-02', text), text).toEqual([]);
	}
});
