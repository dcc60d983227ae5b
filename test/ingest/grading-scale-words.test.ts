import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {gradingScale, gradingScaleWords} from '../../source/ingest/event-cues.js';

/** Each piece in any case: the pattern ignores case, the words are looked for in the lower-cased text. */
const anyCase = (s: string) => fc.array(fc.boolean(), {minLength: s.length, maxLength: s.length}).map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));

describe('gradingScaleWords', () => {
	it('holds a word of every text gradingScale matches, on random texts made of its pieces', () => {
		const pieces = ['graded', 'ranging', 'runs', ' from ', 'the top ', 'down to', ' ', '.', ',', 'four', '3', '-point scale', ' point scale', 'outstanding', ', good', ', requires improvement', ' and ', ' or ', 'inadequate', "'", '’', 'possible ', 'grades', 'ratings', 'lowest of the four ', 'can', 'could', 'may', ' be given', ' receive', ' get', 'replaced ', 'the old ', 'good', ' grade', ' rating', 'became', ' was', ' the ', 'new ', 'minimum', 'benchmark', 'expected', ' standard', ' bar'];
		let matched = 0;
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces).chain(anyCase), {minLength: 1, maxLength: 12}), (parts) => {
				const text = parts.join('');
				if (!gradingScale.test(text)) return;
				matched++;
				expect(gradingScaleWords.some((w) => text.toLowerCase().includes(w)), text).toBe(true);
			}),
			{numRuns: 20000, seed: 21},
		);
		expect(matched).toBeGreaterThan(200);
	});
});
