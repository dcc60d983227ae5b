/** The index saved beside the store: reused while the store is unchanged, rebuilt when it changed or is damaged. */
import {chmodSync, copyFileSync, existsSync, linkSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {storeSchema, type StoreData} from '../../source/corpus/schema.js';
import {indexPath, loadIndex, saveIndex, saveIndexParts, searcherFor} from '../../source/search/index-cache.js';
import {timeline} from '../../source/corpus/timeline.js';
import {eventLinesOf} from '../../source/search/event-lines.js';
import {Searcher} from '../../source/search/search.js';
import {TermIndex} from '../../source/search/term-index.js';
import {repoRoot} from '../helpers/cli.js';

function setup() {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-index-'));
	const store = path.join(dir, 'corpus.json');
	copyFileSync(path.join(repoRoot, 'data', 'corpus.json'), store);
	const data = storeSchema.parse(JSON.parse(readFileSync(store, 'utf8'))) as StoreData;
	return {dir, store, data};
}

describe('the saved search index', () => {
	it('is written on first use and reused while the store is unchanged', () => {
		const {store, data} = setup();
		expect(loadIndex(store)).toBeNull();
		const first = searcherFor(store, data);
		expect(existsSync(indexPath(store))).toBe(true);
		const loaded = [loadIndex(store, 'extracted'), loadIndex(store, 'events')];
		expect((loaded[0]?.documents ?? 0) + (loaded[1]?.documents ?? 0)).toBe(first.index.documents);
		expect(searcherFor(store, data).search('poundland')).toEqual(first.search('poundland'));
	});

	it('is as private as the store: a 0600 store gets a 0600 index, whatever the umask', () => {
		const {store, data} = setup();
		chmodSync(store, 0o600);
		const umask = process.umask(0o022);
		try {
			expect(saveIndex(store, Searcher.fromStore(data).index)).toBe(true);
		} finally {
			process.umask(umask);
		}
		expect(statSync(indexPath(store)).mode & 0o777).toBe(0o600);
	});

	it('is not used once the store has been replaced', () => {
		const {store, data} = setup();
		saveIndex(store, Searcher.fromStore(data).index);
		// A save renames a new file into place: a new inode and time.
		const next = `${store}.next`;
		writeFileSync(next, readFileSync(store));
		renameSync(next, store);
		expect(loadIndex(store)).toBeNull();
	});

	it('is still the store\'s after a hard link, which changes no byte (only the file\'s change time)', () => {
		const {store, data} = setup();
		saveIndex(store, Searcher.fromStore(data).index);
		linkSync(store, `${store}.backup`);
		expect(loadIndex(store)).not.toBeNull();
		// The same bytes written again are a save all the same: another file.
		writeFileSync(`${store}.next`, readFileSync(store));
		renameSync(`${store}.next`, store);
		expect(loadIndex(store)).toBeNull();
	});

	it('is made again, as private as the store, once the store is made private with chmod', () => {
		const {store, data} = setup();
		chmodSync(store, 0o644);
		saveIndex(store, Searcher.fromStore(data).index);
		chmodSync(store, 0o600);
		expect(loadIndex(store)).toBeNull();
		expect(searcherFor(store, data).search('poundland').length).toBeGreaterThan(0);
		expect(statSync(indexPath(store)).mode & 0o777).toBe(0o600);
	});

	it('is rebuilt when the file is damaged', () => {
		const {store, data} = setup();
		saveIndex(store, Searcher.fromStore(data).index);
		const bytes = readFileSync(indexPath(store));
		writeFileSync(indexPath(store), bytes.subarray(0, bytes.length - 10));
		expect(loadIndex(store)).toBeNull();
		expect(searcherFor(store, data).search('poundland').length).toBeGreaterThan(0);
	});

	it('is written part by part as the one buffer serialize() gives, and read back into the same index', () => {
		const {store, data} = setup();
		const index = Searcher.fromStore(data).index;
		saveIndex(store, index);
		const bytes = readFileSync(indexPath(store));
		const body = index.serialize();
		expect(bytes.subarray(bytes.length - body.length).equals(body)).toBe(true);
		expect(bytes.subarray(0, bytes.length - body.length).toString()).toMatch(/^scrutiny-search-index 1\n\d+:\d+:[\d.]+:[0-7]+\|extracted\n$/);
		expect(loadIndex(store)?.serialize().equals(body)).toBe(true);
		// One byte too many is as wrong as one too few.
		writeFileSync(indexPath(store), Buffer.concat([bytes, Buffer.from([0])]));
		expect(loadIndex(store)).toBeNull();
	});

	it('carries the timeline\'s lines, so a loaded index does not work them out again; lines that do not fit are rebuilt', () => {
		const {store, data} = setup();
		const built = Searcher.fromStore(data);
		saveIndex(store, built.index);
		const loaded = loadIndex(store)!;
		const again = Searcher.withIndex(data, loaded)!;
		expect([...again.docs.eventLines.lead]).toEqual([...built.docs.eventLines.lead]);
		expect([...again.docs.eventLines.articles]).toEqual([...built.docs.eventLines.articles]);
		expect(again.search('ofsted', {kinds: ['event']})).toEqual(built.search('ofsted', {kinds: ['event']}));
		// A line whose record the store does not have: the index is not for this store.
		const wrong = TermIndex.build([], loaded.order, {...loaded.layout, eventLead: Uint32Array.from(loaded.layout['eventLead']!, () => data.events.length)});
		expect(Searcher.withIndex(data, wrong)).toBeNull();
		expect(Searcher.withIndex(data, TermIndex.build([], loaded.order))).toBeNull();
	});

	it('gives a searcher that reads the saved parts a term at a time and answers as one built from the store', () => {
		const {store, data} = setup();
		const built = Searcher.fromStore(data);
		const live = searcherFor(store, data);
		expect(existsSync(indexPath(store, 'extracted')) && existsSync(indexPath(store, 'events'))).toBe(true);
		// Its files stay open: a file renamed over one meanwhile (a later save) does not change its answers.
		writeFileSync(`${indexPath(store)}.next`, 'not an index');
		renameSync(`${indexPath(store)}.next`, indexPath(store));
		for (const q of ['poundland', 'inadequte', 'ofsted inspection', 'council', 'resig', 'xqzv']) {
			expect(live.search(q, {limit: 50}), q).toEqual(built.search(q, {limit: 50}));
			expect(live.search(q, {kinds: ['event', 'quote']}), q).toEqual(built.search(q, {kinds: ['event', 'quote']}));
		}
		expect(live.search('council').length).toBeGreaterThan(0);
	});

	it('makes each part the same bytes whether given the timeline\'s lines (as the import) or not, a slice at a time or not, and the lines\' part on its own', async () => {
		const {data} = setup();
		const bytes = (parts: Iterable<Uint8Array>) => Buffer.concat([...parts]);
		const whole = Searcher.partsForSaving(data);
		const given = Searcher.partsForSaving(data, eventLinesOf(data, timeline(data)));
		const alone = Searcher.partsForSaving(data, undefined, 'events');
		expect(alone.extracted).toBeUndefined();
		for (const part of ['extracted', 'events'] as const) {
			expect(bytes(given[part]!.parts()).equals(bytes(whole[part]!.parts())), part).toBe(true);
			expect(bytes(await given[part]!.sliced()).equals(bytes(whole[part]!.parts())), part).toBe(true);
		}
		expect(bytes(alone.events!.parts()).equals(bytes(whole.events!.parts()))).toBe(true);
		expect([...alone.events!.indexOrder]).toEqual([...whole.events!.indexOrder]);
		expect(saveIndexParts('/nonexistent/dir/corpus.json', whole.extracted!.parts())).toBe(false);
	});

	it('says no, and leaves nothing behind, where it cannot write', () => {
		const {data} = setup();
		expect(saveIndex('/nonexistent/dir/corpus.json', Searcher.fromStore(data).index)).toBe(false);
	});
});
