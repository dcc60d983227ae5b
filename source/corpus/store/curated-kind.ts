/**
 * The curated file's schema: a researcher's records, kept apart from what the importer extracts
 * (`<store>.curated.json`, see curated-path.ts) so that an edit writes kilobytes and an import never touches them.
 *
 * - `events`: events of origin `curated`, added by a researcher or correcting a press event (`replaces`);
 * - `marks`: press events set aside, keyed by the extracted event's id: marked wrong, or merged into a curated
 *   edit (`absorbedInto`). A re-import that gives the event the same id finds its mark again.
 *
 * Later kinds of curated record (codes, memos) are further collections here, added with a version step; objects
 * pass unknown fields through, so a newer scrutiny's additions survive a save by this one.
 */
import {z} from 'zod';
import {eventSchema} from '../schema.js';
import type {DocumentKind} from './document-kind.js';
import type {Migration} from './migrations.js';

/** The curated file's format version. A file with a higher one opens read-only. */
export const CURATED_VERSION = 1;

export const markSchema = z
	.object({
		/** The extracted event set aside. */
		eventId: z.string().min(1),
		/** The curated event it was merged into by an edit; absent when it was marked wrong. */
		absorbedInto: z.string().optional(),
	})
	.passthrough();
export type Mark = z.infer<typeof markSchema>;

export const curatedSchema = z
	.object({
		version: z.number().int().positive(),
		events: z.array(eventSchema),
		marks: z.array(markSchema),
	})
	.passthrough();
export type CuratedData = z.infer<typeof curatedSchema>;

export function emptyCurated(): CuratedData {
	return {version: CURATED_VERSION, events: [], marks: []};
}

/** No older format yet. */
const curatedMigrations: readonly Migration[] = [];

export const curatedKind: DocumentKind<CuratedData> = {
	version: CURATED_VERSION,
	empty: emptyCurated,
	schema: curatedSchema,
	records: {events: eventSchema, marks: markSchema},
	migrations: curatedMigrations,
	noun: "a scrutiny store's curated file",
	missing: 'no such curated file',
	textInFile: false,
};
