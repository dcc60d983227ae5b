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

/** An open store file, read in chunks while it is parsed and by offset afterwards. */
export class TextFile {
	readonly stats: Stats;

	private constructor(private readonly fd: number) {
		this.stats = fstatSync(fd);
	}

	/** Opens `path` for reading; the descriptor is closed when the TextFile (and every article using it) is gone. */
	static open(path: string): TextFile {
		const fd = openSync(path, 'r');
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
		const buffer = Buffer.allocUnsafeSlow(size);
		for (let position = 0; ; ) {
			const bytesRead = await new Promise<number>((resolve, reject) => {
				readAt(this.fd, buffer, 0, size, position, (error, n) => (error ? reject(error) : resolve(n)));
			});
			if (bytesRead === 0) return;
			position += bytesRead;
			yield buffer.subarray(0, bytesRead);
		}
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

/** Makes `record.raw` read from `file` at [start, end) (a JSON string literal) until it is set. */
export function leaveInFile(record: object, file: TextFile, start: number, end: number): void {
	Object.defineProperty(record, 'raw', {
		enumerable: true,
		configurable: true,
		get: () => file.string(start, end),
		set(this: object, value: unknown) {
			Object.defineProperty(this, 'raw', {value, writable: true, enumerable: true, configurable: true});
		},
	});
}

/** Whether `record.raw` is read from a file (and so is known to be a string). */
export function isLeftInFile(record: object): boolean {
	return typeof Object.getOwnPropertyDescriptor(record, 'raw')?.get === 'function';
}
