/**
 * Dev-only: every dated event of the development sets (and the date-confidence probes' dev half) with its sentence,
 * cue and date words, judged as bench/date-audit.ts judges them, for reading how a confidence rule falls on them:
 *
 *     node dist-bench/bench/date-rows.js [--all] [--kind KIND]
 *
 * Prints the confident wrong dates, then the dates read from the text that calibration hedges (right and wrong), or
 * every row read from the text with `--all`. Held-back halves are never read.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {datesCompatible} from '../source/corpus/date-value.js';
import {resolveAuthorityQuery} from '../source/corpus/authorities.js';
import type {DateValue} from '../source/corpus/schema.js';
import {dateKind} from '../source/ingest/dates/kind.js';
import {decodeArticleBytes} from '../source/ingest/decode.js';
import {dateTie, readingOnly} from '../source/ingest/event-date-calibration.js';
import {extractArticle} from '../source/ingest/extract.js';

const {values} = parseArgs({options: {all: {type: 'boolean', default: false}, kind: {type: 'string'}, dump: {type: 'boolean', default: false}}});
const repo = resolve(import.meta.dirname, '..', '..');
const today = new Date('2026-11-22T12:00:00Z');
type Event = ReturnType<typeof extractArticle>['events'][number];
type Gold = {type: string; authority?: string; rating?: string | null; date: string | null; approximate?: boolean};
type Row = {where: string; e: Event; verdict: 'right' | 'wrong' | 'unannotated'; listed: string};
const rows: Row[] = [];
const gd = (value: string): DateValue => ({value, precision: 'day', approximate: false, basis: ''});
const canonical = (n: string) => {
	const r = resolveAuthorityQuery(n);
	return r.ok ? r.name : n;
};
function judge(events: Event[], gold: Gold[], where: string, council: (e: Event, g: Gold) => boolean, byRating: boolean) {
	for (const e of events) {
		if (e.date.value === null) continue;
		const same = gold.filter((g) => g.type === e.type && council(e, g) && (!byRating || g.rating == null || e.rating === undefined || g.rating === e.rating));
		const verdict = same.length === 0 ? 'unannotated' : same.some((g) => g.date !== null && datesCompatible(e.date, gd(g.date))) ? 'right' : 'wrong';
		rows.push({where, e, verdict, listed: same.map((g) => g.date ?? 'undated').join(', ')});
	}
}
const noHeld = (p: string) => {
	if (/held/i.test(p)) throw new Error(`${p}: held`);
	return p;
};
for (const [dir, textDir, set] of [
	[join(repo, 'test/fixtures/news/dev'), join(repo, 'test/fixtures/news/dev'), 'news'],
	[join(repo, '..', 'shared', 'gold'), join(repo, '..', 'shared', 'corpus'), 'gold'],
	[join(repo, 'test/fixtures/unseen'), join(repo, 'test/fixtures/unseen'), 'unseen'],
] as const) {
	for (const f of readdirSync(noHeld(dir)).filter((x) => x.endsWith('.json')).sort()) {
		const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {file: string; events: Gold[]};
		const d = decodeArticleBytes(readFileSync(join(textDir, g.file)));
		if (!d.ok) continue;
		const same = set === 'gold' ? (e: Event, x: Gold) => e.authority === x.authority : (e: Event, x: Gold) => e.authority === x.authority || canonical(e.authority) === canonical(x.authority ?? '');
		judge(extractArticle(d.text, {today}).events, g.events, `${set} ${g.file}`, same, true);
	}
}
for (const file of ['test/fixtures/news/phrasebook.jsonl', 'test/fixtures/news/phrasebook-2-dev.jsonl', 'test/fixtures/news/phrasebook-3-dev.jsonl', 'test/fixtures/news/phrasebook-4-dev.jsonl', 'test/fixtures/news/phrasebook-5-dev.jsonl', 'test/ingest/date-confidence-probes-dev.jsonl']) {
	const items = readFileSync(join(repo, noHeld(file)), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as {published: string | null; authority: string; text: string; events: Gold[]});
	const probes = file.includes('probes');
	for (const [i, item] of items.entries()) {
		const header = `title: Council news\n${item.published ? `date: ${item.published}\n` : ''}authority: ${item.authority}\n\n`;
		const got = extractArticle(`${header}${item.text}\n`, {today}).events.filter((x) => x.authority.includes(item.authority) || item.authority.includes(x.authority));
		judge(got, item.events, `${file.replace(/.*\//, '')} #${i + 1}`, () => true, probes);
	}
}
const readKinds = new Set(['stated', 'day or month without a year', 'with the year of a later date', 'counted from the article', 'weekday from the article', "the report's publication"]);
const show = (r: Row) => {
	const tie = dateTie(r.e.date, r.e.evidence);
	const s = r.e.evidence?.sentence ?? '';
	console.log(`${r.verdict.padEnd(11)} ${r.e.date.approximate ? '~' : ' '} ${r.where}: ${r.e.type} ${r.e.rating ?? ''} ${r.e.date.value} (listed ${r.listed}) [${dateKind(r.e.date.basis)}; ${tie.where}; ${readingOnly(r.e.date, r.e.evidence, r.e.type) ?? ''}]\n      cue «${r.e.evidence?.cue}» date «${tie.words}»\n      ${s}`);
};
if (values.dump) {
	for (const r of rows) console.log(`${r.where} | ${r.e.type} ${r.e.rating ?? ''} ${r.e.date.value} | ${r.verdict} | ${r.e.date.approximate ? 'approximate' : 'confident'} | ${dateKind(r.e.date.basis)}${r.e.status && r.e.status !== 'happened' ? ` | ${r.e.status} | ${r.e.date.basis}` : ''}`);
	process.exit(0);
}
const pick = rows.filter((r) => r.verdict !== 'unannotated' && readKinds.has(dateKind(r.e.date.basis)) && (!values.kind || dateKind(r.e.date.basis) === values.kind));
console.log('== confident wrong');
for (const r of pick.filter((x) => x.verdict === 'wrong' && !x.e.date.approximate)) show(r);
console.log(values.all ? '== all read from the text' : '== read from the text, hedged');
for (const r of pick.filter((x) => values.all || x.e.date.approximate)) show(r);
