import {describe, expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {setAsideFurniture} from '../../source/ingest/furniture.js';
import type {Line} from '../../source/ingest/metadata.js';

/** Body lines numbered from 1, as parseMetadata hands them over. */
const body = (...rows: string[]): Line[] => rows.join('\n').split('\n').map((text, k) => ({n: k + 1, text}));
const before = 'Wigan Council has named a new director of children’s services.';
const after = 'She will start work in the spring.';

describe('setAsideFurniture: one line of furniture between two paragraphs', () => {
	test.each([
		['READ MORE: Director quits after two years', 'read-more'],
		['More on this story', 'read-more'],
		['Have your say in the comments below', 'have-your-say'],
		['Comments (14)', 'have-your-say'],
		['Share this article', 'social'],
		['Sign up to our daily newsletter', 'social'],
		['Photo: the civic centre in the rain', 'social'],
		['The civic centre in Wigan (Image: Valley Echo)', 'caption'],
		['By Megan Price', 'byline'],
		['- Another story: the town’s bus station is to close for good after years of losses, says the operator - 12/12/2019', 'read-more'],
		['Megan Price, Local Democracy Reporter', 'byline'],
		// A short line without a verb or a stop: a crosshead or a caption.
		['What happens next', 'caption'],
	])('%j is %s', (line, kind) => {
		const r = setAsideFurniture(body(before, '', line, '', after));
		expect(r.furniture).toEqual([{line: 3, text: line, kind}]);
		expect(r.paragraphs).toEqual([before, after]);
		expect(r.lineNumbers).toEqual([[1], [5]]);
	});
});

describe('setAsideFurniture: article text that looks a little like furniture is kept', () => {
	test.each([
		// The first line of the body may be a verbless standfirst.
		['the first line', ['Children’s services in crisis', '', after]],
		['a short line with a verb', [before, '', 'The leader says sorry', '', after]],
		['a long sentence starting "By the"', [before, '', 'By the time inspectors arrived the council had already replaced its director of children’s services.', '', after]],
		['a name ending in a stop', [before, '', 'Cllr Priya Shah.', '', 'Cllr Priya Shah said the service was improving.']],
		['a sentence starting "By March,"', [before, '', 'By March, the council had appointed a new director of services.', '', after]],
		['a lede that a later paragraph extends', ['Wigan Council has been rated inadequate by Ofsted.', '', after, '', 'Wigan Council has been rated inadequate by Ofsted for the second time in five years, the report shows.']],
	])('%s', (_label, rows) => {
		const r = setAsideFurniture(body(...rows));
		expect(r.furniture).toEqual([]);
		expect(r.paragraphs).toEqual(rows.filter((x) => x !== ''));
	});
});

describe('setAsideFurniture: repeats', () => {
	test('a caption that names a person the article names is set aside', () => {
		const r = setAsideFurniture(body('Cllr Priya Shah said the service was improving.', '', 'Cllr Priya Shah outside the civic centre', '', after));
		expect(r.furniture).toEqual([{line: 3, text: 'Cllr Priya Shah outside the civic centre', kind: 'caption'}]);
	});

	test('a pull quote repeating a sentence of the body, marks and stop dropped', () => {
		const quote = 'Cllr Priya Shah said: "Every child in this borough deserves far better than this."';
		const r = setAsideFurniture(body(quote, '', 'Every child in this borough deserves far better', '', after));
		expect(r.furniture.map((f) => f.kind)).toEqual(['pull-quote']);
		expect(r.paragraphs).toEqual([quote, after]);
	});

	test('a heading naming a statement and its author is no caption', () => {
		const r = setAsideFurniture(body('Cllr Priya Shah said the council would reply.', '', 'Statement from Cllr Priya Shah', '', '"We accept every finding."'));
		expect(r.furniture).toEqual([]);
	});

	test('a letter printed in full keeps the sentence the story quoted from it before', () => {
		const quoted = 'The minister said: "Two things worry me. Your officers have not kept their promises to families."';
		const letter = ['The letter in full:', '', '"I write after my visit to the borough last week.', '', 'Two things worry me. Your officers have not kept their promises to families.', '', 'I expect a revised plan by the end of the month."'];
		const r = setAsideFurniture(body(quoted, '', ...letter));
		expect(r.furniture).toEqual([]);
		expect(r.paragraphs).toHaveLength(5);
	});

	test('a letter printed as a block without marks keeps the sentence the story quoted from it', () => {
		const quoted = 'The minister wrote to the council: "I am not satisfied that the council can change on its own."';
		const r = setAsideFurniture(body(quoted, '', 'The letter reads:', '', 'I have read the report with care.', '', 'I am not satisfied that the council can change on its own.', '', 'I have therefore appointed a commissioner.'));
		expect(r.furniture).toEqual([]);
	});

	test('a pull quote after a paragraph left open by the British convention is still set aside', () => {
		const open = 'She said: "We rely on agency staff for half our posts. Nobody can build lasting change on that.';
		const r = setAsideFurniture(body(open, '', '"We are not where we need to be yet."', '', 'Nobody can build lasting change on that.', '', after));
		expect(r.furniture.map((f) => f.kind)).toEqual(['pull-quote']);
	});

	test('a letter printed in full, each paragraph reopened, keeps the paragraphs the story quoted before', () => {
		const quoted = ['She said: “I have read the report with care.', '', '“Two things trouble me above all.', '', '“I have appointed a commissioner.”'];
		const letter = ['Her letter in full:', '', '“I write after the inspection in May.', '', '“Two things trouble me above all.', '', '“I have appointed a commissioner.”'];
		const r = setAsideFurniture(body(...quoted, '', ...letter));
		expect(r.furniture).toEqual([]);
	});

	test('a page printed twice loses its second copy, quotations and all', () => {
		const page = ['She said: “I have read the report with care.', '', '“I have appointed a commissioner.”'];
		const r = setAsideFurniture(body(...page, '', ...page));
		expect(r.furniture.map((f) => f.line)).toEqual([5, 7]);
	});

	test('a sentence printed twice keeps its first copy', () => {
		const r = setAsideFurniture(body(before, '', after, '', before));
		expect(r.paragraphs).toEqual([before, after]);
		expect(r.furniture).toEqual([{line: 5, text: before, kind: 'repeated'}]);
	});

	test('a caption-like line printed twice goes everywhere it appears', () => {
		const r = setAsideFurniture(body('The town hall at dusk', '', before, '', 'The town hall at dusk', '', after));
		expect(r.paragraphs).toEqual([before, after]);
		expect(r.furniture.map((f) => [f.line, f.kind])).toEqual([
			[1, 'repeated'],
			[5, 'repeated'],
		]);
	});
});

describe('setAsideFurniture: paragraphs', () => {
	test('hard-wrapped long lines are one paragraph; short lines are one paragraph each', () => {
		const r = setAsideFurniture(
			body(
				'The council met on Monday evening to discuss the report, which found',
				'serious failings in the way children were protected across the borough.',
				'',
				'The leader spoke first.',
				'The director spoke next.',
			),
		);
		expect(r.paragraphs).toEqual([
			'The council met on Monday evening to discuss the report, which found serious failings in the way children were protected across the borough.',
			'The leader spoke first.',
			'The director spoke next.',
		]);
		expect(r.lineNumbers).toEqual([[1, 2], [4], [5]]);
	});

	test('furniture inside a block leaves the rest of the block as paragraphs', () => {
		const r = setAsideFurniture(body(before, 'READ MORE: Another story', after));
		expect(r.paragraphs).toEqual([before, after]);
		expect(r.lineNumbers).toEqual([[1], [3]]);
	});

	test('blank and whitespace-only bodies give nothing', () => {
		expect(setAsideFurniture(body('', '   ', '\t'))).toEqual({paragraphs: [], lineNumbers: [], furniture: []});
	});
});

describe('setAsideFurniture: readers’ comments', () => {
	test('from the first of a comments section’s controls on, nothing is the article’s', () => {
		const r = setAsideFurniture(body(before, '', after, '', 'The council will respond next week.', '', 'Report this comment', '', '“The social workers never called me back.', '', 'I have complained four times.”', '', 'This field is mandatory'));
		expect(r.paragraphs).toEqual([before, after, 'The council will respond next week.']);
		expect(r.furniture.map((f) => f.kind)).toEqual(['have-your-say', 'have-your-say', 'have-your-say', 'have-your-say']);
	});

	test('a story that reports a comment is kept', () => {
		const r = setAsideFurniture(body(before, '', 'One reader wrote that the report was long overdue.', '', after));
		expect(r.paragraphs).toHaveLength(3);
	});
});

test('the items of a list after "It follows:" are article text, not captions', () => {
	const text = 'title: Commissioner report\n\nIt follows:\n- a statutory direction to Rutland County Council issued in November 2022\n- an Ofsted inspection report published in January 2023 that judged services to be inadequate\n';
	const r = extractArticle(text, {today: new Date('2026-11-22T12:00:00Z')});
	expect(r.furniture).toEqual([]);
	expect(r.events.map((e) => `${e.type} ${e.date.value}`)).toEqual(expect.arrayContaining(['improvement-notice 2022-11', 'inspection-judgement 2023-01']));
	// A short line alone without a stop is still a caption.
	expect(extractArticle('title: x\n\nThe council met on Monday to discuss the report.\n\nCouncillors at the town hall\n\nThe leader spoke first.\n', {today: new Date('2026-11-22T12:00:00Z')}).furniture.map((f) => f.kind)).toEqual(['caption']);
});

test('a timeline\'s date-led lines ("March 2016: Ofsted rates the service inadequate") are article text, not captions', () => {
	const r = extractArticle('title: Timeline\ndate: 2021-05-01\n\nKey dates\n\nMarch 2016: Ofsted rates Rutland’s service inadequate\n\nMay 2016 - Improvement notice issued to Rutland\n\n2019 – Rutland rated requires improvement\n\nThe council said it was pleased.\n', {today: new Date('2026-11-22T12:00:00Z')});
	expect(r.furniture).toEqual([]);
	expect(r.events.map((e) => `${e.type} ${e.rating ?? ''} ${e.date.value}`)).toEqual(['inspection-judgement inadequate 2016-03', 'improvement-notice  2016-05', 'inspection-judgement requires improvement 2019']);
});
