/**
 * The UTF-8 check of a large file read in chunks: each chunk is checked as it arrives, a character cut by a
 * chunk's end is held back and checked whole with the next, and the first bad byte is reported by its offset.
 */
import {isUtf8} from 'node:buffer';
import type {Hash} from 'node:crypto';
import {whileHeld} from './slicer.js';

/** A byte that is not UTF-8, at this offset in the file. */
export class NotUtf8Error extends Error {
	constructor(readonly byte: number) {
		super(`not valid UTF-8 at byte ${byte}`);
	}
}

/** A large file's chunks as `checkedChunks` gives them (one generator: a second loop goes on where the first left off). */
export type CheckedChunks = AsyncGenerator<Buffer> & {readonly bom: number};

/**
 * The file's chunks with a BOM left out, each checked for UTF-8 (a character cut by a chunk's end is held
 * back and checked whole with the next chunk) and fed to `hash` (the whole file, BOM included). Throws
 * `NotUtf8Error` at the first bad byte. `bom` is the length of the BOM left out, once the first chunk is read.
 */
export function checkedChunks(chunks: AsyncIterable<Buffer>, hash: Hash): CheckedChunks {
	const state = {bom: 0};
	async function* check(): AsyncGenerator<Buffer> {
		/** The file offset just past the bytes read so far. */
		let offset = 0;
		/** Bytes read but not given out: a start too short to tell a BOM, or a character cut by a chunk's end. */
		let carry: Buffer = Buffer.alloc(0);
		let started = false;
		for await (let read of chunks) {
			// Each chunk is hashed and checked at once: that waits, as the parse's slices do, while the UI holds them.
			await whileHeld();
			hash.update(read);
			offset += read.length;
			let base = offset - read.length;
			if (!started) {
				// Too short to tell a BOM yet: gathered (a copy: the reader reuses its buffer) until it is not.
				const head = carry.length === 0 ? read : Buffer.concat([carry, read]);
				if (head.length < 3) {
					carry = Buffer.from(head);
					continue;
				}

				started = true;
				carry = Buffer.alloc(0);
				base = offset - head.length;
				read = head;
				if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
					state.bom = 3;
					read = head.subarray(3);
					base += 3;
				}
			}

			let from = 0;
			if (carry.length > 0) {
				// The character the last chunk cut: completed from this one's first bytes and given out on its own.
				const need = Math.min(sequenceLength(carry[0]!) - carry.length, read.length);
				const joined = Buffer.concat([carry, read.subarray(0, need)]);
				if (joined.length < sequenceLength(carry[0]!) && need === read.length) {
					carry = joined;
					continue;
				}

				if (!isUtf8(joined)) {
					throw new NotUtf8Error(base - carry.length + firstInvalidUtf8(joined));
				}

				carry = Buffer.alloc(0);
				from = need;
				yield joined;
			}

			const cut = completeUpTo(read, from);
			const whole = read.subarray(from, cut);
			if (!isUtf8(whole)) {
				throw new NotUtf8Error(base + from + firstInvalidUtf8(whole));
			}

			carry = Buffer.from(read.subarray(cut));
			if (whole.length > 0) {
				yield whole;
			}
		}

		// A file shorter than a BOM, or one that ends inside a character.
		if (!isUtf8(carry)) {
			throw new NotUtf8Error(offset - carry.length + firstInvalidUtf8(carry));
		}

		if (carry.length > 0) {
			yield carry;
		}
	}

	return Object.defineProperty(check(), 'bom', {get: () => state.bom}) as CheckedChunks;
}

/** How many bytes the UTF-8 sequence that starts with `lead` has (1 for a byte that cannot start one). */
function sequenceLength(lead: number): number {
	return lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 1;
}

/** The end of `chunk` less a character it ends inside (one whose lead byte is among its last three bytes). */
function completeUpTo(chunk: Buffer, from: number): number {
	for (let back = 1; back <= 3 && chunk.length - back >= from; back++) {
		const b = chunk[chunk.length - back]!;
		if ((b & 0xc0) !== 0x80) {
			// A lead byte (or ASCII): cut before it if its sequence runs past the end.
			return sequenceLength(b) > back ? chunk.length - back : chunk.length;
		}
	}

	return chunk.length;
}

/** Byte offset of the first invalid UTF-8 sequence (re-encoding the lenient decode matches up to there). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	const again = Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf8');
	let at = 0;
	while (at < bytes.length && again[at] === bytes[at]) {
		at++;
	}

	return at;
}
