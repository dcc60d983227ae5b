/**
 * A large store's writes copy the records unchanged since the last write from the file it made (written-records.ts):
 * the file is still byte for byte `JSON.stringify(data, null, 2)` after an import's batches that change earlier
 * records in place (a speaker named in full by a later article, a syndicated copy linked, an article replaced, a
 * judgement linked to an official one), and a record is copied only where the caller did not say it changed.
 */
import {createHash} from 'node:crypto';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {CorpusEvent, StoreData} from '../source/corpus/schema.js';
import {largeDocumentBytes, openStore, type Store} from '../source/corpus/store/index.js';
import {importPaths} from '../source/importer/import-paths.js';
import {sample, writeStore} from './helpers/store-fixtures.js';
import {tempDir, writeCorpus} from './reliability/synthetic.js';

const saved = largeDocumentBytes.value;
let dir: string;
beforeEach(() => {
	dir = tempDir('scrutiny-reuse-');
	// Every store counts as large, so that the writes keep their records' places as 50,000 articles do.
	largeDocumentBytes.value = 0;
});
afterEach(() => {
	largeDocumentBytes.value = saved;
	rmSync(dir, {recursive: true, force: true});
});

/** What the store file must hold: the store's own data as pretty JSON (raw texts read from wherever they are). */
const expected = (store: Store) => `${JSON.stringify(store.extracted, null, 2)}\n`;

/** The sha256 the store recorded for its file as last written (a large store's is made on a thread of its own). */
function recordedHash(store: Store, file: string): string {
	store.recordDigests();
	const {states} = JSON.parse(readFileSync(`${file}.digests`, 'utf8')) as {states: [string, string, string][]};
	return states[0]![1];
}

const torbay = (title: string, date: string, body: string) => `title: ${title}\ndate: ${date}\nauthority: Torbay\n\n${body}\n`;
const surnameOnly = torbay(
	'Torbay services again',
	'2021-05-04',
	'Torbay Council met again about its children\'s services.\n\n"Funding alone will not fix this," said Cllr Quarrie, the leader.\n\nCllr Quarrie resigned as leader of Torbay Council in April 2021.',
);
const fullName = torbay('Torbay services', '2021-03-04', 'Torbay Council has responded to a report about its children\'s services.\n\nCllr Zed Quarrie, the cabinet member for children\'s services, said: "We accept every finding of the report."');
const story = (word: string) =>
	torbay(
		'Torbay inspection',
		'2021-07-09',
		`Ofsted rated Torbay Council's children's services inadequate in June 2021, after inspectors found ${word} failings in the help given to families.\n\nThe council said the report made for hard reading and that it had already appointed a new director of children's services to lead the improvement work.\n\n"We are determined to put things right," said Cllr Pat Nolan.`,
	);

describe('records copied from the last write', () => {
	it('leaves the file as JSON.stringify gives it through batches that change earlier records in place', async () => {
		// File names put the articles changed in place in the first batch and those that change them in the last.
		const first = writeCorpus(path.join(dir, 'one'), 30, 7, 'one');
		writeFileSync(path.join(first, 'a-surname.txt'), surnameOnly);
		writeFileSync(path.join(first, 'a-story.txt'), story('serious'));
		const second = writeCorpus(path.join(dir, 'two'), 30, 8, 'two');
		writeFileSync(path.join(second, 'z-fullname.txt'), fullName);
		writeFileSync(path.join(second, 'z-story-copy.txt'), story('widespread'));
		const file = path.join(dir, 'store.json');
		const store = await openStore(file, {create: true});
		try {
			// An official judgement for the press's to link to, written before any batch.
			await store.update((data) => {
				data.events.push({id: 'ofsted-1', date: {value: '2021-06', precision: 'month', approximate: false, basis: 'stated'}, authority: 'Torbay', type: 'inspection-judgement', rating: 'inadequate', summary: 'Inadequate', sources: [], origin: 'ofsted'} as CorpusEvent);
			});
			const taken: number[] = [];
			await importPaths(store, [first, second], {workers: 0, batchSize: 10, onProgress: (done) => taken.push(done)});
			expect(taken.length).toBe(64);
			expect(readFileSync(file, 'utf8')).toBe(expected(store));
			// The earlier records the last batch changed in place.
			expect(store.data.quotes.find((q) => q.articleId === 'a-surname')!.speaker).toBe('Zed Quarrie');
			expect(store.data.events.find((e) => e.articleId === 'a-surname' && e.participants)!.participants![0]!.name).toBe('Zed Quarrie');
			expect(store.data.articles.find((a) => a.id === 'a-story')!.copies).toEqual(['z-story-copy']);
			expect(store.data.events.filter((e) => e.officialId === 'ofsted-1').length).toBeGreaterThan(0);

			// Both folders again, the second first, one file changed into another story: its article replaced in the
			// fourth batch, and its copy, written in the first, unlinked from it.
			writeFileSync(path.join(first, 'a-story.txt'), torbay('Torbay budget', '2021-07-09', 'Torbay Council set its budget for the coming year, with more for roads and parks.'));
			const report = await importPaths(store, [second, first], {workers: 0, batchSize: 10});
			expect(report.replaced).toBe(1);
			expect(store.data.articles.find((a) => a.id === 'z-story-copy')!.copies).toBeUndefined();
			expect(readFileSync(file, 'utf8')).toBe(expected(store));
			expect(recordedHash(store, file)).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
		} finally {
			await store.release();
		}

		const reopened = await openStore(file);
		expect(`${JSON.stringify(reopened.extracted, null, 2)}\n`).toBe(readFileSync(file, 'utf8'));
	});

	it('copies a record unless the update says it changed, and never after the file was read again', async () => {
		const file = path.join(dir, 'store.json');
		await writeStore(sample(), file);
		const store = await openStore(file);
		try {
			const again = (changedInPlace: WeakSet<object>) => ({changedInPlace, again: true});
			await store.update((data) => void (data.name = 'first write'), again(new WeakSet()));
			// Changed in place and not told: the last write's bytes of that record stand (what the caller vouches for).
			let record!: StoreData['quotes'][number];
			await store.update((data) => {
				record = data.quotes[0]!;
				record.text = 'changed in place';
			}, again(new WeakSet()));
			expect(readFileSync(file, 'utf8')).not.toContain('changed in place');
			// Told: written anew.
			await store.update(() => undefined, again(new WeakSet([record])));
			expect(readFileSync(file, 'utf8')).toContain('changed in place');
			expect(readFileSync(file, 'utf8')).toBe(expected(store));

			// A write that was not told another would follow keeps no places: the next writes every record anew.
			await store.update(() => undefined, {changedInPlace: new WeakSet(), again: false});
			await store.update((data) => void (data.quotes[0]!.text = 'after the last'), again(new WeakSet()));
			expect(readFileSync(file, 'utf8')).toContain('after the last');

			// Another process's save: the store is read again, and nothing is copied from a file it did not write.
			const other = await openStore(file);
			await other.update((data) => void (data.name = 'other'));
			await store.update((data) => void (data.quotes[0]!.text = 'after the read'), again(new WeakSet()));
			expect(readFileSync(file, 'utf8')).toBe(expected(store));
			expect(readFileSync(file, 'utf8')).toContain('after the read');
		} finally {
			await store.release();
		}
	});
});
