/**
 * Each term's documents, collected while the index is built. At 50,000 articles that is some eighty million
 * words: ASCII text (nearly all of it) is read a character at a time into a buffer and looked up in an
 * open-addressing table by the buffer's contents, so that no string is made per word, only per new term. The
 * terms are those {@link tokens} gives; other text goes through it.
 *
 * Each document's distinct terms are appended to a byte stream in fixed-size chunks (see {@link PairStream}), and
 * {@link TermCollector.finish} sorts them into postings by counting, letting each chunk go once it is read: no
 * list per term for the garbage collector to grow and copy, and no array that doubles (and is copied) as it grows,
 * so that while the postings are made little more than they are held.
 */
import {PairStream} from './pair-stream.js';
import {tokens} from './tokens.js';

const asciiOnly = /^[\x00-\x7f]*$/;
const apostrophe = 39;

export class TermCollector {
	/** Terms by number, in first-seen order. */
	readonly terms: string[] = [];
	private readonly hashes: number[] = [];
	/** Documents each term is in, and the last document it was seen in (a repeated word is noted once). */
	private frequency: Uint32Array = new Uint32Array(1 << 12);
	private lastSeen = new Int32Array(1 << 12).fill(-1);
	/** Each document's distinct terms, document after document. */
	private readonly pairs: PairStream;
	private documents = 0;
	private table = new Int32Array(1 << 12).fill(-1);
	private buf = new Uint16Array(64);
	private len = 0;

	/** `chunkBytes`: the size of the pair stream's chunks (small ones let the tests cross their edges). */
	constructor(chunkBytes?: number) {
		this.pairs = new PairStream(chunkBytes);
	}

	/** Adds the next document (numbered from 0 in the order added) with this text. */
	add(text: string): void {
		const doc = this.documents++;
		if (!asciiOnly.test(text)) {
			for (const t of tokens(text)) {
				this.len = 0;
				for (let k = 0; k < t.length; k++) this.push(t.charCodeAt(k));
				this.end(doc);
			}
			this.pairs.endDocument();
			return;
		}
		// As tokens() reads ASCII: lower case, apostrophes dropped (they join what is either side), runs of a-z0-9.
		this.len = 0;
		for (let k = 0; k < text.length; k++) {
			let c = text.charCodeAt(k);
			if (c === apostrophe) continue;
			if (c >= 65 && c <= 90) c += 32;
			if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) this.push(c);
			else if (this.len > 0) {
				this.end(doc);
				this.len = 0;
			}
		}
		if (this.len > 0) this.end(doc);
		this.pairs.endDocument();
	}

	private push(c: number): void {
		if (this.len === this.buf.length) {
			const bigger = new Uint16Array(this.buf.length * 2);
			bigger.set(this.buf);
			this.buf = bigger;
		}
		this.buf[this.len++] = c;
	}

	/** The word in the buffer is complete: note the document under its term. */
	private end(doc: number): void {
		let h = 0x811c9dc5;
		for (let k = 0; k < this.len; k++) h = Math.imul(h ^ this.buf[k]!, 16777619);
		const mask = this.table.length - 1;
		let at = h & mask;
		let id = this.table[at]!;
		while (id !== -1 && !(this.hashes[id] === h && this.holds(this.terms[id]!))) {
			at = (at + 1) & mask;
			id = this.table[at]!;
		}
		if (id === -1) {
			id = this.terms.length;
			this.terms.push(String.fromCharCode(...this.buf.subarray(0, this.len)));
			this.hashes.push(h);
			if (id === this.frequency.length) {
				const frequency = new Uint32Array(this.frequency.length * 2);
				frequency.set(this.frequency);
				this.frequency = frequency;
				const seen = new Int32Array(this.lastSeen.length * 2).fill(-1);
				seen.set(this.lastSeen);
				this.lastSeen = seen;
			}
			this.table[at] = id;
			if (this.terms.length * 2 > this.table.length) this.grow();
		}
		if (this.lastSeen[id] === doc) return;
		this.lastSeen[id] = doc;
		this.frequency[id]!++;
		this.pairs.term(id);
	}

	/**
	 * The sorted vocabulary and each term's documents (ascending) end to end: term t's are postings[offsets[t]
	 * .. offsets[t+1]). Once only: the pairs are let go as they are read.
	 */
	finish(): {vocab: string[]; offsets: Uint32Array; postings: Uint32Array; documents: number} {
		const {vocab, offsets, order} = this.sorted();
		// Where the next document of each term (by first-seen number) goes.
		const next = new Uint32Array(this.terms.length);
		order.forEach((id, t) => (next[id] = offsets[t]!));
		const postings = new Uint32Array(offsets[vocab.length]!);
		// Documents are read in the order added, so each term's documents land in ascending order.
		this.pairs.drain((id, doc) => {
			postings[next[id]!++] = doc;
		});
		return {vocab, offsets, postings, documents: this.documents};
	}

	/**
	 * As {@link finish}, but the postings as parts which, end to end, are its `postings`: each part a range of terms'
	 * documents, made when asked for (one pass over the pairs a part), of at most `perPart` documents unless one
	 * term has more. Made to be written out: the postings are never held whole beside the pairs. Once only: the
	 * pairs are let go after the last part.
	 */
	finishInParts(perPart = 1 << 23): {vocab: string[]; offsets: Uint32Array; parts: Generator<Uint32Array>; documents: number} {
		const {vocab, offsets, order} = this.sorted();
		const position = new Uint32Array(this.terms.length);
		order.forEach((id, t) => (position[id] = t));
		const pairs = this.pairs;
		function* parts(): Generator<Uint32Array> {
			try {
				for (let from = 0; from < vocab.length; ) {
					let to = from + 1;
					while (to < vocab.length && offsets[to + 1]! - offsets[from]! <= perPart) to++;
					const base = offsets[from]!;
					const part = new Uint32Array(offsets[to]! - base);
					const next = offsets.slice(from, to).map((o) => o - base);
					pairs.forEach((id, doc) => {
						const t = position[id]!;
						if (t >= from && t < to) part[next[t - from]!++] = doc;
					});
					yield part;
					from = to;
				}
			} finally {
				// Also when the writer stops early.
				pairs.release();
			}
		}
		return {vocab, offsets, parts: parts(), documents: this.documents};
	}

	/** The vocabulary sorted, each term's place in the postings, and the first-seen number of each sorted term. */
	private sorted(): {vocab: string[]; offsets: Uint32Array; order: number[]} {
		const order = this.terms.map((_, id) => id).sort((a, b) => (this.terms[a]! < this.terms[b]! ? -1 : 1));
		const vocab = order.map((id) => this.terms[id]!);
		const offsets = new Uint32Array(vocab.length + 1);
		let total = 0;
		order.forEach((id, t) => {
			offsets[t] = total;
			total += this.frequency[id]!;
		});
		offsets[vocab.length] = total;
		return {vocab, offsets, order};
	}

	private holds(term: string): boolean {
		if (term.length !== this.len) return false;
		for (let k = 0; k < this.len; k++) if (term.charCodeAt(k) !== this.buf[k]) return false;
		return true;
	}

	private grow(): void {
		this.table = new Int32Array(this.table.length * 2).fill(-1);
		const mask = this.table.length - 1;
		for (let id = 0; id < this.terms.length; id++) {
			let at = this.hashes[id]! & mask;
			while (this.table[at] !== -1) at = (at + 1) & mask;
			this.table[at] = id;
		}
	}
}
