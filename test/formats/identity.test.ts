/** Identity across folders and syndicated copies (source/corpus/identity.ts through the importer). */
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {applyCuration} from '../../source/corpus/curation.js';
import {overlap, wordSetOf} from '../../source/corpus/identity.js';
import {existingLookup} from '../../source/corpus/merge-lookup.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {openStore} from '../../source/corpus/store/index.js';
import {importPaths} from '../../source/importer/import-paths.js';

const bundled = fileURLToPath(new URL('../../data/articles/', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-identity-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const today = new Date('2026-11-22T12:00:00Z');

describe('an article is the same article wherever its file lives', () => {
	it('a changed copy in another folder replaces its article, and a mark on its event survives', async () => {
		const a = path.join(dir, 'a');
		const b = path.join(dir, 'b');
		cpSync(bundled, a, {recursive: true});
		cpSync(bundled, b, {recursive: true});
		const file = path.join(dir, 'store.json');
		let store = await openStore(file, {create: true});
		const first = await importPaths(store, [a], {today, workers: 0});
		const event = store.data.events.find((e) => e.origin === 'extracted' && e.articleId === '000_a503623955de7664')!;
		expect(event).toBeDefined();
		await store.update((d) => void applyCuration(d, {kind: 'mark-wrong', ids: [event.id]}, {today: '2026-11-22'}));
		await store.release();

		const changed = path.join(b, '000_a503623955de7664.txt');
		writeFileSync(changed, `${readFileSync(changed, 'utf8').trimEnd()} A council spokesperson declined to comment further.\n`);
		store = await openStore(file);
		const second = await importPaths(store, [b], {today, workers: 0});
		const data = store.data;
		await store.release();
		expect(second).toMatchObject({added: 0, replaced: 1, unchanged: first.added - 1});
		expect(data.articles).toHaveLength(first.added);
		const article = data.articles.find((x) => x.id === '000_a503623955de7664')!;
		expect(article.path).toMatch(/b[\\/]000_a503623955de7664\.txt$/);
		expect(data.events.find((e) => e.id === event.id)?.hidden).toBe(true);
	});

	it('lets go of the merge lookups once an import is done, and the next import into the same open store makes them again', async () => {
		const a = path.join(dir, 'again-a');
		const b = path.join(dir, 'again-b');
		cpSync(bundled, a, {recursive: true});
		cpSync(bundled, b, {recursive: true});
		const store = await openStore(path.join(dir, 'again.json'), {create: true});
		const mergedInto: StoreData[] = [];
		const watched = new Proxy(store, {
			get(target, key) {
				if (key === 'update') return (fn: (d: StoreData) => unknown) => target.update((d) => (mergedInto.push(d), fn(d)) as never);
				const value = Reflect.get(target, key, target) as unknown;
				return typeof value === 'function' ? value.bind(target) : value;
			},
		});
		const first = await importPaths(watched, [a], {today, workers: 0});
		expect(mergedInto.length).toBeGreaterThan(0);
		for (const d of mergedInto) expect(existingLookup(d)).toBeUndefined();
		const changed = path.join(b, '000_a503623955de7664.txt');
		writeFileSync(changed, `${readFileSync(changed, 'utf8').trimEnd()} A council spokesperson declined to comment further.\n`);
		const second = await importPaths(watched, [b], {today, workers: 0});
		await store.release();
		expect(second).toMatchObject({added: 0, replaced: 1, unchanged: first.added - 1});
		for (const d of mergedInto) expect(existingLookup(d)).toBeUndefined();
	});

	it('the same story printed by two titles on one day is linked as copies; a different story is not', async () => {
		const folder = path.join(dir, 'syndicated');
		mkdirSync(folder);
		const story = [
			'Exampleshire County Council has appointed an interim director of children’s services after its previous director resigned last month.',
			'The appointment was confirmed at a meeting of the council’s cabinet on Tuesday evening, where members also agreed an improvement plan.',
			'“We have a lot of work to do and we will do it in the open,” the leader of the council said after the meeting.',
		].join('\n\n');
		writeFileSync(path.join(folder, 'gazette.txt'), `title: Interim director appointed\ndate: 2024-03-05\nsource: Exampleshire Gazette\n\n${story}\n`);
		writeFileSync(path.join(folder, 'echo.txt'), `title: Council appoints interim children's director\ndate: 2024-03-05\nsource: Exampleshire Echo\n\n${story}\n\nReporting by our local democracy reporter.\n`);
		writeFileSync(path.join(folder, 'other.txt'), `title: Bypass opens\ndate: 2024-03-05\nsource: Exampleshire Echo\n\nThe new bypass around the market town opened to traffic on Tuesday after three years of roadworks and delays.\n`);
		const store = await openStore(path.join(dir, 'syndicated.json'), {create: true});
		await importPaths(store, [folder], {today, workers: 0});
		const byId = new Map(store.data.articles.map((x) => [x.id, x]));
		await store.release();
		expect(byId.get('echo')?.copies).toEqual(['gazette']);
		expect(byId.get('gazette')?.copies).toEqual(['echo']);
		expect(byId.get('other')?.copies).toBeUndefined();
	});

	it('estimates word overlap closely enough to tell a copy from a different story', () => {
		const words = (n: number, offset = 0) => ({paragraphs: [Array.from({length: n}, (_, i) => `word${i + offset}`).join(' ')]});
		expect(overlap(wordSetOf(words(200)), wordSetOf(words(200)))).toBe(1);
		expect(overlap(wordSetOf(words(200)), wordSetOf(words(200, 20)))).toBeGreaterThan(0.65);
		expect(overlap(wordSetOf(words(200)), wordSetOf(words(200, 150)))).toBeLessThan(0.3);
		expect(overlap(wordSetOf({paragraphs: []}), wordSetOf(words(3)))).toBe(0);
	});

	it('reads words as the same whatever their case, apostrophe or script, and is exact for short texts', () => {
		// Under 64 distinct words the sketch holds them all: the overlap is the exact share of words in common.
		const a = {paragraphs: ["The Council’s services were RATED inadequate in 2019.", 'École x²y']};
		const b = {paragraphs: ["the council's services rated good 2019 école"]};
		// a: the, council's, services, were, rated, inadequate, in, 2019, école, x²y; b: the, council's, services, rated, good, 2019, école
		expect(overlap(wordSetOf(a), wordSetOf(b))).toBeCloseTo(6 / 11, 10);
		// Split across paragraphs or not, the same words.
		expect(overlap(wordSetOf({paragraphs: ['one two', 'three']}), wordSetOf({paragraphs: ['three two one one']}))).toBe(1);
		// A word of another script counts whole: "日本" and "日本語" differ.
		expect(overlap(wordSetOf({paragraphs: ['日本 report']}), wordSetOf({paragraphs: ['日本語 report']}))).toBe(1 / 3);
	});

	it('estimates overlap within a few hundredths over many pairs of long texts', () => {
		const text = (seed: number, n: number) => ({paragraphs: [Array.from({length: n}, (_, i) => `w${(i * 7919 + seed) % 5000}`).join(' ')]});
		const exact = (x: {paragraphs: string[]}, y: {paragraphs: string[]}) => {
			const X = new Set(x.paragraphs[0]!.split(' ')), Y = new Set(y.paragraphs[0]!.split(' '));
			return [...X].filter((w) => Y.has(w)).length / new Set([...X, ...Y]).size;
		};
		let worst = 0;
		for (let seed = 0; seed < 40; seed++) {
			const x = text(seed, 400), y = text(seed + 37 * (seed % 9), 300);
			worst = Math.max(worst, Math.abs(overlap(wordSetOf(x), wordSetOf(y)) - exact(x, y)));
		}
		expect(worst).toBeLessThan(0.2);
	});
});
