/**
 * A document printed as a block after a colon, with no quotation marks of its own, and the colon that hands the
 * words after it to the sentence's subject when no reporting verb comes before it. Sentences written for this
 * project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {carryBlockQuotes} from '../../source/ingest/quote-blocks.js';
import {findQuoteSpans} from '../../source/ingest/quote-spans.js';

const today = new Date('2026-11-22T12:00:00Z');
const article = (body: string) => extractArticle(`title: Council news\ndate: 2019-03-04\nauthority: Leeds\n\n${body}\n`, {today});
const quotesOf = (body: string) => article(body).quotes.filter((q) => !q.fragment).map((q) => [q.text.slice(0, 24), q.speaker]);
const blocks = (paragraphs: string[]) => carryBlockQuotes(paragraphs, paragraphs.map(findQuoteSpans)).map((s) => s.map((x) => x.text.slice(0, 20)));

test('a statement printed as a block after its introduction: each paragraph is the author’s, until the narrator speaks again', () => {
	const body = [
		'Ofsted rated the council’s children’s services inadequate in a report published on Friday.',
		'Leeds City Council has since issued the following statement:',
		'We accept the findings of the report and we are deeply sorry that children were let down.',
		'A new director will start next month, and we have set aside an extra £2m for "the front door" this year.',
		'Opposition leader Cllr Amy Reyes said the statement came too late.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['We accept the findings o', 'Leeds Council'],
		['A new director will star', 'Leeds Council'],
	]);
});

test('a letter’s block ends at its sign-off', () => {
	expect(blocks(['The minister’s letter reads:', 'I am writing about the findings of the inspection.', 'I expect a plan within six weeks.', 'Yours sincerely,', 'Anna Freeland'])).toEqual([
		[],
		['I am writing about t'],
		['I expect a plan with'],
		[],
		[],
	]);
});

test.each([
	// No document named before the colon: the paragraphs after it are the narrator's list.
	[['The changes include:', 'A new front door for referrals.', 'Smaller caseloads for social workers.']],
	// The paragraph after the colon is itself a quotation: the marks say whose words these are.
	[['The letter reads:', '"I am writing about the findings of the inspection."']],
	// The narrator again: someone said something.
	[['The report’s summary:', 'Leaders said they would act on the findings quickly.']],
])('no block in %j', (paragraphs) => {
	expect(blocks(paragraphs).slice(1).flat().filter((t) => !paragraphs.some((p) => p.startsWith('"' + t)))).toEqual([]);
});

test.each([
	['Kirklees Council has since issued the following statement:', 'Kirklees Council'],
	['The Department for Education issued a statement:', 'Department for Education'],
	['Council leader Jane Smith released a statement:', 'Jane Smith'],
	['Jane Smith, the council leader, had this to say:', 'Jane Smith'],
])('a colon with no reporting verb hands the quote after it to the subject: %s', (intro, speaker) => {
	const body = ['Ofsted rated the council’s children’s services inadequate.', intro, '"We accept the findings of the report and we are deeply sorry for what happened."'].join('\n\n');
	expect(quotesOf(body)).toEqual([['We accept the findings o', speaker]]);
});

test('a bulleted list after "The report highlighted:" is the narrator’s summary; after "The letter reads:" it is the letter’s', () => {
	const list = ['• Strong help for families early on, from staff who know them well.', '• Care leavers are supported by committed personal advisers.'];
	expect(blocks(['The report notably highlighted:', ...list])).toEqual([[], [], []]);
	expect(blocks(['The letter reads:', ...list])).toEqual([[], ['• Strong help for fa'], ['• Care leavers are s']]);
});

test('a forum’s ":-" introduces a block as a colon does', () => {
	expect(blocks(['This is what the inspectors concluded in their letter:-', 'Leaders understand the scale of the task, but practice remains uneven.'])).toEqual([[], ['Leaders understand t']]);
});

test('a letter’s own "you told" and "as I said" do not end its block; the narrator’s "said" does', () => {
	expect(
		blocks([
			'The letter reads:',
			'You told my officials that you accept the findings in full.',
			'As I said in March, the pace of change is too slow.',
			'Cllr Amy Reyes said she would reply this week.',
		]),
	).toEqual([[], ['You told my official'], ['As I said in March, '], []]);
});

test('a letter’s paragraph that ends on a quoted phrase, its stop inside the marks, does not end its block', () => {
	expect(blocks(['The letter reads:', 'Your leader described the findings as "a blip."', 'I do not share that view of the inspection.'])).toEqual([[], ['Your leader describe'], ['I do not share that ']]);
});

test('a press release printed in full after its introduction is the council’s', () => {
	const body = [
		'Ofsted rated the council’s children’s services inadequate in a report published on Friday.',
		'Here is the council’s press release in full:',
		'We accept the findings of the inspection and we apologise to the families we let down.',
		'A new director will start next month.',
		'Opposition leader Cllr Amy Reyes said the response came too late.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['We accept the findings o', 'Leeds Council'],
		['A new director will star', 'Leeds Council'],
	]);
});
