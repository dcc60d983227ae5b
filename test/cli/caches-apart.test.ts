/** When the UI makes a store's caches in a process of their own before it opens (cli/caches-apart.ts). */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {cachesApartBytes, makesCachesApart} from '../../source/cli/caches-apart.js';

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-apart-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const file = (name: string, bytes: number) => {
	const p = path.join(dir, name);
	writeFileSync(p, Buffer.alloc(bytes, 32));
	return p;
};

describe('makesCachesApart', () => {
	it('leaves a store under the size to the UI’s own process, and makes a larger one’s apart', () => {
		const small = file('small.json', 1000);
		expect(makesCachesApart(small, {})).toBe(false);
		expect(makesCachesApart(small, {SCRUTINY_CACHES_APART_BYTES: '1000'})).toBe(true);
		expect(makesCachesApart(small, {SCRUTINY_CACHES_APART_BYTES: '1001'})).toBe(false);
	});

	it('takes the default size where the setting is empty or not a number', () => {
		const small = file('small2.json', 10);
		expect(cachesApartBytes).toBeGreaterThan(10);
		for (const set of ['', ' ', 'lots', 'NaN']) expect(makesCachesApart(small, {SCRUTINY_CACHES_APART_BYTES: set})).toBe(false);
	});

	it('is false for a store that is not there (the UI reports it)', () => {
		expect(makesCachesApart(path.join(dir, 'missing.json'), {SCRUTINY_CACHES_APART_BYTES: '0'})).toBe(false);
	});
});
