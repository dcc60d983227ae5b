/**
 * Speakers a seventh blind reading of real pages found missing or wrong (issue 11): "It states:" after a paragraph
 * that opens with a phrase before its subject ("In its latest report, Ofsted ..."); a name and its role set before
 * the words as a caption with no mark between; "her report says" and "She also points to" for the person the
 * pronoun means. Every sentence and name is of the test's own writing.
 */
import {describe, expect, test} from 'vitest';
import {article} from './article.js';

const speakers = (...paragraphs: string[]) => article('2024-03-14', ...paragraphs).quotes.map((q) => q.speaker);

describe('the body a paragraph opens with, after a phrase set before it', () => {
	test('"But in its latest report, Ofsted has found ... / It states: "..." / "...": the inspectorate', () => {
		expect(
			speakers(
				'Children in Bury are getting a better service, a watchdog has said.',
				'But in its latest report, Ofsted has found the changes have begun to work.',
				'It states: “Since the last full inspection, managers have steadied the workforce and caseloads have fallen.',
				'“Children in care now see the same social worker for longer.”',
			),
		).toEqual(['Ofsted', 'Ofsted']);
		expect(
			speakers(
				'Rochdale’s children’s services have been inspected again.',
				'According to a letter sent to the council on Friday, the Department for Education is satisfied with progress.',
				'It says: “The authority has shown it can sustain improvement without further intervention.”',
			),
		).toEqual(['Department for Education']);
	});

	test('a body named inside the phrase set before the subject is not the subject', () => {
		expect(
			speakers(
				'Rochdale’s children’s services have been inspected again.',
				'In a letter to Rochdale Council, Ofsted set out what still needs to change.',
				'It adds: “Leaders know where practice is weakest.”',
			),
		).toEqual(['Ofsted']);
	});
});

describe('a name and its role set before the words as a caption', () => {
	test('"Name, the council’s director of children’s services "..."" and its next paragraph: the director', () => {
		expect(
			speakers(
				'Oldham Council’s children’s services have improved, according to Ofsted.',
				'Inspectors rated the council good in a report published today.',
				'Priya Haldane, the council’s director of children’s services “Our social workers have earned this result.',
				'“We will keep going until every child gets the same service.”',
			),
		).toEqual(['Priya Haldane', 'Priya Haldane']);
	});

	test('a sentence that goes on after the name is no caption: the words stay with their verb', () => {
		expect(
			speakers(
				'Oldham Council’s children’s services have improved, according to Ofsted.',
				'Priya Haldane, the council’s director, welcomed the findings and said: “This is a good day.”',
			),
		).toEqual(['Priya Haldane']);
	});
});

describe('a person’s report and what she points to', () => {
	test('"..., her report says." and "She also points to "..."": the commissioner', () => {
		expect(
			speakers(
				'Sutton Council will keep control of its children’s services, according to a review by commissioner Dr Hannah Oyelaran published on Tuesday.',
				'The leadership team has been “too slow to act”, her report says.',
				'She also points to “weak scrutiny” by councillors and a service that “relies on agency staff”.',
			),
		).toEqual(['Hannah Oyelaran', 'Hannah Oyelaran', 'Hannah Oyelaran']);
	});

	test('"points" as a noun reports nothing', () => {
		expect(
			speakers(
				'Sutton Council has published its plan.',
				'The plan scores councillors’ questions in points from one to five, a system one member called “a tick-box exercise”.',
			),
		).not.toContain('Sutton Council');
	});
});
