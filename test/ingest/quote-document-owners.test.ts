/**
 * A document's words given to the owner its own phrase names ("Cllr Ann Reid's tweet", "the council's formal
 * response", "a statement released by the council", "minutes of the safeguarding board", "the council has published
 * the notes"), quoted by the document itself ("It read:", "The minutes record:", "They state:"). Sentences and names
 * invented for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const quotesOf = (body: string, authority = 'Rutland County Council') =>
	extractArticle(`title: Council news\ndate: 2024-03-05\nauthority: ${authority}\n\n${body}\n`, {today})
		.quotes.filter((q) => !q.fragment)
		.map((q) => [q.text.slice(0, 24), q.speaker]);

test.each([
	['Councillor Ann Reid’s tweet, since removed, named the family’s street.', 'It read:', 'Ann Reid'],
	['Councillor Ann Reid’s Facebook post about the case was shared widely.', 'The post said:', 'Ann Reid'],
	['The council’s formal response was sent to the families on Friday.', 'It states:', 'Rutland Council'],
	['A statement released by the council on Friday set out the timetable.', 'It said:', 'Rutland Council'],
	['The decision is recorded in minutes of the Rutland Safeguarding Children Partnership.', 'The minutes record:', 'Rutland Safeguarding Children Partnership'],
	['Rutland County Council has published the notes of a meeting held in January.', 'They state:', 'Rutland Council'],
	['A briefing by director of children’s services Omar Bello went to the cabinet on Monday.', 'The briefing says:', 'Omar Bello'],
	['The letter from GMB regional organiser Tom Hale was copied to every councillor.', 'It states:', 'Tom Hale'],
])('a document its phrase gives an owner speaks for that owner: %s / %s', (intro, lead, speaker) => {
	const body = [intro, `${lead} "Too many children are still waiting for a first visit from a social worker."`].join('\n\n');
	expect(quotesOf(body)).toEqual([['Too many children are st', speaker]]);
});

test.each([
	['The council’s written response says:', 'Rutland Council'],
	['A statement issued by the council on Tuesday said:', 'Rutland Council'],
	['A short note from council leader Petra Vane says:', 'Petra Vane'],
])('the document and its owner in the quoting sentence: %s', (lead, speaker) => {
	const body = ['Families were told of the changes last week.', `${lead} "We accept that we let these families down."`].join('\n\n');
	expect(quotesOf(body)).toEqual([['We accept that we let th', speaker]]);
});

test('the document keeps its owner for the words it adds: "It adds:"', () => {
	const body = ['The council’s written response says: "We accept that we let these families down."', 'It adds: "We will meet every family who asks."'].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['We accept that we let th', 'Rutland Council'],
		['We will meet every famil', 'Rutland Council'],
	]);
});

test('an inspectorate that is the subject after "In a letter ...," owns the letter quoted next', () => {
	const body = [
		'In a letter published on Friday after a monitoring visit, the inspectorate set out what it had found.',
		'The letter said: "Leaders know where practice must improve, but children still wait too long."',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([['Leaders know where pract', 'Ofsted']]);
});

test('a letter sent to someone is not theirs: "a letter to the council from the minister"', () => {
	const body = ['Council leader Petra Vane received a letter from children’s minister Hal Dorne on Friday.', 'It states: "The pace of change has been too slow."'].join('\n\n');
	expect(quotesOf(body)).toEqual([['The pace of change has b', 'Hal Dorne']]);
});

test('a document not yet published has no owner to speak for: "has not yet published the report"', () => {
	const body = ['Ofsted has not yet published the report. The NSPCC has called for change.', 'In a statement, it said: "We want answers now."'].join('\n\n');
	expect(quotesOf(body)).toEqual([['We want answers now.', null]]);
});
