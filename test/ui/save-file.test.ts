/** Saved lists: a new file every time (never over one that exists), named from words the store holds. */
import {chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {writeSaved} from '../../source/ui/save-notice.js';
import {slugOf} from '../../source/ui/views/shown-list.js';
import {writeNewFile} from '../../source/ui/write-new-file.js';

let dir = '';
afterEach(() => {
	if (dir) rmSync(dir, {recursive: true, force: true});
});
const fresh = () => (dir = mkdtempSync(path.join(os.tmpdir(), 'scr-new-')));

describe('writeNewFile', () => {
	it('takes the name, then -1, -2 ..., leaving every existing file as it was', () => {
		fresh();
		writeFileSync(path.join(dir, 'list.csv'), 'old');
		writeFileSync(path.join(dir, 'list-1.csv'), 'older');
		expect(path.basename(writeNewFile(dir, 'list', '.csv', 'a'))).toBe('list-2.csv');
		expect(path.basename(writeNewFile(dir, 'list', '.csv', 'b'))).toBe('list-3.csv');
		expect(path.basename(writeNewFile(dir, 'list', '.md', 'c'))).toBe('list.md');
		expect(readFileSync(path.join(dir, 'list.csv'), 'utf8')).toBe('old');
		expect(readFileSync(path.join(dir, 'list-1.csv'), 'utf8')).toBe('older');
		expect(readdirSync(dir).sort()).toEqual(['list-1.csv', 'list-2.csv', 'list-3.csv', 'list.csv', 'list.md']);
	});

	it('says in one line why a save failed, and writes nothing', () => {
		fresh();
		const missing = path.join(dir, 'no-such-folder');
		expect(writeSaved({base: 'x', extension: '.csv', content: () => 'a', rows: 1}, missing)).toMatch(/^not saved: ENOENT.*no-such-folder/);
		if (process.getuid?.() !== 0) {
			chmodSync(dir, 0o500);
			expect(writeSaved({base: 'x', extension: '.csv', content: () => 'a', rows: 1}, dir)).toMatch(/^not saved: EACCES/);
			chmodSync(dir, 0o700);
		}
		expect(readdirSync(dir)).toEqual([]);
	});

	it('says where it wrote and how many rows', () => {
		fresh();
		expect(writeSaved({base: 'x', extension: '.csv', content: () => 'a', rows: 1}, dir)).toBe(`saved 1 row to ${path.join(dir, 'x.csv')}`);
	});
});

describe('slugOf', () => {
	it.each([
		['Simon Blackburn', 'simon-blackburn'],
		['Siân O’Neill-Jones', 'sian-o-neill-jones'],
		['../../etc/passwd', 'etc-passwd'],
		['\u001b]52;c;x\u0007', '52-c-x'],
		['勇気', 'list'],
		['a'.repeat(60), 'a'.repeat(40)],
	])('%j is %j', (words, slug) => {
		expect(slugOf(words)).toBe(slug);
	});
});
