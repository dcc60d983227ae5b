/**
 * The list a screen shows, as it is on screen (its filters, its sort, the last search's results): what the
 * frequency view counts and what `S`/`M` save. One place says, for each list, what its rows are, the columns
 * they can be counted by (corpus/frequency-facets.ts) and how a row is written to a file with its citation
 * (the CLI's own formats, corpus/*-export.ts), so that a saved list and `scrutiny timeline --csv` agree.
 */
import {articleFacets, eventFacets, personFacets, quoteFacets} from '../../corpus/frequency-facets.js';
import {frequencyFormats} from '../../corpus/frequency-export.js';
import {facetNamed, frequency, type Facet, type FrequencyTable, type SavedCounts} from '../../corpus/frequency.js';
import {findPerson} from '../../corpus/lookups.js';
import {quoteFormats} from '../../corpus/quote-export.js';
import type {StoreData} from '../../corpus/schema.js';
import {timelineFormats} from '../../corpus/timeline-export.js';
import {resultFacets} from '../../search/result-facets.js';
import {resultFormats} from '../../search/result-export.js';
import {csv, markdownTable, type RowFormats} from '../../text/table-format.js';
import {safeLine} from '../../text/terminal-safety.js';
import type {CountedScreen} from '../state.js';
import type {ViewEnv} from './view-types.js';
import {articleList} from './articles-model.js';
import {peopleList} from './people-model.js';
import {quotesOf} from './person-quotes-view.js';
import {filterSummary} from './timeline/filters.js';
import {linesOf} from './timeline/selectors.js';

export type SaveFormat = 'csv' | 'md';

/** A file's extension, its text (made when it is written: a long list takes a while), and how many rows. */
export type ListFile = {readonly extension: string; readonly content: () => string; readonly rows: number};

/** A list on screen, counted and saved the same way whatever its rows are. */
export type ShownList = {
	/** What the list is, in a few words: `Timeline · Blackpool`, `Search “poundland”`, `Quotes: Simon Blackburn`. */
	readonly name: string;
	/** The start of a saved file's name: `scrutiny-timeline`, `scrutiny-quotes-simon-blackburn`. */
	readonly slug: string;
	/** What a row is, plural: `events`, `results`, `people`, `articles`, `quotes`. */
	readonly unit: string;
	readonly rows: number;
	/** The columns it can be counted by, the first the default. */
	readonly columns: readonly string[];
	count(column: string): FrequencyTable;
	/** The list as a file, each row with its citation; null for a list saved from the command line only. */
	readonly file: ((format: SaveFormat) => ListFile) | null;
};

/** Lower-case letters and digits joined by '-', for a file name from words the store holds. */
export function slugOf(words: string): string {
	return (
		words
			.normalize('NFKD')
			// Accents come apart from their letters under NFKD: dropped, `Siân` is `sian`.
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40)
			.replace(/-+$/, '') || 'list'
	);
}

/** Writes rows as CSV, or as Markdown under a heading that says what they are. */
export function fileOf<R>(rows: readonly R[], formats: RowFormats<R>, format: SaveFormat, heading: string): ListFile {
	if (format === 'csv') return {extension: '.csv', content: () => csv(rows, formats.csv), rows: rows.length};
	return {extension: '.md', content: () => `# ${safeLine(heading).replace(/[\\`*_[\]<>#|]/g, '\\$&')}\n\n${markdownTable(rows, formats.md)}\n`, rows: rows.length};
}

function listOf<R>(spec: {name: string; slug: string; unit: string; rows: readonly R[]; facets: readonly Facet<R>[]; formats: (() => RowFormats<R>) | null}): ShownList {
	const formats = spec.formats;
	const {rows, facets} = spec;
	return {
		name: spec.name,
		slug: `scrutiny-${spec.slug}`,
		unit: spec.unit,
		rows: rows.length,
		columns: facets.map((f) => f.name),
		count: (column) => frequency(rows, facetNamed(facets, column) ?? facets[0]!),
		file: formats && ((format) => fileOf(rows, formats(), format, `${spec.name}: ${rows.length} ${spec.unit}`)),
	};
}

/**
 * A list not read yet but counted when it was saved (the timeline's lines, the articles and people lists): its counts by
 * each column are those saved; it has no file (it is saved once its rows are read).
 */
function countedList(spec: {name: string; slug: string; unit: string; rows: number; counts: SavedCounts; facets: readonly Facet<unknown>[]}): ShownList {
	const {counts, facets} = spec;
	return {...listOf({...spec, rows: [], formats: null}), rows: spec.rows, count: (column) => counts[facetNamed(facets, column)?.name ?? facets[0]!.name]!};
}

/**
 * Where a list's rows come from: the store, or while it is read the timeline's lines and the lists saved beside
 * it (the same rows; a list's file, with its citations, is made only once the store is read).
 */
export type ListSource = Pick<ViewEnv, 'data' | 'timeline' | 'saved'>;

/** The list a screen shows. */
export function shownList(screen: CountedScreen, source: ListSource): ShownList {
	const {data} = source;
	switch (screen.view) {
		case 'timeline': {
			const name = ['Timeline', ...filterSummary(screen.filters)].join(' · ');
			const lines = linesOf(source, screen.filters);
			// Only the first lines read yet (the unfiltered timeline): every line was counted when they were saved.
			const counts = lines.complete ? null : source.timeline?.counts;
			if (counts) return countedList({name, slug: 'timeline', unit: 'events', rows: lines.digest.total, counts, facets: eventFacets as readonly Facet<unknown>[]});
			const rows = lines.items.map((i) => i.line);
			return listOf({name, slug: 'timeline', unit: 'events', rows, facets: eventFacets, formats: () => timelineFormats(data)});
		}
		case 'search': {
			const rows = screen.results?.rows ?? [];
			const query = screen.results?.query ?? screen.query;
			const name = `Search ${query.trim() ? `“${query}”` : '(most recent)'}${screen.scope === 'all' ? '' : ` in ${screen.scope}`}`;
			return listOf({name, slug: 'search', unit: 'results', rows, facets: resultFacets(data), formats: () => resultFormats(data)});
		}
		// People and Articles are counted here and saved from the command line (`scrutiny people --csv`).
		case 'people': {
			const list = peopleList(source, screen.sort);
			// Only the head read yet: every row was counted when it was saved.
			if (list.counts) return countedList({name: 'People', slug: 'people', unit: 'people', rows: list.total, counts: list.counts, facets: personFacets as readonly Facet<unknown>[]});
			return listOf({name: 'People', slug: 'people', unit: 'people', rows: list.rows, facets: personFacets, formats: null});
		}
		case 'articles': {
			const name = screen.authority ? `Articles about ${screen.authority}` : 'Articles';
			const list = articleList(source, screen);
			// Only the head read yet: every row was counted when it was saved.
			if (list.counts) return countedList({name, slug: 'articles', unit: 'articles', rows: list.total, counts: list.counts, facets: articleFacets as readonly Facet<unknown>[]});
			return listOf({name, slug: 'articles', unit: 'articles', rows: list.rows, facets: articleFacets, formats: null});
		}
		case 'person-quotes': {
			const person = findPerson(data, screen.personId)?.name ?? screen.personId;
			return listOf({name: `Quotes: ${person}`, slug: `quotes-${slugOf(person)}`, unit: 'quotes', rows: quotesOf(data, screen.personId), facets: ownQuoteFacets(data), formats: () => quoteFormats(data)});
		}
	}
}

/** One person's quotes are counted by year, authority and kind: their speaker and party are the person's. */
function ownQuoteFacets(data: StoreData) {
	return quoteFacets(data).filter((f) => f.name !== 'speaker' && f.name !== 'party');
}

/** A frequency table as a file, under a heading naming the list it counts. */
export function frequencyFile(table: FrequencyTable, list: ShownList, format: SaveFormat): ListFile {
	return fileOf(table.rows, frequencyFormats(table), format, `${list.name}: ${table.total} ${table.unit ?? list.unit} by ${table.label}`);
}
