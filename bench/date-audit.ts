/**
 * Dev-only audit of event dates by how they were found (issue 11: no confident wrong date). Every dated event the
 * importer extracts from the development sets is judged against the annotations by the rule the tests use (same
 * type, same council, a compatible date), and counted by the kind of its basis (source/ingest/dates/kind.ts):
 *
 *     node dist-bench/bench/date-audit.js [--dist DIR] [--templates] [--list KIND|all] [--confident]
 *
 * `--templates` prints each kind's basis strings with quoted words and dates blanked; `--list` prints the wrong
 * dates of a kind (or all) with where they are; `--confident` lists only confident ones. Held-back halves are
 * refused: they only measure, and their misses are not read.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import type {DateValue} from '../source/corpus/schema.js';
import {dateKind} from '../source/ingest/dates/kind.js';
import {dateTie, readingOnly} from '../source/ingest/event-date-calibration.js';

const {values} = parseArgs({
	options: {dist: {type: 'string', default: 'dist'}, ties: {type: 'boolean', default: false}, templates: {type: 'boolean', default: false}, list: {type: 'string'}, confident: {type: 'boolean', default: false}},
});
const repo = resolve(import.meta.dirname, '..', '..');
const dist = resolve(values.dist);
const load = async (rel: string) => (await import(pathToFileURL(join(dist, rel)).href)) as Record<string, unknown>;
type Event = {type: string; authority: string; rating?: string; status?: string; date: DateValue; evidence?: {sentence: string; cue: string}};
const extractArticle = (await load('ingest/extract.js'))['extractArticle'] as (text: string, o: {today: Date}) => {events: Event[]};
const decodeArticleBytes = (await load('ingest/decode.js'))['decodeArticleBytes'] as (b: Buffer) => {ok: true; text: string} | {ok: false; reason: string};
const datesCompatible = (await load('corpus/date-value.js'))['datesCompatible'] as (a: DateValue, b: DateValue) => boolean;
const resolveAuthorityQuery = (await load('corpus/authorities.js'))['resolveAuthorityQuery'] as (q: string) => {ok: boolean; name?: string};

const today = new Date('2026-11-22T12:00:00Z');
const refuse = (path: string) => {
	if (/held/i.test(path)) {
		console.error(`refused: ${path} is a held-back half; it only measures`);
		process.exit(2);
	}
	return path;
};
const canonical = (name: string) => {
	const r = resolveAuthorityQuery(name);
	return r.ok && r.name ? r.name : name;
};
const sameAuthority = (a: string, b: string) => a === b || canonical(a) === canonical(b);
const gd = (value: string): DateValue => ({value, precision: 'day', approximate: false, basis: ''});

type Verdict = 'right' | 'wrong' | 'unannotated';
type Row = {set: string; where: string; kind: string; basis: string; verdict: Verdict; approximate: boolean; event: Event; annotated: string};
const rows: Row[] = [];

type GoldEvent = {type: string; authority: string; rating?: string | null; date: string | null};
/** The news and gold rule: an annotated event of the same type and council (and rating, where both give one). */
function judge(events: Event[], gold: GoldEvent[], set: string, where: string, sameCouncil: (e: Event, g: GoldEvent) => boolean, byRating: boolean): void {
	for (const e of events) {
		if (e.date.value === null) continue;
		const same = gold.filter((g) => g.type === e.type && sameCouncil(e, g) && (!byRating || g.rating == null || e.rating === undefined || g.rating === e.rating));
		const verdict: Verdict = same.length === 0 ? 'unannotated' : same.some((g) => g.date !== null && datesCompatible(e.date, gd(g.date))) ? 'right' : 'wrong';
		rows.push({set, where, kind: dateKind(e.date.basis), basis: e.date.basis, verdict, approximate: e.date.approximate, event: e, annotated: same.map((g) => g.date ?? 'undated').join(', ')});
	}
}

function newsFolder(dir: string, set: string): void {
	refuse(dir);
	for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
		const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {file: string; events: GoldEvent[]};
		const decoded = decodeArticleBytes(readFileSync(join(dir, g.file)));
		if (!decoded.ok) throw new Error(`${g.file}: ${decoded.reason}`);
		judge(extractArticle(decoded.text, {today}).events, g.events, set, g.file, (e, x) => sameAuthority(e.authority, x.authority), true);
	}
}

function goldFolder(goldDir: string, textDir: string, set: string): void {
	refuse(goldDir);
	for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json')).sort()) {
		const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as {file: string; events: GoldEvent[]};
		const decoded = decodeArticleBytes(readFileSync(join(textDir, g.file)));
		if (!decoded.ok) throw new Error(`${g.file}: ${decoded.reason}`);
		judge(extractArticle(decoded.text, {today}).events, g.events, set, g.file, (e, x) => e.authority === x.authority, true);
	}
}

/** The phrasebook rule (test/extraction-phrasebook.test.ts): the item's council's events, by type only. */
function phrasebook(file: string): void {
	refuse(file);
	const items = readFileSync(join(repo, 'test/fixtures/news', file), 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as {published: string | null; authority: string; text: string; events: GoldEvent[]});
	for (const [i, item] of items.entries()) {
		const header = `title: Council news\n${item.published ? `date: ${item.published}\n` : ''}authority: ${item.authority}\n\n`;
		const got = extractArticle(`${header}${item.text}\n`, {today}).events.filter((x) => x.authority.includes(item.authority) || item.authority.includes(x.authority));
		judge(got, item.events, file, `#${i + 1}`, () => true, false);
	}
}

newsFolder(join(repo, 'test/fixtures/news/dev'), 'news dev');
for (const f of ['phrasebook.jsonl', 'phrasebook-2-dev.jsonl', 'phrasebook-3-dev.jsonl', 'phrasebook-4-dev.jsonl', 'phrasebook-5-dev.jsonl']) phrasebook(f);
const shared = resolve(repo, '..', 'shared');
goldFolder(join(shared, 'gold'), join(shared, 'corpus'), 'bundled gold');
goldFolder(join(repo, 'test/fixtures/unseen'), join(repo, 'test/fixtures/unseen'), 'unseen');

const template = (basis: string) => basis.replace(/(?<![a-z])'[^']*?'(?![a-z])/gi, "'…'").replace(/\d{4}(-\d{2}){0,2}/g, 'D').replace(/\(D\)/g, 'D');
const kinds = [...new Set(rows.map((r) => r.kind))].sort();
const count = (rs: Row[], f: (r: Row) => boolean) => rs.filter(f).length;
console.log(`dated events on the development sets: ${rows.length}`);
console.log(`${'kind'.padEnd(34)} ${'dated'.padStart(5)} ${'right'.padStart(5)} ${'wrong'.padStart(5)} ${'conf.right'.padStart(10)} ${'conf.wrong'.padStart(10)} ${'approx'.padStart(6)} ${'unannot.'.padStart(8)}`);
for (const k of [...kinds, 'all']) {
	const rs = k === 'all' ? rows : rows.filter((r) => r.kind === k);
	const right = count(rs, (r) => r.verdict === 'right');
	const wrong = count(rs, (r) => r.verdict === 'wrong');
	console.log(`${k.padEnd(34)} ${String(rs.length).padStart(5)} ${String(right).padStart(5)} ${String(wrong).padStart(5)} ${String(count(rs, (r) => r.verdict === 'right' && !r.approximate)).padStart(10)} ${String(count(rs, (r) => r.verdict === 'wrong' && !r.approximate)).padStart(10)} ${String(count(rs, (r) => r.approximate)).padStart(6)} ${String(count(rs, (r) => r.verdict === 'unannotated')).padStart(8)}`);
}
if (values.templates) {
	for (const k of kinds) {
		console.log(`\n${k}`);
		const t = new Map<string, number>();
		for (const r of rows.filter((x) => x.kind === k)) t.set(template(r.basis), (t.get(template(r.basis)) ?? 0) + 1);
		for (const [s, n] of [...t].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${s}`);
	}
}
if (values.list) {
	for (const r of rows.filter((x) => x.verdict === 'wrong' && (values.list === 'all' || x.kind === values.list) && (!values.confident || !x.approximate))) {
		console.log(`${r.set} ${r.where}: ${r.event.type} ${r.event.rating ?? ''} ${r.event.date.value}${r.approximate ? '~' : ''} (annotated ${r.annotated}) [${r.basis}]`);
	}
}

if (values.ties) {
	// Each date read from the text, by its kind and by whether calibration takes it for a reading of the sentence.
	const t = new Map<string, {right: number; wrong: number; unannotated: number}>();
	for (const r of rows) {
		const tie = dateTie(r.event.date, r.event.evidence);
		const reason = readingOnly(r.event.date, r.event.evidence, r.event.type);
		const key = `${r.kind} / ${reason ?? tie.where}`;
		const v = t.get(key) ?? {right: 0, wrong: 0, unannotated: 0};
		v[r.verdict]++;
		t.set(key, v);
		if (reason && values.list === 'ties') console.log(`${r.verdict.padEnd(11)} ${r.set} ${r.where} ${r.event.type}: ${reason} |${tie.between}| ${r.basis.slice(0, 50)}`);
	}
	console.log(`\n${'kind / tie'.padEnd(64)} right wrong unannot.`);
	for (const [k, v] of [...t].sort()) console.log(`${k.padEnd(64)} ${String(v.right).padStart(5)} ${String(v.wrong).padStart(5)} ${String(v.unannotated).padStart(8)}`);
}
