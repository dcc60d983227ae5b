import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {referenceWords, shortReferences, type ReferenceContext} from '../../source/ingest/event-short-references.js';
import {wordFinder} from '../../source/ingest/word-set.js';

// The event loop hands shortReferences the sentence's words found with referenceWords, and a word asked of a clause
// that the list lacks is then never found: every word shortReferences asks for must be in the list. Here, over every
// sentence of the news fixtures, the references given the sentence's words are those found without them.
const find = wordFinder(referenceWords);

function fixtureSentences(): string[] {
	const root = path.join(import.meta.dirname, '..', 'fixtures', 'news');
	return ['dev', 'held']
		.flatMap((half) => readdirSync(path.join(root, half)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(root, half, f), 'utf8')))
		.flatMap((text) => text.split(/(?<=[.!?])\s+/));
}

describe('shortReferences with the sentence words the event loop gives it', () => {
	it('finds what it finds without them, in every clause shape, across every news fixture sentence', () => {
		let found = 0;
		let previousSentence = '';
		for (const sentence of fixtureSentences()) {
			const ctx: ReferenceContext = {noConfidenceInArticle: true, noticeInArticle: true, resignInArticle: true, commissionerInArticle: true, commissionerBefore: true, previousSentence};
			const lower = sentence.toLowerCase();
			const comma = sentence.indexOf(', ');
			for (const c of [{start: 0, end: sentence.length}, ...(comma > 0 ? [{start: comma + 2, end: sentence.length}] : [])]) {
				const without = shortReferences(sentence, c, new Set(), ctx, lower);
				expect(shortReferences(sentence, c, new Set(), ctx, lower, find(lower)), sentence).toEqual(without);
				found += without.length;
			}
			previousSentence = sentence;
		}
		expect(found).toBeGreaterThan(20);
	});
});
