/**
 * Articles' raw text kept out of the importing thread's memory while an import runs.
 *
 * An extraction worker answers with each article's records and its raw text; the raw text is most of an article's
 * bytes, and the importing thread holds a whole batch of answers until they are merged and written: at 50,000
 * articles the last batch's texts were over a hundred megabytes of the import's peak. So each worker writes an
 * article's raw text, as the JSON string literal the store's writer would write for it, to a file of its own, and
 * answers with where it lies; the importing thread makes the article's `raw` read from there
 * (store/text-in-file.ts), and the store's writer copies the literal's bytes into the store, as it does for a text
 * left in the store file. The file is opened by the importing thread and unlinked at once (the workers share its
 * descriptors), so it never outlives the import, even one killed, and is freed once no article reads from it.
 */
import {closeSync, openSync, unlinkSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {randomBytes} from 'node:crypto';
import type {ArticleInput} from '../corpus/merge.js';
import {leaveInFile, TextFile} from '../corpus/store/text-in-file.js';

/** An input as a worker sends it when its raw text went to the spill file: `raw` empty, `rawAt` where the literal lies. */
export type SpilledInput = ArticleInput & {readonly rawAt?: readonly [number, number]};

export class RawSpill {
	#at = 0;

	private constructor(private fd: number | null) {}

	/**
	 * A spill file in `dir` for one worker, opened for reading and writing and already unlinked; null where it cannot
	 * be made (a read-only folder): the worker then sends the text itself.
	 */
	static open(dir: string): {fd: number; file: TextFile} | null {
		const path = join(dir, `.scrutiny-import-${process.pid}-${randomBytes(6).toString('hex')}`);
		let fd: number;
		try {
			fd = openSync(path, 'wx+', 0o600);
		} catch {
			return null;
		}
		try {
			unlinkSync(path);
			return {fd, file: TextFile.adopt(fd)};
		} catch {
			closeSync(fd);
			return null;
		}
	}

	/** The writing end in a worker, for the descriptor the pool gave it (null: none). */
	static writer(fd: number | null): RawSpill | null {
		return fd === null ? null : new RawSpill(fd);
	}

	/** Writes `input`'s raw text to the file and gives the input to send in its place; after a failed write (a full disk), the input as it is. */
	put(input: ArticleInput): SpilledInput {
		if (this.fd === null) return input;
		const literal = Buffer.from(JSON.stringify(input.raw), 'utf8');
		const start = this.#at;
		try {
			for (let done = 0; done < literal.length; ) done += writeSync(this.fd, literal, done, literal.length - done, start + done);
		} catch {
			// The text goes with the answer from now on: slower to hold, never lost.
			this.fd = null;
			return input;
		}
		this.#at += literal.length;
		return {...input, raw: '', rawAt: [start, start + literal.length]};
	}
}

/** In the importing thread: makes a spilled input's `raw` read from `file` (the worker's spill file). */
export function takeSpilled(input: SpilledInput, file: TextFile | null): ArticleInput {
	if (!input.rawAt) return input;
	if (!file) throw new Error('an article text left in a spill file that is not open');
	const {rawAt, ...rest} = input;
	leaveInFile(rest, file, rawAt[0], rawAt[1], true);
	return rest;
}
