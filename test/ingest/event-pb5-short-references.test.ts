/**
 * Short references after a sentence about a commissioner: "She will decide ... and report by 9 September" (the report
 * to come), "The direction was issued on Friday" (the direction that appointed the commissioner). Beside ordinary
 * sentences with the same words after a police, traffic or England's children's commissioner, or after no
 * commissioner at all. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const typed = (type: string, published: string, ...paragraphs: string[]) => rows(published, ...paragraphs).filter((r) => r.startsWith(`${type} `));

test('"and report by 9 September" after a commissioner’s appointment: the report to come', () => {
	expect(typed('commissioner-report', '2019-05-16', 'A commissioner has been appointed to oversee Gateshead Council’s children’s services.', 'He will look at whether the council should keep control of the service and report by 30 August.')).toEqual(['commissioner-report 2019-08-30~']);
});

test('a police or traffic commissioner who will report, or a manager who reports, is no commissioner’s report', () => {
	expect(typed('commissioner-report', '2019-05-16', 'The police and crime commissioner for South Yorkshire visited Barnsley on Monday.', 'She will meet officers and report to the panel in June.')).toEqual([]);
	expect(typed('commissioner-report', '2019-05-16', 'A traffic commissioner has been appointed to review Rotherham’s bus operators.', 'He will hold hearings and report by 30 August.')).toEqual([]);
	expect(typed('commissioner-report', '2019-05-16', 'Stockport’s new finance manager started on Monday.', 'She will review the budget and report by 30 August.')).toEqual([]);
});

test('"The direction was issued on Friday" after a commissioner’s appointment: the appointment’s day', () => {
	expect(typed('commissioner-appointed', '2017-07-24', 'The Department for Education has appointed a commissioner to review children’s social care in Gateshead.', 'The direction was issued on Friday.')).toContain('commissioner-appointed 2017-07-21');
});

test('a direction issued after a police commissioner or with no commissioner appoints none', () => {
	// (The first sentence's own appointment is the commissioner rules' reading; the direction adds none on Friday.)
	expect(typed('commissioner-appointed', '2017-07-24', 'The Metropolitan Police appointed a new commissioner in Barnsley last year.', 'The direction was issued to all officers on Friday.')).not.toContain('commissioner-appointed 2017-07-21');
	expect(typed('commissioner-appointed', '2017-07-24', 'Rotherham’s planning committee met on Thursday.', 'The direction was issued on Friday.')).toEqual([]);
});
