/**
 * The comparison while a large store is read: drawn from the comparison saved beside the store (its sides, and
 * each authority's records merged with the curated file), keys sent before the read is released: the same frames
 * as a session that had the store from the start, with and without curated edits on either side, before the read
 * ends and after it. A table made from another state of the store file is not used.
 */
import {writeFileSync, readFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {saveTables, tableKey} from '../../source/cli/row-tables/table-answer.js';
import {applyCuration, type CurationEdit} from '../../source/corpus/curation.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {savedViews} from '../../source/corpus/records/saved-views.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import {openStore} from '../../source/corpus/store/index.js';
import type {CommandName} from '../../source/ui/keymap.js';
import {runCommand, tempStore} from '../helpers/cli.js';
import {later} from '../helpers/later.js';
import {renderApp, waitUntil, type AppHarness} from './harness.js';

afterEach(() => cleanup());
const dirs: string[] = [];
afterAll(async () => {
	for (const dir of dirs) await fs.rm(dir, {recursive: true, force: true});
});

const today = '2026-11-22';
const header =
	'urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version';
const judged = (urn: string, authority: string, published: string, grade: string) => [urn, authority, `https://files.example/${urn}-${published.replaceAll('/', '')}`, 'r.pdf', published, 'standard', 'An Inspector', '', '', grade, '', '', '', '', '1'].join(',');
// Two episodes on one side, so that `e` steps between them.
const official = [header, judged('1', 'blackpool', '17/01/19', 'inadequate'), judged('1', 'blackpool', '01/02/23', 'requires improvement'), judged('1', 'blackpool', '05/05/24', 'inadequate'), judged('2', 'north east lincolnshire', '26/11/21', 'inadequate')].join('\n');

/** The bundled store with official judgements, its tables, and `edits` in its curated file. */
async function storeWith(edits: readonly CurationEdit[]): Promise<{file: string; data: StoreData}> {
	const {dir, store} = tempStore();
	dirs.push(dir);
	writeFileSync(path.join(dir, 'ilacs.csv'), official);
	expect((await runCommand('import-ofsted', [path.join(dir, 'ilacs.csv')], {db: store})).status).toBe(0);
	const opened = await openStore(store, {readOnly: true});
	expect(await saveTables(store, opened.extracted, tableKey(store), ['compare'])).toBe(true);
	if (edits.length > 0) {
		const writable = await openStore(store);
		for (const e of edits) await writable.updateCurated((d) => void applyCuration(d, e, {today}));
		await writable.release();
	}
	return {file: store, data: (await openStore(store, {readOnly: true})).data};
}

const draft = (authority: string, date: string, type: string, summary: string) => ({date, type, rating: '', authority, summary}) as Extract<CurationEdit, {kind: 'add'}>['draft'];

async function send(app: AppHarness, steps: readonly CommandName[]): Promise<void> {
	for (const step of steps) await app.pressCommand(step);
}

async function fromTheStore(data: StoreData, steps: readonly CommandName[]): Promise<string> {
	const app = await renderApp(data, {today: () => today});
	await app.waitForText('Authorities');
	await send(app, steps);
	const frame = app.frame();
	cleanup();
	return frame;
}

async function reading(file: string, data: StoreData, steps: readonly CommandName[]) {
	const loading = later<StoreData>();
	const app = await renderApp(emptyStore(data.name), {today: () => today, pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise, views: savedViews(file)}});
	await app.waitForText('Authorities');
	await app.pressCommand(steps[0]!);
	await app.waitForText('Compare ·');
	await send(app, steps.slice(1));
	return {app, release: () => loading.resolve(data)};
}

const steps: CommandName[] = ['view-compare', 'move-down', 'move-down', 'episode-left', 'toggle-alignment', 'move-up', 'episode-left', 'episode-right'];

describe('the comparison while the store is read', () => {
	for (const [name, edits] of [
		['no curated edits', []],
		[
			'curated edits on both sides',
			[
				{kind: 'add', draft: draft('Blackpool', '2019-02-05', 'resignation', 'Leader stood down')},
				{kind: 'add', draft: draft('North East Lincolnshire', '2022-02-01', 'resignation', 'Leader went')},
			],
		],
	] as const) {
		it(`is drawn from the tables as from the store, episodes stepped, and stays put once the store is read (${name})`, async () => {
			const {file, data} = await storeWith(edits);
			const expected = await fromTheStore(data, steps);
			expect(data.events.filter((e) => e.origin === 'curated')).toHaveLength(edits.length);
			// The edits show in the rows on screen: the tables' sides alone would say `missing`.
			if (edits.length > 0) expect(expected).toMatch(/resigned +2019-02-05.*2022-02-01/);
			const {app, release} = await reading(file, data, steps);
			expect(app.frame()).toEqual(expected);
			release();
			await app.pressCommand('move-up');
			const after = await fromTheStore(data, [...steps, 'move-up']);
			await waitUntil(() => app.frame() === after, () => `the frame after the read:\n${app.frame()}\nnot\n${after}`);
		});
	}

	it('waits for the store when the tables are of another state of the store file', async () => {
		const {file, data} = await storeWith([]);
		// Other bytes: the same bytes, which the import recorded, would be the same state (content-digests.ts).
		writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
		const loading = later<StoreData>();
		const app = await renderApp(emptyStore(data.name), {pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise, views: savedViews(file)}});
		await app.waitForText('Authorities');
		await app.pressCommand('view-compare');
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(app.frame()).toContain('Reading the store');
		loading.resolve(data);
		await app.waitForText('Compare ·');
	});
});
