/**
 * What one kind of lowdb JSON file is: its schema, version, empty value, migrations and how messages name it.
 * The extracted store and the curated file are two kinds read and written by the same code (document-file.ts).
 */
import type {z} from 'zod';
import type {StringPool} from '../shared-strings.js';
import type {Migration} from './migrations.js';

export interface DocumentKind<T extends object> {
	/** The file's version this program writes; a file with a higher one opens read-only. */
	readonly version: number;
	/** What a missing file holds until the first save. */
	empty(): T;
	/** The whole document's schema (used for the top level, with the collections emptied). */
	readonly schema: z.ZodType;
	/** The schema of each collection's records, in the order one parse of the whole document would check them. */
	readonly records: Readonly<Record<string, z.ZodType>>;
	/**
	 * Checks that pass only records their collection's schema passes (quick-checks.ts), tried before it; `rawLeft`:
	 * the record's article text is left in the file.
	 */
	readonly quickChecks?: Readonly<Record<string, (record: unknown, rawLeft: boolean) => boolean>>;
	/** Schemas used in place of `records` for a record whose article text was left in the file (text-in-file.ts). */
	readonly leftInFile?: Readonly<Record<string, z.ZodType>>;
	/** Steps from older versions, oldest first. */
	readonly migrations: readonly Migration[];
	/** "a scrutiny store": what a file holding something else is not. */
	readonly noun: string;
	/** The message for a file that does not exist. */
	readonly missing: string;
	/** Whether a large file's articles keep their raw text in the file (the extracted store only). */
	readonly textInFile: boolean;
	/** Makes a record of a large file's collection `collection` share its repeated strings through `pool`. */
	readonly shareStrings?: (collection: string, record: unknown, pool: StringPool) => void;
}
