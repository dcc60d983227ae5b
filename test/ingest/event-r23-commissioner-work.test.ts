/**
 * The work a commissioner is set, told without the word "commissioner" in its clause (event-commissioner-work.ts):
 * an assessment handed to the minister, a review "of whether" the council should keep its service, a deadline "to
 * decide whether", and "She will then report back" after such a sentence. Each beside ordinary sentences with the same
 * words that tell no commissioner's work: a council's own review, a school's or a police commissioner's, a deadline
 * someone else is given. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows as allRows} from './pb4-rows.js';

/** The article names a council first, so that its sentences are read as about one. */
const rows = (published: string, ...text: string[]) => allRows(published, 'Kirklees Council’s children’s services are under the spotlight again.', ...text);

const reports = (published: string, ...text: string[]) => rows(published, ...text).filter((r) => r.startsWith('commissioner-report '));
const sent = 'A commissioner appointed by the Department for Education is being sent in to oversee Kirklees Council’s children’s services.';

test('the work set for a commissioner the story has just told of', () => {
	expect(reports('2016-02-11', sent, 'Dame Alison starts work immediately. Her first job is to produce an assessment of the most urgent actions needed, which she must hand to the minister by the end of April. She will then report back to the council in July on whether Kirklees can improve on its own.')).toEqual(['commissioner-report 2016-04~', 'commissioner-report 2016-07']);
	expect(reports('2016-09-12', 'The Department for Education has named a commissioner to oversee Reading’s children’s services. Marcus Elworthy will carry out a three-month assessment of whether children’s social care should be run by someone else.')).toHaveLength(1);
	expect(reports('2017-03-09', 'The Department for Education has sent a commissioner into Haringey, giving her until the end of June to decide whether the borough can turn its social work teams around.')).toHaveLength(1);
});

test('a council’s, a school’s or another commissioner’s work, or a deadline someone else is given, is none', () => {
	for (const text of [
		'The council’s own review of whether the service should be outsourced will go to cabinet in May.',
		'The council will send its report to the minister by the end of May, the leader said.',
		'The police and crime commissioner will hand her annual report to the home secretary in April.',
		'England’s children’s commissioner will carry out a review of whether children in care are listened to.',
		'The headteacher has until the end of June to decide whether to appeal against the Ofsted grade.',
		'Auditors will carry out an assessment of whether the council’s budget can be balanced.',
		'The trust’s board has until the end of March to decide whether to close the maternity unit.',
		'The MP said she would hand the petition to the minister next week.',
		'Parents have until the end of October to decide whether to apply for a school place.',
		'The cabinet member will produce a report on whether the libraries should stay open.',
	]) {
		expect(reports('2019-03-01', text), text).toEqual([]);
	}
	// Right after a sentence about a commissioner, another body’s deadline or review is still its own.
	for (const text of [
		'The school’s governors have until the end of June to decide whether to become an academy.',
		'The hospital trust will carry out a review of whether its maternity unit is safe.',
		'The police will hand their findings to the minister by the end of April.',
	]) {
		expect(reports('2016-02-11', sent, text), text).toEqual([]);
	}
});

test('a verdict the commissioner is to give by a date, and advice a commissioner gave', () => {
	expect(reports('2022-06-01', 'Ministers have appointed Graham Tansley as commissioner for Hull’s children’s services. He will decide by the autumn whether the service should remain with the council.')).toHaveLength(1);
	expect(reports('2024-04-08', 'The commissioner is due to report by July.')).toEqual(['commissioner-report 2024-07~']);
	expect(reports('2016-06-02', 'Birmingham City Council has agreed to hand its children’s services to an independent trust, following advice from the government-appointed commissioner.')).toHaveLength(1);
});

test('someone else’s decision or advice is none', () => {
	for (const text of [
		'The council will decide by the autumn whether to close two children’s centres.',
		'The police and crime commissioner will decide by the autumn whether to close the station.',
		'The school’s governors will decide by the summer whether to become an academy.',
		'The chief constable acted on advice from the police and crime commissioner.',
		'The council acted on advice from the Information Commissioner about the data breach.',
		'Councillors will decide in March whether to raise council tax.',
	]) {
		expect(reports('2022-06-01', sent, text), text).toEqual([]);
	}
});

test('"he recommended that ..." in the sentence that appointed the commissioner is the commissioner’s report', () => {
	expect(reports('2016-11-22', 'A commissioner, Sir Anthony Hale, was appointed in 2014, and the following year he recommended that the service be run by a trust.')).toEqual(['commissioner-report 2015~']);
	for (const text of [
		'She advised parents to contact the council’s front door team.',
		'The headteacher said she recommended that pupils stay at home.',
		'The police and crime commissioner was re-elected in May, and he recommended that the force recruit more officers.',
	]) {
		expect(reports('2016-11-22', sent, text), text).toEqual([]);
	}
});
