/**
 * Quotes whose speaker only the sentence's frame gives (issue 11): written words in lists, documents and
 * inspections as the subject, passives, the sentence before, and quoted names and defined terms that are nobody's
 * words. Every example is of the test's own writing.
 */
import {describe, expect, test} from 'vitest';
import {article} from './article.js';

const lede = 'Wigan Council’s children’s services have been rated inadequate by Ofsted.';
const all = (...paragraphs: string[]) => article('2024-03-14', lede, ...paragraphs).quotes;
const quotes = (...paragraphs: string[]) => all(...paragraphs).filter((q) => !q.fragment).map((q) => [q.paragraph, q.speaker]);
const fragments = (...paragraphs: string[]) => all(...paragraphs).filter((q) => q.fragment).map((q) => [q.text, q.speaker]);

describe('written words in a list', () => {
	test('quoted bullets after "The report said:" are the report’s', () => {
		expect(quotes('The report said:', '- “Leaders have been slow to act on what social workers told them.”', '- “Plans for children in care are too vague and seldom checked.”')).toEqual([
			[3, 'Ofsted'],
			[4, 'Ofsted'],
		]);
	});
});
