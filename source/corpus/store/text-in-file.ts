/**
 * Articles' raw text left in the store file and read back when asked for.
 *
 * At 50,000 articles the raw text is about 250 MB of the store's records in memory, and nothing but the reader's
 * raw view (one article at a time) and a save reads it. A large store's articles therefore keep, in place of
 * their `raw` string, where its JSON string literal lies in the file: `article.raw` still reads as the string (a
 * getter reads the literal from the file and parses it), a save writes it (JSON.stringify calls the getter), and
 * setting it stores a plain string again. The file is held open, so its text stays readable after a save renames
 * a new file over its name; the descriptor is closed once no article refers to it any more.
 */
import {closeSync, fstatSync, openSync, read as readAt, readSync, type Stats} from 'node:fs';

const closer = new FinalizationRegistry<number>((fd) => {
	try {
		closeSync(fd);
	} catch {
		// Already closed.
	}
});

/**
 * The read buffer is allocated this large (only its first `size` bytes are ever touched, so only they take memory):
 * larger than the C library's largest threshold for giving a block its own mapping. A freed block of its own
 * mapping below that size raises the threshold to its size, for good and for every thread: from then on every
 * buffer of up to that size (each step's chunks of the files written beside the store) is carved from the
 * library's heaps, which keep much of what is freed rather than give it back: the import's and the UI's memory
 * after a large store's read stayed higher than what they hold.
 */
const unmappedBytes = 33 * 1024 * 1024;

/** An open store file, read in chunks while it is parsed and by offset afterwards. */
export class TextFile {
	readonly stats: Stats;

	private constructor(private readonly fd: number) {
		this.stats = fstatSync(fd);
	}

	/** Opens `path` for reading; the descriptor is closed when the TextFile (and every article using it) is gone. */
	static open(path: string): TextFile {
		return TextFile.adopt(openSync(path, 'r'));
	}

	/** Reads an open descriptor, which is closed when the TextFile (and every article using it) is gone. */
	static adopt(fd: number): TextFile {
		try {
			const file = new TextFile(fd);
			closer.register(file, fd);
			return file;
		} catch (error) {
			closeSync(fd);
			throw error;
		}
	}

	/** The file's bytes from the start, in chunks of `size`; a chunk's buffer is reused for the next. */
	async *chunks(size: number): AsyncGenerator<Buffer> {
		const buffer = Buffer.allocUnsafeSlow(Math.max(size, unmappedBytes)).subarray(0, size);
		for (let position = 0; ; ) {
			const bytesRead = await new Promise<number>((resolve, reject) => {
				readAt(this.fd, buffer, 0, size, position, (error, n) => (error ? reject(error) : resolve(n)));
			});
			if (bytesRead === 0) return;
			position += bytesRead;
			yield buffer.subarray(0, bytesRead);
		}
	}

	/** Fills `target` with the file's bytes from `start`. */
	copy(start: number, target: Uint8Array): void {
		readFully(this.fd, target, start);
	}

	/** The JSON string literal at [start, end) of the file, parsed. */
	string(start: number, end: number): string {
		const bytes = Buffer.allocUnsafe(end - start);
		readFully(this.fd, bytes, start);
		const value: unknown = JSON.parse(bytes.toString('utf8'));
		if (typeof value !== 'string') throw new Error(`no text at bytes ${start}-${end} of the store file`);
		return value;
	}
}

/** Fills `target` from the file at `position`; throws if the file ends first. */
export function readFully(fd: number, target: Uint8Array, position: number): void {
	for (let done = 0; done < target.length; ) {
		const n = readSync(fd, target, done, target.length - done, position + done);
		if (n === 0) throw new Error(`the file ended before byte ${position + target.length}`);
		done += n;
	}
}

/** A raw text's string literal in a file this process wrote: its bytes are what `JSON.stringify` gives it. */
export type WrittenLiteral = {readonly file: TextFile; readonly start: number; readonly end: number};

// Keyed by the getter, which setting `raw` replaces: a literal is never taken for a text set since.
const writtenLiterals = new WeakMap<() => string, WrittenLiteral>();

/**
 * Makes `record.raw` read from `file` at [start, end) (a JSON string literal) until it is set. `written`: the
 * literal is one this process's writer wrote (stream-writer.ts), so the next save may copy its bytes as they are;
 * a literal read from a file may be spelled otherwise (another writer, a hand edit) and is written anew.
 */
export function leaveInFile(record: object, file: TextFile, start: number, end: number, written = false): void {
	const get = () => file.string(start, end);
	if (written) writtenLiterals.set(get, {file, start, end});
	Object.defineProperty(record, 'raw', {
		enumerable: true,
		configurable: true,
		get,
		set(this: object, value: unknown) {
			Object.defineProperty(this, 'raw', {value, writable: true, enumerable: true, configurable: true});
		},
	});
}

/** Whether `record.raw` is read from a file (and so is known to be a string). */
export function isLeftInFile(record: object): boolean {
	return typeof Object.getOwnPropertyDescriptor(record, 'raw')?.get === 'function';
}

/** Where `record.raw` lies in a file this process wrote, while it is read from there; else null. */
export function writtenLiteral(record: object): WrittenLiteral | null {
	const get = Object.getOwnPropertyDescriptor(record, 'raw')?.get;
	return (get && writtenLiterals.get(get as () => string)) ?? null;
}
