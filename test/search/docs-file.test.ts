/**
 * The search documents saved beside the index (`<store>.search-docs`): a search answered from them and the saved
 * index gives the rows the live search gives; the file is used only for the store it was made from, ignored when
 * damaged, and a query reads only its candidates' records.
 */
import {copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {saveSidecars} from '../../source/importer/sidecars.js';
import {SavedSearch} from '../../source/search/docs-file-search.js';
import {docsPath, SavedDocs, saveSearchDocs} from '../../source/search/docs-file.js';
import {indexPath} from '../../source/search/index-cache.js';
import {saveSearchFiles} from '../../source/search/search-files.js';
import {runSearchSliced, scopes, type Scope} from '../../source/search/run-search.js';
import {Searcher} from '../../source/search/search.js';
import {repoRoot} from '../helpers/cli.js';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, {recursive: true, force: true});
});

async function setup(): Promise<{store: string; data: StoreData; state: string | null}> {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-docs-'));
	dirs.push(dir);
	const store = path.join(dir, 'corpus.json');
	copyFileSync(path.join(repoRoot, 'data', 'corpus.json'), store);
	const opened = await openStore(store, {readOnly: true});
	return {store, data: opened.data, state: opened.state};
}

/** Both parts' indexes and documents saved as the import saves them; the searcher built from the store, to compare with. */
async function saved(store: string, data: StoreData, state: string | null): Promise<Searcher> {
	expect(await saveSearchFiles(store, data, state)).toBe(true);
	return Searcher.fromStore(data);
}

const never = () => false;
// Words, a phrase, a prefix, typos, a speaker's name, an exact-match word, and one that matches nothing.
// Then Fuse's extended syntax: OR groups, an exclusion, a prefix, a suffix, an exact word; and the shortest query.
const queries = ['poundland', 'ofsted inadequate', 'commissioner', 'goverment', 'safegaurding', 'children soc', "'council", 'improvement board', 'zzqxj', 'ofsted | poundland', '!ofsted children', '^child', 'board$', '=board', 'of'];

/** The file's table: where the records start and each record's start (test-side reading of the documented layout). */
function tableOf(file: string): {recordsAt: number; offsets: Float64Array; documents: number} {
	const bytes = readFileSync(file);
	let recordsAt = 0;
	for (let lines = 0; lines < 3; lines++) recordsAt = bytes.indexOf(10, recordsAt) + 1;
	const documents = (JSON.parse(bytes.subarray(bytes.indexOf(10, bytes.indexOf(10) + 1) + 1, recordsAt - 1).toString()) as {documents: number}).documents;
	const tableAt = Number(bytes.subarray(bytes.length - 16).toString().trim());
	const table = Uint8Array.from(bytes.subarray(tableAt, tableAt + 8 * (documents + 1)));
	return {recordsAt, offsets: new Float64Array(table.buffer), documents};
}

describe('the search documents saved beside the index', () => {
	it('answer every scope with the rows the live search shows', async () => {
		const {store, data, state} = await setup();
		const searcher = await saved(store, data, state);
		const early = SavedSearch.load(store);
		expect(early).not.toBeNull();
		let nonEmpty = 0;
		for (const scope of scopes as readonly Scope[]) {
			for (const q of queries) {
				const live = await runSearchSliced(data, searcher, q, scope, never);
				const answer = await early!.answer(q, scope, never);
				expect(answer, `${q} in ${scope}`).toEqual(live);
				if (live && live.rows.length > 0) nonEmpty++;
			}
		}
		expect(nonEmpty).toBeGreaterThan(15);
	});

	it('are written by the import with the index', async () => {
		const {store, data, state} = await setup();
		await saveSidecars(store, data, state);
		const live = await runSearchSliced(data, Searcher.fromStore(data), 'commissioner', 'all', never);
		expect(await SavedSearch.load(store)?.answer('commissioner', 'all', never)).toEqual(live);
		// As private as the store.
		expect(statSync(docsPath(store)).mode & 0o777).toBe(statSync(store).mode & 0o777);
	});

	it('read the index file they opened, whatever is renamed over it since; closed, they leave the query to the store', async () => {
		const {store, data, state} = await setup();
		const searcher = await saved(store, data, state);
		const early = SavedSearch.load(store)!;
		expect(await early.answer('ofsted', 'all', never)).toEqual(await runSearchSliced(data, searcher, 'ofsted', 'all', never));
		// Another index renamed into place (as the next import's would be): the words read from now on come from the one opened.
		writeFileSync(`${indexPath(store)}.next`, Buffer.alloc(statSync(indexPath(store)).size, 0));
		renameSync(`${indexPath(store)}.next`, indexPath(store));
		expect(await early.answer('poundland', 'all', never)).toEqual(await runSearchSliced(data, searcher, 'poundland', 'all', never));
		early.close();
		expect(await early.answer('commissioner', 'all', never)).toBe('needs-store');
	});

	it('leave to the store what needs it: the empty box and the filters', async () => {
		const {store, data, state} = await setup();
		await saved(store, data, state);
		const early = SavedSearch.load(store)!;
		for (const q of ['', '  ', 'speaker:smith', 'care authority:blackpool', 'year:2023 ofsted', 'type:inspection']) expect(await early.answer(q, 'all', never), q).toBe('needs-store');
		expect(await early.answer('poundland', 'all', () => true)).toBeNull();
	});

	it('are not used once the store has been replaced, nor for another store', async () => {
		const {store, data, state} = await setup();
		await saved(store, data, state);
		const other = await setup();
		for (const part of ['extracted', 'events'] as const) {
			copyFileSync(docsPath(store, part), docsPath(other.store, part));
			copyFileSync(indexPath(store, part), indexPath(other.store, part));
		}
		expect(SavedSearch.load(other.store)).toBeNull();
		writeFileSync(`${store}.next`, readFileSync(store));
		renameSync(`${store}.next`, store);
		expect(SavedSearch.load(store)).toBeNull();
		// Nor saved for a state the store is no longer in.
		expect(await saveSearchDocs(store, Searcher.fromStore(data), data, state)).toBe(false);
	});

	it('are ignored when damaged', async () => {
		const {store, data, state} = await setup();
		await saved(store, data, state);
		const whole = readFileSync(docsPath(store));
		const {recordsAt, offsets, documents} = tableOf(docsPath(store));
		expect(SavedDocs.open(store, documents + 1, Searcher.fromStore(data).index.order)).toBeNull();
		for (const damaged of [whole.subarray(0, whole.length - 1), Buffer.concat([whole, Buffer.from('x')]), Buffer.from('scrutiny-search-docs 1\n'), Buffer.alloc(0)]) {
			writeFileSync(docsPath(store), damaged);
			expect(SavedSearch.load(store)).toBeNull();
		}
		// Records overwritten with other bytes: the table fits, the records do not, and the store is asked.
		const garbled = Buffer.from(whole);
		garbled.fill(0x7b, recordsAt, recordsAt + offsets[documents]!);
		writeFileSync(docsPath(store), garbled);
		// Written in place (same inode), so the store's state still matches: the records are what is wrong.
		const early = SavedSearch.load(store);
		expect(early).not.toBeNull();
		expect(await early!.answer('poundland', 'all', never)).toBe('needs-store');
	});

	it('a query reads only its candidates: every other record can be garbage', async () => {
		const {store, data, state} = await setup();
		const searcher = await saved(store, data, state);
		const read: number[] = [];
		const original = SavedDocs.prototype.read;
		const spy = function (this: SavedDocs, ranks: readonly number[]) {
			read.push(...ranks);
			return original.call(this, ranks);
		};
		SavedDocs.prototype.read = spy;
		let live;
		try {
			live = await runSearchSliced(data, searcher, 'ofsted inadequate', 'all', never);
			expect(await SavedSearch.load(store)!.answer('ofsted inadequate', 'all', never)).toEqual(live);
		} finally {
			SavedDocs.prototype.read = original;
		}
		const {recordsAt, offsets, documents} = tableOf(docsPath(store));
		expect(read.length).toBeGreaterThan(0);
		expect(read.length).toBeLessThan(documents);
		const keep = new Set(read);
		const bytes = readFileSync(docsPath(store));
		for (let r = 0; r < documents; r++) if (!keep.has(r)) bytes.fill(0x20, recordsAt + offsets[r]!, recordsAt + offsets[r + 1]!);
		writeFileSync(docsPath(store), bytes);
		expect(await SavedSearch.load(store)!.answer('ofsted inadequate', 'all', never)).toEqual(live);
	});
});
