/**
 * A commissioner's report named by its author's pronoun right after a sentence about the commissioner (their
 * appointment, their arrival, their work): "Her report, dated 28 May and published on Friday, says ...", "Writing in
 * his report dated 3 March, he said ...". Each beside near-misses with the same words that tell no commissioner's
 * report: someone else's report, a report hoped for or asked about, a pronoun after a sentence about a director, a
 * report of Ofsted's after a sentence about the commissioner. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const of = (type: string, published: string, ...text: string[]) => rows(published, ...text).filter((r) => r.startsWith(`${type} `));

test('the commissioner’s report named by a pronoun after the appointment is the report, dated by its own date', () => {
	expect(of('commissioner-report', '2021-07-09', 'The commissioner, a former director from the north east, was appointed to work with Redbridge in March.', 'Her report, dated 28 June and published on Thursday, says the council can improve with support.')).toEqual(['commissioner-report 2021-06-28']);
	expect(of('commissioner-report', '2019-12-20', 'Commissioner Peter Amberley was sent in by the education secretary in May to decide whether Ealing should keep its children’s services.', 'Writing in his report dated 11 December, and published this week alongside cabinet papers, he said the change in culture was striking.')).toEqual(['commissioner-report 2019-12-11']);
	expect(of('commissioner-report', '2018-03-16', 'A commissioner was appointed to oversee Brent’s children’s social care last autumn.', 'His report, dated 2 March, recommends that the borough keeps control of the service.')).toEqual(['commissioner-report 2018-03-02']);
	expect(of('commissioner-report', '2016-11-04', 'The government sent a commissioner into Wokingham’s children’s services in June.', 'Her final report, published on Tuesday, finds that leadership has been strengthened.')).toEqual(['commissioner-report 2016-11-01']);
	expect(of('commissioner-report', '2022-05-27', 'The DfE appointed Joan Tarrant as children’s services commissioner for Thurrock in January.', 'In her report, dated 12 May, she said the council had the capacity to improve.')).toEqual(['commissioner-report 2022-05-12']);
	expect(of('commissioner-report', '2020-02-14', 'The commissioner was installed at Rutland Council after the inadequate rating last year.', 'Their report, sent to ministers on 30 January, advises against a trust.')).toEqual(['commissioner-report 2020-01-30']);
});

test('another’s report, a report hoped for or asked about, or a pronoun away from a commissioner is none', () => {
	// A director's report, after a sentence about the director.
	expect(of('commissioner-report', '2021-07-09', 'The new director of children’s services, Ruth Abbott, started at Redbridge in March.', 'Her report, dated 28 June and published on Thursday, sets out the budget for the year.')).toEqual([]);
	// Ofsted's report after a sentence about the commissioner: "The report", not the commissioner's.
	expect(of('commissioner-report', '2021-07-09', 'The commissioner was appointed to Redbridge in March after Ofsted rated the service inadequate.', 'The inspection report, dated 2 February, found children left at risk.')).toEqual([]);
	// A report asked about, or only hoped for.
	expect(of('commissioner-report', '2021-07-09', 'The commissioner was appointed to work with Redbridge in March.', 'Will her report, dated for the end of the summer, say the council can keep the service?')).toEqual([]);
	// England's children's commissioner, whose reports are national.
	expect(of('commissioner-report', '2021-07-09', 'The children’s commissioner for England visited a Redbridge school in March.', 'Her report, dated 28 June, says too many pupils wait for help.')).toEqual([]);
	// A police and crime commissioner’s report.
	expect(of('commissioner-report', '2021-07-09', 'The police and crime commissioner visited Redbridge youth centre in March.', 'Her report, dated 28 June, says the centre needs more staff.')).toEqual([]);
	// A councillor's report to the cabinet.
	expect(of('commissioner-report', '2021-07-09', 'Cllr Hollis, cabinet member for children, addressed the committee in March.', 'Writing in his report dated 11 June, he said the service was improving.')).toEqual([]);
});
