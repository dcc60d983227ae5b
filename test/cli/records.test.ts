/**
 * The list commands' answers from the records saved beside the store (`<store>.records`, corpus/records/): the
 * same bytes as from the store, the curated file merged in as it is now, and the store's answer whenever the
 * records are stale, damaged or lack what a command reads.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import {afterEach, describe, expect, it} from 'vitest';
import {applyCuration} from '../../source/corpus/curation.js';
import {timeline} from '../../source/corpus/queries.js';
import {bulkChunkRecords, recordsPath} from '../../source/corpus/records/records-format.js';
import {RecordsFile} from '../../source/corpus/records/records-file.js';
import {recordsView} from '../../source/corpus/records/records-view.js';
import {saveRecords} from '../../source/corpus/records/save-records.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {emptyCurated} from '../../source/corpus/store/curated-kind.js';
import {openStore} from '../../source/corpus/store/index.js';
import type {Context, Flags} from '../../source/cli/context.js';
import {recordsFromBytes, runFromRecords, openForReading} from '../../source/cli/store-source.js';
import {runCommand, tempStore} from '../helpers/cli.js';
import {damagedCopies} from '../helpers/damage.js';

const today = '2026-11-22';

/** Every list command in each of its forms (and some filters), as [command, args, flags]. */
const calls: Array<[string, string[], Flags]> = [];
for (const format of [{}, {json: true}, {csv: true}, {md: true}] as Flags[]) {
	for (const command of ['articles', 'quotes', 'people', 'timeline', 'compare', 'cohort']) calls.push([command, [], format]);
	calls.push(['search', ['blackburn', 'resign'], format]);
}

calls.push(
	['articles', [], {freq: 'year'}],
	['quotes', [], {speaker: 'blackburn', json: true}],
	['timeline', [], {authority: ['blackpool'], from: '2016', json: true}],
	['people', [], {authority: ['blackpool'], md: true}],
	['search', ['inadequate'], {in: 'quotes', limit: 50, json: true}],
	['', [], {}],
);

async function answers(store: string): Promise<string[]> {
	const out: string[] = [];
	for (const [command, args, flags] of calls) {
		const r = await runCommand(command, args, {...flags, db: store});
		out.push(`${r.status}\n${r.stdout}\n${r.stderr}`);
	}

	return out;
}

/** Saves the records of the store file as it is, from `change`d data if given (to tell their answers apart). */
async function save(store: string, change?: (data: StoreData) => void): Promise<void> {
	const opened = await openStore(store, {readOnly: true});
	const extracted = opened.extracted;
	change?.(extracted);
	expect(saveRecords(store, extracted, opened.state!.split('|')[0]!)).toBe(true);
}

/** The title every article gets in records made to differ from the store: seen in an answer, it came from them. */
const marker = 'From the records file';
const retitle = (data: StoreData) => {
	for (const a of data.articles) a.title = marker;
};

afterEach(() => {
	recordsFromBytes.value = 64 * 1024 * 1024;
	bulkChunkRecords.value = 500;
});

describe('list commands from the records beside the store', () => {
	it('give the same bytes as from the store, for every command and form, the curated file merged in', async () => {
		const {store} = tempStore();
		const editable = await openStore(store);
		const first = timeline(editable.data).find((l) => l.origin === 'extracted')!;
		await editable.updateCurated((data) => void applyCuration(data, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'Board met'}}, {today}));
		await editable.release();
		const fromStore = await answers(store);
		await save(store);
		// An edit after the records were made: they are of the store file alone, the curated file is read as it is.
		const again = await openStore(store);
		await again.updateCurated((data) => void applyCuration(data, {kind: 'edit', id: first.id, ids: [...(first.merged ?? [first.id])], draft: {date: first.date.value ?? '', type: first.type, rating: '', authority: first.authority, summary: 'my wording'}}, {today}));
		await again.release();
		expect(existsSync(recordsPath(store))).toBe(true);
		const afterEdit = await answers(store);
		await fs.rm(recordsPath(store));
		expect(afterEdit).toEqual(await answers(store));
		expect(afterEdit.join('\n')).toContain('my wording');
		expect(fromStore.join('\n')).toContain('Board met');
	});

	it('hold every collection a read-only open gives, in its key order, each read when first touched', async () => {
		const {store} = tempStore();
		// Articles' bulk in chunks of two: an article's paragraphs are found in the chunk that holds them.
		bulkChunkRecords.value = 2;
		await save(store);
		expect(RecordsFile.open(store)!.header.sections['articles.paragraphs']).toHaveLength(3);
		const full = (await openStore(store, {readOnly: true})).data;
		const view = recordsView(RecordsFile.open(store)!, emptyCurated());
		expect(Object.keys(view)).toEqual(Object.keys(full));
		// The raw text is a getter (the store's reads the file, the records' throws): every other field, in order.
		const withoutRaw = (value: unknown) =>
			JSON.stringify(Array.isArray(value) ? value.map((r: Record<string, unknown>) => Object.keys(r).filter((k) => k !== 'raw').map((k) => [k, r[k]])) : value);
		for (const key of Object.keys(full)) expect(withoutRaw(view[key as keyof StoreData]), key).toBe(withoutRaw(full[key as keyof StoreData]));
		const fresh = recordsView(RecordsFile.open(store)!, emptyCurated());
		for (const [i, a] of fresh.articles.entries()) {
			const b = full.articles[i]!;
			expect([Array.isArray(a.paragraphs), a.paragraphs.length, a.paragraphs[0], a.paragraphs.at(-1), a.paragraphs.join('\n'), a.people]).toEqual([true, b.paragraphs.length, b.paragraphs[0], b.paragraphs.at(-1), b.paragraphs.join('\n'), b.people]);
		}
		expect(() => view.articles[0]!.raw).toThrow(/raw text/);
	});

	it('answer from the records when they are of the store file as it is now', async () => {
		const {store} = tempStore();
		await save(store, retitle);
		const r = await runCommand('articles', [], {db: store, json: true});
		expect(JSON.parse(r.stdout)[0].title).toBe(marker);
	});

	it('are not read once the store file has changed (a save, a copy over it)', async () => {
		const {store} = tempStore();
		const expected = (await runCommand('articles', [], {db: store, json: true})).stdout;
		await save(store, retitle);
		// Other bytes: the same bytes, which the command above recorded, would be the same state (content-digests.ts).
		writeFileSync(store, `${readFileSync(store, 'utf8')}\n`);
		const r = await runCommand('articles', [], {db: store, json: true});
		expect(r.stdout).toBe(expected);
		expect(r.stdout).not.toContain(marker);
	});

	it('give the store’s answer when a chunk is damaged, cut short, or the file is not theirs', async () => {
		const {store} = tempStore();
		const expected = (await runCommand('articles', [], {db: store, json: true})).stdout;
		const damage: Array<(bytes: Buffer) => Buffer> = [
			// A byte inside the first chunk (the articles', saying the marker), the file cut short, a byte added.
			...damagedCopies(marker),
			() => Buffer.from('{"format":"scrutiny-records 2"}\n0000000000000000\n'),
			() => Buffer.alloc(0),
		];
		for (const [i, hurt] of damage.entries()) {
			await save(store, retitle);
			// Written in place, so that the store file (and with it the state the records name) stays as it was.
			const file = await fs.open(recordsPath(store), 'r+');
			const bytes = hurt(await file.readFile());
			await file.truncate(0);
			await file.write(bytes, 0, bytes.length, 0);
			await file.close();
			const r = await runCommand('articles', [], {db: store, json: true});
			expect(r.stdout, `damage ${i}`).toBe(expected);
			expect(r.status).toBe(0);
		}
	});

	it('run a command again from the store when it reads what the records do not keep, printing once', async () => {
		const {store} = tempStore();
		await save(store, retitle);
		let stdout = '';
		const ctx: Context = {args: [], flags: {db: store}, stdout: {write: (s: string) => (stdout += s)}, stderr: {write: () => true}, env: {}};
		const runs: string[] = [];
		const status = await runFromRecords(ctx, async (c) => {
			const {data} = await openForReading(c);
			c.stdout.write(`${data.articles[0]!.title}\n`);
			runs.push(c.readPlan?.from ?? 'none');
			c.stdout.write(`${data.articles[0]!.raw.length > 0}\n`);
			return 0;
		});
		expect(status).toBe(0);
		expect(runs).toEqual(['records', 'store']);
		expect(stdout).not.toContain(marker);
		expect(stdout.trim().split('\n')).toHaveLength(2);
	});

	it('are saved after a list command reads a large store, and not for a small one', async () => {
		const {store} = tempStore();
		await runCommand('timeline', [], {db: store, json: true});
		expect(existsSync(recordsPath(store))).toBe(false);
		recordsFromBytes.value = 0;
		const fromStore = await runCommand('timeline', [], {db: store, json: true});
		expect(RecordsFile.open(store)).not.toBeNull();
		expect((await runCommand('timeline', [], {db: store, json: true})).stdout).toBe(fromStore.stdout);
	});
});
