/**
 * Extraction measured against the hand annotations in ../shared/gold. Prints the figures; fails below the bar
 * set in the ingestion issue (quote recall >= 95%, speaker accuracy >= 95%, <= 3 quotes not in the gold,
 * event recall >= 80%, every article date acceptable).
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../source/ingest/extract.js';
import {decodeArticleBytes} from '../source/ingest/decode.js';
import {loadGold, score, sharedDir, type Score, missLines} from './helpers/gold.js';

const today = new Date('2026-11-22T12:00:00Z');

function extract(file: string) {
	const decoded = decodeArticleBytes(readFileSync(path.join(sharedDir, 'corpus', file)));
	if (!decoded.ok) throw new Error(decoded.reason);
	return extractArticle(decoded.text, {today});
}

describe('extraction against the gold annotations', () => {
	const gold = loadGold();
	const scores = new Map<string, Score>(gold.map((g) => [g.file, score(g, extract(g.file))]));
	const sum = (f: (s: Score) => number) => [...scores.values()].reduce((n, s) => n + f(s), 0);

	const quoteRecall = sum((s) => s.foundQuotes) / sum((s) => s.goldQuotes);
	const speakerAccuracy = sum((s) => s.rightSpeaker) / Math.max(1, sum((s) => s.foundQuotes));
	const extra = sum((s) => s.extraQuotes.length);
	const eventRecall = sum((s) => s.foundEvents) / sum((s) => s.goldEvents);
	const fragmentRecall = sum((s) => s.foundFragments) / sum((s) => s.goldFragments);
	const furnitureRecall = sum((s) => s.foundFurniture) / sum((s) => s.goldFurniture);
	const peopleRecall = sum((s) => s.foundPeople) / sum((s) => s.goldPeople);

	const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
	const lines = [
		'',
		'extraction vs ../shared/gold',
		`  quote recall      ${pct(quoteRecall)} (${sum((s) => s.foundQuotes)}/${sum((s) => s.goldQuotes)})`,
		`  speaker accuracy  ${pct(speakerAccuracy)} (${sum((s) => s.rightSpeaker)}/${sum((s) => s.foundQuotes)})`,
		`  quotes not in gold ${extra}`,
		`  fragment recall   ${pct(fragmentRecall)} (${sum((s) => s.foundFragments)}/${sum((s) => s.goldFragments)})`,
		`  event recall      ${pct(eventRecall)} (${sum((s) => s.foundEvents)}/${sum((s) => s.goldEvents)})`,
		`  furniture recall  ${pct(furnitureRecall)} (${sum((s) => s.foundFurniture)}/${sum((s) => s.goldFurniture)}), extra ${sum((s) => s.extraFurniture.length)}`,
		`  people recall     ${pct(peopleRecall)} (${sum((s) => s.foundPeople)}/${sum((s) => s.goldPeople)})`,
	];
	for (const [file, s] of scores) {
		lines.push(...missLines(file, s));
	}
	console.log(lines.join('\n'));

	it('finds at least 95% of the gold quotes', () => expect(quoteRecall).toBeGreaterThanOrEqual(0.95));
	it('names the right speaker for at least 95% of them', () => expect(speakerAccuracy).toBeGreaterThanOrEqual(0.95));
	it('finds at most 3 quotes that are not in the gold', () => expect(extra).toBeLessThanOrEqual(3));
	it('finds at least 80% of the gold events', () => expect(eventRecall).toBeGreaterThanOrEqual(0.8));
	it('gives every article an acceptable date', () => {
		for (const [file, s] of scores) expect({file, ok: s.dateAcceptable, note: s.dateNote}).toMatchObject({ok: true});
	});
	it('sets aside every line of page furniture and no article text', () => {
		expect(furnitureRecall).toBe(1);
		expect(sum((s) => s.extraFurniture.length)).toBe(0);
	});
	it('finds every person the gold names', () => expect(peopleRecall).toBe(1));
});
