/**
 * The list commands' answers saved beside the store (`<store>.answers/`, source/cli/saved-answers.ts): printed
 * for a call without filters, byte for byte what the command works out from the store, in every format and
 * `--freq` column; never printed when stale (the store or its curated file saved since), damaged, or for a call
 * that filters.
 */
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import {afterEach, describe, expect, it} from 'vitest';
import {applyCuration} from '../../source/corpus/curation.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {openStore} from '../../source/corpus/store/index.js';
import {commandNamed} from '../../source/cli/command-table.js';
import type {Flags} from '../../source/cli/context.js';
import {answeredCommands, answerKey, answersPath, chunkBytes, saveAnswers} from '../../source/cli/saved-answers.js';
import {recordsFromBytes} from '../../source/cli/store-source.js';
import path from 'node:path';
import {repoRoot, runCommand, tempStore} from '../helpers/cli.js';
import {damagedCopies} from '../helpers/damage.js';

/** Every call whose answer is saved: each answered command in each format, with and without each `--freq` column. */
const calls: Array<[string, Flags]> = [];
for (const command of answeredCommands) {
	for (const freq of [undefined, ...(commandNamed(command)!.flags['freq']?.choices ?? [])]) {
		for (const format of [{}, {json: true}, {csv: true}, {md: true}, {csv: true, excel: true}] as Flags[]) calls.push([command, {...format, ...(freq ? {freq} : {})}]);
	}
}

async function answers(store: string): Promise<string[]> {
	const out: string[] = [];
	for (const [command, flags] of calls) {
		const r = await runCommand(command, [], {...flags, db: store});
		out.push(`${command} ${JSON.stringify(flags)}\n${r.status}\n${r.stdout}\n${r.stderr}`);
	}

	return out;
}

/** Saves the answers of the store as it is, worked out from `change`d data if given (to tell them apart). */
async function save(store: string, change?: (data: StoreData) => void): Promise<void> {
	const opened = await openStore(store, {readOnly: true});
	change?.(opened.data);
	await saveAnswers(store, opened.data, opened.state);
}

const marker = 'From the saved answer';
const retitle = (data: StoreData) => {
	for (const a of data.articles) a.title = marker;
	for (const e of data.events) e.summary = marker;
};

afterEach(() => {
	recordsFromBytes.value = 64 * 1024 * 1024;
	chunkBytes.value = 4 * 1024 * 1024;
});

describe('saved answers of the list commands', () => {
	it('give the same bytes as the command works out from the store, for every command, format and --freq column', async () => {
		const {store} = tempStore();
		const fromStore = await answers(store);
		expect(existsSync(answersPath(store))).toBe(false);
		recordsFromBytes.value = 0;
		await save(store);
		// One file a call (`--excel` is the CSV's with the byte order mark put first).
		expect(readdirSync(answersPath(store))).toHaveLength(calls.filter(([, f]) => !f.excel).length);
		expect(await answers(store)).toEqual(fromStore);
		expect(fromStore.join('\n')).toContain('\uFEFF');
		// The saved forms are the command table's: each --freq column of each answered command.
		for (const command of answeredCommands) for (const freq of commandNamed(command)!.flags['freq']?.choices ?? []) expect(existsSync(`${answersPath(store)}/${command}.md.freq-${freq}`), `${command} ${freq}`).toBe(true);
		// Printed a few bytes at a time, each cut at a character's end (curly quotes are three bytes in UTF-8).
		chunkBytes.value = 5;
		expect(fromStore.join('\n')).toContain('’');
		expect(await answers(store)).toEqual(fromStore);
	});

	it('are printed when of the store as it is', async () => {
		const {store} = tempStore();
		recordsFromBytes.value = 0;
		await save(store, retitle);
		const r = await runCommand('articles', [], {db: store, json: true});
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)[0].title).toBe(marker);
		expect((await runCommand('timeline', [], {db: store, md: true})).stdout).toContain(marker);
		expect((await runCommand('articles', [], {db: store, csv: true, excel: true})).stdout).toMatch(new RegExp(`^\uFEFFid,.*${marker}`, 's'));
	});

	it('are saved by a command that worked its answer out, for a large store only', async () => {
		const {store} = tempStore();
		const first = await runCommand('quotes', [], {db: store, csv: true, excel: true});
		expect(existsSync(answersPath(store))).toBe(false);
		recordsFromBytes.value = 0;
		expect((await runCommand('quotes', [], {db: store, csv: true, excel: true})).stdout).toBe(first.stdout);
		expect(readdirSync(answersPath(store))).toEqual(['quotes.csv']);
		// Saved without the byte order mark: the plain CSV is the same answer.
		expect(readFileSync(`${answersPath(store)}/quotes.csv`, 'utf8')).not.toContain('\uFEFF');
		expect((await runCommand('quotes', [], {db: store, csv: true, excel: true})).stdout).toBe(first.stdout);
		expect('\uFEFF' + (await runCommand('quotes', [], {db: store, csv: true})).stdout).toBe(first.stdout);
	});

	it('are not printed once the store or its curated file has been saved', async () => {
		const {store} = tempStore();
		recordsFromBytes.value = 0;
		await save(store, retitle);
		const editable = await openStore(store);
		await editable.updateCurated((data) => void applyCuration(data, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'Board met'}}, {today: '2026-11-22'}));
		await editable.release();
		for (const [command, flags] of [['timeline', {json: true}], ['articles', {}]] as const) {
			const r = await runCommand(command, [], {db: store, ...flags});
			expect(r.stdout).not.toContain(marker);
		}
		expect((await runCommand('timeline', [], {db: store})).stdout).toContain('Board met');

		await save(store, retitle);
		// Saved with other bytes (the same bytes, once a command has recorded them, are the same state: content-digests.ts).
		writeFileSync(store, `${readFileSync(store, 'utf8')}\n`);
		expect((await runCommand('quotes', [], {db: store, md: true})).stdout).not.toContain(marker);
	});

	it('are not printed when damaged, cut short, or of another format', async () => {
		const {store} = tempStore();
		const expected = (await runCommand('articles', [], {db: store, json: true})).stdout;
		recordsFromBytes.value = 0;
		const file = `${answersPath(store)}/articles.json`;
		const damage: Array<(bytes: Buffer) => Buffer> = [
			...damagedCopies(marker),
			(bytes) => Buffer.from(bytes.toString('latin1').replace(/scrutiny-answer \d+/, 'scrutiny-answer 0'), 'latin1'),
			() => Buffer.alloc(0),
		];
		for (const [i, hurt] of damage.entries()) {
			await save(store, retitle);
			writeFileSync(file, hurt(readFileSync(file)));
			const r = await runCommand('articles', [], {db: store, json: true});
			expect(r.stdout, `damage ${i}`).toBe(expected);
			expect(r.status).toBe(0);
		}
	});

	it('are never printed for a call that filters, or for search', async () => {
		const {store} = tempStore();
		recordsFromBytes.value = 0;
		await save(store, retitle);
		const filtered: Array<[string, string[], Flags]> = [
			['articles', [], {authority: ['blackpool']}],
			['quotes', [], {speaker: 'blackburn', json: true}],
			['people', [], {authority: ['blackpool'], md: true}],
			['timeline', [], {type: ['resignation'], csv: true}],
			['timeline', [], {from: '2016'}],
			['compare', ['blackpool', 'north east lincolnshire'], {json: true}],
			['search', ['inadequate'], {json: true}],
		];
		for (const [command, args, flags] of filtered) {
			expect(answerKey(command, {args, flags}), command).toBeNull();
			const r = await runCommand(command, args, {...flags, db: store});
			expect(r.stdout, `${command} ${JSON.stringify(flags)}`).not.toContain(marker);
		}
		// The flags that change nothing printed still find the answer.
		expect(answerKey('timeline', {args: [], flags: {ascii: true, debug: true, authority: []}})).toEqual({name: 'timeline.text', excel: false});
	});

	it('are not made by an import (the first call of each form saves its own); a dead save’s temp file is cleared', async () => {
		const {dir} = tempStore();
		recordsFromBytes.value = 0;
		const large = path.join(dir, 'large.json');
		expect((await runCommand('import', [path.join(repoRoot, 'data', 'articles')], {db: large})).status).toBe(0);
		expect(existsSync(answersPath(large))).toBe(false);
		const first = await runCommand('timeline', [], {db: large, csv: true});
		expect(readdirSync(answersPath(large))).toEqual(['timeline.csv']);
		// A save killed before its rename (pid 2^22 + 1 runs nowhere: above Linux's pid limit).
		writeFileSync(path.join(answersPath(large), `.timeline.csv.${2 ** 22 + 1}.0a1b2c.tmp`), 'half');
		expect((await runCommand('people', [], {db: large})).stdout.length).toBeGreaterThan(0);
		expect(readdirSync(answersPath(large)).sort()).toEqual(['people.text', 'timeline.csv']);
		expect((await runCommand('timeline', [], {db: large, csv: true})).stdout).toBe(first.stdout);
		recordsFromBytes.value = 64 * 1024 * 1024;
	});

	it('are as private as the store', async () => {
		const {store} = tempStore();
		await fs.chmod(store, 0o600);
		recordsFromBytes.value = 0;
		await save(store);
		expect(statSync(answersPath(store)).mode & 0o777).toBe(0o700);
		for (const name of readdirSync(answersPath(store))) expect(statSync(`${answersPath(store)}/${name}`).mode & 0o777, name).toBe(0o600);
	});
});
