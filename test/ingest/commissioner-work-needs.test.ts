import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {commissionerWork, commissionerWorkNeeds} from '../../source/ingest/event-commissioner-work.js';

// The short references ask commissionerWork of a clause only where it holds one of commissionerWorkNeeds, a list kept by
// hand beside its patterns: a pattern added without its words would be skipped unseen. Here every clause it finds work
// in, of these examples and of every news fixture's sentences, holds one.
const examples = [
	'her assessment, which she must hand to the minister by the end of April',
	'the commissioner will carry out a three-month assessment of whether the council can improve',
	'he has until the end of June to decide whether the service should stay with the council',
	'He will decide by the autumn whether the service should remain with the council',
	'the following year he recommended that the service be run by a trust',
];

function fixtureClauses(): string[] {
	const root = path.join(import.meta.dirname, '..', 'fixtures', 'news');
	return ['dev', 'held']
		.flatMap((half) => readdirSync(path.join(root, half)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(root, half, f), 'utf8')))
		.flatMap((text) => text.split(/(?<=[.!?])\s+|[;,]\s+/));
}

describe('commissionerWork is tried only where its words are', () => {
	it('finds work in each example, each holding a word of commissionerWorkNeeds', () => {
		for (const clause of examples) {
			expect(commissionerWork(clause), clause).not.toBeNull();
			expect(commissionerWorkNeeds.some((w) => clause.toLowerCase().includes(w)), clause).toBe(true);
		}
	});

	it('finds none in a clause without those words, across every news fixture', () => {
		const found = [...examples, ...fixtureClauses()].filter((c) => commissionerWork(c) !== null);
		expect(found.length).toBeGreaterThan(examples.length - 1);
		expect(found.filter((c) => !commissionerWorkNeeds.some((w) => c.toLowerCase().includes(w)))).toEqual([]);
	});
});
