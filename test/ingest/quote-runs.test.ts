import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {carryRunOnQuotes} from '../../source/ingest/quote-runs.js';
import {findQuoteSpans} from '../../source/ingest/quote-spans.js';

const today = new Date('2026-11-22T12:00:00Z');
const article = (body: string) => extractArticle(`title: Council news\ndate: 2019-03-04\nauthority: Leeds\n\n${body}\n`, {today});
const quotesOf = (body: string) => article(body).quotes.filter((q) => !q.fragment).map((q) => [q.text.slice(0, 24), q.speaker]);

test('a letter printed in full with one opening and one closing mark: every paragraph between is the writer’s', () => {
	const body = [
		'The children’s minister, Anna Freeland, wrote to the council leader on Friday.',
		'Her letter reads: "I am writing about the findings of the inspection published last week.',
		'The failings it describes are serious and have persisted for too long.',
		'• "We are doing everything we can" - a remark reported in the local press',
		'I expect to see a revised plan within six weeks, and I will review progress each quarter."',
		'The council said it would respond in full.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['I am writing about the f', 'Anna Freeland'],
		['The failings it describe', 'Anna Freeland'],
		['I expect to see a revise', 'Anna Freeland'],
	]);
});

test('the British convention (each paragraph reopens, the last closes) is read as before', () => {
	const body = ['Cllr Mary Dunn said: "We accept the findings.', '"We will put them right," she added.', 'The meeting ended at 9pm.'].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['We accept the findings.', 'Mary Dunn'],
		['We will put them right,', 'Mary Dunn'],
	]);
});

test('an unclosed mark followed by the narrator speaking again ends the quotation: no paragraph is taken for it', () => {
	const paragraphs = [
		'He said: "There is now a stable team in place.',
		'Progress had been made on the backlog, he said, but the work remained "uneven from team to team".',
		'He recommended a board that meets monthly.',
	];
	const carried = carryRunOnQuotes(paragraphs, paragraphs.map(findQuoteSpans));
	expect(carried).toEqual(paragraphs.map(findQuoteSpans));
});

test('a quoted word that opens a quotation is not the closing mark; no closing mark within reach is no run', () => {
	const paragraphs = ['She said: "The plan is ready.', 'Officers called the work "steady" in their report.', 'Nothing else was said.'];
	expect(carryRunOnQuotes(paragraphs, paragraphs.map(findQuoteSpans))).toEqual(paragraphs.map(findQuoteSpans));
	const long = ['The statement said: "We accept the report.', ...Array.from({length: 20}, (_, i) => `Paragraph ${i} of plain narrative.`), 'It ended here."'];
	expect(carryRunOnQuotes(long, long.map(findQuoteSpans))).toEqual(long.map(findQuoteSpans));
});

test('a paragraph of the letter that quotes a phrase inside it stays in the letter, and so do those after it', () => {
	const body = [
		'The children’s minister, Anna Freeland, wrote to the council leader on Friday.',
		'Her letter reads: “I am writing about the findings of the inspection published last week.',
		'Your deputy described them as “a blip”, which I cannot accept.',
		'I expect to see a revised plan within six weeks.”',
		'The council said it would respond in full.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['I am writing about the f', 'Anna Freeland'],
		['Your deputy described th', 'Anna Freeland'],
		['I expect to see a revise', 'Anna Freeland'],
	]);
});

test('the letter’s last paragraph may quote a phrase before the mark that closes the letter', () => {
	const body = [
		'The children’s minister, Anna Freeland, wrote to the council leader on Friday.',
		'Her letter reads: “I am writing about the findings of the inspection published last week.',
		'The failings it describes are serious and have persisted for too long.',
		'I do not accept that this was “a blip” in an otherwise sound service.”',
		'The council said it would respond in full.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['I am writing about the f', 'Anna Freeland'],
		['The failings it describe', 'Anna Freeland'],
		['I do not accept that thi', 'Anna Freeland'],
	]);
});

test('so may one in straight marks', () => {
	const body = [
		'The children’s minister, Anna Freeland, wrote to the council leader on Friday.',
		'Her letter reads: "I am writing about the findings of the inspection published last week.',
		'I do not accept that this was "a blip" in an otherwise sound service."',
		'The council said it would respond in full.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['I am writing about the f', 'Anna Freeland'],
		['I do not accept that thi', 'Anna Freeland'],
	]);
});
