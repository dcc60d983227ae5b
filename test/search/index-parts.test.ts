/**
 * The search index in two parts (search/segments.ts): the quotes, articles and people keyed to the store file
 * alone, the timeline's lines keyed to the curated file too. Read as one, they answer as one index built over
 * every document of the store with its curated file; an edit leaves the first part's files as they are and makes
 * only the second stale; a part of another state of either file is never used.
 */
import {copyFileSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {saveCuration, type CurationEdit} from '../../source/corpus/curation.js';
import {timeline} from '../../source/corpus/queries.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {openStore} from '../../source/corpus/store/index.js';
import {SavedSearch} from '../../source/search/docs-file-search.js';
import {docsPath} from '../../source/search/docs-file.js';
import {indexPath, loadIndex, openIndex, searcherFor} from '../../source/search/index-cache.js';
import {runSearchSliced, scopes} from '../../source/search/run-search.js';
import {saveSearchFiles, staleParts} from '../../source/search/search-files.js';
import {Searcher} from '../../source/search/search.js';
import {SegmentRanks} from '../../source/search/segments.js';
import {repoRoot} from '../helpers/cli.js';

const dirs: string[] = [];
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, {recursive: true, force: true});
});

const today = '2026-11-22';
const queries = ['poundland', 'ofsted inadequate', 'commissioner', 'goverment', 'children soc', "'council", 'improvement board', 'panel convened', 'resig', 'ofsted | poundland', '^child', 'board$', 'zzqxj'];

async function copied(): Promise<string> {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-parts-'));
	dirs.push(dir);
	const store = path.join(dir, 'corpus.json');
	copyFileSync(path.join(repoRoot, 'data', 'corpus.json'), store);
	return store;
}

/** Edits of every kind, on lines of two authorities: a line marked wrong, a line corrected, an event added. */
function edits(data: StoreData): CurationEdit[] {
	const press = timeline(data).filter((l) => l.origin === 'extracted');
	const [wrong, corrected] = [press[0]!, press.find((l) => l.authority !== press[0]!.authority)!];
	return [
		{kind: 'mark-wrong', ids: [...(wrong.merged ?? [wrong.id])]},
		{kind: 'edit', id: corrected.id, ids: [...(corrected.merged ?? [corrected.id])], draft: {date: corrected.date.value ?? '', type: corrected.type, rating: '', authority: corrected.authority, summary: 'Improvement board panel convened after the corrected visit'}},
		{kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: wrong.authority, summary: 'Children panel convened by the commissioner'}},
	];
}

function identity(file: string): string {
	const s = statSync(file);
	return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
}

describe('the joint ranks of two parts', () => {
	it('number every document as one order by words, then part, then rank would', () => {
		// Word counts of each part's documents in its own order (never falling), with counts only one part has.
		const first = [1, 1, 2, 4, 4, 4, 7];
		const second = [1, 3, 3, 4, 8, 8];
		const starts = (words: number[]) => Uint32Array.from({length: Math.max(...words) + 2}, (_, w) => words.filter((x) => x < w).length);
		const ranks = new SegmentRanks(starts(first), starts(second));
		const joint = [...first.map((w, r) => ({w, part: 0 as const, r})), ...second.map((w, r) => ({w, part: 1 as const, r}))].sort((a, b) => a.w - b.w || a.part - b.part || a.r - b.r);
		expect(ranks.documents).toBe(joint.length);
		joint.forEach((d, at) => {
			expect(ranks.partOf(at)).toEqual([d.part, d.r]);
			expect(d.part === 0 ? ranks.ofFirst(d.r) : ranks.ofSecond(d.r)).toBe(at);
			expect(ranks.firstBefore(at)).toBe(joint.slice(0, at).filter((x) => x.part === 0).length);
			expect(ranks.secondBefore(at)).toBe(joint.slice(0, at).filter((x) => x.part === 1).length);
		});
		expect(ranks.firstBefore(joint.length)).toBe(first.length);
	});
});

describe('the two parts of the saved search index', () => {
	it('answer as an index built over the store with its curated file, before and after edits; an edit leaves the first part as it is', async () => {
		const store = await copied();
		const opened = await openStore(store, {readOnly: true, editCurated: true});
		expect(await saveSearchFiles(store, opened.data, opened.state)).toBe(true);
		const firstFiles = [identity(indexPath(store)), identity(docsPath(store))];
		const check = (data: StoreData) => {
			const live = searcherFor(store, data);
			const built = Searcher.fromStore(data);
			expect(Array.from(live.indexOrder)).toEqual(Array.from(built.indexOrder));
			for (const q of queries) {
				expect(live.search(q, {limit: 60}), q).toEqual(built.search(q, {limit: 60}));
				expect(live.search(q, {kinds: ['event']}), q).toEqual(built.search(q, {kinds: ['event']}));
				expect(live.search(q, {kinds: ['quote', 'event'], filter: {years: {from: 2015, to: 2020}}}), q).toEqual(built.search(q, {kinds: ['quote', 'event'], filter: {years: {from: 2015, to: 2020}}}));
			}
			expect(live.search('', {filter: {type: 'other'}})).toEqual(built.search('', {filter: {type: 'other'}}));
		};
		check(opened.data);
		let data = opened.data;
		for (const edit of edits(opened.data)) data = (await saveCuration(store, edit, {today, store: opened})).data;
		expect(staleParts(store)).toEqual(['events']);
		check(data);
		expect(data.events.some((e) => e.summary === 'Children panel convened by the commissioner')).toBe(true);
		expect(Searcher.fromStore(data).search('panel convened', {kinds: ['event']})).toHaveLength(2);
		// The first part was neither written again nor made stale by the edits, and is what the store file alone gives.
		expect([identity(indexPath(store)), identity(docsPath(store))]).toEqual(firstFiles);
		const bytes = (d: StoreData) => Buffer.concat([...Searcher.partsForSaving(d, undefined, 'extracted').extracted!.parts()]);
		expect(bytes(data).equals(bytes(opened.extracted))).toBe(true);
		expect(bytes(data).equals(readFileSync(indexPath(store)).subarray(readFileSync(indexPath(store)).indexOf('|extracted\n') + 11))).toBe(true);
		expect(loadIndex(store, 'extracted')).not.toBeNull();
	});

	it('saved while the store is read, answer every scope with the rows the store gives after edits', async () => {
		const store = await copied();
		const opened = await openStore(store, {readOnly: true, editCurated: true});
		expect(await saveSearchFiles(store, opened.data, opened.state)).toBe(true);
		let data = opened.data;
		for (const edit of edits(opened.data)) data = (await saveCuration(store, edit, {today, store: opened})).data;
		// The timeline's lines are stale: the saved search says it needs the store.
		expect(SavedSearch.load(store)).toBeNull();
		expect(await saveSearchFiles(store, data, opened.state, {only: staleParts(store)})).toBe(true);
		expect(staleParts(store)).toEqual([]);
		const saved = SavedSearch.load(store)!;
		const live = Searcher.fromStore(data);
		try {
			for (const q of queries)
				for (const scope of scopes) {
					const early = await saved.answer(q, scope, () => false);
					const late = await runSearchSliced(data, live, q, scope, () => false);
					expect(early, `${q} in ${scope}`).toEqual({...late, rows: late!.rows.map((r) => ({...r}))});
				}
		} finally {
			saved.close();
		}
	});

	it('are never used for another state of the store file or of the curated file', async () => {
		const store = await copied();
		const opened = await openStore(store, {readOnly: true, editCurated: true});
		expect(await saveSearchFiles(store, opened.data, opened.state)).toBe(true);
		const other = await copied();
		for (const part of ['extracted', 'events'] as const) {
			copyFileSync(indexPath(store, part), indexPath(other, part));
			copyFileSync(docsPath(store, part), docsPath(other, part));
		}
		// The same bytes beside another store file (a copy is another file): none of it is used.
		expect(staleParts(other)).toEqual(['extracted', 'events']);
		expect(SavedSearch.load(other)).toBeNull();
		expect(openIndex(other, 'extracted')).toBeNull();
		// A curated file made since: the timeline's lines are stale, the store file's part is not.
		await saveCuration(store, edits(opened.data)[2]!, {today, store: opened});
		expect(staleParts(store)).toEqual(['events']);
		expect(readFileSync(indexPath(store, 'events')).includes(Buffer.from('|none\n'))).toBe(true);
	});
});
