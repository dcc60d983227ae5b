/**
 * `scrutiny search` answered from the search index and documents saved beside the store (`<store>.search-docs`):
 * the same bytes in every form as the store's answer, read from those files and not the store while they are of
 * the store as it is, and the store's answer whenever they are missing, stale, of an older format or damaged.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import type {Flags} from '../../source/cli/context.js';
import {recordsFromBytes} from '../../source/cli/store-source.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {openStore} from '../../source/corpus/store/index.js';
import {SavedSearch} from '../../source/search/docs-file-search.js';
import {docsPath} from '../../source/search/docs-file.js';
import {indexPath} from '../../source/search/index-cache.js';
import {saveSearchFiles, staleParts} from '../../source/search/search-files.js';
import {saveCuration} from '../../source/corpus/curation.js';
import {runCommand, tempStore} from '../helpers/cli.js';
import {damagedCopies} from '../helpers/damage.js';
import {writeSyndicatedCorpus} from '../helpers/syndicated.js';

const dirs: string[] = [];
afterEach(() => {
	recordsFromBytes.value = 64 * 1024 * 1024;
	for (const d of dirs.splice(0)) rmSync(d, {recursive: true, force: true});
});

function store(): string {
	const {dir, store: file} = tempStore();
	dirs.push(dir);
	return file;
}

/** Saves the index and documents of the store as it is, made from `change`d data if given (to tell the answers apart). */
async function save(file: string, change?: (data: StoreData) => void): Promise<void> {
	const opened = await openStore(file, {readOnly: true});
	change?.(opened.data);
	expect(await saveSearchFiles(file, opened.data, opened.state)).toBe(true);
}

/** The title every article gets in the documents made to differ from the store: seen in an answer, it came from them. */
const marker = 'From the saved documents';
const retitle = (data: StoreData) => {
	for (const a of data.articles) a.title = marker;
};

const forms: Flags[] = [{}, {json: true}, {csv: true}, {excel: true}, {md: true}, {freq: 'kind'}, {freq: 'speaker', json: true}, {freq: 'year', csv: true}, {freq: 'authority', md: true}, {freq: 'authority'}];
// Words, a name, typos, a syndicated quote, Fuse's extended syntax, too short, nothing. (Filters: below.)
const queries = [['commissioner', 'appointed'], ['ofsted', 'inadequate'], ['blackburn'], ['goverment'], ['poundland'], ['children'], ["'council"], ['!ofsted', 'children'], ['a'], ['zzqxj']];
const scopes: Flags[] = [{}, {in: 'quotes'}, {in: 'articles'}, {in: 'people'}, {in: 'events'}, {limit: 200}];

async function answer(file: string, args: string[], flags: Flags): Promise<string> {
	const r = await runCommand('search', args, {...flags, db: file});
	return `${r.status}\n${r.stdout}\n${r.stderr}`;
}

/** A store of a story two titles printed (its quotes and article one hit each, naming the other printing). */
async function syndicatedStore(): Promise<string> {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-search-docs-'));
	dirs.push(dir);
	const file = path.join(dir, 'store.json');
	const r = await runCommand('import', [writeSyndicatedCorpus(path.join(dir, 'corpus'))], {db: file});
	expect(r.status, r.stderr).toBe(0);
	return file;
}

describe('search from the saved documents', () => {
	it.each([
		['the bundled store', async () => store(), queries],
		['a store with syndicated copies', syndicatedStore, [['interim', 'director'], ['children', 'cannot', 'wait'], ['jane', 'smith'], ['budget']]],
	])('gives the same bytes as the store in every form, scope and limit: %s', async (_, make, queries) => {
		const file = await make();
		await save(file);
		const saved: string[] = [];
		const calls: Array<[string[], Flags]> = [];
		for (const args of queries) {
			for (const form of forms) calls.push([args, form]);
			// Each scope and a larger limit, in the two forms that print every field (JSON) and every citation column (CSV).
			if (args.length > 1 || args[0] === 'budget') for (const scope of scopes) for (const form of [{json: true}, {csv: true}]) calls.push([args, {...form, ...scope}]);
		}
		// Every call of this pass answered from the saved files (not the store's fallback), or the comparison below proves nothing.
		const hits = vi.spyOn(SavedSearch.prototype, 'hits');
		for (const [args, flags] of calls) saved.push(await answer(file, args, flags));
		const answered = await Promise.all(hits.mock.results.map((r) => r.value as Promise<unknown>));
		hits.mockRestore();
		expect(answered.filter((a) => a !== null).length).toBe(calls.length);
		rmSync(docsPath(file));
		let nonEmpty = 0;
		for (const [k, [args, flags]] of calls.entries()) {
			const fromStore = await answer(file, args, flags);
			expect(saved[k], `${args.join(' ')} ${JSON.stringify(flags)}`).toBe(fromStore);
			if (!fromStore.includes('no results')) nonEmpty++;
		}
		expect(nonEmpty).toBeGreaterThan(calls.length / 2);
		// Citations and speakers were in what was compared, and (of the syndicated store) the other printings.
		expect(saved.some((s) => s.includes('"citation": {'))).toBe(true);
		expect(saved.some((s) => s.includes('"speaker": "'))).toBe(true);
		if (queries.length < 5) expect(saved.some((s) => s.includes('"alsoIn": [\n'))).toBe(true);
	}, 600_000);

	it('answers a query with filters from the store (the documents cannot filter), the same with them or without', async () => {
		const file = store();
		await save(file, retitle);
		const filtered = [['speaker:lindley', 'three', 'years'], ['speaker:blakburn'], ['type:resignation-call'], ['year:2019', 'blackburn'], ['authority:blackpool', 'poundland']];
		const hits = vi.spyOn(SavedSearch.prototype, 'hits');
		const withDocs = [];
		for (const args of filtered) withDocs.push(await answer(file, args, {csv: true}));
		expect(hits).not.toHaveBeenCalled();
		hits.mockRestore();
		rmSync(docsPath(file));
		for (const [k, args] of filtered.entries()) {
			expect(withDocs[k]).not.toContain(marker);
			expect(withDocs[k]).not.toContain('no results');
			expect(withDocs[k]).toBe(await answer(file, args, {csv: true}));
		}
	});

	it('answers from the saved documents while they are of the store as it is, and from the store once it changed', async () => {
		const file = store();
		await save(file, retitle);
		expect(await answer(file, ['ofsted'], {csv: true})).toContain(marker);
		// The store saved again (here its times): the documents are of another state.
		const later = new Date(Date.now() + 5000);
		utimesSync(file, later, later);
		const fresh = await answer(file, ['ofsted'], {csv: true});
		expect(fresh).not.toContain(marker);
		expect(fresh.split('\n')[0]).toBe('0');
	});

	it('answers from the store when the documents are damaged or of the older format, printing once', async () => {
		const file = store();
		await save(file);
		const want = await answer(file, ['ofsted', 'inadequate'], {json: true});
		await save(file, retitle);
		const whole = readFileSync(docsPath(file));
		const older = Buffer.from(whole.toString('latin1').replace('scrutiny-search-docs 2', 'scrutiny-search-docs 1'), 'latin1');
		// A byte flipped in every record that differs from the store's (each names the marker): whichever the query reads.
		const flipped = (bytes: Buffer) => {
			for (let at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1)) bytes[at + 3] = bytes[at + 3]! ^ 0x20;
			return bytes;
		};
		const [, cut, added] = damagedCopies(marker);
		for (const damaged of [flipped, cut!, added!, () => older]) {
			// Written in place: the store's state still matches, the documents are what is wrong.
			writeFileSync(docsPath(file), damaged(Buffer.from(whole)));
			expect(await answer(file, ['ofsted', 'inadequate'], {json: true})).toBe(want);
		}
		// A damaged index, the documents whole: the store's answer too.
		writeFileSync(docsPath(file), whole);
		writeFileSync(indexPath(file), readFileSync(indexPath(file)).subarray(0, 100));
		expect(await answer(file, ['ofsted', 'inadequate'], {json: true})).toBe(want);
		expect(existsSync(docsPath(file))).toBe(true);
	});

	it('are saved by a search the store answered, for a store as large as the records are saved for', async () => {
		const file = store();
		await save(file);
		const want = await answer(file, ['ofsted'], {md: true});
		rmSync(docsPath(file));
		// The bundled store is below the size: the store answers, and nothing is saved.
		expect(await answer(file, ['ofsted'], {md: true})).toBe(want);
		expect(existsSync(docsPath(file))).toBe(false);
		recordsFromBytes.value = 0;
		expect(await answer(file, ['ofsted'], {md: true})).toBe(want);
		expect(SavedSearch.load(file)).not.toBeNull();
		expect(await answer(file, ['ofsted'], {md: true})).toBe(want);
	});
	it('after a curated edit, the store answers once and saves only the timeline lines\' part; then the saved files give the same bytes', async () => {
		const file = store();
		recordsFromBytes.value = 0;
		await save(file);
		const identity = (f: string) => {
			const s = statSync(f);
			return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
		};
		const firstPart = [identity(indexPath(file)), identity(docsPath(file))];
		await saveCuration(file, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'Children panel convened by the commissioner'}}, {today: '2026-11-22'});
		expect(staleParts(file)).toEqual(['events']);
		const hits = vi.spyOn(SavedSearch.prototype, 'hits');
		const fromStore = await answer(file, ['panel', 'convened'], {json: true});
		expect(hits).not.toHaveBeenCalled();
		expect(fromStore).toContain('Children panel convened by the commissioner');
		expect(staleParts(file)).toEqual([]);
		expect([identity(indexPath(file)), identity(docsPath(file))]).toEqual(firstPart);
		for (const [args, flags] of [[['panel', 'convened'], {json: true}], [['commissioner'], {csv: true}], [['ofsted', 'inadequate'], {freq: 'authority'}]] as const) {
			const saved = await answer(file, [...args], flags);
			rmSync(docsPath(file, 'events'));
			expect(saved, args.join(' ')).toBe(await answer(file, [...args], flags));
		}
		const answered = await Promise.all(hits.mock.results.map((r) => r.value as Promise<unknown>));
		hits.mockRestore();
		expect(answered.filter((a) => a !== null).length).toBe(3);
	});
});
