/**
 * Reading a file's bytes into validated data: strict UTF-8, JSON, an object, a version this program can read
 * (older ones migrated), the schema. A large file is parsed a record at a time from chunks (large-json.ts).
 * Every failure is a StoreError naming the file.
 */
import {isUtf8} from 'node:buffer';
import type {DocumentKind} from './document-kind.js';
import {StoreError} from './errors.js';
import {describeJsonError} from './json-error.js';
import {LargeJsonError, parseLargeDocument, type OnRecord} from './large-json.js';
import {migrate} from './migrations.js';
import {type CheckedChunks, firstInvalidUtf8, NotUtf8Error} from './utf8-chunks.js';
import {firstIssue} from './validation.js';

/** The validated data of a file, and what it took to get there. */
export interface ParsedDocument<T> {
	readonly data: T;
	readonly fileVersion: number;
	/** The file's version when it was migrated, else null. */
	readonly migratedFrom: number | null;
}

/** Decodes, parses, migrates and validates a store file's bytes; throws StoreError naming `displayPath`. */
export async function parseDocument<T extends object>(bytes: Buffer, displayPath: string, kind: DocumentKind<T>): Promise<ParsedDocument<T>> {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const body = bytes.subarray(bom);
	// Strict: a lenient decode would turn a damaged byte into U+FFFD and the next save would make it permanent.
	if (!isUtf8(body)) {
		throw new StoreError(displayPath, 'encoding', `not valid UTF-8 (at byte ${bom + firstInvalidUtf8(body)})`);
	}

	if (isBlank(body)) {
		throw new StoreError(displayPath, 'empty', 'empty file');
	}

	const text = body.toString('utf8');
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new StoreError(displayPath, 'syntax', `not valid JSON (${describeJsonError(text, bom, error)})`, {cause: error});
	}

	return interpretDocument(raw, displayPath, kind);
}

/**
 * parseDocument for a large file given in chunks (`checkedChunks`): the same checks and the same messages, in the
 * same order of precedence (a file with a byte that is not UTF-8 is reported for that, wherever its JSON fails).
 */
export async function parseLargeFile<T extends object>(chunks: CheckedChunks, displayPath: string, kind: DocumentKind<T>, onRecord: OnRecord): Promise<ParsedDocument<T>> {
	let raw: unknown;
	try {
		raw = await parseLargeDocument(chunks, onRecord);
	} catch (error) {
		if (error instanceof NotUtf8Error) {
			throw new StoreError(displayPath, 'encoding', `not valid UTF-8 (at byte ${error.byte})`);
		}

		if (!(error instanceof LargeJsonError)) {
			throw error;
		}

		// The rest of the file may hold a byte that is not UTF-8, which takes precedence, as in parseDocument.
		try {
			// Each chunk is checked as it is read: reading the rest checks the rest.
			for await (const _ of chunks) void _;
		} catch (error_) {
			if (error_ instanceof NotUtf8Error) {
				throw new StoreError(displayPath, 'encoding', `not valid UTF-8 (at byte ${error_.byte})`);
			}

			throw error_;
		}

		if (error.blank) {
			throw new StoreError(displayPath, 'empty', 'empty file');
		}

		// The parser counts bytes after the BOM; the message counts the file's.
		const byte = error.byte + chunks.bom;
		const where = error.text === undefined ? `${error.what} at byte ${byte}` : describeJsonError(error.text, byte, error);
		throw new StoreError(displayPath, 'syntax', `not valid JSON (${where})`, {cause: error});
	}

	return interpretDocument(raw, displayPath, kind);
}

/** The checks after parsing that both paths share: an object, a version this program can read, the schema. */
async function interpretDocument<T extends object>(raw: unknown, displayPath: string, kind: DocumentKind<T>): Promise<ParsedDocument<T>> {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		const holds = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`;
		throw new StoreError(displayPath, 'shape', `not ${kind.noun} (the file holds ${holds}, not an object)`);
	}

	let object = raw as Record<string, unknown>;
	const version = object['version'];
	if (isVersion(version) && version > kind.version) {
		const issue = await firstIssue(object, kind);
		if (issue) {
			throw new StoreError(displayPath, 'schema', `was written by a newer scrutiny (version ${version}) and cannot be read: ${issue}`);
		}

		return {data: object as T, fileVersion: version, migratedFrom: null};
	}

	let migratedFrom: number | null = null;
	if (isVersion(version) && version < kind.version) {
		migratedFrom = version;
		object = migrate(object, version, kind.version, kind.migrations, displayPath);
	}

	const issue = await firstIssue(object, kind);
	if (issue) {
		throw new StoreError(displayPath, 'schema', migratedFrom === null ? issue : `after upgrading from version ${migratedFrom}: ${issue}`);
	}

	// The parsed object itself, not zod's output: it keeps the file's key order, so a save changes only what changed.
	return {data: object as T, fileVersion: kind.version, migratedFrom};
}

function isVersion(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Above this many bytes a file is parsed a record at a time (large-json.ts) rather than by one `JSON.parse`.
 * Well under V8's longest string, and large enough that small stores keep the one-pass parse and its messages
 * with line and column. Tests lower it to reach the large path with small files.
 */
export const largeDocumentBytes = {value: 64 * 1024 * 1024};

/** The size of the chunks a large store is read in. Tests make it tiny, to cut records and characters anywhere. */
export const readChunkBytes = {value: 16 * 1024 * 1024};

function isBlank(bytes: Buffer): boolean {
	for (const b of bytes) {
		if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) {
			return false;
		}
	}

	return true;
}
