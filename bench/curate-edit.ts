/**
 * A researcher's edit, from the call to the file on disk: the store opened as the UI opens it (read-only, the
 * curated file writable), then `saveCuration` as the timeline's e, n and x call it, timed until it returns (the
 * curated file written, fsynced, renamed into place, the directory fsynced). The store's curated file is put
 * back as it was afterwards, so the caches beside the store stay valid for the other phases.
 *
 * Run by run.ts as a phase, or on its own: `node dist-bench/bench/curate-edit.js STORE [--runs N] [--whole-save]`
 * (`--whole-save` also times one save of the whole store, what every edit cost when curated records lived in it).
 */
import {existsSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {fileURLToPath} from 'node:url';
import {draftOf, saveCuration, type CurationEdit} from '../source/corpus/curation.js';
import type {CorpusEvent} from '../source/corpus/schema.js';
import {realFs, type FsSeam} from '../source/corpus/store/fs-seam.js';
import {curatedPath, openStore} from '../source/corpus/store/index.js';
import {median} from './stats.js';

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export type CurateEditResult = {
	readonly articles: number;
	readonly storeMb: number;
	/** Opening the store as the UI does (not part of an edit: the UI has it open). */
	readonly openMs: number;
	/** Each kind of edit, every run's time from the call to the file on disk. */
	readonly edits: ReadonlyArray<{readonly kind: CurationEdit['kind']; readonly ms: readonly number[]; readonly fsMs: readonly number[]}>;
	readonly medianMs: number;
	readonly maxMs: number;
	/** Of each edit, the median time spent in file-system calls (open, write, fsync, rename, stat): the disk's share. */
	readonly fsMedianMs: number;
	/** The curated file's size after the edits. */
	readonly curatedBytes: number;
	/** One save of the whole store (`--whole-save`), for comparison; null when not asked for. */
	readonly wholeStoreSaveMs: number | null;
};

const today = '2026-11-22';

export async function curateEditPhase(args: {store: string; runs?: number; wholeSave?: boolean}): Promise<CurateEditResult> {
	const file = args.store;
	const runs = args.runs ?? 5;
	const curated = curatedPath(file);
	const before = existsSync(curated) ? readFileSync(curated) : null;
	try {
		const timed = timedFs();
		let started = performance.now();
		const store = await openStore(file, {readOnly: true, editCurated: true, fs: timed.fs});
		const openMs = performance.now() - started;
		const press = store.data.events.filter((e) => e.origin === 'extracted' && !e.hidden);
		const pick = (n: number): CorpusEvent => press[Math.floor(((n + 0.5) * press.length) / (runs * 2))]!;
		const edits: Array<{kind: CurationEdit['kind']; ms: number[]; fsMs: number[]}> = [
			{kind: 'add', ms: [], fsMs: []},
			{kind: 'edit', ms: [], fsMs: []},
			{kind: 'mark-wrong', ms: [], fsMs: []},
		];
		for (let n = 0; n < runs; n++) {
			const edited = pick(2 * n);
			const wrong = pick(2 * n + 1);
			const changes: CurationEdit[] = [
				{kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: edited.authority, summary: `An event of my own (${n})`}},
				{kind: 'edit', id: edited.id, ids: [edited.id], draft: {...draftOf(edited), summary: `In my own words (${n})`}},
				{kind: 'mark-wrong', ids: [wrong.id]},
			];
			for (const [k, edit] of changes.entries()) {
				timed.spent.ms = 0;
				started = performance.now();
				await saveCuration(file, edit, {today, store});
				edits[k]!.ms.push(round(performance.now() - started, 1));
				edits[k]!.fsMs.push(round(timed.spent.ms, 1));
			}
		}

		const all = edits.flatMap((e) => e.ms);
		const curatedBytes = statSync(curated).size;
		let wholeStoreSaveMs: number | null = null;
		if (args.wholeSave) {
			const writable = await openStore(file);
			started = performance.now();
			await writable.update(() => undefined);
			wholeStoreSaveMs = round(performance.now() - started, 0);
			await writable.release();
		}

		return {
			articles: store.data.articles.length,
			storeMb: round(statSync(file).size / 1e6, 1),
			openMs: round(openMs, 0),
			edits,
			medianMs: median(all),
			maxMs: Math.max(...all),
			fsMedianMs: median(edits.flatMap((e) => e.fsMs)),
			curatedBytes,
			wholeStoreSaveMs,
		};
	} finally {
		if (before) writeFileSync(curated, before);
		else rmSync(curated, {force: true});
	}
}

/** The real file system, with the time spent in its calls added up in `spent.ms`. */
function timedFs(): {fs: FsSeam; spent: {ms: number}} {
	const spent = {ms: 0};
	const time = async <T>(call: () => Promise<T>): Promise<T> => {
		const started = performance.now();
		try {
			return await call();
		} finally {
			spent.ms += performance.now() - started;
		}
	};

	const fs: FsSeam = {
		async open(target, flags, mode) {
			const file = await time(async () => realFs.open(target, flags, mode));
			return {write: async (data) => time(async () => file.write(data)), sync: async () => time(async () => file.sync()), close: async () => time(async () => file.close())};
		},
		readFile: async (target) => time(async () => realFs.readFile(target)),
		stat: async (target) => time(async () => realFs.stat(target)),
		lstat: async (target) => time(async () => realFs.lstat(target)),
		realpath: async (target) => time(async () => realFs.realpath(target)),
		rename: async (from, to) => time(async () => realFs.rename(from, to)),
		unlink: async (target) => time(async () => realFs.unlink(target)),
		readdir: async (target) => time(async () => realFs.readdir(target)),
		chmod: async (target, mode) => time(async () => realFs.chmod(target, mode)),
	};
	return {fs, spent};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const {values, positionals} = parseArgs({options: {runs: {type: 'string', default: '5'}, 'whole-save': {type: 'boolean', default: false}}, allowPositionals: true});
	if (positionals.length !== 1) {
		process.stderr.write('usage: node dist-bench/bench/curate-edit.js STORE [--runs N] [--whole-save]\n');
		process.exit(2);
	}

	const result = await curateEditPhase({store: positionals[0]!, runs: Number(values.runs), wholeSave: values['whole-save']});
	process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
