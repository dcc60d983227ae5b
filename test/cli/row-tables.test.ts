/**
 * The list commands' row tables beside the store (`<store>.lists/`, source/cli/row-tables/): a call, filtered or
 * not, prints from them byte for byte what the command works out from the store, in every format and `--freq`
 * column, after a curated edit too; never when they are stale or damaged.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {applyCuration} from '../../source/corpus/curation.js';
import {timeline} from '../../source/corpus/queries.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {openStore} from '../../source/corpus/store/index.js';
import {storeState} from '../../source/corpus/store/file-identity.js';
import type {Flags} from '../../source/cli/context.js';
import {tablesPath} from '../../source/corpus/records/row-table-file.js';
import {saveTables, saveTablesOf, tableKey} from '../../source/cli/row-tables/table-answer.js';
import {recordsFromBytes} from '../../source/cli/store-source.js';
import {repoRoot, runCommand, tempStore} from '../helpers/cli.js';
import {damagedCopies} from '../helpers/damage.js';
import {writeSyndicatedCorpus} from '../helpers/syndicated.js';

const today = '2026-11-22';
const formats: Flags[] = [{}, {json: true}, {csv: true}, {md: true}, {csv: true, excel: true}];

/** Each table command with each of its filters (and none), in every format, and counted by a column. */
function callsFor(authorities: readonly string[], speakers: readonly string[]): Array<[string, Flags, string[]?]> {
	const filters: Array<[string, Flags]> = [
		['articles', {}],
		['people', {}],
		['quotes', {}],
		['timeline', {}],
		['timeline', {type: ['inspection-judgement', 'resignation-call']}],
		['timeline', {from: '2016', to: '2019-06'}],
		['timeline', {origin: ['extracted']}],
		['timeline', {authority: [...authorities]}],
		['articles', {authority: ['nowhere at all']}],
		['quotes', {speaker: 'zzzz'}],
	];
	for (const a of authorities) {
		filters.push(['articles', {authority: [a]}], ['people', {authority: [a]}], ['quotes', {authority: [a]}], ['timeline', {authority: [a], from: '2015-03'}], ['timeline', {authority: [a]}]);
		for (const s of speakers) filters.push(['quotes', {speaker: s, authority: [a]}]);
	}

	for (const s of speakers) filters.push(['quotes', {speaker: s}]);
	const calls: Array<[string, Flags, string[]?]> = [];
	for (const [command, filter] of filters) for (const format of formats) calls.push([command, {...filter, ...format}]);
	// `compare`: a pair each way round, the default pair, an authority no name matches, one authority alone.
	const pairs = [[authorities[0]!, authorities.at(-1)!], [authorities.at(-1)!, authorities[0]!], [], [authorities[0]!, 'nowhere at all'], [authorities[0]!]];
	for (const pair of pairs) for (const format of formats.slice(0, 4)) calls.push(['compare', format, pair]);
	calls.push(['articles', {authority: [authorities[0]!], freq: 'year'}], ['quotes', {speaker: speakers[0], freq: 'party', md: true}], ['people', {freq: 'quotes-by-party', json: true}], ['timeline', {authority: [authorities[0]!], freq: 'type', csv: true}]);
	return calls;
}

const bundledCalls = callsFor(['blackpool', 'NE Lincolnshire'], ['blackburn', 'ofsted', 'lindley']);

async function answers(store: string, calls: ReadonlyArray<[string, Flags, string[]?]>): Promise<string[]> {
	const out: string[] = [];
	for (const [command, flags, args = []] of calls) {
		const r = await runCommand(command, args, {...flags, db: store});
		out.push(`${command} ${args.join(' ')} ${JSON.stringify(flags)}\n${r.status}\n${r.stdout}\n${r.stderr}`);
	}

	return out;
}

/** Saves the tables of the store file as it is, made from `change`d data if given (to tell their answers apart). */
async function save(store: string, change?: (data: StoreData) => void): Promise<void> {
	const opened = await openStore(store, {readOnly: true});
	change?.(opened.extracted);
	expect(await saveTables(store, opened.extracted, tableKey(store))).toBe(true);
}

/** Each file of the store's row tables, as text, with what differs between two saves set aside (the generation). */
function tableFiles(store: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const name of readdirSync(tablesPath(store)).sort()) {
		const text = readFileSync(path.join(tablesPath(store), name), 'latin1');
		// An index's SHA-1 line is over its body, which names the generation.
		const lines = text.split('\n');
		const kept = name.endsWith('.index') ? [lines[0], lines[1], ...lines.slice(3)].join('\n') : text;
		files.set(name, kept.replace(/"generation":"[0-9a-f]+"/, '"generation":"-"').replace(/^(scrutiny-rows-part \d+) [0-9a-f]+/, '$1 -'));
	}

	return files;
}

const marker = 'From the row table';
const retitle = (data: StoreData) => {
	for (const a of data.articles) a.title = marker;
	for (const e of data.events) e.summary = marker;
	for (const q of data.quotes) q.text = marker;
};

const dirs: string[] = [];
afterEach(async () => {
	recordsFromBytes.value = 64 * 1024 * 1024;
	for (const dir of dirs.splice(0)) await fs.rm(dir, {recursive: true, force: true});
});

describe('row tables of the list commands', () => {
	it('give the same bytes as the command works out from the store, for every filter, format and --freq column', async () => {
		const {store} = tempStore();
		const fromStore = await answers(store, bundledCalls);
		await save(store);
		expect(readdirSync(tablesPath(store)).sort()).toContain('quotes.index');
		expect(await answers(store, bundledCalls)).toEqual(fromStore);
		expect(fromStore.join('\n')).toContain("no authority matches 'nowhere at all'");
	});

	it('give the same bytes on a store of syndicated copies (repeats stand in where a filter drops the first printing)', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-row-tables-'));
		dirs.push(dir);
		const store = path.join(dir, 'store.json');
		expect((await runCommand('import', [writeSyndicatedCorpus(path.join(dir, 'corpus'))], {db: store})).status).toBe(0);
		const opened = await openStore(store, {readOnly: true});
		const authorities = [...new Set(opened.data.articles.flatMap((a) => a.authorities))];
		const calls = callsFor(authorities, ['smith', 'brown', 'jane smith']);
		const fromStore = await answers(store, calls);
		await save(store);
		expect(await answers(store, calls)).toEqual(fromStore);
		expect(fromStore.join('\n')).toContain('also in');
	});

	it('made from data handed over (as the import makes them) are the same files, and let go of the quotes before the timeline', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-row-tables-'));
		dirs.push(dir);
		const syndicated = path.join(dir, 'store.json');
		expect((await runCommand('import', [writeSyndicatedCorpus(path.join(dir, 'corpus'))], {db: syndicated})).status).toBe(0);
		for (const store of [tempStore().store, syndicated]) {
			await save(store);
			const kept = tableFiles(store);
			await fs.rm(tablesPath(store), {recursive: true});
			const held = {data: (await openStore(store, {readOnly: true})).extracted};
			const quotes = held.data.quotes.length;
			expect(quotes).toBeGreaterThan(0);
			expect(await saveTablesOf(store, held, tableKey(store))).toBe(true);
			expect(held.data.quotes).toEqual([]);
			expect(tableFiles(store)).toEqual(kept);
			expect(kept.get('quotes.index')).toContain(`"rows":${quotes},`);
		}
	});

	it('are what a call prints when of the store file as it is, and not once it has changed', async () => {
		const {store} = tempStore();
		await save(store, retitle);
		for (const [command, flags, args] of [['articles', {authority: ['blackpool']}, []], ['quotes', {speaker: 'blackburn', json: true}, []], ['timeline', {authority: ['blackpool'], md: true}, []], ['compare', {md: true}, ['blackpool', 'ne lincs']]] as Array<[string, Flags, string[]]>) {
			expect((await runCommand(command, args, {...flags, db: store})).stdout, command).toContain(marker);
		}

		// A save of the store file (a copy over it) makes them stale.
		await fs.copyFile(store, `${store}.copy`);
		await fs.rename(`${store}.copy`, store);
		expect((await runCommand('articles', [], {authority: ['blackpool'], db: store})).stdout).not.toContain(marker);
	});

	it('are a copy\'s (cp -a of the store and the files beside it) while its bytes are the store\'s, and never once they differ', async () => {
		const {dir, store} = tempStore();
		dirs.push(dir);
		await save(store, retitle);
		// As a command that read the store, or the import, records what it read (content-digests.ts).
		(await openStore(store, {readOnly: true})).recordDigests();
		const copyDir = `${dir}-copy`;
		dirs.push(copyDir);
		execFileSync('cp', ['-a', dir, copyDir]);
		const copy = path.join(copyDir, path.basename(store));
		expect(statSync(copy).ino).not.toBe(statSync(store).ino);
		expect((await runCommand('articles', [], {authority: ['blackpool'], db: copy})).stdout).toContain(marker);
		expect((await runCommand('compare', ['blackpool', 'ne lincs'], {md: true, db: copy})).stdout).toContain(marker);

		// Another copy, then one letter changed in place and its time put back: the same size, time and mode.
		const editedDir = `${dir}-edited`;
		dirs.push(editedDir);
		execFileSync('cp', ['-a', dir, editedDir]);
		const edited = path.join(editedDir, path.basename(store));
		const bytes = await fs.readFile(edited);
		const at = bytes.indexOf('Blackpool');
		bytes[at + 1] = 'L'.charCodeAt(0);
		await fs.writeFile(edited, bytes);
		execFileSync('touch', ['-r', store, edited]);
		expect(statSync(edited).size).toBe(statSync(store).size);
		const fromStore = await runCommand('articles', [], {authority: ['blackpool'], db: edited});
		expect(fromStore.status).toBe(0);
		expect(fromStore.stdout).toMatch(/blackpool/i);
		expect(fromStore.stdout).not.toContain(marker);
	});

	it('give the same bytes after a curated edit, the lines it changes from the store', async () => {
		const {store} = tempStore();
		const data = (await openStore(store, {readOnly: true})).data;
		const first = timeline(data).find((l) => l.origin === 'extracted' && l.authority === 'Blackpool')!;
		await save(store, retitle);
		const editable = await openStore(store);
		await editable.updateCurated((d) => void applyCuration(d, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'Board met'}}, {today}));
		await editable.updateCurated((d) => void applyCuration(d, {kind: 'edit', id: first.id, ids: [...(first.merged ?? [first.id])], draft: {date: first.date.value ?? '', type: first.type, rating: '', authority: first.authority, summary: 'my wording'}}, {today}));
		await editable.release();
		// Every list still from the tables: the lines of the authority the curated file touches from its records
		// beside them, with the curated records (row-tables-curated.test.ts checks them against the store's).
		const other = await runCommand('timeline', [], {authority: ['north east lincs'], db: store});
		expect(other.stdout).toContain(marker);
		expect((await runCommand('compare', ['ne lincs', 'blackpool'], {md: true, db: store})).stdout).toContain(marker);
		expect((await runCommand('quotes', [], {authority: ['blackpool'], db: store})).stdout).toContain(marker);
		const blackpool = await runCommand('timeline', [], {authority: ['blackpool'], db: store});
		expect(blackpool.stdout).toContain(marker);
		expect(blackpool.stdout).toContain('my wording');
		expect(blackpool.stdout).toContain('Board met');
		// Made from the store as it is, the tables answer as the store does.
		await save(store);
		const fromTables = await answers(store, bundledCalls);
		await fs.rm(tablesPath(store), {recursive: true});
		expect(fromTables).toEqual(await answers(store, bundledCalls));
		expect(fromTables.join('\n')).toContain('Board met');
	});

	it('are not used when a part or the index is damaged, cut short or of another generation', async () => {
		const {store} = tempStore();
		const calls: Array<[string, Flags]> = [
			['quotes', {speaker: 'blackburn'}],
			['quotes', {speaker: 'blackburn', json: true}],
			['quotes', {speaker: 'blackburn', csv: true}],
			['quotes', {speaker: 'blackburn', md: true}],
			['quotes', {speaker: 'blackburn', freq: 'kind'}],
		];
		const fromStore = await answers(store, calls);
		// Counted by kind, the tables' answer differs too.
		await save(store, (data) => {
			retitle(data);
			for (const q of data.quotes) q.fragment = !q.fragment;
		});
		const dir = tablesPath(store);
		const good = new Map(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f))]));
		for (const file of ['quotes.index', 'quotes.json', 'quotes.csv', 'quotes.md', 'quotes.text', 'quotes.freq']) {
			// A byte of a row the calls print (the speaker's name is in each of its pieces), or of the index.
			for (const damage of damagedCopies(file === 'quotes.index' ? '"generation"' : 'Blackburn')) {
				writeFileSync(path.join(dir, file), damage(Buffer.from(good.get(file)!)));
				const got = await answers(store, calls);
				// The damaged part's form (or, for the index, every form) is worked out from the store, the rest not.
				const worked = ['text', 'json', 'csv', 'md', 'freq'].map((part) => file === 'quotes.index' || file === `quotes.${part}`);
				expect(got.map((g, i) => g === fromStore[i]), file).toEqual(worked);
				writeFileSync(path.join(dir, file), good.get(file)!);
			}
		}

		// Parts of another generation (another save's) beside this index.
		await save(store);
		writeFileSync(path.join(dir, 'quotes.index'), good.get('quotes.index')!);
		expect(await answers(store, calls)).toEqual(fromStore);
	});

	it('are made by an import of a large store, as private as the store, and answer as the store does', async () => {
		const {dir} = tempStore();
		dirs.push(dir);
		const large = path.join(dir, 'large.json');
		recordsFromBytes.value = 0;
		expect((await runCommand('import', [path.join(repoRoot, 'data', 'articles')], {db: large})).status).toBe(0);
		await fs.chmod(large, 0o600);
		await fs.rm(tablesPath(large), {recursive: true});
		expect((await runCommand('import', [path.join(repoRoot, 'data', 'articles')], {db: large, rebuild: true})).status).toBe(0);
		expect(readdirSync(tablesPath(large)).filter((f) => f.endsWith('.index')).sort()).toEqual(['articles-head.index', 'articles.index', 'compare.index', 'events.index', 'people-head.index', 'people.index', 'quotes.index', 'reader.index', 'timeline.index']);
		expect(statSync(tablesPath(large)).mode & 0o777).toBe(0o700);
		for (const f of readdirSync(tablesPath(large))) expect(statSync(path.join(tablesPath(large), f)).mode & 0o777, f).toBe(0o600);
		const calls = bundledCalls.filter(([command]) => command === 'timeline' || command === 'compare');
		const fromTables = await answers(large, calls);
		// The import recorded its bytes' digest: a cp -a copy takes the caches' key (and so the tables, records, index).
		const copyDir = `${dir}-copy`;
		dirs.push(copyDir);
		execFileSync('cp', ['-a', dir, copyDir]);
		expect(storeState(path.join(copyDir, 'large.json'))).toBe(storeState(large));
		await fs.rm(tablesPath(large), {recursive: true});
		recordsFromBytes.value = 64 * 1024 * 1024;
		expect(fromTables).toEqual(await answers(large, calls));
	});

	it('are saved after a filtered call on a large store works its answer out, and not for a small one', async () => {
		const {store} = tempStore();
		await runCommand('people', [], {authority: ['blackpool'], db: store});
		expect(existsSync(tablesPath(store))).toBe(false);
		recordsFromBytes.value = 0;
		const first = await runCommand('people', [], {authority: ['blackpool'], db: store});
		expect(existsSync(path.join(tablesPath(store), 'people.index'))).toBe(true);
		expect(existsSync(path.join(tablesPath(store), 'quotes.index'))).toBe(false);
		expect(await runCommand('people', [], {authority: ['blackpool'], db: store})).toEqual(first);
	});
});
