/**
 * The (term, document) pairs of an index being built, as a stream of bytes in fixed-size chunks: each document's
 * term numbers, then a zero byte that ends the document. A term number n is written as n + 1 in seven bits a byte,
 * low bits first, the high bit set on every byte but the last (so that no byte of it is a lone zero). Terms are
 * numbered in first-seen order, so the common words, most of the pairs, take one byte and the rest two or three:
 * a fraction of four bytes a pair. Chunks are never copied as the stream grows, and {@link PairStream.drain} lets
 * each go once read, so that the postings it fills and the pairs are not both held whole; or the pairs are read
 * again and again ({@link PairStream.forEach}), a range of terms' postings at a time.
 */
export class PairStream {
	private chunks: (Uint8Array | undefined)[] = [];
	private chunk: Uint8Array;
	private at = 0;

	constructor(private readonly chunkBytes = 1 << 20) {
		this.chunk = new Uint8Array(chunkBytes);
		this.chunks.push(this.chunk);
	}

	/** Notes term number `id` in the current document. */
	term(id: number): void {
		let v = id + 1;
		while (v > 0x7f) {
			this.byte((v & 0x7f) | 0x80);
			v = Math.floor(v / 128);
		}
		this.byte(v);
	}

	/** Ends the current document: the next term is the next document's. */
	endDocument(): void {
		this.byte(0);
	}

	private byte(b: number): void {
		if (this.at === this.chunk.length) {
			this.chunk = new Uint8Array(this.chunkBytes);
			this.chunks.push(this.chunk);
			this.at = 0;
		}
		this.chunk[this.at++] = b;
	}

	/**
	 * Calls `each` with every pair, documents numbered from 0 in the order written, and empties the stream: each
	 * chunk is let go once read.
	 */
	drain(each: (id: number, doc: number) => void): void {
		this.read(each, true);
		this.release();
	}

	/** Calls `each` with every pair, as {@link drain} does, and keeps them (to be read again). */
	forEach(each: (id: number, doc: number) => void): void {
		this.read(each, false);
	}

	/** Empties the stream. */
	release(): void {
		this.chunks = [];
		this.chunk = new Uint8Array(0);
		this.at = 0;
	}

	private read(each: (id: number, doc: number) => void, letGo: boolean): void {
		const last = this.chunks.length - 1;
		const lastEnd = this.at;
		let doc = 0;
		let value = 0;
		let scale = 1;
		for (let c = 0; c <= last; c++) {
			const chunk = this.chunks[c]!;
			if (letGo) this.chunks[c] = undefined;
			const end = c === last ? lastEnd : chunk.length;
			for (let k = 0; k < end; k++) {
				const b = chunk[k]!;
				if (b & 0x80) {
					value += (b & 0x7f) * scale;
					scale *= 128;
					continue;
				}
				value += b * scale;
				if (value === 0) doc++;
				else each(value - 1, doc);
				value = 0;
				scale = 1;
			}
		}
	}
}
