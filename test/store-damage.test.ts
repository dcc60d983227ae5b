/** Damaged stores are reported, one line naming the file, and never replaced. */
import fs from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {openStore, StoreError} from '../source/corpus/store/index.js';
import {sample, serialise, writeStore, tempFiles, faultyFs, spyFs, storeError, expectRejected, prng, dir, file, useTempStore} from './helpers/store-fixtures.js';

useTempStore();

describe('openStore: damaged stores are reported, never replaced', () => {
	it('a missing file', async () => {
		const error = await storeError(openStore(file), 'missing');
		expect(error.message).toBe(`${file}: no such store (use \`scrutiny import\` to create one)`);
		await expect(fs.access(file)).rejects.toThrow();
	});

	it('a missing directory, or a symlink to nothing, even with create', async () => {
		const inMissing = path.join(dir, 'nope', 'corpus.json');
		expect((await storeError(openStore(inMissing, {create: true}), 'missing')).message).toBe(`${inMissing}: cannot create: no such directory`);

		const link = path.join(dir, 'link.json');
		await fs.symlink(path.join(dir, 'absent.json'), link);
		expect((await storeError(openStore(link, {create: true}), 'not-a-file')).message).toBe(
			`${link}: is a symbolic link to a file that does not exist`,
		);
		await expect(fs.access(path.join(dir, 'absent.json'))).rejects.toThrow();
	});

	it('a directory', async () => {
		await fs.mkdir(file);
		expect((await expectRejected('not-a-file')).message).toBe(`${file}: is a directory`);
	});

	it('an unreadable file', async () => {
		const before = await writeStore(sample());
		const {seam} = faultyFs('readFile', 'EACCES', (target) => target === file);
		const error = await storeError(openStore(file, {fs: seam}), 'unreadable');
		expect(error.message).toBe(`${file}: cannot read: permission denied`);
		expect((await fs.readFile(file)).equals(before)).toBe(true);

		if (process.getuid?.() !== 0) {
			await fs.chmod(file, 0o000);
			expect((await expectRejected('unreadable')).message).toBe(`${file}: cannot read: permission denied`);
		}
	});

	it.each([
		['an empty file', '', 'empty', 'empty file'],
		['only whitespace', ' \n\t\n', 'empty', 'empty file'],
		['null', 'null\n', 'shape', 'not a scrutiny store (the file holds null, not an object)'],
		['an array', '[]\n', 'shape', 'not a scrutiny store (the file holds an array, not an object)'],
		['a number', '42', 'shape', 'not a scrutiny store (the file holds a number, not an object)'],
		['an unterminated object', '{"version": 1, "name": "x"', 'syntax', 'not valid JSON (unexpected end at byte 26)'],
		['a stray comma', '{\n  "version": 1,,\n}', 'syntax', "not valid JSON (unexpected ',' at byte 17, line 2 column 16)"],
		['a trailing comma', '{"version": 1,}', 'syntax', "not valid JSON (unexpected '}' at byte 14, line 1 column 15)"],
		// 'é' is two bytes: the byte offset counts bytes, the column counts characters.
		['an error after multi-byte text', '{"name": "é" x}', 'syntax', "not valid JSON (unexpected 'x' at byte 14, line 1 column 14)"],
		['text after the data', '{}\n{}', 'syntax', "not valid JSON (unexpected '{' after the end of the data at byte 3, line 2 column 1)"],
		['a raw control character', '{"name": "a\u0007b"}', 'syntax', 'not valid JSON (control character U+0007 in a string at byte 11, line 1 column 12)'],
		['a bad literal', '{"a": nul}', 'syntax', "not valid JSON (unexpected '}' at byte 9, line 1 column 10)"],
	] as const)('%s', async (_name, content, reason, detail) => {
		await fs.writeFile(file, content);
		expect((await expectRejected(reason)).message).toBe(`${file}: ${detail}`);
	});

	it('invalid JSON after a BOM counts the BOM in the byte offset', async () => {
		await fs.writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a": 1')]));
		expect((await expectRejected('syntax')).message).toBe(`${file}: not valid JSON (unexpected end at byte 10)`);
	});

	it('invalid UTF-8', async () => {
		const bytes = Buffer.from(serialise(sample()));
		const at = bytes.indexOf('Second');
		bytes[at] = 0xff;
		await fs.writeFile(file, bytes);
		expect((await expectRejected('encoding')).message).toBe(`${file}: not valid UTF-8 (at byte ${at})`);
	});

	it('a missing collection', async () => {
		const {authorities: _, ...rest} = sample();
		await writeStore(rest);
		expect((await expectRejected('schema')).message).toBe(`${file}: authorities: missing`);
	});

	it('a record failing the schema names its path', async () => {
		const data = sample();
		(data.articles[3]!.published as {precision: string}).precision = 'week';
		await writeStore(data);
		expect((await expectRejected('schema')).message).toBe(
			`${file}: articles[3].published.precision: invalid value (expected day, month, year, unknown)`,
		);

		const wrongType = sample() as unknown as {quotes: Array<Record<string, unknown>>};
		wrongType.quotes[0]!['paragraph'] = '1';
		await writeStore(wrongType);
		expect((await expectRejected('schema')).message).toBe(`${file}: quotes[0].paragraph: expected number, found a string`);

		await writeStore({...sample(), version: 'one'});
		expect((await expectRejected('schema')).message).toBe(`${file}: version: expected number, found a string`);
	});

	it('truncation at many byte offsets', async () => {
		const whole = Buffer.from(serialise(sample()));
		const last = whole.lastIndexOf('}');
		const random = prng(20_240_301);
		const offsets = new Set([0, 1, 2, 10, 100, Math.floor(last / 2), last - 1, last]);
		// A cut inside a multi-byte character ('—' is three bytes) is an encoding error, not a parse error.
		const dash = whole.indexOf('—');
		offsets.add(dash + 1);
		offsets.add(dash + 2);
		while (offsets.size < 40) {
			offsets.add(Math.floor(random() * last));
		}

		for (const offset of offsets) {
			await fs.writeFile(file, whole.subarray(0, offset));
			const error = await expectRejected(undefined);
			expect(['empty', 'syntax', 'encoding']).toContain(error.reason);
			if (error.reason === 'syntax') {
				expect(error.message).toBe(`${file}: not valid JSON (unexpected end at byte ${offset})`);
			}
		}

		// Losing only the final newline loses nothing.
		await fs.writeFile(file, whole.subarray(0, last + 1));
		expect((await openStore(file)).data).toEqual(sample());
	});

	it('random bit flips (seeded): either a StoreError or exactly what the file says; never a changed byte', async () => {
		const whole = Buffer.from(serialise(sample()));
		const random = prng(7);
		let rejected = 0;
		for (let trial = 0; trial < 150; trial++) {
			const damaged = Buffer.from(whole);
			const flips = 1 + Math.floor(random() * 3);
			for (let flip = 0; flip < flips; flip++) {
				damaged[Math.floor(random() * damaged.length)]! ^= 1 << Math.floor(random() * 8);
			}

			await fs.writeFile(file, damaged);
			const spy = spyFs();
			const outcome = await openStore(file, {fs: spy.seam}).then(
				(store) => store,
				(error: unknown) => error,
			);
			if (outcome instanceof StoreError) {
				rejected++;
				expect(outcome.message.startsWith(`${file}: `)).toBe(true);
				expect(outcome.message).not.toMatch(/[\n\r]/);
			} else if (outcome instanceof Error || outcome === undefined) {
				throw new Error(`trial ${trial}: not a StoreError: ${String(outcome)}`);
			} else {
				// Accepted: the data is what the damaged file holds, nothing substituted.
				const text = damaged.toString('utf8');
				expect((outcome as {data: unknown}).data).toEqual(JSON.parse(text));
			}

			expect(spy.changes).toEqual([]);
			expect((await fs.readFile(file)).equals(damaged)).toBe(true);
		}

		expect(rejected).toBeGreaterThan(20);
		expect(await tempFiles()).toEqual([]);
	});
});
