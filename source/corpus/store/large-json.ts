/**
 * The store's JSON text read a record at a time (pretty-json.ts writes it the same way).
 *
 * A store of 50,000 articles is about a gigabyte of JSON: more than V8's longest string (2^29 - 24 characters),
 * so `JSON.stringify` of the whole document throws and `JSON.parse` cannot be given it. The writer yields the
 * document in pieces, byte for byte what `JSON.stringify(data, null, 2)` would write, and the reader of a large
 * file finds each record of a top-level array and parses it on its own. Neither ever holds the whole text as
 * one string, and both give the event loop back every few milliseconds, so a terminal UI stays responsive
 * while a large store loads.
 *
 * The reader accepts any JSON whose top level is an object (a hand-edited or re-indented store too); a
 * streaming JSON library (stream-json, @streamparser/json) would tokenise every character in JavaScript, which
 * measured far slower here than finding record boundaries with `Buffer.indexOf` and letting V8's own
 * `JSON.parse` do the parsing.
 */
import {Slicer} from './slicer.js';

/** Where and why a large document is not JSON: absolute byte offsets. */
export class LargeJsonError extends Error {
	constructor(
		readonly byte: number,
		readonly what: string,
		/** The text of a value that JSON.parse refused (it starts at `byte`), for the caller to locate the fault. */
		readonly text?: string,
		/** Nothing but whitespace before the end: the caller calls that an empty file, not a syntax error. */
		readonly blank = false,
	) {
		super(`${what} at byte ${byte}`);
	}
}

const quote = 0x22;
const backslash = 0x5c;
/** What a scan returns when it runs off the end of the bytes it has and more may follow. */
const more = -1;

/**
 * The part of a document not yet consumed: the record being parsed and the rest of the current chunk, so that a
 * gigabyte store never sits in memory as bytes beside the records parsed from it.
 */
class Window {
	bytes: Buffer = Buffer.alloc(0);
	/** Where parsing is, in `bytes`. */
	pos = 0;
	/** The document offset of `bytes[0]`, for error offsets. */
	base = 0;
	eof = false;
	readonly #chunks: AsyncIterator<Buffer>;
	/** The buffer `bytes` lies in (each chunk may be reused by its reader, so it is copied here). */
	#own: Buffer | undefined;

	constructor(chunks: AsyncIterable<Buffer>) {
		this.#chunks = chunks[Symbol.asyncIterator]();
	}

	get at(): number {
		return this.base + this.pos;
	}

	/**
	 * Appends the next chunk, dropping what is consumed; false at the end of the document. The bytes are copied
	 * into one buffer of the window's own, reused from chunk to chunk: a new buffer per chunk is external memory
	 * that V8 counts towards its next full collection, and with a gigabyte of records parsed those collections
	 * cost more than the parse.
	 */
	async more(): Promise<boolean> {
		if (this.eof) {
			return false;
		}

		const next = await this.#chunks.next();
		if (next.done) {
			this.eof = true;
			return false;
		}

		const dropped = Math.min(this.pos, this.bytes.length);
		const kept = this.bytes.length - dropped;
		const length = kept + next.value.length;
		if (!this.#own || this.#own.length < length) {
			const grown = Buffer.allocUnsafeSlow(Math.max(length, 2 * next.value.length));
			this.bytes.copy(grown, 0, dropped);
			this.#own = grown;
		} else {
			// Buffer#copy allows the regions to overlap.
			this.bytes.copy(this.#own, 0, dropped);
		}

		next.value.copy(this.#own, kept);
		this.bytes = this.#own.subarray(0, length);
		this.base += dropped;
		this.pos -= dropped;
		return true;
	}

	/** Skips whitespace; the byte then at `pos`, or -1 at the end of the document. */
	async peek(): Promise<number> {
		for (;;) {
			this.pos = skipSpace(this.bytes, this.pos);
			if (this.pos < this.bytes.length) {
				return this.bytes[this.pos]!;
			}

			if (!(await this.more())) {
				return -1;
			}
		}
	}

	/** Where the last value parsed lies in `bytes` (until the next chunk comes in). */
	valueStart = 0;

	/** Parses the value at `pos` (JSON.parse of its slice) and moves past it. */
	async value(): Promise<unknown> {
		for (;;) {
			const end = endOfValue(this.bytes, this.pos, this.eof);
			if (end !== more) {
				const value = parseSlice(this.bytes, this.pos, end, this.base);
				this.valueStart = this.pos;
				this.pos = end;
				return value;
			}

			if (!(await this.more())) {
				throw new LargeJsonError(this.base + this.bytes.length, 'unexpected end');
			}
		}
	}

	unexpected(): LargeJsonError {
		return this.pos >= this.bytes.length ? new LargeJsonError(this.at, 'unexpected end') : new LargeJsonError(this.at, `unexpected ${show(this.bytes, this.pos)}`);
	}

	async expectEnd(): Promise<void> {
		if ((await this.peek()) !== -1) {
			throw new LargeJsonError(this.at, `unexpected ${show(this.bytes, this.pos)} after the end of the data`);
		}
	}
}

/** Where a record parsed from a top-level array lies: `bytes[start, end)`, which is at `base + start` in the document. */
export type RecordBytes = {readonly bytes: Buffer; readonly start: number; readonly end: number; readonly base: number};
/** Called with each record of a top-level array as it is parsed (its bytes are valid only during the call). */
export type OnRecord = (key: string, record: unknown, where: RecordBytes) => void;

/**
 * Where the value of `name` lies in the JSON object at `bytes[start, end)`, if it is a key of that object itself
 * (not of an object inside it) and its value is a string: [start, end) of the string literal, quotes included.
 * The object must be valid JSON (it has been parsed).
 */
export function topLevelString(bytes: Buffer, start: number, end: number, name: string): [number, number] | null {
	const wanted = Buffer.from(JSON.stringify(name));
	let at = skipSpace(bytes, start);
	if (bytes[at] !== 0x7b) return null;
	at = skipSpace(bytes, at + 1);
	while (at < end && bytes[at] === quote) {
		const keyEnd = endOfString(bytes, at);
		const isWanted = keyEnd - at === wanted.length && bytes.compare(wanted, 0, wanted.length, at, keyEnd) === 0;
		at = skipSpace(bytes, keyEnd);
		// Past the colon.
		at = skipSpace(bytes, at + 1);
		const valueEnd = endOfValue(bytes, at, true);
		if (isWanted) return bytes[at] === quote ? [at, valueEnd] : null;
		at = skipSpace(bytes, valueEnd);
		if (bytes[at] !== 0x2c) return null;
		at = skipSpace(bytes, at + 1);
	}
	return null;
}

/**
 * Parses a JSON document whose top level is an object, parsing each element of a top-level array on its own.
 * The document comes in chunks of any size (a chunk is copied before the next is asked for, so its reader may
 * reuse its buffer); its bytes must be valid UTF-8, which the caller checks (a chunk may end inside a character
 * only where a record or string goes on into the next). Throws `LargeJsonError` for text that is not JSON; a
 * value at the top level that is not an object is returned as it is (the caller says what it holds).
 */
export async function parseLargeDocument(chunks: AsyncIterable<Buffer>, onRecord?: OnRecord): Promise<unknown> {
	const slicer = new Slicer();
	const w = new Window(chunks);
	let b = await w.peek();
	if (b === -1) {
		throw new LargeJsonError(w.at, 'unexpected end', undefined, true);
	}

	if (b !== 0x7b) {
		// Not an object: parse the whole value (it is small, or it fails with a message of its own).
		const value = await w.value();
		await w.expectEnd();
		return value;
	}

	const object: Record<string, unknown> = {};
	w.pos++;
	b = await w.peek();
	if (b === 0x7d) {
		w.pos++;
		await w.expectEnd();
		return object;
	}

	for (;;) {
		if (b !== quote) {
			throw w.unexpected();
		}

		const key = (await w.value()) as string;
		if ((await w.peek()) !== 0x3a) {
			throw w.unexpected();
		}

		w.pos++;
		b = await w.peek();
		if (b === -1) {
			throw w.unexpected();
		}

		if (b === 0x5b) {
			const items: unknown[] = [];
			w.pos++;
			b = await w.peek();
			if (b === 0x5d) {
				w.pos++;
			} else {
				for (;;) {
					const item = await w.value();
					items.push(item);
					onRecord?.(key, item, {bytes: w.bytes, start: w.valueStart, end: w.pos, base: w.base});
					await slicer.tick();
					b = await w.peek();
					if (b === 0x2c) {
						w.pos++;
						await w.peek();
						continue;
					}

					if (b === 0x5d) {
						w.pos++;
						break;
					}

					throw w.unexpected();
				}
			}

			defineKey(object, key, items);
		} else {
			defineKey(object, key, await w.value());
		}

		b = await w.peek();
		if (b === 0x2c) {
			w.pos++;
			b = await w.peek();
			continue;
		}

		if (b === 0x7d) {
			w.pos++;
			await w.expectEnd();
			return object;
		}

		throw w.unexpected();
	}
}

// JSON.parse makes "__proto__" an own property; plain assignment would set the prototype instead.
function defineKey(object: Record<string, unknown>, key: string, value: unknown): void {
	Object.defineProperty(object, key, {value, writable: true, enumerable: true, configurable: true});
}

function parseSlice(bytes: Buffer, start: number, end: number, base: number): unknown {
	const text = bytes.toString('utf8', start, end);
	try {
		return JSON.parse(text);
	} catch {
		throw new LargeJsonError(base + start, 'a value that is not JSON', text);
	}
}

function skipSpace(bytes: Buffer, from: number): number {
	let at = from;
	while (at < bytes.length) {
		const b = bytes[at]!;
		if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) {
			break;
		}

		at++;
	}

	return at;
}

/** The offset just past the string whose opening quote is at `start`, or `more`. */
function endOfString(bytes: Buffer, start: number): number {
	let at = start + 1;
	for (;;) {
		const close = bytes.indexOf(quote, at);
		if (close === -1) {
			return more;
		}

		// Escaped when an odd number of backslashes runs up to it.
		let slashes = 0;
		while (bytes[close - 1 - slashes] === backslash) {
			slashes++;
		}

		if (slashes % 2 === 0) {
			return close + 1;
		}

		at = close + 1;
	}
}

/**
 * The offset just past the value starting at `start`: brackets are counted and strings skipped, without
 * checking the value (JSON.parse of the slice does that). `more` when the value runs past the bytes there are
 * (at the end of the document, the caller reports an unexpected end).
 */
function endOfValue(bytes: Buffer, start: number, eof: boolean): number {
	const first = bytes[start];
	if (first === quote) {
		return endOfString(bytes, start);
	}

	if (first !== 0x7b && first !== 0x5b) {
		// A number, true, false or null: up to the next delimiter (which may be in the next chunk).
		let at = start;
		while (at < bytes.length) {
			const b = bytes[at]!;
			if (b === 0x2c || b === 0x5d || b === 0x7d || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) {
				return at;
			}

			at++;
		}

		return eof ? at : more;
	}

	let depth = 0;
	let at = start;
	while (at < bytes.length) {
		const b = bytes[at]!;
		if (b === quote) {
			at = endOfString(bytes, at);
			if (at === more) {
				return more;
			}

			continue;
		}

		if (b === 0x7b || b === 0x5b) {
			depth++;
		} else if (b === 0x7d || b === 0x5d) {
			depth--;
			if (depth === 0) {
				return at + 1;
			}
		}

		at++;
	}

	return more;
}

function show(bytes: Buffer, at: number): string {
	const b = bytes[at]!;
	return b >= 0x21 && b <= 0x7e ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16).padStart(2, '0')}`;
}
