/**
 * What the tests of the lists' heads share (articles-head.test.tsx, people-head.test.tsx): a store file with a
 * list's row tables beside it, a head of another state of the file, the frame of a session that had the store
 * from the start, and a session whose store is being read with the list's head and never its rows.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {saveTables, tableKey} from '../../source/cli/row-tables/table-answer.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import type {SavedViews} from '../../source/corpus/records/saved-views.js';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import type {CommandName} from '../../source/ui/keymap.js';
import {later} from '../helpers/later.js';
import {commandKey, renderApp, waitUntil} from './harness.js';

/** `data` written to a store file in a folder of its own, with the list's tables beside it, for the file's tests. */
export function storeWithTables(data: StoreData, list: 'articles' | 'people'): {readonly file: () => string; readonly dir: () => string} {
	let dir = '';
	let file = '';
	beforeAll(async () => {
		dir = mkdtempSync(path.join(os.tmpdir(), `scrutiny-ui-${list}-head-`));
		file = path.join(dir, 'store.json');
		writeFileSync(file, JSON.stringify(data));
		expect(await saveTables(file, data, tableKey(file), [list])).toBe(true);
	});
	afterAll(() => rmSync(dir, {recursive: true, force: true}));
	return {file: () => file, dir: () => dir};
}

/**
 * A store file beside `dir`'s whose list's head is that of an earlier state of it (the same bytes written again,
 * its tables made again, then the old head put back): `head` is asked of the file before and after.
 */
export async function headOfAnotherState(dir: string, data: StoreData, list: 'articles' | 'people', head: (file: string) => unknown): Promise<{before: unknown; after: unknown; file: string}> {
	const other = path.join(dir, 'other.json');
	writeFileSync(other, JSON.stringify(data));
	expect(await saveTables(other, data, tableKey(other), [list])).toBe(true);
	const headFile = path.join(`${other}.lists`, `${list}-head.index`);
	const stale = readFileSync(headFile);
	// Another file (its identity changes), as after any save; its tables made again.
	writeFileSync(other, readFileSync(other));
	expect(await saveTables(other, data, tableKey(other), [list])).toBe(true);
	const before = head(other);
	writeFileSync(headFile, stale);
	return {before, after: head(other), file: other};
}

export type Step = CommandName | {key: string};

/** The frame of a session that had the store from the start, after `steps`. */
export async function fromTheStore(data: StoreData, steps: readonly Step[], columns = 100): Promise<string> {
	const app = await renderApp(data, {columns});
	await app.waitForText('Authorities');
	for (const s of steps) await (typeof s === 'string' ? app.pressCommand(s) : app.press(s.key));
	const frame = app.frame();
	cleanup();
	return frame;
}

/** A session whose store is being read, drawing from `views` (the list's head, never its rows). */
export async function headOnly(data: StoreData, views: SavedViews, columns = 100) {
	const loading = later<StoreData>();
	const app = await renderApp(emptyStore(data.name), {columns, pending: {start: startSnapshot(data, dashboardLimits), data: loading.promise, views}});
	await app.waitForText('Authorities');
	return {app, release: () => loading.resolve(data)};
}

/**
 * The tests that a sort, or a move past the head's rows, waits with the keys after it and is done once the store
 * is read: the list opened by `open`, drawn from `views` (200 columns: wide enough for the rows to differ).
 */
export function keysPastTheHead(data: StoreData, open: CommandName, views: () => SavedViews): void {
	for (const [held, next] of [
		['sort', 'move-down'],
		['bottom', 'move-up'],
	] as const) {
		it(`${held} (not among the head's rows) waits, with the keys after it, and is done once the store is read`, async () => {
			const expected = await fromTheStore(data, [open, held, next], 200);
			const {app, release} = await headOnly(data, views(), 200);
			await app.pressCommand(open);
			const before = app.frame();
			await app.pressQuietly(commandKey(held));
			await app.pressQuietly(commandKey(next));
			expect(app.frame()).toBe(before);
			expect(expected).not.toBe(before);
			release();
			await waitUntil(() => app.frame() === expected, () => `the frame after the read:\n${app.frame()}\nnot\n${expected}`);
		});
	}
}
