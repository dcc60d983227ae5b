/**
 * Each term's documents, collected while the index is built. At 50,000 articles that is some eighty million
 * words: ASCII text (nearly all of it) is read a character at a time into a buffer and looked up in an
 * open-addressing table by the buffer's contents, so that no string is made per word, only per new term. The
 * terms are those {@link tokens} gives; other text goes through it.
 */
import {tokens} from './tokens.js';

const asciiOnly = /^[\x00-\x7f]*$/;
const apostrophe = 39;

export class TermCollector {
	readonly terms: string[] = [];
	/** Documents of each term, ascending: documents are added in order, each term once per document. */
	readonly lists: number[][] = [];
	private readonly lastSeen: number[] = [];
	private readonly hashes: number[] = [];
	private table = new Int32Array(1 << 12).fill(-1);
	private buf = new Uint16Array(64);
	private len = 0;

	/** Adds document `doc` (one higher than the last added) with this text. */
	add(text: string, doc: number): void {
		if (!asciiOnly.test(text)) {
			for (const t of tokens(text)) {
				this.len = 0;
				for (let k = 0; k < t.length; k++) this.push(t.charCodeAt(k));
				this.end(doc);
			}
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
			this.lists.push([]);
			this.lastSeen.push(-1);
			this.table[at] = id;
			if (this.terms.length * 2 > this.table.length) this.grow();
		}
		if (this.lastSeen[id] === doc) return;
		this.lastSeen[id] = doc;
		this.lists[id]!.push(doc);
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
