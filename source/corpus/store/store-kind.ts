/** The extracted store as a kind of document: the schema of schema.ts, STORE_VERSION, its migrations. */
import {articleSchema, authoritySchema, emptyStore, eventSchema, personSchema, quoteSchema, STORE_VERSION, storeSchema, type StoreData} from '../schema.js';
import {shareRecordStrings} from '../shared-strings.js';
import type {DocumentKind} from './document-kind.js';
import {migrations, type Migration} from './migrations.js';
import {quickChecks} from './quick-checks.js';

const records = {
	articles: articleSchema,
	authorities: authoritySchema,
	people: personSchema,
	quotes: quoteSchema,
	events: eventSchema,
} as const;

/** The article schema less `raw`, and not copying other keys (a copy would read `raw` from the file). */
const articleLeftInFile = articleSchema.omit({raw: true}).strip();

/** The store's kind, with `steps` in place of the real migrations (tests pass their own). */
export function storeKind(steps: readonly Migration[] = migrations): DocumentKind<StoreData> {
	return {
		version: STORE_VERSION,
		empty: () => emptyStore(),
		schema: storeSchema,
		records,
		leftInFile: {articles: articleLeftInFile},
		quickChecks,
		migrations: steps,
		noun: 'a scrutiny store',
		missing: 'no such store (use `scrutiny import` to create one)',
		textInFile: true,
		shareStrings: shareRecordStrings,
	};
}
