/** The index saved beside the store: reused while the store is unchanged, rebuilt when it changed or is damaged. */
import {execFileSync} from 'node:child_process';
import {chmodSync, copyFileSync, existsSync, linkSync, mkdtempSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {storeSchema, type StoreData} from '../../source/corpus/schema.js';
import {openStore} from '../../source/corpus/store/index.js';
import {digestsPath} from '../../source/corpus/store/content-digests.js';
import {storeState} from '../../source/corpus/store/file-identity.js';
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

describe('the saved search index of a copied store', () => {
	/** A store read once by scrutiny, its bytes' digest recorded, its index saved, and a folder to copy it to. */
	async function original() {
		const {dir, store, data} = setup();
		const opened = await openStore(store, {readOnly: true});
		// A read-only open writes nothing beside the store: whoever saves caches from it records its digest.
		expect(existsSync(digestsPath(store))).toBe(false);
		opened.recordDigests();
		expect(existsSync(digestsPath(store))).toBe(true);
		expect(saveIndex(store, Searcher.fromStore(data).index)).toBe(true);
		const elsewhere = mkdtempSync(path.join(tmpdir(), 'scrutiny-copy-'));
		return {dir, store, data, copy: path.join(elsewhere, 'corpus.json')};
	}

	/** `cp` of the store and every file beside it (`store.json.*`), with `-a` or without (as scp without -p). */
	function copyWithCaches(store: string, copy: string, flags: string[]): void {
		for (const name of [store, `${store}.search-index`, digestsPath(store)]) execFileSync('cp', [...flags, name, name.replace(store, copy)]);
	}

	/** Other bytes of the same length: one letter of an article's text changed. */
	function sameSizeOtherBytes(file: string): Buffer {
		const bytes = readFileSync(file);
		const at = bytes.indexOf('Poundland');
		expect(at).toBeGreaterThan(0);
		bytes[at] = 'Q'.charCodeAt(0);
		return bytes;
	}

	it('is still the store\'s after cp -a, scp without -p (a new time) and a hard link: the same bytes, hashed once', async () => {
		const {store, copy} = await original();
		copyWithCaches(store, copy, ['-a']);
		expect(statSync(copy).ino).not.toBe(statSync(store).ino);
		expect(loadIndex(copy)).not.toBeNull();
		expect(storeState(copy)).toBe(storeState(store));
		// The copy's own state is recorded: the next open takes the key without reading the file.
		expect(readFileSync(digestsPath(copy), 'utf8')).toContain(`"${statSync(copy).ino}:`);

		const plain = path.join(path.dirname(copy), 'plain.json');
		copyWithCaches(store, plain, []);
		utimesSync(plain, new Date(), new Date(Date.now() + 5000));
		expect(loadIndex(plain)).not.toBeNull();

		linkSync(copy, path.join(path.dirname(copy), 'linked.json'));
		expect(loadIndex(copy)).not.toBeNull();
	});

	it('keeps the index of a store scrutiny wrote (an import, a migration), not only of one it read', async () => {
		const {store, copy} = await original();
		const writable = await openStore(store);
		await writable.update((data) => {
			data.articles[0]!.title = `${data.articles[0]!.title} (again)`;
		});
		// The digest of the bytes as they were written, not read again.
		writable.recordDigests();
		expect(saveIndex(store, Searcher.fromStore(writable.data).index)).toBe(true);
		copyWithCaches(store, copy, ['-a']);
		expect(loadIndex(copy)).not.toBeNull();
	});

	it('is made again for a copy whose bytes differ, whatever its size and times say', async () => {
		const {store, data, copy} = await original();
		// The same size and modification time, other bytes: written in place after cp -a, then touch -r.
		copyWithCaches(store, copy, ['-a']);
		writeFileSync(copy, sameSizeOtherBytes(copy));
		expect(statSync(copy).size).toBe(statSync(store).size);
		execFileSync('touch', ['-r', store, copy]);
		expect(statSync(copy).mtimeMs).toBe(statSync(store).mtimeMs);
		expect(loadIndex(copy)).toBeNull();
		expect(storeState(copy)).not.toBe(storeState(store));
		// And again on a later open: the copy's state is recorded as its own.
		expect(loadIndex(copy)).toBeNull();
		expect(searcherFor(copy, data).search('poundland').length).toBeGreaterThan(0);
		expect(loadIndex(copy)).not.toBeNull();

		// A copy edited as a new file (a save renames one into place), its time put back with touch -r.
		const edited = path.join(path.dirname(copy), 'edited.json');
		copyWithCaches(store, edited, ['-a']);
		writeFileSync(`${edited}.next`, sameSizeOtherBytes(edited));
		renameSync(`${edited}.next`, edited);
		execFileSync('touch', ['-r', store, edited]);
		expect(loadIndex(edited)).toBeNull();
	});

	it('is made again once a store rewritten in place at its size and time is read again (its bytes take a key of their own)', async () => {
		const {store} = await original();
		const before = storeState(store);
		expect(loadIndex(store)).not.toBeNull();
		// Written through the same inode, its time put back: the identity the caches knew, other bytes.
		const times = `${store}.times`;
		execFileSync('cp', ['-a', store, times]);
		writeFileSync(store, sameSizeOtherBytes(store));
		execFileSync('touch', ['-r', times, store]);
		// Nothing has read the new bytes yet: the known gap of an in-place rewrite that keeps size and time.
		expect(storeState(store)).toBe(before);
		// A read of the file hashes its bytes: recorded, they are no longer the key's the index was made under.
		const reread = await openStore(store, {readOnly: true});
		reread.recordDigests();
		expect(reread.state).not.toBe(before);
		expect(storeState(store)).toBe(reread.state);
		expect(loadIndex(store)).toBeNull();
	});

	it('gives a read-only copy its key from the bytes it read, writing nothing beside it', async () => {
		const {store, copy} = await original();
		copyWithCaches(store, copy, ['-a']);
		const digests = readFileSync(digestsPath(copy), 'utf8');
		const opened = await openStore(copy, {readOnly: true});
		expect(opened.state).toBe(storeState(store));
		expect(readFileSync(digestsPath(copy), 'utf8')).toBe(digests);
	});

	it('is made again, as private as the copy, once the copy is made private with chmod', async () => {
		const {store, data, copy} = await original();
		chmodSync(store, 0o644);
		copyWithCaches(store, copy, ['-a']);
		chmodSync(copy, 0o600);
		expect(loadIndex(copy)).toBeNull();
		expect(searcherFor(copy, data).search('poundland').length).toBeGreaterThan(0);
		expect(statSync(indexPath(copy)).mode & 0o777).toBe(0o600);
		expect(loadIndex(copy)).not.toBeNull();
	});
});
