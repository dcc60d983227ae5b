/**
 * The store's JSON text, written and read a record at a time.
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
import {setImmediate as yieldToLoop} from 'node:timers/promises';

/** How long a loop runs before giving the event loop a turn, in ms. */
const sliceMs = 30;

/** Gives the event loop a turn when the current slice has run for `sliceMs`. */
export class Slicer {
	#since = performance.now();
	#count = 0;

	/** Call once per unit of work; awaits a turn of the event loop now and then. */
	async tick(): Promise<void> {
		// performance.now() costs more than a record's check: look at the clock every 64 calls.
		if ((++this.#count & 63) !== 0) {
			return;
		}

		if (performance.now() - this.#since >= sliceMs) {
			await yieldToLoop();
			this.#since = performance.now();
		}
	}
}

/**
 * The text `JSON.stringify(data, null, 2) + '\n'` would give, in pieces (a top-level array's records one by
 * one). Throws as `JSON.stringify` would (a cycle, a BigInt).
 */
export function* prettyPieces(data: Record<string, unknown>): Generator<string> {
	let first = true;
	yield '{';
	for (const key of Object.keys(data)) {
		const value = data[key];
		const head = `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
		if (Array.isArray(value)) {
			first = false;
			if (value.length === 0) {
				yield `${head}[]`;
				continue;
			}

			yield `${head}[`;
			for (let i = 0; i < value.length; i++) {
				// An array element that JSON cannot hold (undefined, a function) is written as null, as JSON.stringify does.
				const text = JSON.stringify(value[i], null, 2) ?? 'null';
				yield `${i === 0 ? '' : ','}\n    ${indent(text, '    ')}`;
			}

			yield '\n  ]';
			continue;
		}

		const text = JSON.stringify(value, null, 2);
		if (text === undefined) {
			// A key whose value JSON cannot hold is left out, as JSON.stringify does.
			continue;
		}

		first = false;
		yield `${head}${indent(text, '  ')}`;
	}

	yield first ? '}\n' : '\n}\n';
}

// Strings in JSON text never hold a raw newline, so every newline is a line break of the layout.
function indent(text: string, by: string): string {
	return text.includes('\n') ? text.replaceAll('\n', `\n${by}`) : text;
}

/** Where and why a large document is not JSON: absolute byte offsets. */
export class LargeJsonError extends Error {
	constructor(
		readonly byte: number,
		readonly what: string,
		/** The text of a value that JSON.parse refused (it starts at `byte`), for the caller to locate the fault. */
		readonly text?: string,
	) {
		super(`${what} at byte ${byte}`);
	}
}

const quote = 0x22;
const backslash = 0x5c;

/**
 * Parses the JSON document in `bytes` (from `start`, past any BOM) whose top level is an object, parsing each
 * element of a top-level array on its own. The bytes must already be known to be valid UTF-8. Throws
 * `LargeJsonError` for text that is not JSON; a value at the top level that is not an object is returned as it
 * is (the caller says what it holds).
 */
export async function parseLargeDocument(bytes: Buffer, start: number): Promise<unknown> {
	const slicer = new Slicer();
	let at = skipSpace(bytes, start);
	if (at >= bytes.length) {
		throw new LargeJsonError(at, 'unexpected end');
	}

	if (bytes[at] !== 0x7b) {
		// Not an object: parse the whole value (it is small, or it fails with a message of its own).
		const end = endOfValue(bytes, at);
		const value = parseSlice(bytes, at, end);
		expectEnd(bytes, end);
		return value;
	}

	const object: Record<string, unknown> = {};
	at = skipSpace(bytes, at + 1);
	if (bytes[at] === 0x7d) {
		expectEnd(bytes, at + 1);
		return object;
	}

	for (;;) {
		if (at >= bytes.length) {
			throw new LargeJsonError(at, 'unexpected end');
		}

		if (bytes[at] !== quote) {
			throw unexpected(bytes, at);
		}

		const keyEnd = endOfString(bytes, at);
		const key = parseSlice(bytes, at, keyEnd) as string;
		at = skipSpace(bytes, keyEnd);
		if (bytes[at] !== 0x3a) {
			throw at >= bytes.length ? new LargeJsonError(at, 'unexpected end') : unexpected(bytes, at);
		}

		at = skipSpace(bytes, at + 1);
		if (at >= bytes.length) {
			throw new LargeJsonError(at, 'unexpected end');
		}

		if (bytes[at] === 0x5b) {
			const items: unknown[] = [];
			at = skipSpace(bytes, at + 1);
			if (bytes[at] === 0x5d) {
				at++;
			} else {
				for (;;) {
					const end = endOfValue(bytes, at);
					items.push(parseSlice(bytes, at, end));
					await slicer.tick();
					at = skipSpace(bytes, end);
					if (bytes[at] === 0x2c) {
						at = skipSpace(bytes, at + 1);
						continue;
					}

					if (bytes[at] === 0x5d) {
						at++;
						break;
					}

					throw at >= bytes.length ? new LargeJsonError(at, 'unexpected end') : unexpected(bytes, at);
				}
			}

			defineKey(object, key, items);
		} else {
			const end = endOfValue(bytes, at);
			defineKey(object, key, parseSlice(bytes, at, end));
			at = end;
		}

		at = skipSpace(bytes, at);
		if (bytes[at] === 0x2c) {
			at = skipSpace(bytes, at + 1);
			continue;
		}

		if (bytes[at] === 0x7d) {
			expectEnd(bytes, at + 1);
			return object;
		}

		throw at >= bytes.length ? new LargeJsonError(at, 'unexpected end') : unexpected(bytes, at);
	}
}

// JSON.parse makes "__proto__" an own property; plain assignment would set the prototype instead.
function defineKey(object: Record<string, unknown>, key: string, value: unknown): void {
	Object.defineProperty(object, key, {value, writable: true, enumerable: true, configurable: true});
}

function expectEnd(bytes: Buffer, from: number): void {
	const at = skipSpace(bytes, from);
	if (at < bytes.length) {
		throw new LargeJsonError(at, `unexpected ${show(bytes, at)} after the end of the data`);
	}
}

function parseSlice(bytes: Buffer, start: number, end: number): unknown {
	const text = bytes.toString('utf8', start, end);
	try {
		return JSON.parse(text);
	} catch {
		throw new LargeJsonError(start, 'a value that is not JSON', text);
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

/** The offset just past the string whose opening quote is at `start`. */
function endOfString(bytes: Buffer, start: number): number {
	let at = start + 1;
	for (;;) {
		const close = bytes.indexOf(quote, at);
		if (close === -1) {
			throw new LargeJsonError(bytes.length, 'unexpected end');
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
 * checking the value (JSON.parse of the slice does that).
 */
function endOfValue(bytes: Buffer, start: number): number {
	const first = bytes[start];
	if (first === quote) {
		return endOfString(bytes, start);
	}

	if (first !== 0x7b && first !== 0x5b) {
		// A number, true, false or null: up to the next delimiter.
		let at = start;
		while (at < bytes.length) {
			const b = bytes[at]!;
			if (b === 0x2c || b === 0x5d || b === 0x7d || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) {
				break;
			}

			at++;
		}

		return at;
	}

	let depth = 0;
	let at = start;
	while (at < bytes.length) {
		const b = bytes[at]!;
		if (b === quote) {
			at = endOfString(bytes, at);
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

	throw new LargeJsonError(bytes.length, 'unexpected end');
}

function unexpected(bytes: Buffer, at: number): LargeJsonError {
	return new LargeJsonError(at, `unexpected ${show(bytes, at)}`);
}

function show(bytes: Buffer, at: number): string {
	const b = bytes[at]!;
	return b >= 0x21 && b <= 0x7e ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16).padStart(2, '0')}`;
}
