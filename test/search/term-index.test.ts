/** The candidate index: tokens, bounded edit distance, term lookup, a lossless binary round trip, and an index opened to read a term at a time. */
import {describe, expect, it} from 'vitest';
import {allowedEdits, boundedDistance, TermIndex, tokens} from '../../source/search/term-index.js';

describe('tokens', () => {
	it.each([
		["The council's leader, Coun Smith!", ['the', 'councils', 'leader', 'coun', 'smith']],
		['Children’s Services — 2019/20', ['childrens', 'services', '2019', '20']],
		['Café Déjà', ['cafe', 'deja']],
		['', []],
	])('%j', (text, expected) => expect(tokens(text)).toEqual(expected));
});

describe('boundedDistance', () => {
	it.each([
		['inadequate', 'inadequte', 2, 1],
		['government', 'goverment', 2, 1],
		['the', 'teh', 1, 1],
		['council', 'council', 1, 0],
		['council', 'counsel', 1, 2],
		['commissioner', 'comissioner', 2, 1],
		['abc', 'xyzxyz', 2, 3],
	])('%s ~ %s (max %i) = %i', (a, b, max, d) => expect(boundedDistance(a, b, max)).toBe(d));

	it('allows more edits for longer words and none for short ones', () => {
		expect(allowedEdits('mp')).toBe(0);
		expect(allowedEdits('board')).toBe(1);
		expect(allowedEdits('inadequte')).toBe(2);
		expect(allowedEdits('inadequate')).toBe(3);
	});
});

describe('TermIndex', () => {
	const docs = ['Ofsted rated the council inadequate', 'The improvement board met on Monday', 'A Poundland Donald Trump, said the leader', 'inadequate again, and the board resigned'];
	const index = TermIndex.build(docs);
	const docsOf = (word: string, how: 'exact' | 'prefix' | 'fuzzy' | 'suffix') => [...index.union(index.terms(word, how))];

	it('finds documents by exact word, prefix, typo and suffix', () => {
		expect(docsOf('inadequate', 'exact')).toEqual([0, 3]);
		expect(docsOf('pound', 'prefix')).toEqual([2]);
		expect(docsOf('inadequte', 'fuzzy')).toEqual([0, 3]);
		expect(docsOf('oard', 'suffix')).toEqual([1, 3]);
		expect(docsOf('nothing', 'fuzzy')).toEqual([]);
	});

	it('counts each word once per document', () => {
		const i = TermIndex.build(['board board board', 'board']);
		expect(i.frequency(i.terms('board', 'exact')[0]!)).toBe(2);
	});

	it('survives a serialise/deserialise round trip unchanged', () => {
		const again = TermIndex.deserialize(index.serialize());
		expect(again.documents).toBe(index.documents);
		expect(again.vocabularySize).toBe(index.vocabularySize);
		for (const w of ['inadequate', 'board', 'poundland', 'the']) expect([...again.union(again.terms(w, 'exact'))]).toEqual([...index.union(index.terms(w, 'exact'))]);
	});

	it('keeps the tables laid out with it through a round trip', () => {
		const laid = TermIndex.build(['a b', 'b c', 'c'], 'some order', {first: Uint32Array.of(7, 8, 9), second: new Uint32Array(0), third: Uint32Array.of(4_000_000_000)});
		const again = TermIndex.deserialize(laid.serialize());
		expect(again.order).toBe('some order');
		expect(Object.fromEntries(Object.entries(again.layout).map(([k, v]) => [k, [...v]]))).toEqual({first: [7, 8, 9], second: [], third: [4_000_000_000]});
		expect([...again.union(again.terms('b', 'exact'))]).toEqual([0, 1]);
	});

	it('refuses a truncated buffer instead of answering wrongly', () => {
		const buf = index.serialize();
		expect(() => TermIndex.deserialize(buf.subarray(0, buf.length - 3))).toThrow();
	});

	it('opened from its bytes, reads its terms and where their documents are, and then only the documents of the terms a query looks at', () => {
		const buf = index.serialize();
		const reads: number[] = [];
		const opened = TermIndex.openFrom(buf.length, (target, at) => {
			reads.push(target.length);
			target.set(buf.subarray(at, at + target.length));
		});
		const postingBytes = 4 * Array.from({length: index.vocabularySize}, (_, t) => index.frequency(t)).reduce((a, b) => a + b, 0);
		// Everything but the postings, and the padding before the offsets.
		const unread = buf.length - postingBytes - reads.reduce((a, b) => a + b, 0);
		expect(unread).toBeGreaterThanOrEqual(0);
		expect(unread).toBeLessThan(4);
		expect(opened.documents).toBe(index.documents);
		reads.length = 0;
		const board = opened.terms('board', 'exact')[0]!;
		expect([...opened.postingsOf(board)]).toEqual([1, 3]);
		expect([...opened.postingsOf(board)]).toEqual([1, 3]);
		// One read of that term's two documents, kept for the next query.
		expect(reads).toEqual([8]);
		for (const [w, how] of [['inadequte', 'fuzzy'], ['pound', 'prefix'], ['oard', 'suffix'], ['the', 'exact'], ['nothing', 'fuzzy']] as const) {
			expect([...opened.union(opened.terms(w, how))], `${how} ${w}`).toEqual([...index.union(index.terms(w, how))]);
		}
		expect(() => opened.serialize()).toThrow();
	});

	it('refuses, when opened, term offsets that are out of order or do not add up to its documents', () => {
		const buf = index.serialize();
		const headLen = buf.readUInt32LE(0);
		const header = JSON.parse(buf.subarray(4, 4 + headLen).toString()) as {vocabBytes: number};
		let at = 4 + headLen + header.vocabBytes;
		at += (4 - (at % 4)) % 4;
		const read = (bytes: Buffer) => (target: Uint8Array, from: number) => target.set(bytes.subarray(from, from + target.length));
		expect(() => TermIndex.openFrom(buf.length, read(buf))).not.toThrow();
		const outOfOrder = Buffer.from(buf);
		outOfOrder.writeUInt32LE(0xffff_ffff, at + 4);
		expect(() => TermIndex.openFrom(buf.length, read(outOfOrder))).toThrow(/offsets/);
		const short = Buffer.from(buf);
		short.writeUInt32LE(buf.readUInt32LE(at + 4 * index.vocabularySize) - 1, at + 4 * index.vocabularySize);
		expect(() => TermIndex.openFrom(buf.length, read(short))).toThrow(/offsets/);
		expect(() => TermIndex.deserialize(short)).toThrow(/offsets/);
	});

	it('handles an empty corpus', () => {
		const empty = TermIndex.deserialize(TermIndex.build([]).serialize());
		expect(empty.documents).toBe(0);
		expect(empty.terms('x', 'prefix')).toEqual([]);
	});
});

describe('infixDistance', () => {
	it.each([
		['goverment', 'improvement', 2, 2],
		['council', 'councillors', 1, 0],
		['councl', 'councillors', 1, 1],
		['board', 'cupboard', 1, 0],
		['xyz', 'abc', 1, 2],
	])('%s in %s (max %i) = %i', async (p, t, max, d) => {
		const {infixDistance} = await import('../../source/search/term-index.js');
		expect(infixDistance(p, t, max)).toBe(d);
	});
});
