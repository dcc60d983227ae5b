/**
 * The index's numbering (documents by words, then number) saved with the index: a searcher made from a saved
 * index takes it from there, without reading every document's text again, and numbers the documents as the
 * searcher that built the index did; an index saved without it, or with a damaged one, gets it worked out again.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {storeSchema, type StoreData} from '../../source/corpus/schema.js';
import {DocTable} from '../../source/search/doc-table.js';
import {Searcher} from '../../source/search/search.js';
import {TermIndex} from '../../source/search/term-index.js';
import {repoRoot} from '../helpers/cli.js';

const data = storeSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'data', 'corpus.json'), 'utf8'))) as StoreData;
const queries = ['poundland', 'ofsted inadequate', 'commissioner appointed', 'goverment', 'blackburn', 'children'];

const built = Searcher.fromStore(data);

/**
 * The index as saved and loaded again; with `alter`, saved with other layout tables (the same documents, so the
 * same postings), as an older or damaged file would give them.
 */
function reloaded(index: TermIndex, alter?: (layout: Record<string, Uint32Array>) => Record<string, Uint32Array>): TermIndex {
	if (!alter) return TermIndex.deserialize(index.serialize());
	const texts = Array.from({length: index.documents}, (_, r) => built.docs.searchText(built.indexOrder[r]!));
	return TermIndex.deserialize(TermIndex.build(texts, index.order, alter({...index.layout})).serialize());
}


afterEach(() => {
	vi.restoreAllMocks();
});

describe('the order saved with the search index', () => {
	it('is the order the index numbers documents in, and a searcher from the saved index takes it without reading the texts', () => {
		expect(Array.from(built.index.layout['byWords']!)).toEqual(Array.from(built.indexOrder));
		const index = reloaded(built.index);
		const read = vi.spyOn(DocTable.prototype, 'searchText');
		const loaded = Searcher.withIndex(data, index)!;
		expect(read).not.toHaveBeenCalled();
		expect(Array.from(loaded.indexOrder)).toEqual(Array.from(built.indexOrder));
		for (const q of queries) expect(loaded.search(q, {limit: 50}), q).toEqual(built.search(q, {limit: 50}));
	});

	it('is worked out again for an index saved without it, or with one that is not an order of the documents', () => {
		const n = built.index.documents;
		const without = ({byWords: _, ...rest}: Record<string, Uint32Array>) => rest;
		const repeated = (layout: Record<string, Uint32Array>) => ({...layout, byWords: new Uint32Array(n)});
		const short = (layout: Record<string, Uint32Array>) => ({...layout, byWords: layout['byWords']!.subarray(1)});
		const outOfRange = (layout: Record<string, Uint32Array>) => ({...layout, byWords: Uint32Array.from(layout['byWords']!, (i, r) => (r === 0 ? n : i))});
		for (const alter of [without, repeated, short, outOfRange]) {
			const index = reloaded(built.index, alter);
			const read = vi.spyOn(DocTable.prototype, 'searchText');
			const loaded = Searcher.withIndex(data, index)!;
			expect(read, alter.name).toHaveBeenCalled();
			read.mockRestore();
			expect(Array.from(loaded.indexOrder), alter.name).toEqual(Array.from(built.indexOrder));
			for (const q of queries) expect(loaded.search(q, {limit: 50}), `${alter.name}: ${q}`).toEqual(built.search(q, {limit: 50}));
		}
	});
});
