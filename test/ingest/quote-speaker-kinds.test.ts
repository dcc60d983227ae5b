/**
 * Speakers a blind reading of real pages found missing or wrong (issue 11): an inspectorate's phrases whose
 * attribution is a trailing "said inspectors", a "They" that means the inspectors after a list of their findings, or
 * inspectors as the ones impressed; a press release's statement under a heading that names its author and no
 * "said"; a council's statement "announcing that he had been sacked: "...," it said"; and double marks nested in
 * double marks. Every sentence and name is of the test's own writing.
 */
import {describe, expect, test} from 'vitest';
import {article} from './article.js';

const all = (...paragraphs: string[]) => article('2024-03-14', ...paragraphs).quotes.map((q) => [q.text.slice(0, 20), q.speaker, q.fragment]);
const speakers = (...paragraphs: string[]) => article('2024-03-14', ...paragraphs).quotes.map((q) => q.speaker);

describe('an inspectorate’s phrases', () => {
	test('a trailing "said inspectors" gives every phrase of its sentence, not only the last', () => {
		expect(
			speakers(
				'Trafford Council’s children’s services were rated inadequate in 2023.',
				'The new leadership team "has a firm grip on the basics" and a plan backed by "an extra £4m a year", said inspectors after their latest monitoring visit.',
			),
		).toEqual(['Ofsted', 'Ofsted']);
		expect(
			speakers(
				'Trafford Council’s children’s services were rated inadequate in 2023.',
				'Managers now "know their families well" while caseloads are "far more manageable than a year ago", Ofsted said in a letter published on Tuesday.',
			),
		).toEqual(['Ofsted', 'Ofsted']);
	});

	test('the phrases before a person’s own "said" stay theirs', () => {
		expect(
			speakers(
				'Trafford Council’s children’s services were rated inadequate in 2023.',
				'The plan has "real ambition" and the money behind it is "long overdue", said Cllr Wren Castell, the cabinet member for children.',
			),
		).toEqual(['Wren Castell', 'Wren Castell']);
	});

	test('"They raised concerns ..., concluding that "..."" after a list of Ofsted’s findings: the inspectors', () => {
		const body = [
			'Dorset Council’s children’s services have been judged inadequate by Ofsted.',
			'The outcome of the inspection is that Ofsted rated the services as follows:',
			'• Help and protection – Inadequate',
			'• Children in care – Requires improvement',
			'They raised concerns about caseloads in the east of the county, concluding that there were "too few social workers for the children who need them".',
			'They also said leaders had been "slow to act on warnings from their own staff".',
		];
		expect(speakers(...body)).toEqual(['Ofsted', 'Ofsted']);
	});

	test('"They" after councillors who discussed the report is the councillors, not Ofsted', () => {
		expect(
			speakers(
				'Dorset Council’s children’s services have been judged inadequate by Ofsted.',
				'Councillors debated the Ofsted report at a meeting on Monday evening.',
				'They criticised the slow pace of change, saying the service was "letting down the children it exists for".',
			),
		).toEqual([null]);
		expect(speakers('Wirral Council’s children’s services have been rated inadequate by Ofsted.', 'Council leaders have promised to act quickly.', 'They said the report was "a wake-up call for everyone at the town hall".')).toEqual([null]);
	});

	test('"They said" after a paragraph of what inspectors found', () => {
		expect(speakers('Wirral Council’s children’s services have been rated inadequate by Ofsted.', 'Inspectors found that children in care were not always visited.', 'They said leaders had "lost sight of the basics".')).toEqual(['Ofsted']);
	});

	test('"Changes that impressed inspectors were ..." after someone else was quoted: the inspectors’ words', () => {
		const body = [
			'Calderdale Council’s children’s services are now good, Ofsted says.',
			'Cllr Ilse Marchetti, cabinet member for children, said: "This is a proud day for everyone who works with our families."',
			'Changes that impressed inspectors were a new duty team and the launch of a "family first" approach, which had "helped social workers spend more time with children".',
			'What struck inspectors most was the "warmth and patience of foster carers" across the borough.',
		];
		expect(all(...body)).toEqual([
			['This is a proud day ', 'Ilse Marchetti', false],
			['family first', 'Ofsted', true],
			['helped social worker', 'Ofsted', true],
			['warmth and patience ', 'Ofsted', true],
		]);
	});

	test('a person who reports what impressed inspectors is still the one speaking', () => {
		expect(speakers('Calderdale Council’s children’s services are now good, Ofsted says.', 'Cllr Ilse Marchetti said the changes that impressed inspectors had been "years in the making".')).toEqual(['Ilse Marchetti']);
	});
});

describe('a press release’s statement under a heading', () => {
	test('"Response from the cabinet member for ...": the person the article gives that role', () => {
		const body = [
			'Council response to Ofsted report',
			'Response from the cabinet member for children’s services',
			'"This rating is a hard message for all of us at Bedford Borough Council.',
			'"We accept the findings in full and will publish an improvement plan within weeks."',
			'Cllr Oren Blakey, cabinet member for children’s services, will present the plan to the cabinet in May.',
		];
		expect(speakers(...body)).toEqual(['Oren Blakey', 'Oren Blakey']);
	});

	test('a role the article names no one for speaks under its own name', () => {
		const body = ['Council response to Ofsted report', 'Response from the cabinet member for children’s services', '"This rating is a hard message for all of us at Bedford Borough Council.', '"We accept the findings in full."'];
		expect(speakers(...body)).toEqual(['Cabinet member for children’s services', 'Cabinet member for children’s services']);
	});

	test('"Comment from Cllr ...", and the statement printed without marks', () => {
		expect(speakers('Luton Council has been rated good by Ofsted.', 'Comment from Cllr Kit Ambrose, leader of Luton Council', '"Every one of our social workers should be proud today."')).toEqual(['Kit Ambrose']);
		expect(speakers('Luton Council’s director of children’s services, Sarah Quill, welcomed the rating.', 'Statement from the director of children’s services', 'We are delighted that inspectors saw the difference our staff make every day.')).toEqual(['Sarah Quill']);
	});

	test('someone the statement quotes by name is theirs', () => {
		const body = [
			'Council response to Ofsted report',
			'Response from the cabinet member for children’s services',
			'"We accept the findings in full and will act on every one of them."',
			'Lord Pellham, who chairs our improvement board, said: "The council has listened and it is changing."',
		];
		expect(speakers(...body)).toEqual(['Cabinet member for children’s services', 'Pellham']);
	});
});

describe('a council’s statement about a person', () => {
	const lede = 'Hartlepool Borough Council has dismissed its director of children’s services, Kit Ambrose.';
	test('"... announcing that she had been dismissed: "...," it said": the council, not the one it names', () => {
		const [s] = speakers(lede, 'Last night the council issued a brief statement announcing that she had been dismissed: "Kit Ambrose has left the council with immediate effect," it said.');
		expect(s).toMatch(/Hartlepool/);
	});

	test('the same without "it said"', () => {
		const [s] = speakers(lede, 'Last night the council issued a brief statement confirming that she had been suspended: "Kit Ambrose has been suspended while an investigation takes place."');
		expect(s).toMatch(/Hartlepool/);
	});
});

test('double marks inside double marks are the quotation’s own quoting: one quote', () => {
	const x = article('2024-03-14', 'Somerset Council’s children’s services are good, Ofsted says.', 'Cllr Helen Moss said: "It is heartening that we were praised for being a "good corporate parent". We also know there is more to do."');
	expect(x.quotes.map((q) => [q.text, q.speaker])).toEqual([['It is heartening that we were praised for being a "good corporate parent". We also know there is more to do.', 'Helen Moss']]);
});

test('two quotations side by side, or a mark typed once too often, stay as they were', async () => {
	const {findQuoteSpans} = await import('../../source/ingest/quote-spans.js');
	const texts = (p: string) => findQuoteSpans(p).map((s) => s.text);
	expect(texts('Cllr Helen Moss called it "a good day for the borough" and said "we will not stop here".')).toEqual(['a good day for the borough', 'we will not stop here']);
	expect(texts('"We are proud of our staff, "said Cllr Helen Moss. "There is more to do."')).toEqual(['We are proud of our staff,', 'There is more to do.']);
});
