/**
 * The timeline and `compare` of authorities a curated edit touches, answered from the row tables
 * (source/cli/row-tables/authority-lines.ts): the same bytes as the command works out from the store (the
 * oracle), for every kind of edit (an added event, a corrected one, one moved to another authority, a curated
 * event edited again, a wrong-mark and its undoing), on either side of a comparison and under every timeline
 * filter; and the tables made again by `import-ofsted` as by `import`.
 */
import {renameSync, writeFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {applyCuration, type CurationEdit} from '../../source/corpus/curation.js';
import {openStore} from '../../source/corpus/store/index.js';
import {commandNamed} from '../../source/cli/command-table.js';
import type {Context, Flags} from '../../source/cli/context.js';
import {checkFlags} from '../../source/cli/flags.js';
import {RowTable, tablesPath} from '../../source/corpus/records/row-table-file.js';
import {printFromTable, saveTables, tableKey} from '../../source/cli/row-tables/table-answer.js';
import {recordsFromBytes} from '../../source/cli/store-source.js';
import {runCommand, tempStore} from '../helpers/cli.js';

const today = '2026-11-22';
const formats: Flags[] = [{}, {json: true}, {csv: true}, {md: true}];
const header =
	'urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version';
const official = (urn: string, authority: string, published: string, grade: string) =>
	[urn, authority, `https://files.example/${urn}-${published.replaceAll('/', '')}`, 'report.pdf', published, 'standard', 'A Inspector', '', '', grade, '', '', '', '', '1'].join(',');
const ilacs = [header, official('1', 'blackpool', '17/01/19', 'inadequate'), official('1', 'blackpool', '01/02/23', 'requires improvement'), official('2', 'north east lincolnshire', '26/11/21', 'inadequate'), official('2', 'north east lincolnshire', '03/09/25', 'good')].join('\n');

/** Timeline calls with every filter on the touched authorities (and none), and compare both ways round and by default. */
function calls(): Array<[string, Flags, string[]]> {
	const filters: Flags[] = [
		{},
		{authority: ['blackpool']},
		{authority: ['ne lincs']},
		{authority: ['blackpool', 'ne lincs']},
		{authority: ['blackpool'], from: '2019-02', to: '2019-03'},
		{authority: ['blackpool'], type: ['resignation-call', 'improvement-board', 'other', 'inspection-judgement']},
		{authority: ['ne lincs'], origin: ['curated']},
		{origin: ['extracted', 'ofsted']},
		{from: '2019'},
		{type: ['improvement-board']},
	];
	const out: Array<[string, Flags, string[]]> = [];
	for (const filter of filters) for (const format of formats) out.push(['timeline', {...filter, ...format}, []]);
	out.push(['timeline', {authority: ['blackpool'], freq: 'type'}, []], ['timeline', {freq: 'origin', csv: true}, []], ['timeline', {authority: ['ne lincs'], csv: true, excel: true}, []]);
	for (const pair of [['blackpool', 'ne lincs'], ['ne lincs', 'blackpool'], [], ['blackpool', 'blackpool']]) for (const format of formats) out.push(['compare', format, pair]);
	return out;
}

const describeCall = ([command, flags, args]: [string, Flags, string[]]) => `${command} ${args.join(' ')} ${JSON.stringify(flags)}`;

/** What the command prints when it works its answer out from the store: the tables put aside meanwhile. */
async function fromStore(store: string, call: [string, Flags, string[]]): Promise<string> {
	const aside = `${tablesPath(store)}.aside`;
	renameSync(tablesPath(store), aside);
	try {
		const [command, flags, args] = call;
		const r = await runCommand(command, args, {...flags, db: store});
		expect(r.status, `${describeCall(call)}: ${r.stderr}`).toBe(0);
		return r.stdout;
	} finally {
		renameSync(aside, tablesPath(store));
	}
}

/** What the row tables print for the call, or why they did not. */
async function fromTables(store: string, [command, flags, args]: [string, Flags, string[]]): Promise<string> {
	let stdout = '';
	const ctx: Context = {args, flags: checkFlags(commandNamed(command)!, {...flags, db: store}), stdout: {write: (s: string | Uint8Array) => ((stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')), true)}, stderr: {write: () => true}, env: {}};
	const status = await printFromTable(command, ctx);
	return status === 'printed' ? stdout : `(${status})`;
}

async function expectSameAnswers(store: string): Promise<void> {
	for (const call of calls()) expect(await fromTables(store, call), describeCall(call)).toBe(await fromStore(store, call));
}

async function edit(store: string, ...edits: CurationEdit[]): Promise<void> {
	const opened = await openStore(store);
	try {
		for (const e of edits) await opened.updateCurated((d) => void applyCuration(d, e, {today}));
	} finally {
		await opened.release();
	}
}

const draft = (authority: string, date: string, type: string, summary: string, more: Record<string, string> = {}) => ({date, type, rating: '', authority, summary, ...more}) as Extract<CurationEdit, {kind: 'add'}>['draft'];

const dirs: string[] = [];
afterEach(async () => {
	recordsFromBytes.value = 64 * 1024 * 1024;
	for (const dir of dirs.splice(0)) await fs.rm(dir, {recursive: true, force: true});
});

/** The bundled store with official judgements for both authorities, and its tables. */
async function storeWithTables(): Promise<string> {
	const {dir, store} = tempStore();
	dirs.push(dir);
	const csv = path.join(dir, 'ilacs.csv');
	writeFileSync(csv, ilacs);
	expect((await runCommand('import-ofsted', [csv], {db: store})).status).toBe(0);
	const opened = await openStore(store, {readOnly: true});
	expect(await saveTables(store, opened.extracted, tableKey(store))).toBe(true);
	return store;
}

describe('the row tables with curated records', () => {
	it('answer the timeline and compare of touched authorities as the store does, after each kind of edit', async () => {
		const store = await storeWithTables();
		await expectSameAnswers(store);
		// One side touched: an added event, a judgement that joins the official one, a corrected line of several
		// reports, a report marked wrong.
		await edit(
			store,
			{kind: 'add', draft: draft('Blackpool', '2019-03', 'other', 'Board met')},
			{kind: 'add', draft: draft('Blackpool', '2019-01-17', 'inspection-judgement', 'Rated inadequate', {rating: 'inadequate'})},
			{kind: 'edit', id: '000_a503623955de7664-e1', ids: ['000_a503623955de7664-e1', '002_2faa4e66540421cf-e2'], draft: draft('Blackpool', '2019-02-03', 'resignation-call', 'my wording')},
			{kind: 'mark-wrong', ids: ['001_43f7d8f676f271e4-e6']},
		);
		await expectSameAnswers(store);
		// Both sides: a report moved to the other authority as a plan, a report marked wrong, a curated event edited
		// again, a mark undone.
		await edit(
			store,
			{kind: 'edit', id: '004_11d66a30176ed5de-e5', ids: ['004_11d66a30176ed5de-e5'], draft: draft('Blackpool', '2022-01', 'improvement-board', 'Board to be set up', {status: 'planned'})},
			{kind: 'mark-wrong', ids: ['004_11d66a30176ed5de-e1']},
			{kind: 'unmark-wrong', ids: ['001_43f7d8f676f271e4-e6']},
		);
		const data = (await openStore(store, {readOnly: true})).data;
		const board = data.events.find((e) => e.origin === 'curated' && e.summary === 'Board met')!;
		await edit(store, {kind: 'edit', id: board.id, ids: [board.id], draft: draft('Blackpool', '2019-04', 'other', 'Board met again')});
		await expectSameAnswers(store);
		const timeline = await fromTables(store, ['timeline', {authority: ['blackpool']}, []]);
		for (const text of ['Board met again', 'my wording', 'Board to be set up']) expect(timeline).toContain(text);
		expect(await fromTables(store, ['compare', {md: true}, ['ne lincs', 'blackpool']])).toContain('2019-02-03, 17 days after');
	});

	it('are made again when they do not keep the records of a touched authority, and answer from the store meanwhile', async () => {
		const store = await storeWithTables();
		await edit(store, {kind: 'add', draft: draft('Blackpool', '2019-03', 'other', 'Board met')});
		const table = RowTable.open(store, 'events', tableKey(store)!)!;
		expect(table.has('lines')).toBe(true);
		// Tables from before the records were kept beside them (a part missing is such a table).
		await fs.rm(path.join(tablesPath(store), 'events.lines'));
		const timeline: [string, Flags, string[]] = ['timeline', {authority: ['blackpool']}, []];
		const compare: [string, Flags, string[]] = ['compare', {}, ['blackpool', 'ne lincs']];
		expect(await fromTables(store, timeline)).toBe('(missing)');
		expect(await fromTables(store, compare)).toBe('(missing)');
		// The lines of an untouched authority are still the table's.
		expect(await fromTables(store, ['timeline', {authority: ['ne lincs']}, []])).toBe(await fromStore(store, ['timeline', {authority: ['ne lincs']}, []]));
		// A call on a large store answers from the store and makes them again.
		recordsFromBytes.value = 0;
		const answered = await runCommand('timeline', [], {authority: ['blackpool'], db: store});
		recordsFromBytes.value = 64 * 1024 * 1024;
		expect(await fromTables(store, timeline)).toBe(answered.stdout);
		expect(answered.stdout).toBe(await fromStore(store, timeline));
		expect(await fromTables(store, compare)).toBe(await fromStore(store, compare));
	});
});

describe('import-ofsted', () => {
	it('makes the row tables of a large store again, as import does', async () => {
		const {dir, store} = tempStore();
		dirs.push(dir);
		recordsFromBytes.value = 0;
		const csv = path.join(dir, 'ilacs.csv');
		writeFileSync(csv, ilacs);
		expect((await runCommand('import-ofsted', [csv], {db: store})).status).toBe(0);
		const key = tableKey(store)!;
		for (const name of ['articles', 'people', 'quotes', 'timeline', 'compare', 'events']) expect(RowTable.open(store, name, key), name).not.toBeNull();
		const call: [string, Flags, string[]] = ['timeline', {authority: ['blackpool'], json: true}, []];
		const printed = await fromTables(store, call);
		// The store worked out as small (a large one saves the table again after the call).
		recordsFromBytes.value = 64 * 1024 * 1024;
		expect(printed).toContain('"origin": "ofsted"');
		expect(printed).toBe(await fromStore(store, call));
		// The same judgements loaded again: the store is not written, and the tables stay as they are.
		recordsFromBytes.value = 0;
		const again = await runCommand('import-ofsted', [csv], {db: store});
		expect(again.status).toBe(0);
		expect(again.stdout).toContain('loaded 4 official judgements for 2 authorities');
		expect(tableKey(store)).toBe(key);
		// Others (another save of the store file): they are made again.
		writeFileSync(csv, [ilacs, official('3', 'blackburn with darwen', '01/03/22', 'good')].join('\n'));
		expect((await runCommand('import-ofsted', [csv], {db: store})).status).toBe(0);
		expect(tableKey(store)).not.toBe(key);
		const table = RowTable.open(store, 'timeline', tableKey(store)!);
		expect(table).not.toBeNull();
		recordsFromBytes.value = 64 * 1024 * 1024;
		const all: [string, Flags, string[]] = ['timeline', {origin: ['ofsted']}, []];
		expect(await fromTables(store, all)).toContain('Blackburn with Darwen');
		expect(await fromTables(store, all)).toBe(await fromStore(store, all));
	});
});
