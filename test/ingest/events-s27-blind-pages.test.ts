/**
 * Events that session 27's blind measure on real pages found invented: a lifting named only as the end of a spell
 * ("until the improvement notice is withdrawn"). Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (body: string) => extractArticle(`title: Council news\ndate: 2014-05-20\nauthority: Rotherham\n\n${body}\n`, {today}).events.map((e) => `${e.type} ${e.date.value}`);

test('"until the notice is withdrawn" names no lifting', () => {
	expect(events('The board will meet every quarter until the improvement notice is withdrawn.')).not.toContain('improvement-notice-lifted 2014-05');
	expect(events('Ministers will keep the council under scrutiny until its statutory direction can be lifted.').some((e) => e.startsWith('improvement-notice-lifted'))).toBe(false);
	// A lifting told as done still counts.
	expect(events('The improvement notice was lifted on Monday.')).toEqual(['improvement-notice-lifted 2014-05-19']);
});

test('each council of a sentence takes the grade of its own passive verb', () => {
	const grades = (body: string) => extractArticle(`title: Council news\ndate: 2019-05-20\nauthority: Rotherham\n\n${body}\n`, {today}).events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.authority} ${e.rating}`);
	expect(grades('Camden was rated outstanding and Hackney Council was rated good.')).toEqual(['Camden outstanding', 'Hackney good']);
	expect(grades('Wigan was rated outstanding and Hackney was rated good.')).toEqual(['Wigan outstanding', 'Hackney good']);
	expect(grades("Wigan's children's services were rated outstanding, but Hackney's services were judged inadequate.")).toEqual(['Wigan outstanding', 'Hackney inadequate']);
	// One council's grade told of its services, the other council named only as where staff came from.
	expect(grades('Wigan, whose staff came from Hackney, was rated good.')).toEqual(['Wigan good']);
});
