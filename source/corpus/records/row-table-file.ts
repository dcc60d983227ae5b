/**
 * A row table beside the store (`<store>.lists/NAME.*`): every row of a list, each written once in each of its
 * parts (its JSON element, its CSV line, its text cells...), one file a part, and an index file with what the
 * filters test. A filtered call reads the index and then only the pieces of the rows it prints.
 *
 * Never a wrong answer: the index names what it was made from (`key`) and is checked whole by its SHA-1; each
 * part names the index's generation on its first line and ends with where each row's piece is and its CRC-32
 * (the trailer, checked by the SHA-1 the index keeps); a call checks each piece it prints, and nothing else.
 * Anything that does not match is no table.
 *
 * The index: `scrutiny-rows N`, the key, the SHA-1 of the rest, then JSON: the generation, the row count, each
 * part's trailer (where it begins, its SHA-1), and the table's own `data`. A part: `scrutiny-rows-part 1
 * GENERATION`, the pieces, then the trailer: the rows' offsets (n + 1 numbers) and CRC-32s (n), 32 bits each.
 */
import {createHash, randomBytes} from 'node:crypto';
import {chmodSync, closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs';
import path from 'node:path';
import {crc32} from 'node:zlib';
import {cacheFolderBeside} from '../cache-write.js';
import {cacheKeyNow} from '../store/file-identity.js';
import {tempPath} from '../store/atomic-write.js';
import {readFully} from '../store/text-in-file.js';

// 2: compare's saved sides word refusals that took place and cite the other inspections row.
const magic = 'scrutiny-rows 2';
const partMagic = 'scrutiny-rows-part 1';

/**
 * Pieces closer than this are read in one call (the bytes between them read and not used). A page: the calls a
 * wider gap saves cost less than the bytes it reads, allocates and keeps (the pieces are views of what was read)
 * when a call prints one row in thirty, as a speaker's quotes are spread through the table.
 */
const readGap = 4 * 1024;

/** The key of the store file as the tables are keyed (file-identity.ts; null if it cannot be known). */
export function tableKey(store: string): string | null {
	try {
		return cacheKeyNow(store);
	} catch {
		return null;
	}
}

export function tablesPath(store: string): string {
	return `${store}.lists`;
}

function filePath(store: string, name: string, part: string): string {
	return path.join(tablesPath(store), `${name}.${part}`);
}

type PartIndex = {readonly trailerAt: number; readonly trailerSha1: string};
type IndexFile = {readonly generation: string; readonly rows: number; readonly parts: Readonly<Record<string, PartIndex>>; readonly data: unknown};

/**
 * Writes a table's parts a row at a time, then its index; nothing is in place until `finish` renames it all.
 * `afterRow` runs after each row is added (the import collects its garbage there, heap-growth.ts).
 */
export class TableWriter {
	readonly #generation = randomBytes(8).toString('hex');
	readonly #parts: readonly WrittenPart[];
	#rows = 0;

	constructor(
		private readonly store: string,
		private readonly name: string,
		parts: readonly string[],
		private readonly afterRow: () => void = () => undefined,
	) {
		const mode = statSync(store).mode & 0o777;
		cacheFolderBeside(store, tablesPath(store));
		const opened: WrittenPart[] = [];
		try {
			for (const part of parts) {
				const temp = tempPath(filePath(store, name, part));
				const fd = openSync(temp, 'w', mode);
				opened.push({name: part, temp, fd, offsets: [0], crcs: [], at: 0, pending: Buffer.allocUnsafeSlow(flushBytes), pendingBytes: 0});
				chmodSync(temp, mode);
				const head = Buffer.from(`${partMagic} ${this.#generation}\n`);
				writeAll(fd, head, 0);
				opened.at(-1)!.at = head.length;
			}
		} catch (error) {
			for (const p of opened) discard(p.fd, p.temp);
			throw error;
		}

		this.#parts = opened;
	}

	/** One row: its piece of each part, in the order the parts were named. */
	add(pieces: readonly (string | Buffer)[]): void {
		this.#parts.forEach((part, i) => {
			const piece = pieces[i]!;
			const length = typeof piece === 'string' ? Buffer.byteLength(piece) : piece.length;
			if (part.pendingBytes + length > part.pending.length) flush(part);
			let bytes: Uint8Array;
			if (length > part.pending.length) {
				// Larger than the part's buffer: written on its own.
				bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
				writeAll(part.fd, bytes, part.at);
				part.at += length;
			} else {
				// Encoded into the part's one buffer: a piece a row, hundreds of thousands of rows, each made a buffer
				// of its own left the process's memory scattered with their freed blocks.
				if (typeof piece === 'string') part.pending.write(piece, part.pendingBytes);
				else piece.copy(part.pending, part.pendingBytes);
				bytes = part.pending.subarray(part.pendingBytes, part.pendingBytes + length);
				part.pendingBytes += length;
			}

			part.crcs.push(crc32(bytes));
			part.offsets.push(part.offsets.at(-1)! + length);
			if (part.offsets.at(-1)! > 0xffff_ffff) throw new Error('a row table part is too large');
		});
		this.#rows++;
		this.afterRow();
	}

	/** Writes the index (`key`, and the table's `data`) and puts every file in place. */
	finish(key: string, data: unknown): void {
		const parts: Record<string, PartIndex> = {};
		for (const part of this.#parts) {
			flush(part);
			const trailer = Buffer.from(Uint32Array.from([...part.offsets, ...part.crcs]).buffer);
			writeAll(part.fd, trailer, part.at);
			parts[part.name] = {trailerAt: part.at, trailerSha1: sha1(trailer)};
			closeSync(part.fd);
		}

		const body = JSON.stringify({generation: this.#generation, rows: this.#rows, parts, data} satisfies IndexFile);
		const index = tempPath(filePath(this.store, this.name, 'index'));
		const fd = openSync(index, 'w', statSync(this.store).mode & 0o777);
		try {
			writeAll(fd, Buffer.from(`${magic}\n${key}\n${sha1(body)}\n${body}`), 0);
		} finally {
			closeSync(fd);
		}

		// The parts first: an index in place names a generation whose parts are in place (or newer ones, a miss).
		for (const part of this.#parts) renameSync(part.temp, filePath(this.store, this.name, part.name));
		renameSync(index, filePath(this.store, this.name, 'index'));
	}

	/** Gives up: removes what was written. */
	abandon(): void {
		for (const part of this.#parts) discard(part.fd, part.temp);
	}
}

type WrittenPart = {
	readonly name: string;
	readonly temp: string;
	readonly fd: number;
	readonly offsets: number[];
	readonly crcs: number[];
	at: number;
	/** Pieces not yet written (its first `pendingBytes`): written a buffer at a time, not a call a piece. */
	readonly pending: Buffer;
	pendingBytes: number;
};

/** The bytes of each part's buffer of pieces not yet written. */
const flushBytes = 1024 * 1024;

function flush(part: WrittenPart): void {
	writeAll(part.fd, part.pending.subarray(0, part.pendingBytes), part.at);
	part.at += part.pendingBytes;
	part.pendingBytes = 0;
}

/** A table as saved: its `data`, its row count, and the pieces of chosen rows read from its parts. */
export class RowTable {
	private constructor(
		private readonly store: string,
		private readonly name: string,
		private readonly index: IndexFile,
	) {}

	/** The table `name` made from `key`, its index checked; null if there is none such. Never throws. */
	static open(store: string, name: string, key: string): RowTable | null {
		try {
			const text = readFileSync(filePath(store, name, 'index'), 'utf8');
			const lines = text.split('\n', 3);
			if (lines[0] !== magic || lines[1] !== key || lines.length < 3) return null;
			const body = text.slice(lines[0].length + lines[1].length + lines[2]!.length + 3);
			if (sha1(body) !== lines[2]) return null;
			return new RowTable(store, name, JSON.parse(body) as IndexFile);
		} catch {
			return null;
		}
	}

	get rows(): number {
		return this.index.rows;
	}

	get data(): unknown {
		return this.index.data;
	}

	/** Whether the table has `part` (a table made before a part was added has not). */
	has(part: string): boolean {
		return Object.hasOwn(this.index.parts, part);
	}

	/**
	 * The pieces of `rows` (row numbers, ascending) in `part`, each checked; null if the part is missing, of
	 * another generation, or it or a piece fails a check. Never throws.
	 */
	read(part: string, rows: readonly number[]): Buffer[] | null {
		const info = this.index.parts[part];
		if (!info) return null;
		const n = this.index.rows;
		let fd: number | null = null;
		try {
			fd = openSync(filePath(this.store, this.name, part), 'r');
			const head = Buffer.from(`${partMagic} ${this.index.generation}\n`);
			const got = Buffer.alloc(head.length);
			const trailer = Buffer.alloc(4 * (2 * n + 1));
			if (readSync(fd, got, 0, got.length, 0) !== got.length || !got.equals(head) || fstatSync(fd).size !== info.trailerAt + trailer.length) return null;
			readFully(fd, trailer, info.trailerAt);
			if (sha1(trailer) !== info.trailerSha1) return null;
			const numbers = new Uint32Array(trailer.buffer, trailer.byteOffset, 2 * n + 1);
			const start = (row: number) => head.length + numbers[row]!;
			const pieces: Buffer[] = [];
			// Neighbouring pieces are read in one call.
			for (let i = 0; i < rows.length; ) {
				let j = i;
				while (j + 1 < rows.length && rows[j + 1]! > rows[j]! && start(rows[j + 1]!) - start(rows[j]! + 1) <= readGap && start(rows[j + 1]! + 1) - start(rows[i]!) <= 4 * 1024 * 1024) j++;
				if (rows[i]! < 0 || rows[j]! >= n) return null;
				const bytes = Buffer.allocUnsafe(start(rows[j]! + 1) - start(rows[i]!));
				readFully(fd, bytes, start(rows[i]!));
				for (let k = i; k <= j; k++) {
					const piece = bytes.subarray(start(rows[k]!) - start(rows[i]!), start(rows[k]! + 1) - start(rows[i]!));
					if (crc32(piece) !== numbers[n + 1 + rows[k]!]) return null;
					pieces.push(piece);
				}

				i = j + 1;
			}

			return pieces;
		} catch {
			return null;
		} finally {
			if (fd !== null) closeSync(fd);
		}
	}
}

function sha1(bytes: string | Uint8Array): string {
	return createHash('sha1').update(bytes).digest('hex');
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
	for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

function discard(fd: number, temp: string): void {
	try {
		closeSync(fd);
	} catch {
		// closed already
	}

	try {
		unlinkSync(temp);
	} catch {
		// never made
	}
}

