/**
 * Shared by the reliability tests: a seeded PRNG, a generator of small synthetic news articles, and helpers that
 * run the built program as a child process (spawned asynchronously, so that a test can signal or kill it).
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect} from 'vitest';
import type {StoreData} from '../../source/corpus/schema.js';
import {extractArticle} from '../../source/ingest/extract.js';
import {contentHash} from '../../source/importer/import-paths.js';
import {readArticleFile} from '../../source/importer/read-files.js';
import {builtCli} from '../helpers/cli.js';

/** mulberry32: a small, fast, seedable PRNG. Returns floats in [0, 1). */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const authorities = ['Blackpool', 'Somerset', 'Slough', 'Torbay', 'Kent', 'Rotherham', 'Cornwall', 'Sandwell', 'Herefordshire', 'Stockport'];
const firstNames = ['Alice', 'Tom', 'Sara', 'Ian', 'Jo', 'Priya', 'David', 'Helen', 'Mark', 'Ruth', 'Owen', 'Fatima'];
const lastNames = ['Brown', 'Green', 'Patel', 'Lindley', 'Smith', 'Okafor', 'Hughes', 'Walsh', 'Khan', 'Morgan', 'Evans', 'Reid'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const sayings = [
	'We accept every finding of the report and we are determined to put things right.',
	'Children in our care deserve far better than this, and they will get it.',
	'The leader should resign today; the families of this town have waited long enough.',
	'I will not resign, because the improvement work is only just beginning.',
	'The new board brings real expertise and we welcome its challenge.',
	'Funding alone will not fix this, but it will help us recruit social workers.',
];
const eventLines = [
	(a: string, y: number, m: string) => `Ofsted rated ${a} Council's children's services inadequate in ${m} ${y}.`,
	(a: string, y: number, m: string) => `An improvement board was set up in ${m} ${y} to oversee the changes at ${a} Council.`,
	(a: string, y: number, m: string) => `The Department for Education issued an improvement notice to ${a} Council in ${m} ${y}.`,
	(a: string, y: number, m: string) => `Opposition councillors called for the leader of ${a} Council to resign in ${m} ${y}.`,
	(a: string, y: number, m: string) => `Inspectors visited ${a} in ${m} ${y} and found services were improving.`,
];

/** The text of one synthetic article: a header block, a lede, quotes and dated events. Unique by `n`. */
export function syntheticArticle(random: () => number, n: number): string {
	const authority = pick(random, authorities);
	const year = 2015 + Math.floor(random() * 9);
	const month = 1 + Math.floor(random() * 12);
	const day = 1 + Math.floor(random() * 28);
	const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const speakers = [0, 1].map(() => `${pick(random, firstNames)} ${pick(random, lastNames)}`);
	const paragraphs = [
		`${authority} Council has responded to story number ${n} about its children's services, published after a meeting of the full council.`,
		`Cllr ${speakers[0]}, the cabinet member for children's services, said: "${pick(random, sayings)}"`,
		eventLines[Math.floor(random() * eventLines.length)]!(authority, year - 1, pick(random, months)),
		`"${pick(random, sayings)}" said Cllr ${speakers[1]}, leader of the opposition group.`,
	];
	if (random() < 0.5) paragraphs.push(eventLines[Math.floor(random() * eventLines.length)]!(authority, year, months[month - 1]!));
	if (random() < 0.5) paragraphs.push(`Cllr ${speakers[0]} added: "${pick(random, sayings)}"`);
	return `title: Story ${n} on ${authority} children's services\ndate: ${date}\nauthority: ${authority}\n\n${paragraphs.join('\n\n')}\n`;
}

/** A fresh temp directory. */
export function tempDir(prefix = 'scrutiny-rel-'): string {
	return mkdtempSync(path.join(tmpdir(), prefix));
}

/** Writes `count` synthetic articles into `dir/articles` and returns that folder. */
export function writeCorpus(dir: string, count: number, seed: number, prefix = 'story'): string {
	const articles = path.join(dir, 'articles');
	mkdirSync(articles, {recursive: true});
	const random = prng(seed);
	for (let n = 0; n < count; n++) {
		writeFileSync(path.join(articles, `${prefix}-${String(n).padStart(4, '0')}.txt`), syntheticArticle(random, n));
	}
	return articles;
}

/** Temp files the store leaves beside `store` while saving (`.<name>.<pid>.<hex>.tmp`). */
export function storeTemps(store: string): string[] {
	const base = path.basename(store);
	return readdirSync(path.dirname(store)).filter((name) => name.startsWith(`.${base}.`) && name.endsWith('.tmp'));
}

export type Finished = {status: number | null; signal: NodeJS.Signals | null; stdout: Buffer; stderr: Buffer; ms: number};

/** A running built program, with its collected output and a promise of its end. */
export type Running = {child: ChildProcess; done: Promise<Finished>; stderrText: () => string};

/** Spawns the built program (`node dist/bundle/cli.js ...args`) with stdin from /dev/null (no TTY) and the given environment. */
export function spawnBuilt(args: readonly string[], env: NodeJS.ProcessEnv = {}): Running {
	const started = performance.now();
	const child = spawn(process.execPath, [builtCli, ...args], {
		env: {...process.env, ...env},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const out: Buffer[] = [];
	const err: Buffer[] = [];
	child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
	child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
	const done = new Promise<Finished>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (status, signal) => {
			resolve({status, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err), ms: performance.now() - started});
		});
	});
	return {child, done, stderrText: () => Buffer.concat(err).toString('utf8')};
}

/** Resolves when `predicate()` holds (polled every 10 ms), or rejects when it has not after five minutes (or `timeoutMs`). */
export async function waitFor(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
	// `timeoutMs` is what an idle machine needs; a loaded one (a full run beside other work) can take many times it, and a
	// wait that fails with the machine's load is a defect, so the bound is only there to name what never came.
	const deadline = Date.now() + Math.max(timeoutMs, 300_000);
	while (!predicate()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

/** What one article file should become in the store. */
export type Expected = {hash: string; paragraphs: number; quotes: number; events: number};

/** What re-extracting each file of `folders` gives, by file name. */
export async function expectations(...folders: string[]): Promise<Map<string, Expected>> {
	const out = new Map<string, Expected>();
	for (const folder of folders) {
		for (const name of readdirSync(folder)) {
			const read = await readArticleFile(path.join(folder, name));
			if (!read.ok) throw new Error(`${name}: ${read.reason}`);
			const x = extractArticle(read.text);
			out.set(name, {hash: contentHash(read.text), paragraphs: x.paragraphs.length, quotes: x.quotes.length, events: x.events.length});
		}
	}

	return out;
}

/**
 * Every article in `data` is whole: one of the expected files, with its content, its paragraphs and exactly the
 * quotes and events that re-extracting it gives (ids `<id>-q1..n`, `<id>-e1..n`); nothing refers to an article
 * the store does not hold.
 */
export function assertWholeArticles(data: StoreData, expected: ReadonlyMap<string, Expected>, when: string): void {
	// Problems are collected and compared once: one expect per article would cost more than the check itself.
	const problems: string[] = [];
	const ids = new Set<string>();
	const quotesOf = new Map<string, string[]>();
	const eventsOf = new Map<string, string[]>();
	for (const q of data.quotes) quotesOf.set(q.articleId, [...(quotesOf.get(q.articleId) ?? []), q.id]);
	for (const e of data.events) if (e.articleId) eventsOf.set(e.articleId, [...(eventsOf.get(e.articleId) ?? []), e.id]);
	const numbered = (id: string, kind: string, n: number) => Array.from({length: n}, (_, k) => `${id}-${kind}${k + 1}`).sort().join(' ');
	for (const a of data.articles) {
		const want = expected.get(a.file);
		if (!want) {
			problems.push(`${a.file}: not a corpus file`);
			continue;
		}

		if (ids.has(a.id)) problems.push(`${a.id}: twice`);
		ids.add(a.id);
		if (a.contentHash !== want.hash) problems.push(`${a.id}: content differs from its file`);
		if (a.paragraphs.length !== want.paragraphs) problems.push(`${a.id}: ${a.paragraphs.length} paragraphs, not ${want.paragraphs}`);
		const quotes = (quotesOf.get(a.id) ?? []).sort().join(' ');
		if (quotes !== numbered(a.id, 'q', want.quotes)) problems.push(`${a.id}: quotes [${quotes}], expected ${want.quotes}`);
		const events = (eventsOf.get(a.id) ?? []).sort().join(' ');
		if (events !== numbered(a.id, 'e', want.events)) problems.push(`${a.id}: events [${events}], expected ${want.events}`);
	}

	for (const id of quotesOf.keys()) if (!ids.has(id)) problems.push(`quotes of a missing article ${id}`);
	for (const id of eventsOf.keys()) if (!ids.has(id)) problems.push(`events of a missing article ${id}`);
	for (const p of data.people) for (const id of p.articleIds) if (!ids.has(id)) problems.push(`${p.name}: names a missing article ${id}`);
	expect(problems, when).toEqual([]);
}

/**
 * Starts a node script that prints `ready` once it is about to write over and over (and `saved` after each write),
 * lets it run for `ms` after the line `after`, then kills it with SIGKILL and waits for it to be gone: one round of
 * a "killed while writing" test. Waiting for `saved` makes sure a write completed before the kill, however slow
 * a loaded machine makes the writes; waiting for `ready` lets kills land in the first write too.
 */
export async function killWhileWriting(script: string, args: readonly string[], ms: number, after: 'ready' | 'saved' = 'ready'): Promise<void> {
	const {spawn} = await import('node:child_process');
	const child = spawn(process.execPath, ['--input-type=module', '-e', script, ...args], {stdio: ['ignore', 'pipe', 'pipe']});
	const ended = new Promise((resolve) => child.on('close', resolve));
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes(after) && resolve());
		child.on('close', (code) => reject(new Error(`the writer ended (${code}) before it was ready`)));
	});
	await new Promise((resolve) => setTimeout(resolve, ms));
	child.kill('SIGKILL');
	await ended;
}
