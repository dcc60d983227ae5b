/**
 * The speaker phrasebook: 120 short items of two to five paragraphs, written for this project in a writer's own
 * words after reading real pages (test/fixtures/news/README.md), each with the direct quotes a careful reader
 * lists and who said them: letters, reports and statements quoted after a sentence naming their author, quotes
 * attributed in relative clauses, bare quote paragraphs after reported speech, organisations, continuations, and
 * items where the speaker is not the last person named. Split by line before any rule read it: `speakers-dev`
 * may be tuned on, `speakers-held` only measures (its misses are not printed).
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../source/ingest/extract.js';
import {sameSpeaker, Tally} from './helpers/news-score.js';
import {repoRoot} from './helpers/paths.js';

type Item = {published: string; authority: string; text: string; quotes: {startsWith: string; speaker: string; family?: string}[]};

const today = new Date('2026-11-22T12:00:00Z');
const norm = (s: string) => s.replace(/[‘’']/g, "'").replace(/[“”"]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

function score(file: string, details: boolean) {
	const items = readFileSync(`${repoRoot}/test/fixtures/news/${file}`, 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as Item);
	const found = new Tally();
	const right = new Tally();
	const misses: string[] = [];
	for (const [n, item] of items.entries()) {
		const got = extractArticle(`title: Council news\ndate: ${item.published}\nauthority: ${item.authority}\n\n${item.text}\n`, {today}).quotes.filter((q) => !q.fragment);
		const used = new Set<number>();
		for (const q of item.quotes) {
			const family = q.family ?? 'other';
			const i = got.findIndex((c, k) => !used.has(k) && norm(c.text).startsWith(norm(q.startsWith)));
			found.add(family, i >= 0);
			if (i < 0) {
				misses.push(`#${n}: missed [${family}] ${q.startsWith.slice(0, 50)}`);
				continue;
			}
			used.add(i);
			const ok = sameSpeaker(got[i]!.speaker, q.speaker);
			right.add(family, ok);
			if (!ok) misses.push(`#${n}: [${family}] ${q.startsWith.slice(0, 40)}: ${got[i]!.speaker} ≠ ${q.speaker}`);
		}
	}
	console.log([`extraction vs test/fixtures/news/${file} (${items.length} items)`, ...found.lines('quotes found'), ...right.lines('speaker right'), ...(details ? misses.map((m) => `    ${m}`) : [])].join('\n'));
	return {found: found.rate(), right: right.rate()};
}

const floors = [
	{file: 'speakers-dev.jsonl', found: 0.95, right: 1},
	{file: 'speakers-held.jsonl', found: 0.97, right: 0.9},
	{file: 'speakers-2-dev.jsonl', found: 0.97, right: 1},
	{file: 'speakers-2-held.jsonl', found: 0.99, right: 0.82},
	{file: 'speakers-3-dev.jsonl', found: 0.808, right: 0.987},
	{file: 'speakers-3-held.jsonl', found: 0.952, right: 0.862},
];

for (const floor of floors) {
	describe(`quotes and speakers on ${floor.file}`, () => {
		const s = score(floor.file, floor.file.includes('-dev') || process.env.SCRUTINY_HELD_DETAILS === '1');
		it(`finds at least ${Math.round(floor.found * 100)}% of the quotes`, () => expect(s.found).toBeGreaterThanOrEqual(floor.found));
		it(`names the right speaker for at least ${Math.round(floor.right * 100)}% of them`, () => expect(s.right).toBeGreaterThanOrEqual(floor.right));
	});
}
