/**
 * A row table beside the store (`<store>.lists/NAME.*`): every row of a list, each written once in each of its
 * parts (its JSON element, its CSV line, its text cells...), one file a part, and an index file that says where
 * each row's piece is in each part, with what the filters test. A filtered call reads the index and then only
 * the pieces of the rows it prints.
 *
 * Never a wrong answer: the index names what it was made from (`key`) and is checked whole by its SHA-1; each
 * part names the index's generation on its first line, and is checked a chunk of rows at a time (a call reads
 * and checks every chunk it takes a row from, and nothing else). Anything that does not match is no table.
 *
 * The index: `scrutiny-rows 1`, the key, the SHA-1 of the rest, then JSON: the generation, the row count, each
 * part's row offsets (base64 of 32-bit numbers) and chunk SHA-1s, and the table's own `data`.
 */
import {createHash, randomBytes, type Hash} from 'node:crypto';
import {chmodSync, closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, unlinkSync, writeSync} from 'node:fs';
import path from 'node:path';
import {isAlive, tempPath} from '../../corpus/store/atomic-write.js';
import {readFully} from '../../corpus/store/text-in-file.js';

const magic = 'scrutiny-rows 1';
const partMagic = 'scrutiny-rows-part 1';

/** Rows a part's chunk holds: what a call reads and checks to take one row from it. */
export const chunkRows = {value: 16};

export function tablesPath(store: string): string {
	return `${store}.lists`;
}

function filePath(store: string, name: string, part: string): string {
	return path.join(tablesPath(store), `${name}.${part}`);
}

/** `checks`: the chunks' SHA-1s, 20 bytes each, in base64. */
type PartIndex = {readonly offsets: string; readonly checks: string};
type IndexFile = {readonly generation: string; readonly rows: number; readonly chunkRows: number; readonly parts: Readonly<Record<string, PartIndex>>; readonly data: unknown};

/** Writes a table's parts a row at a time, then its index; nothing is in place until `finish` renames it all. */
export class TableWriter {
	readonly #generation = randomBytes(8).toString('hex');
	readonly #parts: readonly WrittenPart[];
	#rows = 0;

	constructor(
		private readonly store: string,
		private readonly name: string,
		parts: readonly string[],
	) {
		const mode = statSync(store).mode & 0o777;
		const dir = tablesPath(store);
		try {
			// As private as the store: a folder gets search (x) wherever the store has read.
			mkdirSync(dir, {mode: mode | ((mode & 0o444) >> 2)});
			chmodSync(dir, mode | ((mode & 0o444) >> 2));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}

		removeDeadTemps(dir);
		const opened: WrittenPart[] = [];
		try {
			for (const part of parts) {
				const temp = tempPath(filePath(store, name, part));
				const fd = openSync(temp, 'w', mode);
				opened.push({name: part, temp, fd, offsets: [0], at: 0, hash: createHash('sha1'), checks: [], pending: [], pendingBytes: 0});
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
			const bytes = typeof piece === 'string' ? Buffer.from(piece) : piece;
			part.pending.push(bytes);
			part.pendingBytes += bytes.length;
			if (part.pendingBytes >= 1024 * 1024) flush(part);
			part.hash.update(bytes);
			part.offsets.push(part.offsets.at(-1)! + bytes.length);
			if (part.offsets.at(-1)! > 0xffff_ffff) throw new Error('a row table part is too large');
		});
		this.#rows++;
		if (this.#rows % chunkRows.value === 0) for (const part of this.#parts) endChunk(part);
	}

	/** Writes the index (`key`, and the table's `data`) and puts every file in place. */
	finish(key: string, data: unknown): void {
		const parts: Record<string, PartIndex> = {};
		for (const part of this.#parts) {
			// The last chunk, short of a whole one (a table without rows has one, of nothing).
			if (this.#rows % chunkRows.value !== 0 || this.#rows === 0) endChunk(part);
			flush(part);
			parts[part.name] = {offsets: Buffer.from(Uint32Array.from(part.offsets).buffer).toString('base64'), checks: Buffer.concat(part.checks).toString('base64')};
			closeSync(part.fd);
		}

		const body = JSON.stringify({generation: this.#generation, rows: this.#rows, chunkRows: chunkRows.value, parts, data} satisfies IndexFile);
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
	at: number;
	hash: Hash;
	readonly checks: Buffer[];
	/** Pieces not yet written: written a megabyte at a time, not a call a piece. */
	pending: Buffer[];
	pendingBytes: number;
};

function flush(part: WrittenPart): void {
	const bytes = Buffer.concat(part.pending, part.pendingBytes);
	writeAll(part.fd, bytes, part.at);
	part.at += bytes.length;
	part.pending = [];
	part.pendingBytes = 0;
}

/** Ends a part's chunk of rows: its SHA-1 kept, a new one begun. */
function endChunk(part: WrittenPart): void {
	part.checks.push(part.hash.digest());
	part.hash = createHash('sha1');
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

	/**
	 * The pieces of `rows` (row numbers, ascending) in `part`, each chunk they are in checked first; null if the
	 * part is missing, of another generation or fails a check. Never throws.
	 */
	read(part: string, rows: readonly number[]): Buffer[] | null {
		const info = this.index.parts[part];
		if (!info) return null;
		let fd: number | null = null;
		try {
			const offsets = new Uint32Array(Uint8Array.from(Buffer.from(info.offsets, 'base64')).buffer);
			if (offsets.length !== this.index.rows + 1) return null;
			fd = openSync(filePath(this.store, this.name, part), 'r');
			const head = Buffer.from(`${partMagic} ${this.index.generation}\n`);
			const got = Buffer.alloc(head.length);
			if (readSync(fd, got, 0, got.length, 0) !== got.length || !got.equals(head) || fstatSync(fd).size !== head.length + offsets[this.index.rows]!) return null;
			const checks = Buffer.from(info.checks, 'base64');
			const per = this.index.chunkRows;
			const chunks = [...new Set(rows.map((row) => Math.floor(row / per)))];
			if (rows.some((row) => row < 0 || row >= this.index.rows) || checks.length !== 20 * Math.ceil(Math.max(this.index.rows, 1) / per)) return null;
			// The chunks read and checked, neighbours in one read of up to a few megabytes.
			const read = new Map<number, Buffer>();
			const start = (chunk: number) => offsets[chunk * per]!;
			const end = (chunk: number) => offsets[Math.min(this.index.rows, (chunk + 1) * per)]!;
			for (let i = 0; i < chunks.length; ) {
				let j = i;
				while (j + 1 < chunks.length && chunks[j + 1] === chunks[j]! + 1 && end(chunks[j + 1]!) - start(chunks[i]!) <= 4 * 1024 * 1024) j++;
				const bytes = Buffer.allocUnsafe(end(chunks[j]!) - start(chunks[i]!));
				readFully(fd, bytes, head.length + start(chunks[i]!));
				for (let k = i; k <= j; k++) {
					const chunk = bytes.subarray(start(chunks[k]!) - start(chunks[i]!), end(chunks[k]!) - start(chunks[i]!));
					if (!createHash('sha1').update(chunk).digest().equals(checks.subarray(20 * chunks[k]!, 20 * chunks[k]! + 20))) return null;
					read.set(chunks[k]!, chunk);
				}

				i = j + 1;
			}

			const pieces = rows.map((row) => {
				const chunk = Math.floor(row / per);
				return read.get(chunk)!.subarray(offsets[row]! - start(chunk), offsets[row + 1]! - start(chunk));
			});
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

/** A save killed before its rename leaves its temp files (`.<name>.<pid>.<random>.tmp`): removed once its process is gone. */
function removeDeadTemps(dir: string): void {
	for (const name of readdirSync(dir)) {
		const pid = Number(/\.(\d+)\.[\da-f]+\.tmp$/.exec(name)?.[1] ?? Number.NaN);
		if (!Number.isNaN(pid) && pid !== process.pid && !isAlive(pid)) rmSync(path.join(dir, name), {force: true});
	}
}
