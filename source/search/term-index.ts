/**
 * A compact inverted index that finds search candidates in milliseconds, so that Fuse.js ranks a few hundred
 * documents instead of scanning the corpus (STYLE.md: Fuse over 100,000 paragraphs takes seconds).
 *
 * Postings are typed arrays (4 bytes a posting): at 50,000 articles a Map-per-term index such as MiniSearch's
 * would need gigabytes. Typos are found by scanning the vocabulary with a bounded edit distance, prefixes by
 * binary search in the sorted vocabulary. The whole index serialises to one binary buffer that loads without
 * parsing the postings.
 */
import {TermCollector} from './term-collector.js';
import {tokens} from './tokens.js';

export {tokens} from './tokens.js';

/**
 * Edit distance (with transpositions) of two words, or `max + 1` as soon as it must exceed `max`: the vocabulary
 * scan stops early on most words.
 */
export function boundedDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const w = b.length + 1;
	let before = new Uint16Array(w);
	let prev = new Uint16Array(w);
	let cur = new Uint16Array(w);
	for (let j = 0; j < w; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		let rowMin = i;
		for (let j = 1; j < w; j++) {
			const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
			let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
			if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2]! + 1);
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		[before, prev, cur] = [prev, cur, before];
	}
	return prev[b.length]!;
}

/**
 * The fewest edits that turn `pattern` into some substring of `text` (Sellers' algorithm), or `max + 1` once it
 * must exceed `max`. `row` is scratch space of pattern.length + 1 cells.
 */
export function infixDistance(pattern: string, text: string, max: number, row = new Uint16Array(pattern.length + 1)): number {
	const m = pattern.length;
	for (let i = 0; i <= m; i++) row[i] = i;
	let best = row[m]!;
	for (let j = 1; j <= text.length; j++) {
		// Column j: the pattern against text ending at j; a match may start anywhere, so the top cell stays 0.
		let diag = row[0]!;
		row[0] = 0;
		const c = text.charCodeAt(j - 1);
		for (let i = 1; i <= m; i++) {
			const up = row[i]!;
			const v = Math.min(up + 1, row[i - 1]! + 1, diag + (pattern.charCodeAt(i - 1) === c ? 0 : 1));
			diag = up;
			row[i] = v;
		}
		if (row[m]! < best) best = row[m]!;
		if (best === 0) return 0;
	}
	return best <= max ? best : max + 1;
}

/**
 * How many edits a query word may be from a vocabulary word: what Fuse's threshold of 0.3 allows (errors up to
 * 0.3 of the pattern's length), so that the index never misses what Fuse would accept.
 */
export function allowedEdits(word: string): number {
	return Math.min(3, Math.floor(0.3 * word.length + 1e-9));
}

/** How many of a term's documents are read from the file at first, of an index read a term at a time. */
const firstRead = 1024;

export type TermMatch = 'exact' | 'prefix' | 'fuzzy' | 'suffix' | 'substring';

/**
 * What a search reads of an index: the terms a word matches, and each term's documents (at least those below a
 * number). A {@link TermIndex}, or two of them read as one (joined-index.ts).
 */
export type SearchIndex = {
	readonly documents: number;
	readonly order: string;
	terms(word: string, how: TermMatch): number[];
	postingsBelow(t: number, before: number): Uint32Array;
};

/**
 * Reads the postings between two positions of the saved postings list (an index opened with
 * {@link TermIndex.openFrom}): a query then reads only the documents of the terms it looks at.
 */
export type PostingReader = (from: number, to: number) => Uint32Array;

/** The saved index's header, as {@link TermIndex.serializedParts} writes it. */
type Header = {format: number; order: string; documents: number; terms: number; vocabBytes: number; postings: number; layout: [string, number][]};

/** An immutable index over documents numbered 0..n-1. */
export class TermIndex {
	private constructor(
		/** Sorted vocabulary. */
		private readonly vocab: readonly string[],
		/** postings of term t are postings[offsets[t] .. offsets[t+1]), ascending document numbers. */
		private readonly offsets: Uint32Array,
		/** Every term's documents in one array, or where to read a term's from (then kept once read). */
		private readonly postings: Uint32Array | PostingReader,
		readonly documents: number,
		/** What the document numbers mean, as the builder said (saved with the index; '' if not said). */
		readonly order: string,
		/**
		 * Tables the builder needs to number the documents the same way again, saved with the index: what is
		 * costly to work out from the store when a saved index is loaded (the timeline's lines: seconds on a large
		 * store).
		 */
		readonly layout: Readonly<Record<string, Uint32Array>> = {},
	) {}

	/** Builds the index from document texts. Linear in the total text. */
	static build(texts: Iterable<string>, order = '', layout: Readonly<Record<string, Uint32Array>> = {}): TermIndex {
		const collector = new TermCollector();
		for (const text of texts) collector.add(text);
		const {vocab, offsets, postings, documents} = collector.finish();
		return new TermIndex(vocab, offsets, postings, documents, order, layout);
	}

	/**
	 * The serialised form of the index {@link build} would make of the same texts, in parts made as they are asked
	 * for: its postings a range of terms at a time (at most `perPart` documents a part but for a longer term's), so
	 * that an index written out as it is built is never whole in memory.
	 */
	static buildSerialized(texts: Iterable<string>, order = '', layout: Readonly<Record<string, Uint32Array>> = {}, perPart?: number): {documents: number; parts: Generator<Uint8Array>} {
		const collector = new TermCollector();
		for (const text of texts) collector.add(text);
		return TermIndex.serializedFrom(collector, order, layout, perPart);
	}

	/**
	 * {@link buildSerialized}, its texts read a slice at a time with a turn of the event loop between: what the UI
	 * makes after an edit does not hold up the keys typed meanwhile.
	 */
	static async buildSerializedSliced(texts: Iterable<string>, order = '', layout: Readonly<Record<string, Uint32Array>> = {}, slice = 4096): Promise<{documents: number; parts: Generator<Uint8Array>}> {
		const collector = new TermCollector();
		let n = 0;
		for (const text of texts) {
			collector.add(text);
			if (++n % slice === 0) await new Promise<void>((resolve) => setImmediate(resolve));
		}
		return TermIndex.serializedFrom(collector, order, layout);
	}

	private static serializedFrom(collector: TermCollector, order: string, layout: Readonly<Record<string, Uint32Array>>, perPart?: number): {documents: number; parts: Generator<Uint8Array>} {
		const {vocab, offsets, parts, documents} = collector.finishInParts(perPart);
		function* all(): Generator<Uint8Array> {
			yield* serializedHead(vocab, offsets, documents, order, layout);
			for (const part of parts) yield bytesOf(part);
			for (const table of Object.values(layout)) yield bytesOf(table);
		}
		return {documents, parts: all()};
	}

	get vocabularySize(): number {
		return this.vocab.length;
	}

	/** The word of term number t. */
	term(t: number): string {
		return this.vocab[t]!;
	}

	private lowerBound(word: string): number {
		let lo = 0;
		let hi = this.vocab.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.vocab[mid]! < word) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/**
	 * The documents of each term read so far, of an index read a term at a time: all of them, or the first few
	 * ({@link postingsBelow}).
	 */
	private readonly readTerms = new Map<number, Uint32Array>();

	/** The documents containing term t, ascending. Of an index read a term at a time, it may read the file (and throw). */
	postingsOf(t: number): Uint32Array {
		return this.postingsBelow(t, this.documents);
	}

	/**
	 * The documents containing term t, ascending: at least every one below `before` (all of them, or the first so
	 * many). A search wants the lowest-numbered matches (first-matches.ts), so that a common word's first few
	 * thousand documents are often all it reads: of an index read a term at a time, only those are read from the
	 * file (more, doubling, as later calls need them), and a key that touches a long list does not wait for all of
	 * it. May read the file (and throw).
	 */
	postingsBelow(t: number, before: number): Uint32Array {
		const from = this.offsets[t]!;
		const to = this.offsets[t + 1]!;
		if (typeof this.postings !== 'function') return this.postings.subarray(from, to);
		let list = this.readTerms.get(t) ?? new Uint32Array(0);
		while (list.length < to - from && (list.length === 0 || list[list.length - 1]! < before)) {
			const longer = new Uint32Array(Math.min(to - from, Math.max(firstRead, 2 * list.length)));
			longer.set(list);
			longer.set(this.postings(from + list.length, from + longer.length), list.length);
			list = longer;
		}
		this.readTerms.set(t, list);
		return list;
	}

	/** Vocabulary term numbers that a query word matches in the given way. */
	terms(word: string, how: TermMatch): number[] {
		if (word === '') return [];
		if (how === 'exact') {
			const i = this.lowerBound(word);
			return this.vocab[i] === word ? [i] : [];
		}
		if (how === 'prefix') {
			const out: number[] = [];
			for (let i = this.lowerBound(word); i < this.vocab.length && this.vocab[i]!.startsWith(word); i++) out.push(i);
			return out;
		}
		if (how === 'suffix') {
			const out: number[] = [];
			for (let i = 0; i < this.vocab.length; i++) if (this.vocab[i]!.endsWith(word)) out.push(i);
			return out;
		}
		if (how === 'substring') {
			const out: number[] = [];
			for (let i = 0; i < this.vocab.length; i++) if (this.vocab[i]!.includes(word)) out.push(i);
			return out;
		}
		const max = allowedEdits(word);
		if (max === 0) return this.terms(word, 'substring');
		// Fuse accepts the word with typos anywhere inside a longer one ("goverment" in "improvement"): an
		// approximate substring match, as Fuse's own bitap does, over each vocabulary word.
		const out: number[] = [];
		const row = new Uint16Array(word.length + 1);
		for (let i = 0; i < this.vocab.length; i++) {
			const v = this.vocab[i]!;
			if (v.length >= word.length - max && infixDistance(word, v, max, row) <= max) out.push(i);
		}
		return out;
	}

	/** Number of documents containing term t. */
	frequency(t: number): number {
		return this.offsets[t + 1]! - this.offsets[t]!;
	}

	/** Documents containing any of the terms, ascending. */
	union(terms: readonly number[]): Uint32Array {
		if (terms.length === 1) return this.postingsOf(terms[0]!);
		const mark = new Uint8Array(this.documents);
		let count = 0;
		for (const t of terms) {
			for (const d of this.postingsOf(t)) {
				if (mark[d] === 0) {
					mark[d] = 1;
					count++;
				}
			}
		}
		const out = new Uint32Array(count);
		let j = 0;
		for (let d = 0; d < this.documents && j < count; d++) if (mark[d] === 1) out[j++] = d;
		return out;
	}

	/** Serialises to one buffer: a small JSON header, the vocabulary, then the typed arrays. */
	serialize(): Buffer {
		return Buffer.concat(this.serializedParts());
	}

	/**
	 * The serialised index in parts, the postings as a view of the index's own array: written one after another
	 * they are `serialize()`, without a copy of the postings (about 190 MB at 50,000 articles) to write them.
	 */
	serializedParts(): Uint8Array[] {
		if (typeof this.postings === 'function') throw new Error('an index read a term at a time is not saved again');
		return [...serializedHead(this.vocab, this.offsets, this.documents, this.order, this.layout), bytesOf(this.postings), ...Object.values(this.layout).map(bytesOf)];
	}

	/** Loads a serialised index; throws on a buffer that is not one (the caller rebuilds). */
	static deserialize(buf: Buffer): TermIndex {
		return TermIndex.readFrom(buf.length, (target, at) => {
			if (at + target.length > buf.length) throw new Error('index is truncated');
			target.set(buf.subarray(at, at + target.length));
		});
	}

	/**
	 * Loads a serialised index of `size` bytes from wherever `read` fills a target from (a file, by offset): the
	 * offsets and postings are read straight into their arrays, never held twice. Throws on what is not an index.
	 */
	static readFrom(size: number, read: (target: Uint8Array, at: number) => void): TermIndex {
		const {header, vocab, offsets, postingsAt} = TermIndex.readHead(size, read);
		const postings = new Uint32Array(header.postings);
		const layout = Object.fromEntries(header.layout.map(([name, length]) => [name, new Uint32Array(length)]));
		read(new Uint8Array(postings.buffer), postingsAt);
		let at = postingsAt + postings.byteLength;
		for (const table of Object.values(layout)) {
			read(new Uint8Array(table.buffer), at);
			at += table.byteLength;
		}
		return new TermIndex(vocab, offsets, postings, header.documents, header.order, layout);
	}

	/**
	 * Opens a serialised index of `size` bytes reading only its vocabulary, term offsets and layout tables: a term's
	 * documents are read (by `read`, as for {@link readFrom}) when a query first looks at them, and kept. The
	 * postings, nearly all of the index, are then held only as far as queries have needed them. It is not saved
	 * again. Throws on what is not an index.
	 */
	static openFrom(size: number, read: (target: Uint8Array, at: number) => void): TermIndex {
		const {header, vocab, offsets, postingsAt} = TermIndex.readHead(size, read);
		const postings = (from: number, to: number) => {
			const list = new Uint32Array(to - from);
			read(new Uint8Array(list.buffer), postingsAt + 4 * from);
			return list;
		};
		let at = postingsAt + 4 * header.postings;
		const layout: Record<string, Uint32Array> = {};
		for (const [name, length] of header.layout) {
			const table = (layout[name] = new Uint32Array(length));
			read(new Uint8Array(table.buffer), at);
			at += table.byteLength;
		}
		return new TermIndex(vocab, offsets, postings, header.documents, header.order, layout);
	}

	/** The header, vocabulary and term offsets of a serialised index, and where its postings start; checks its size. */
	private static readHead(size: number, read: (target: Uint8Array, at: number) => void): {header: Header; vocab: string[]; offsets: Uint32Array; postingsAt: number} {
		const bytes = (length: number, at: number): Buffer => {
			const target = Buffer.alloc(length);
			read(target, at);
			return target;
		};
		const headLen = bytes(4, 0).readUInt32LE(0);
		if (4 + headLen > size) throw new Error('index is truncated');
		const header = JSON.parse(bytes(headLen, 4).toString('utf8')) as Header;
		// Format 1 did not say how its documents were numbered, format 2 kept no layout: rebuilt rather than guessed.
		if (header.format !== 3) throw new Error(`unknown index format ${header.format}`);
		const vocabStart = 4 + headLen;
		let at = vocabStart + header.vocabBytes;
		at += (4 - (at % 4)) % 4;
		const offsets = new Uint32Array(header.terms + 1);
		const tableBytes = header.layout.reduce((n, [, length]) => n + 4 * length, 0);
		if (at + offsets.byteLength + 4 * header.postings + tableBytes !== size) throw new Error('index is truncated');
		const vocabText = bytes(header.vocabBytes, vocabStart).toString('utf8');
		const vocab = header.terms === 0 ? [] : vocabText.split('\n');
		if (vocab.length !== header.terms) throw new Error('index vocabulary is damaged');
		// Typed arrays of their own: a file's or a Buffer's offset need not be a multiple of 4.
		read(new Uint8Array(offsets.buffer), at);
		if (offsets[0] !== 0 || offsets[header.terms] !== header.postings) throw new Error('index offsets are damaged');
		for (let t = 0; t < header.terms; t++) if (offsets[t]! > offsets[t + 1]!) throw new Error('index offsets are damaged');
		return {header, vocab, offsets, postingsAt: at + offsets.byteLength};
	}
}

/** A typed array's bytes, not copied. */
function bytesOf(a: Uint32Array): Uint8Array {
	return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * The serialised index up to its postings: the header's length, a small JSON header, the vocabulary, the padding
 * that puts the term offsets at a multiple of 4, and the offsets. The postings and the layout tables follow.
 */
function serializedHead(vocab: readonly string[], offsets: Uint32Array, documents: number, order: string, layout: Readonly<Record<string, Uint32Array>>): Uint8Array[] {
	const vocabBytes = Buffer.from(vocab.join('\n'), 'utf8');
	const postings = offsets[vocab.length]!;
	const header = Buffer.from(
		JSON.stringify({format: 3, order, documents, terms: vocab.length, vocabBytes: vocabBytes.length, postings, layout: Object.entries(layout).map(([name, table]) => [name, table.length])}),
		'utf8',
	);
	const headLen = Buffer.alloc(4);
	headLen.writeUInt32LE(header.length);
	const afterHeader = 4 + header.length + vocabBytes.length;
	return [headLen, header, vocabBytes, Buffer.alloc((4 - (afterHeader % 4)) % 4), bytesOf(offsets)];
}
