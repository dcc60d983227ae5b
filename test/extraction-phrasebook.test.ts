/**
 * The phrasebook: 222 short items, each one to three sentences of how newsrooms report a judgement, a visit, a
 * notice, a commissioner, a resignation or a vote, written for this project in its writer's own words after reading
 * real pages (test/fixtures/news/README.md), with the events a careful reader lists. It is part of the tuning half:
 * it shows, type by type, which ways of writing an event the rules read, and a change that loses ground fails.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {datesCompatible} from '../source/corpus/date-value.js';
import {extractArticle} from '../source/ingest/extract.js';
import {repoRoot} from './helpers/paths.js';

type Item = {published: string | null; authority: string; text: string; events: {type: string; rating?: string | null; date: string | null}[]};

const today = new Date('2026-11-22T12:00:00Z');
const items = readFileSync(`${repoRoot}/test/fixtures/news/phrasebook.jsonl`, 'utf8')
	.split('\n')
	.filter((l) => l.trim() !== '')
	.map((l) => JSON.parse(l) as Item);
const precisionOf = (d: string) => (d.length === 10 ? 'day' : d.length === 7 ? 'month' : 'year') as 'day';

const byType = new Map<string, {found: number; total: number}>();
let found = 0;
let total = 0;
let wrongDates = 0;
let quiet = 0;
const noEvents = items.filter((i) => i.events.length === 0).length;
for (const item of items) {
	const header = `title: Council news\n${item.published ? `date: ${item.published}\n` : ''}authority: ${item.authority}\n\n`;
	const got = extractArticle(`${header}${item.text}\n`, {today}).events;
	for (const e of item.events) {
		const want = {value: e.date, precision: e.date ? precisionOf(e.date) : 'unknown', approximate: false, basis: ''} as const;
		const hit = got.some((c) => c.type === e.type && (e.rating == null || c.rating === e.rating) && (e.date === null ? c.date.value === null || c.date.approximate : datesCompatible(c.date, want)));
		const t = byType.get(e.type) ?? {found: 0, total: 0};
		t.total++;
		total++;
		if (hit) (t.found++, found++);
		byType.set(e.type, t);
	}
	// A confident date that no listed event of its type has.
	for (const c of got) {
		if (c.date.value === null || c.date.approximate) continue;
		const same = item.events.filter((e) => e.type === c.type);
		if (same.length > 0 && !same.some((e) => e.date !== null && datesCompatible(c.date, {value: e.date, precision: 'day', approximate: false, basis: ''}))) wrongDates++;
	}
	if (item.events.length === 0 && got.length === 0) quiet++;
}
console.log(
	[
		`extraction vs test/fixtures/news/phrasebook.jsonl (${items.length} items)`,
		`  events found           ${((100 * found) / total).toFixed(1)}% (${found}/${total})`,
		...[...byType.entries()].sort((a, b) => b[1].total - a[1].total).map(([type, t]) => `      ${type.padEnd(26)} ${t.found}/${t.total}`),
		`  confident wrong dates  ${wrongDates}`,
		`  items with no event left alone  ${quiet}/${noEvents}`,
	].join('\n'),
);

describe('extraction on the phrasebook', () => {
	it('reads at least 74% of the events it lists', () => expect(found / total).toBeGreaterThanOrEqual(0.74));
	it('gives at most 10 confident wrong dates', () => expect(wrongDates).toBeLessThanOrEqual(10));
	it('finds nothing in at least 13 of the items that report no event', () => expect(quiet).toBeGreaterThanOrEqual(13));
});
