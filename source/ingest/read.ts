/**
 * Ingestion step 1: find article files, read them safely and decode them to clean text.
 *
 * Every refusal is one short lowercase phrase; the caller prints `scrutiny: <path>: <reason>`.
 */
import {constants} from 'node:fs';
import type {BigIntStats, Stats} from 'node:fs';
import {lstat, open, readdir, stat, type FileHandle} from 'node:fs/promises';
import {join} from 'node:path';
import {cleanText, type Removed} from '../text/sanitize.js';

/** The encodings {@link decodeArticleBytes} recognises. */
export type ArticleEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decoded article text, or why the bytes are not an article. */
export type DecodeResult =
	| {
			ok: true;
			/** Decoded, mojibake repaired, line ends normalised to \n, controls removed. */
			text: string;
			encoding: ArticleEncoding;
			removed: Removed;
			/** Characters restored from UTF-8 that had been read as Windows-1252. */
			mojibakeRepaired: number;
	  }
	| {ok: false; reason: string};

/** The result of {@link readArticleFile}: the path as given, and the decoded text or the refusal. */
export type ReadResult = {path: string} & DecodeResult;

/** Default size limit for one article file. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** How far into a file a NUL byte marks it as binary. */
const NUL_SCAN_BYTES = 8192;

// Windows-1252 bytes 0x80-0x9F as the WHATWG Encoding Standard maps them. Node's own
// TextDecoder('windows-1252') decodes these as Latin-1 C1 controls since 20.18.3 (nodejs/node#60888),
// which would turn smart quotes into controls that cleanText then deletes.
const CP1252_HIGH = [
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
	0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
	0x0153, 0x009d, 0x017e, 0x0178,
];
const CP1252_HIGH_CHARS = CP1252_HIGH.map((c) => String.fromCharCode(c));

/** Byte for each character that Windows-1252 (or Latin-1, the other common mis-decoding) gives 0x80-0xFF. */
const HIGH_BYTE_OF = new Map<number, number>();
for (let b = 0x80; b <= 0xff; b++) HIGH_BYTE_OF.set(b, b);
CP1252_HIGH.forEach((c, i) => HIGH_BYTE_OF.set(c, 0x80 + i));

const MAGIC: {bytes: number[]; name: string}[] = [
	{bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'PNG image'},
	{bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document'},
	{bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive'},
	{bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP archive'},
	{bytes: [0x50, 0x4b, 0x07, 0x08], name: 'ZIP archive'},
	{bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], name: 'GIF image'},
	{bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], name: 'GIF image'},
	{bytes: [0xff, 0xd8, 0xff], name: 'JPEG image'},
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeWindows1252(bytes: Uint8Array): string {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
		.toString('latin1')
		.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH_CHARS[c.charCodeAt(0) - 0x80] ?? c);
}

function decodeUtf16be(bytes: Uint8Array): string {
	const swapped = new Uint8Array(bytes.length);
	for (let i = 0; i + 1 < bytes.length; i += 2) {
		swapped[i] = bytes[i + 1]!;
		swapped[i + 1] = bytes[i]!;
	}
	// An odd trailing byte stays last, so the decoder reports it as U+FFFD just as it would for LE.
	if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
	return new TextDecoder('utf-16le', {ignoreBOM: true}).decode(swapped);
}

function decodeBytes(bytes: Uint8Array): {text: string; encoding: ArticleEncoding} | {reason: string} {
	if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return {reason: 'unsupported encoding (UTF-32LE)'};
	if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return {reason: 'unsupported encoding (UTF-32BE)'};
	if (startsWith(bytes, [0xff, 0xfe])) {
		return {text: new TextDecoder('utf-16le', {ignoreBOM: true}).decode(bytes.subarray(2)), encoding: 'utf-16le'};
	}
	if (startsWith(bytes, [0xfe, 0xff])) return {text: decodeUtf16be(bytes.subarray(2)), encoding: 'utf-16be'};

	const nul = bytes.subarray(0, NUL_SCAN_BYTES).indexOf(0);
	if (nul !== -1) return {reason: `binary file (NUL byte at offset ${nul})`};

	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		// The BOM is a promise of UTF-8: broken sequences become U+FFFD rather than a guess at another encoding.
		return {text: new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes.subarray(3)), encoding: 'utf-8-bom'};
	}
	try {
		return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes), encoding: 'utf-8'};
	} catch {
		return {text: decodeWindows1252(bytes), encoding: 'windows-1252'};
	}
}

/** Byte 0x80-0xFF that `text[i]` stands for when UTF-8 was read as Windows-1252 or Latin-1, else -1. */
function highByteAt(text: string, i: number): number {
	return i < text.length ? (HIGH_BYTE_OF.get(text.charCodeAt(i)) ?? -1) : -1;
}

/** One pass of mojibake repair: each well-formed UTF-8 sequence spelled in cp1252 characters is decoded. */
function repairMojibakePass(text: string): {text: string; repaired: number} {
	const parts: string[] = [];
	let keepFrom = 0;
	let repaired = 0;
	for (let i = 0; i < text.length; i++) {
		const lead = highByteAt(text, i);
		if (lead < 0xc2 || lead > 0xf4) continue;
		const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
		// The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
		const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
		const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
		let codePoint = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
		let valid = true;
		for (let k = 1; k < length; k++) {
			const b = highByteAt(text, i + k);
			if (b < (k === 1 ? low : 0x80) || b > (k === 1 ? high : 0xbf)) {
				valid = false;
				break;
			}
			codePoint = (codePoint << 6) | (b & 0x3f);
		}
		if (!valid) continue;
		if (i > keepFrom) parts.push(text.slice(keepFrom, i));
		parts.push(String.fromCodePoint(codePoint));
		repaired++;
		keepFrom = i + length;
		i += length - 1;
	}
	if (repaired === 0) return {text, repaired};
	parts.push(text.slice(keepFrom));
	return {text: parts.join(''), repaired};
}

/**
 * Repair UTF-8 that was decoded as Windows-1252 (`â€œ` → “, `Ã©` → é), also when it happened twice.
 * Only sequences that re-encode to well-formed UTF-8 are touched, so ordinary accented text survives.
 */
export function repairMojibake(text: string): {text: string; repaired: number} {
	let current = text;
	let total = 0;
	// Text mangled twice needs two passes; a third catches the rare triple and bounds the work.
	for (let pass = 0; pass < 3; pass++) {
		const result = repairMojibakePass(current);
		if (result.repaired === 0) break;
		current = result.text;
		total += result.repaired;
	}
	return {text: current, repaired: total};
}

/**
 * Decode the bytes of an article file into clean text, or say why they are not an article.
 *
 * A UTF-8 BOM or a UTF-16 LE/BE BOM decides the encoding; without one, valid UTF-8 is UTF-8 and anything
 * else is Windows-1252. Then mojibake is repaired, CRLF and lone CR become \n, and {@link cleanText}
 * removes escape sequences and controls. Refuses empty and whitespace-only input, and binary data: a known
 * magic number (PNG, PDF, ZIP, GIF, JPEG), or a NUL byte in the first 8 KB of a file without a UTF-16 BOM.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
	if (bytes.length === 0) return {ok: false, reason: 'empty file'};
	const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
	if (magic) return {ok: false, reason: `binary file (${magic.name})`};

	const decoded = decodeBytes(bytes);
	if ('reason' in decoded) return {ok: false, reason: decoded.reason};

	const repaired = repairMojibake(decoded.text);
	const cleaned = cleanText(repaired.text.replace(/\r\n?/g, '\n'));
	if (cleaned.text.trim() === '') return {ok: false, reason: 'no text'};
	return {
		ok: true,
		text: cleaned.text,
		encoding: decoded.encoding,
		removed: cleaned.removed,
		mojibakeRepaired: repaired.repaired,
	};
}

const ERRNO_PHRASES: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	ENOENT: 'no such file or directory',
	ENOTDIR: 'not a directory',
	EISDIR: 'is a directory',
	ELOOP: 'too many levels of symbolic links',
	ENAMETOOLONG: 'file name too long',
	EIO: 'input/output error',
	EMFILE: 'too many open files',
	ENFILE: 'too many open files in system',
	ENXIO: 'no such device or address',
	ENODEV: 'no such device',
	EBUSY: 'device or resource busy',
	EAGAIN: 'resource temporarily unavailable',
};

/** A short lowercase phrase for a file system error, as `strerror` would word it. */
export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	if (code !== undefined && code in ERRNO_PHRASES) return ERRNO_PHRASES[code]!;
	if (code !== undefined) return code.toLowerCase();
	return error instanceof Error ? error.message.toLowerCase() : String(error);
}

/** Why stat() failed, telling a dangling symbolic link apart from a missing path. */
async function describeStatFailure(path: string, error: unknown): Promise<string> {
	if ((error as NodeJS.ErrnoException | null)?.code === 'ENOENT') {
		try {
			if ((await lstat(path)).isSymbolicLink()) return 'dangling symbolic link';
		} catch {
			// The path itself is missing: the stat error says so.
		}
	}
	return describeFsError(error);
}

/** Why a stat result is not something to read as an article, or null when it is a regular file. */
function describeNonFile(st: Stats): string | null {
	if (st.isFile()) return null;
	if (st.isDirectory()) return 'is a directory';
	if (st.isFIFO()) return 'not a regular file (FIFO)';
	if (st.isSocket()) return 'not a regular file (socket)';
	if (st.isCharacterDevice()) return 'not a regular file (character device)';
	if (st.isBlockDevice()) return 'not a regular file (block device)';
	return 'not a regular file';
}

function formatSize(bytes: number): string {
	const oneDecimal = (n: number) => n.toFixed(1).replace(/\.0$/, '');
	if (bytes >= 1024 * 1024) return `${oneDecimal(bytes / (1024 * 1024))} MB`;
	if (bytes >= 1024) return `${oneDecimal(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}

export function tooLarge(size: number, maxBytes: number): string {
	let shown = formatSize(size);
	let limit = formatSize(maxBytes);
	// Rounding can make a file just over the limit look equal to it.
	if (shown === limit) {
		shown = `${size} bytes`;
		limit = `${maxBytes} bytes`;
	}
	return `file too large (${shown} > ${limit})`;
}

export type ReadOptions = {
	/** Files larger than this are refused (default 10 MB). */
	readonly maxBytes?: number;
	/**
	 * Opens the file (default `fs/promises` `open`). Tests pass one that fails as the system would (EACCES, EIO):
	 * a real unreadable file cannot be made for root, who reads anything.
	 */
	readonly openFile?: (path: string, flags: number) => Promise<FileHandle>;
};

/**
 * Read one article file and decode it with {@link decodeArticleBytes}.
 *
 * Checks the path before opening it, so FIFOs, sockets and devices are refused without an open() that
 * could block, and checks the opened descriptor again in case the path changed in between. Refuses
 * directories, dangling symbolic links, unreadable files (the errno's phrase) and files larger than
 * `maxBytes` (default 10 MB).
 */
export async function readArticleFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
	const read = await readFileBytes(path, opts);
	return read.ok ? {path, ...decodeArticleBytes(read.bytes)} : {path, ok: false, reason: read.reason};
}

/** The bytes of a regular file, with {@link readArticleFile}'s checks and refusals (its size limit too). */
export async function readFileBytes(path: string, opts: ReadOptions = {}): Promise<{ok: true; bytes: Buffer} | {ok: false; reason: string}> {
	const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
	const openFile = opts.openFile ?? open;
	const refuse = (reason: string) => ({ok: false, reason}) as const;

	let st: Stats;
	try {
		st = await stat(path);
	} catch (error) {
		return refuse(await describeStatFailure(path, error));
	}
	const nonFile = describeNonFile(st);
	if (nonFile) return refuse(nonFile);
	if (st.size > maxBytes) return refuse(tooLarge(st.size, maxBytes));

	let handle;
	try {
		// O_NONBLOCK: if the path was swapped for a FIFO after the stat, open() must not wait for a writer.
		handle = await openFile(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		return refuse(describeFsError(error));
	}
	try {
		const fdStat = await handle.stat();
		const fdNonFile = describeNonFile(fdStat);
		if (fdNonFile) return refuse(fdNonFile);
		if (fdStat.size > maxBytes) return refuse(tooLarge(fdStat.size, maxBytes));

		// Read until end of file rather than trusting the size: the file may grow while we read it.
		const chunks: Buffer[] = [];
		let total = 0;
		const chunkSize = Math.min(Math.max(fdStat.size + 1, 64 * 1024), maxBytes + 1);
		for (;;) {
			const chunk = Buffer.alloc(chunkSize);
			const {bytesRead} = await handle.read(chunk, 0, chunkSize, null);
			if (bytesRead === 0) break;
			chunks.push(chunk.subarray(0, bytesRead));
			total += bytesRead;
			if (total > maxBytes) return refuse(tooLarge(total, maxBytes));
		}
		return {ok: true, bytes: Buffer.concat(chunks, total)};
	} catch (error) {
		return refuse(describeFsError(error));
	} finally {
		await handle.close();
	}
}

/** Article files found by {@link collectArticlePaths}, and the paths that could not be used. */
export type CollectResult = {files: string[]; errors: {path: string; reason: string}[]};

const dirKey = (st: BigIntStats) => `${st.dev}:${st.ino}`;
const isTextName = (name: string) => /\.txt$/i.test(name);

/**
 * Expand the paths given on the command line into article files.
 *
 * A path that is not a directory is taken as given, whatever its extension (reading it later refuses what
 * is not a regular file). A directory is walked recursively for `*.txt` files (case-insensitive) and the files
 * `opts.accept` recognises by their content (exports, saved pages), skipping
 * hidden entries (names starting with "."; editors leave lock files and backups there), and its files are
 * returned sorted by path. Symbolic links are followed; a link back to a directory being walked is
 * reported once as a directory loop, and a directory reached again by another route is not walked twice.
 * Missing paths and dangling `*.txt` links are reported.
 */
export async function collectArticlePaths(paths: string[], opts: {accept?: (file: string) => Promise<boolean>} = {}): Promise<CollectResult> {
	const files: string[] = [];
	const errors: CollectResult['errors'] = [];
	const seenFiles = new Set<string>();
	const walked = new Set<string>();
	const addFile = (file: string) => {
		if (seenFiles.has(file)) return;
		seenFiles.add(file);
		files.push(file);
	};

	const walk = async (dir: string, ancestors: Map<string, string>, found: string[]): Promise<void> => {
		let entries;
		try {
			entries = await readdir(dir, {withFileTypes: true});
		} catch (error) {
			errors.push({path: dir, reason: describeFsError(error)});
			return;
		}
		// Sorted so that when two links reach the same directory, the same route wins on every run.
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const entry of entries) {
			if (entry.name.startsWith('.')) continue;
			const full = join(dir, entry.name);
			if (!entry.isDirectory() && !entry.isSymbolicLink()) {
				if (isTextName(entry.name) || (entry.isFile() && (await opts.accept?.(full)))) found.push(full);
				continue;
			}
			let target: BigIntStats;
			try {
				target = await stat(full, {bigint: true});
			} catch (error) {
				// A dangling link that is not named *.txt was not going to be read, so it is not worth a complaint.
				if (isTextName(entry.name)) errors.push({path: full, reason: await describeStatFailure(full, error)});
				continue;
			}
			if (!target.isDirectory()) {
				if (isTextName(entry.name) || (target.isFile() && (await opts.accept?.(full)))) found.push(full);
				continue;
			}
			const key = dirKey(target);
			const ancestor = ancestors.get(key);
			if (ancestor !== undefined) {
				errors.push({path: full, reason: `directory loop (back to ${ancestor})`});
				continue;
			}
			if (walked.has(key)) continue;
			walked.add(key);
			ancestors.set(key, full);
			await walk(full, ancestors, found);
			ancestors.delete(key);
		}
	};

	for (const path of paths) {
		let st: BigIntStats;
		try {
			st = await stat(path, {bigint: true});
		} catch (error) {
			errors.push({path, reason: await describeStatFailure(path, error)});
			continue;
		}
		if (!st.isDirectory()) {
			addFile(path);
			continue;
		}
		const key = dirKey(st);
		if (walked.has(key)) continue;
		walked.add(key);
		const found: string[] = [];
		await walk(path, new Map([[key, path]]), found);
		found.sort();
		for (const file of found) addFile(file);
	}
	return {files, errors};
}
