/**
 * The list commands' answers saved beside the store (`<store>.answers/`, a file an answer): what `articles`,
 * `quotes`, `people`, `timeline` and `compare` print when called without filters or arguments, in each format and
 * for each `--freq` column. A command that worked such an answer out saves it (the import does not make them: at
 * 50,000 articles they are larger than the store, and most forms may never be asked for; `saveAnswers` makes them
 * all, for the benchmark's warm cache and the tests). A command called so prints its saved answer as it is, reading neither the store
 * nor the records: on a large store, reading the records and formatting every row again takes far longer than a
 * person should wait for a list. A filtered call (`--authority`, `--speaker`, a pair
 * for `compare`...) works its answer out from the records as before.
 *
 * Never a wrong answer: an answer is keyed by the state of the store and its curated file (file-identity.ts), so
 * any save of either makes every answer stale; its body is checked against its SHA-1 before a byte is printed;
 * a stale, damaged or missing answer is no answer, and the command works it out.
 *
 * A file: `scrutiny-answer N`, the state, the body's SHA-1 and byte length, then the body: the exact bytes the
 * command writes (a CSV without the byte order mark `--excel` puts first, which is added when printed).
 */
import {createHash} from 'node:crypto';
import {closeSync, fstatSync, openSync, readSync, statSync, writeSync} from 'node:fs';
import {cacheFolderBeside, streamBesideStore} from '../corpus/cache-write.js';
import {storeState} from '../corpus/store/file-identity.js';
import {readFully} from '../corpus/store/text-in-file.js';
import {utf8Bom} from '../text/table-format.js';
import {frequencyColumns} from '../corpus/frequency-columns.js';
import {outputMode, storePath, type Context, type Flags, type Output} from './context.js';
import {recordsFromBytes} from './store-source.js';

// Raised when what a command prints changes, so that an answer saved by an older scrutiny is not printed:
// 2 when `people` gained its fragments column and `compare` its wording of refused and undated responses.
const magic = 'scrutiny-answer 2';

/**
 * The commands whose answer without filters is saved (`cohort` has its own, `<store>.cohort`; `search` takes a
 * query): their `--freq` columns (as the command table gives them) and how each runs. Named here, not taken from
 * the command table, whose `import` command saves them: the table would import this module through it.
 */
const answered: Readonly<Record<string, {readonly freq: readonly string[]; readonly run: (ctx: Context) => Promise<number>}>> = {
	articles: {freq: frequencyColumns.articles, run: async (ctx) => (await import('./commands/articles.js')).articlesCommand(ctx)},
	quotes: {freq: frequencyColumns.quotes, run: async (ctx) => (await import('./commands/quotes.js')).quotesCommand(ctx)},
	people: {freq: frequencyColumns.people, run: async (ctx) => (await import('./commands/people.js')).peopleCommand(ctx)},
	timeline: {freq: frequencyColumns.events, run: async (ctx) => (await import('./commands/timeline.js')).timelineCommand(ctx)},
	compare: {freq: [], run: async (ctx) => (await import('./commands/compare.js')).compareCommand(ctx)},
};

export const answeredCommands = Object.keys(answered);

/** Flags that leave the rows as they are: the format, `--freq`, and those that change nothing printed. */
const unfiltering = new Set(['db', 'debug', 'help', 'ascii', 'json', 'csv', 'md', 'excel', 'freq']);

export type AnswerKey = {readonly name: string; readonly excel: boolean};

export function answersPath(store: string): string {
	return `${store}.answers`;
}

function answerPath(store: string, name: string): string {
	return `${answersPath(store)}/${name}`;
}

/** The saved answer a call would print, or null when the call filters (or its command saves none). */
export function answerKey(command: string, ctx: Pick<Context, 'args' | 'flags'>): AnswerKey | null {
	if (!Object.hasOwn(answered, command) || ctx.args.length > 0) return null;
	for (const [flag, value] of Object.entries(ctx.flags)) {
		const given = value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
		if (given && !unfiltering.has(flag)) return null;
	}

	const freq = ctx.flags.freq;
	if (freq !== undefined && !/^[a-z][a-z-]*$/.test(freq)) return null;
	const mode = outputMode(ctx as Context);
	return {name: `${command}.${mode}${freq === undefined ? '' : `.freq-${freq}`}`, excel: mode === 'csv' && Boolean(ctx.flags.excel)};
}

/** Bytes read at a time: a saved answer is never held whole (a large store's lists are far larger than this). */
export const chunkBytes = {value: 4 * 1024 * 1024};

/** Where a saved answer's body is in its open file. */
type Body = {readonly fd: number; readonly start: number; readonly length: number};

/**
 * Opens the saved answer of `key` if it was made from the store and curated file as they are now and its body
 * holds its SHA-1 (read through once, a chunk at a time), else null. Never throws; the caller closes `fd`.
 */
function openAnswer(store: string, key: AnswerKey): Body | null {
	let fd: number | null = null;
	try {
		const state = storeState(store);
		fd = openSync(answerPath(store, key.name), 'r');
		const size = fstatSync(fd).size;
		const head = Buffer.alloc(Math.min(size, 8192));
		readFully(fd, head, 0);
		const lines: string[] = [];
		let at = 0;
		for (let i = 0; i < 3; i++) {
			const end = head.indexOf(10, at);
			if (end === -1) return close(fd);
			lines.push(head.toString('utf8', at, end));
			at = end + 1;
		}

		const [format, saved, check] = lines;
		const [sha1, length] = check!.split(' ');
		if (format !== magic || saved !== state || Number(length) !== size - at) return close(fd);
		const hash = createHash('sha1');
		const chunk = Buffer.allocUnsafe(Math.min(chunkBytes.value, size - at));
		for (let done = 0; done < size - at; ) {
			const n = readSync(fd, chunk, 0, Math.min(chunk.length, size - at - done), at + done);
			if (n === 0) return close(fd);
			hash.update(chunk.subarray(0, n));
			done += n;
		}

		if (hash.digest('hex') !== sha1) return close(fd);
		return {fd, start: at, length: size - at};
	} catch {
		return fd === null ? null : close(fd);
	}
}

function close(fd: number): null {
	try {
		closeSync(fd);
	} catch {
		// closed already
	}

	return null;
}

/** Whether there is a saved answer of `key` of the store as it is now (its body checked). Never throws. */
export function hasAnswer(store: string, key: AnswerKey): boolean {
	const body = openAnswer(store, key);
	if (body) close(body.fd);
	return body !== null;
}

/**
 * Prints the saved answer of `key` if there is one of the store as it is now; false, having printed nothing, if
 * there is none. Checked whole before the first byte is written, then written a chunk at a time, each cut at a
 * character's end (an output that takes strings gets whole characters). The file is read through the descriptor
 * that was checked: a save renames a new file into place and never changes this one.
 */
export function printSavedAnswer(ctx: Context, key: AnswerKey): boolean {
	const body = openAnswer(storePath(ctx), key);
	if (body === null) return false;
	try {
		if (key.excel) ctx.stdout.write(utf8Bom);
		const chunk = Buffer.allocUnsafe(Math.min(chunkBytes.value, body.length) + 4);
		let kept = 0;
		for (let done = 0; done < body.length; ) {
			const n = readSync(body.fd, chunk, kept, Math.min(chunk.length - kept, body.length - done), body.start + done);
			if (n === 0) throw new Error('a saved answer was cut short while printed');
			done += n;
			const filled = kept + n;
			const cut = done === body.length ? filled : characterEnd(chunk, filled);
			// A copy: the chunk is read into again, and an output may hold what it is given.
			ctx.stdout.write(Buffer.from(chunk.subarray(0, cut)));
			chunk.copy(chunk, 0, cut, filled);
			kept = filled - cut;
		}
	} finally {
		close(body.fd);
	}

	return true;
}

/** The end of the last whole UTF-8 character in `bytes[0, end)`. */
function characterEnd(bytes: Buffer, end: number): number {
	let at = end;
	// Back over continuation bytes (10xxxxxx) to the lead byte of the last character, which may be cut.
	while (at > 0 && end - at < 4 && (bytes[at - 1]! & 0xc0) === 0x80) at--;
	if (at === 0) return end;
	const lead = bytes[at - 1]!;
	const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
	return end - (at - 1) >= size ? end : at - 1;
}

/**
 * Saves `parts` (what the command wrote, in order) as the answer of `key`, made from the store in state `state`
 * (`storeState` before it was read); nothing if the files have changed since. Returns false if it cannot.
 */
export function saveAnswer(store: string, key: AnswerKey, parts: readonly (string | Uint8Array)[], state: string | null): boolean {
	if (state === null) return false;
	try {
		const dir = answersPath(store);
		cacheFolderBeside(store, dir);
		return streamBesideStore(store, answerPath(store, key.name), (fd) => {
			if (storeState(store) !== state) return false;
			const head = Buffer.from(`${magic}\n${state}\n`);
			writeAll(fd, head, 0);
			// The check line is written last, in place: its SHA-1 and length are known once the body is.
			const checkAt = head.length;
			let at = checkAt + 58;
			const hash = createHash('sha1');
			let length = 0;
			let first = true;
			for (const part of parts) {
				let bytes = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
				if (first && key.excel && bytes.subarray(0, 3).equals(Buffer.from(utf8Bom))) bytes = bytes.subarray(3);
				first = false;
				hash.update(bytes);
				writeAll(fd, bytes, at);
				at += bytes.length;
				length += bytes.length;
			}

			writeAll(fd, Buffer.from(`${hash.digest('hex')} ${String(length).padStart(16, '0')}\n`), checkAt);
			return storeState(store) === state;
		});
	} catch {
		return false;
	}
}


function writeAll(fd: number, bytes: Uint8Array, position: number): void {
	for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

/** Whether a command's answer, worked out from the store, is saved: only for a store large enough to need it. */
export function worthSaving(store: string): boolean {
	try {
		return statSync(store).size >= recordsFromBytes.value;
	} catch {
		return false;
	}
}

/**
 * Saves the answer of every call of the answered commands without filters, in every format and `--freq` column
 * (what the first call of each form would save; the benchmark warms its store so, the tests save changed data so),
 * each worked out by the command itself from `data` (the store's, in state `state`). Each command's rows are made
 * once for all its forms. A call that fails (`compare` on a store with fewer than two authorities) saves nothing.
 */
export async function saveAnswers(store: string, data: import('../corpus/schema.js').StoreData, state: string | null): Promise<void> {
	if (state === null || !worthSaving(store)) return;
	for (const [command, spec] of Object.entries(answered)) {
		const memo = new Map<string, unknown>();
		for (const freq of [undefined, ...spec.freq]) {
			for (const format of ['text', 'json', 'csv', 'md'] as const) {
				const flags: Flags = {db: store, ...(format === 'text' ? {} : {[format]: true}), ...(freq === undefined ? {} : {freq})};
				const key = answerKey(command, {args: [], flags})!;
				const parts: string[] = [];
				const capture: Output = {write: (s) => parts.push(String(s))};
				try {
					const status = await spec.run({args: [], flags, stdout: capture, stderr: {write: () => true}, env: {}, readPlan: {from: 'data', data, memo}});
					if (status === 0 && !saveAnswer(store, key, parts, state)) return;
				} catch {
					// No answer for this call: the command works it out when asked.
				}
			}
		}
	}
}
