/**
 * A stop signal after the store's last write, while `scrutiny import` makes the caches and the row tables beside
 * it, ends the process at once, even inside synchronous work (a large store's tables take minutes of it), and
 * leaves no table that a later call trusts. The built program runs with a preload that holds it, blocked,
 * inside the opening of its first row table's first file, as a long synchronous step holds it: a signal that
 * waited for the event loop would never be acted on.
 */
import {spawn} from 'node:child_process';
import {existsSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {withDefaultStopSignals} from '../../source/cli/default-signals.js';
import {RowTable, tableKey, tablesPath} from '../../source/corpus/records/row-table-file.js';
import {openStore} from '../../source/corpus/store/index.js';
import {builtCli} from '../helpers/cli.js';
import {assertWholeArticles, expectations, spawnBuilt, tempDir, waitFor, writeCorpus, type Expected, type Finished} from './synthetic.js';

/** Every table beside the store: the list commands', the reader's and the events by authority. */
const tableNames = ['articles', 'quotes', 'people', 'timeline', 'compare', 'reader', 'events'];

/** Blocks the process (no CPU) in the first open of a file for writing in the row tables' folder, after saying so. */
const holdInTables = (held: string) => `import fs from 'node:fs';
import path from 'node:path';
import {syncBuiltinESMExports} from 'node:module';
const open = fs.openSync;
let holding = false;
fs.openSync = function (file, flags, ...rest) {
	if (!holding && flags === 'w' && String(file).includes('.lists' + path.sep)) {
		holding = true;
		fs.writeFileSync(${JSON.stringify(held)}, String(file));
		// Ten minutes at most, so that a process the signal did not end does not stay behind for ever.
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 600_000);
	}
	return open.call(this, file, flags, ...rest);
};
syncBuiltinESMExports();
`;

describe('a stop signal while the import makes its row tables', () => {
	let dir: string;
	let corpus: string;
	let expected: Map<string, Expected>;

	beforeAll(async () => {
		dir = tempDir();
		corpus = writeCorpus(dir, 30, 23);
		expected = await expectations(corpus);
	});

	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	for (const signal of ['SIGTERM', 'SIGINT'] as const) {
		it(`${signal} ends the process held inside a table; the store is whole and no table is trusted`, async () => {
			const store = path.join(dir, `${signal}.json`);
			const held = path.join(dir, `${signal}.held`);
			const probe = path.join(dir, `${signal}-hold.mjs`);
			writeFileSync(probe, holdInTables(held));
			// Any store makes its row tables with this setting (a real one must be over 64 MB).
			const child = spawn(process.execPath, ['--import', probe, builtCli, 'import', corpus, '--db', store], {
				env: {...process.env, SCRUTINY_LARGE_STORE_BYTES: '0'},
				stdio: ['ignore', 'pipe', 'ignore'],
			});
			const done = new Promise<Pick<Finished, 'status' | 'signal'>>((resolve, reject) => {
				child.on('error', reject);
				child.on('close', (status, endedBy) => resolve({status, signal: endedBy}));
			});
			try {
				await waitFor(() => existsSync(held) || child.exitCode !== null, 300_000, 'the first row table');
				expect(existsSync(held), 'the import reached its row tables').toBe(true);
				child.kill(signal);
				const result = await done;
				expect(result).toEqual({status: null, signal});
			} finally {
				child.kill('SIGKILL');
			}

			// The store was written before the tables: every article whole.
			const opened = await openStore(store, {readOnly: true});
			assertWholeArticles(opened.data, expected, `after ${signal}`);
			expect(opened.data.articles).toHaveLength(30);
			// What the interrupted table wrote is a temp file, and no table reads as one of this store.
			const key = tableKey(store)!;
			for (const name of tableNames) expect(RowTable.open(store, name, key), name).toBeNull();
			expect(readdirSync(tablesPath(store)).every((name) => name.startsWith('.') && name.endsWith('.tmp'))).toBe(true);
			// A later call answers from the store, and the next save of a table removes the dead process's temp file.
			const later = await spawnBuilt(['articles', '--json', '--db', store], {SCRUTINY_LARGE_STORE_BYTES: '0'}).done;
			expect(later.status).toBe(0);
			expect((JSON.parse(later.stdout.toString()) as unknown[]).length).toBe(30);
			expect(RowTable.open(store, 'articles', key)).not.toBeNull();
			expect(readdirSync(tablesPath(store)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
		});
	}
});

describe('withDefaultStopSignals', () => {
	it('takes every listener of the stop signals away while its work runs, and puts them back after', async () => {
		const listener = () => undefined;
		process.on('SIGTERM', listener);
		try {
			const before = process.listeners('SIGTERM');
			const during = await withDefaultStopSignals(async () => ['SIGINT', 'SIGTERM', 'SIGHUP'].map((s) => process.listenerCount(s)));
			expect(during).toEqual([0, 0, 0]);
			expect(process.listeners('SIGTERM')).toEqual(before);
			await expect(withDefaultStopSignals(async () => Promise.reject(new Error('failed work')))).rejects.toThrow('failed work');
			expect(process.listeners('SIGTERM')).toEqual(before);
		} finally {
			process.off('SIGTERM', listener);
		}
	});
});
