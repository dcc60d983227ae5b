/** The store's one kind of error: one line, naming the file and the reason. */
import {describeFsError, errorCode} from './fs-errors.js';

/** Why a `StoreError` happened, for callers that react differently (e.g. `import` creating a missing store). */
export type StoreErrorReason =
	/** The file does not exist (and `create` was not asked for), or its directory does not. */
	| 'missing'
	/** The path is a directory, a device, or a symlink to nothing. */
	| 'not-a-file'
	/** The file exists but cannot be read (permissions, I/O error). */
	| 'unreadable'
	/** Zero bytes, or only whitespace. */
	| 'empty'
	/** Not valid UTF-8. */
	| 'encoding'
	/** Not valid JSON. */
	| 'syntax'
	/** Valid JSON, but not an object (`null`, an array, a number...). */
	| 'shape'
	/** An object that fails the schema (a missing collection, a bad record). */
	| 'schema'
	/** A version older than any migration knows, or a migration that failed. */
	| 'version'
	/** Opened with `readOnly`. */
	| 'read-only'
	/** Written by a newer scrutiny: readable, never written. */
	| 'newer'
	/** Another process held the lock for the whole wait, or the lock was lost before saving. */
	| 'locked'
	/** `write()` found the file changed by someone else since it was read. */
	| 'changed'
	/** The in-memory data fails the schema: nothing was written. */
	| 'invalid-data'
	/** Saving failed (no space, read-only file system, permissions, I/O error); the old file is intact. */
	| 'write-failed';

/**
 * Every failure of the store. `message` is one line, `<path>: <reason>`, fit to print as is (no stack needed);
 * the underlying error, if any, is the `cause`.
 */
export class StoreError extends Error {
	override readonly name = 'StoreError';
	/** The store path as the caller gave it. */
	readonly path: string;
	readonly reason: StoreErrorReason;

	constructor(storePath: string, reason: StoreErrorReason, detail: string, options?: {cause?: unknown}) {
		super(oneLine(`${storePath}: ${detail}`), options);
		this.path = storePath;
		this.reason = reason;
	}
}

// Control characters (a newline in a file name, say) would break the one-line message and could drive the terminal.
export function oneLine(text: string): string {
	return text.replaceAll(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
}

/**
 * A read's file-system error in the store's one-line form. `missing` is what to say when there is no such file
 * (it differs between the store and its curated file).
 */
export function readError(displayPath: string, error: unknown, missing: string): StoreError {
	if (error instanceof StoreError) {
		return error;
	}

	if (errorCode(error) === 'ENOENT') {
		return new StoreError(displayPath, 'missing', missing, {cause: error});
	}

	if (errorCode(error) === 'EISDIR') {
		return new StoreError(displayPath, 'not-a-file', 'is a directory', {cause: error});
	}

	return new StoreError(displayPath, 'unreadable', `cannot read: ${describeFsError(error)}`, {cause: error});
}
