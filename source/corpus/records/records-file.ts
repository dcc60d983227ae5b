/**
 * Reading `<store>.records` (records-format.ts): the header at once, each section when first asked for. A file
 * of another format, made from another state of the store file, or cut short is no file (`openRecords` gives
 * null); a section that fails its checks when read (its SHA-1, its JSON, its count) throws `RecordsMiss`, and
 * whoever answers from the records answers from the store instead. Never a wrong record: what is read is what
 * was written from the store file in the state the header names.
 */
import {createHash} from 'node:crypto';
import {closeSync, fstatSync, openSync} from 'node:fs';
import {cacheKeyNow} from '../store/file-identity.js';
import {readFully} from '../store/text-in-file.js';
import {recordsFormat, recordsPath, trailerBytes, type RecordsHeader} from './records-format.js';

/** The records cannot answer (damaged, or a field they do not keep): read the store instead. */
export class RecordsMiss extends Error {
	override readonly name = 'RecordsMiss';
}

const closer = new FinalizationRegistry<number>((fd) => {
	try {
		closeSync(fd);
	} catch {
		// closed already
	}
});

/** An open records file whose header names the store file as it is now. */
export class RecordsFile {
	private constructor(
		private readonly fd: number,
		readonly header: RecordsHeader,
	) {}

	/** The records beside `storePath` if they were made from the store file as it is now, else null. Never throws. */
	static open(storePath: string): RecordsFile | null {
		let fd: number | null = null;
		try {
			const identity = cacheKeyNow(storePath);
			if (identity === null) return null;
			fd = openSync(recordsPath(storePath), 'r');
			const size = fstatSync(fd).size;
			if (size < trailerBytes) return null;
			const trailer = Buffer.alloc(trailerBytes);
			readFully(fd, trailer, size - trailerBytes);
			const text = trailer.toString('latin1');
			if (!/^[\da-f]{16}\n$/.test(text)) return null;
			const headerStart = Number.parseInt(text.slice(0, 16), 16);
			if (headerStart >= size - trailerBytes) return null;
			const headerBytes = Buffer.alloc(size - trailerBytes - headerStart);
			readFully(fd, headerBytes, headerStart);
			const header = JSON.parse(headerBytes.toString('utf8')) as RecordsHeader;
			if (header?.format !== recordsFormat || header.state !== identity || !fitsBefore(header, headerStart)) return null;
			const file = new RecordsFile(fd, header);
			closer.register(file, fd);
			fd = null;
			return file;
		} catch {
			return null;
		} finally {
			if (fd !== null) closeSync(fd);
		}
	}

	has(section: string): boolean {
		return Array.isArray(this.header.sections[section]);
	}

	/** Every record of a section, each chunk checked; throws RecordsMiss if any is not as written. */
	section(name: string): unknown[] {
		const chunks = this.header.sections[name];
		if (!chunks) throw new RecordsMiss(`no section ${name}`);
		const records: unknown[] = [];
		for (let i = 0; i < chunks.length; i++) for (const record of this.chunk(name, i)) records.push(record);
		return records;
	}

	/** The records of a section's chunk `index`, checked; throws RecordsMiss if it is not as written. */
	chunk(name: string, index: number): unknown[] {
		const chunk = this.header.sections[name]?.[index];
		if (!chunk) throw new RecordsMiss(`no chunk ${index} of ${name}`);
		const bytes = Buffer.allocUnsafe(chunk.length);
		try {
			readFully(this.fd, bytes, chunk.start);
		} catch (error) {
			throw new RecordsMiss(`${name}: ${(error as Error).message}`);
		}

		if (createHash('sha1').update(bytes).digest('hex') !== chunk.sha1) throw new RecordsMiss(`${name}: a chunk is not as written`);
		let parsed: unknown;
		try {
			parsed = JSON.parse(bytes.toString('latin1'));
		} catch {
			throw new RecordsMiss(`${name}: a chunk is not JSON`);
		}

		if (!Array.isArray(parsed) || parsed.length !== chunk.count) throw new RecordsMiss(`${name}: a chunk does not hold its records`);
		return parsed;
	}
}

/** Whether every chunk the header names lies before it, as the writer put them. */
function fitsBefore(header: RecordsHeader, headerStart: number): boolean {
	if (!Array.isArray(header.keys) || typeof header.scalars !== 'object' || header.scalars === null || typeof header.sections !== 'object' || header.sections === null) return false;
	for (const chunks of Object.values(header.sections)) {
		if (!Array.isArray(chunks)) return false;
		for (const c of chunks) {
			if (!Number.isSafeInteger(c?.start) || !Number.isSafeInteger(c.length) || !Number.isSafeInteger(c.count) || c.start < 0 || c.length < 0 || c.start + c.length > headerStart || typeof c.sha1 !== 'string') return false;
		}
	}

	return true;
}
