/**
 * Speakers printed where no list finds them: a body by its printed name as the sentence's subject ("The Information
 * Commissioner's Office said:"), and a quotation printed first whose speaker the paragraph after it names ("Those
 * were the words of ..."). Sentences and names invented for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const quotesOf = (body: string) =>
	extractArticle(`title: Council news\ndate: 2024-03-05\nauthority: Rutland County Council\n\n${body}\n`, {today})
		.quotes.filter((q) => !q.fragment)
		.map((q) => [q.text.slice(0, 24), q.speaker]);

test.each([
	['The Information Commissioner’s Office said:', 'Information Commissioner’s Office'],
	['The Local Government and Social Care Ombudsman added:', 'Local Government and Social Care Ombudsman'],
	['The Fostering Network has said:', 'Fostering Network'],
])('a body printed as the subject speaks: %s', (lead, speaker) => {
	const body = ['The council was fined after a report was sent to the wrong address.', `${lead} "Families have a right to expect that their records are kept safe."`].join('\n\n');
	expect(quotesOf(body)).toEqual([['Families have a right to', speaker]]);
});

test.each([
	['Those were the words of foster carer Susan Ashby, who was named carer of the year on Friday.', 'Susan Ashby'],
	['That was the blunt verdict of council leader Omar Bello at Tuesday’s meeting.', 'Omar Bello'],
])('a quotation printed first is the one the next paragraph says it was of: %s', (after, speaker) => {
	const body = ['"It is the hardest job I have ever done, and the most important."', after].join('\n\n');
	expect(quotesOf(body)).toEqual([['It is the hardest job I ', speaker]]);
});

test.each([
	['Asked by Councillor Omar Bello whether the service was safe, director Susan Ashby answered:', 'Susan Ashby'],
	['Pressed by Cllr Omar Bello on the cost of agency staff, cabinet member Susan Ashby replied:', 'Susan Ashby'],
])('the one asked answers, not the one asking: %s', (lead, speaker) => {
	const body = ['The director faced questions at her first public meeting.', `${lead} "Not yet, but we will be."`].join('\n\n');
	expect(quotesOf(body)).toEqual([['Not yet, but we will be.', speaker]]);
});
