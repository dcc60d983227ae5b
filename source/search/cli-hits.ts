/**
 * What `scrutiny search` prints for a hit beyond its result row: the hit's own fields (its speaker, the other
 * printings, the paragraph as the hit gives it), its citation, and the values `--freq` counts it by. Worked out
 * from the store, and saved with each document beside the store (docs-file.ts), so that the command can answer
 * from the saved documents without reading the store. Both are made by the same code (the store's citer and
 * facets, `toHit`), so both print the same bytes.
 */
import type {FuseResult} from 'fuse.js';
import {articleCitation, citationAt, citer, type Citation, type Citer} from '../corpus/citation.js';
import type {Facet, FacetValue} from '../corpus/frequency.js';
import type {StoreData} from '../corpus/schema.js';
import {facetsOf, resultFacets} from './result-facets.js';
import type {ResultRow} from './run-search.js';
import {toHit, type Doc, type SearchHit} from './search.js';

/** A result row as saved: everything but the matches, which depend on the query. */
export type SavedRow = Omit<ResultRow, 'matches'>;

/** A hit's fields that its row does not always say (`toHit` reads them from the document). */
export type HitFields = Pick<Doc, 'articleId' | 'paragraph' | 'speaker' | 'alsoIn'>;

/**
 * A hit's citation as saved: none; an article's, at a paragraph or whole (the article's number in the saved
 * article table, and the paragraph or null); or any other whole (an official report's).
 */
export type SavedCitation = null | readonly [number, number | null] | Citation;

/**
 * What a document carries for the CLI: its hit's fields (0: the ones its row gives), its citation, its speaker,
 * year and authorities as `--freq` counts them (the authorities as an article's number where they are that
 * article's), and the numbers of the articles that printed it too (their citations are in the CSV).
 */
export type CliRecord = readonly [fields: HitFields | 0, citation: SavedCitation, speaker: string | null, year: string | null, authorities: FacetValue | number, printed: readonly number[]];

/** An article as saved once for every document that cites it: its id, its citation as a whole, its authorities. */
export type SavedArticle = readonly [id: string, whole: Citation, authorities: readonly string[]];

/** The answer the CLI prints: the hits, and how each is cited and counted. */
export type HitAnswer = {
	readonly hits: readonly SearchHit[];
	readonly citation: (h: SearchHit) => Citation | null;
	/** Cites the other printings of a hit (`alsoInOutputs`). */
	readonly cite: Pick<Citer, 'article'>;
	readonly facets: readonly Facet<SearchHit>[];
};

/**
 * The article and paragraph (null: the whole article) a hit is cited at, when its own fields say: where it
 * opens, else (an article) the article. Null for a person and an event that opens nowhere: their records say.
 */
function citedAt(h: SearchHit): readonly [string, number | null] | null {
	if (h.kind === 'person') return null;
	if (h.articleId) return [h.articleId, h.paragraph ?? null];
	if (h.kind === 'article') return [h.id, null];
	return null;
}

/** How a hit is cited: a person by the first article naming them, else where it opens, else its article or report. */
export function hitCitation(data: StoreData, cite: Citer): (h: SearchHit) => Citation | null {
	let events: Map<string, StoreData['events'][number]> | null = null;
	return (h) => {
		const at = citedAt(h);
		if (at) return cite.article(...at);
		if (h.kind === 'person') return cite.person(h.id)[0] ?? null;
		if (h.kind === 'event') {
			events ??= new Map(data.events.map((e) => [e.id, e]));
			const e = events.get(h.id);
			return e ? (cite.event(e)[0] ?? null) : null;
		}
		return null;
	};
}

/** The answer for hits found in the store. */
export function storeAnswer(data: StoreData, hits: readonly SearchHit[]): HitAnswer {
	const cite = citer(data);
	const cited = new Map(hits.map((h) => [h, hitCitation(data, cite)(h)]));
	return {hits, citation: (h) => cited.get(h) ?? null, cite, facets: resultFacets<SearchHit>(data)};
}

/** The fields `toHit` would take from a document (the ones it keeps: it leaves out what is empty). */
function fieldsOf(d: HitFields): HitFields {
	return {...(d.articleId ? {articleId: d.articleId} : {}), ...(d.paragraph ? {paragraph: d.paragraph} : {}), ...(d.speaker ? {speaker: d.speaker} : {}), ...(d.alsoIn ? {alsoIn: d.alsoIn} : {})};
}

/** Whether `toHit` takes from `d` just the fields its row gives ({@link fieldsOfRow}): then they are not saved. */
function fieldsAreRows(d: HitFields, row: SavedRow): boolean {
	if (d.speaker || d.alsoIn) return false;
	if (!row.articleId) return !d.articleId && !d.paragraph;
	return d.articleId === row.articleId && (d.paragraph || undefined) === (row.paragraph || undefined);
}

/** The fields most documents have, read from their row: where they open. */
function fieldsOfRow(row: SavedRow): HitFields {
	return row.articleId ? {articleId: row.articleId, ...(row.paragraph ? {paragraph: row.paragraph} : {})} : {};
}

/** Makes each document's {@link CliRecord} and the article table, from the store (the import's, when it saves the documents). */
export class CliRecords {
	private readonly articleNo: Map<string, number>;
	/** The article and paragraph each article citation was made from (by the citer's report). */
	private readonly madeFrom = new WeakMap<Citation, readonly [number, number | null]>();
	private readonly citation: (h: SearchHit) => Citation | null;
	private readonly facets: readonly Facet<SearchHit>[];

	constructor(private readonly data: StoreData) {
		this.articleNo = new Map(data.articles.map((a, k) => [a.id, k]));
		const cite = citer(data, (c, id, paragraph) => this.madeFrom.set(c, [this.articleNo.get(id)!, paragraph]));
		this.citation = hitCitation(data, cite);
		this.facets = resultFacets<SearchHit>(data);
	}

	get articles(): number {
		return this.data.articles.length;
	}

	article(k: number): SavedArticle {
		const a = this.data.articles[k]!;
		return [a.id, articleCitation(a), a.authorities];
	}

	/** A hit's citation as saved: most name their article, and its citation need not be made to be saved. */
	private citationOf(hit: SearchHit): SavedCitation {
		const at = citedAt(hit);
		if (at) return this.articleNo.has(at[0]) ? [this.articleNo.get(at[0])!, at[1]] : null;
		const c = this.citation(hit);
		return c === null ? null : (this.madeFrom.get(c) ?? c);
	}

	/** Document `d`'s record; `row` is its saved row. */
	record(d: Doc, row: SavedRow): CliRecord {
		const hit = toHit({item: d, refIndex: 0, score: 0, matches: []});
		const [, speaker, year, authorities] = this.facets.map((f) => f.values(hit));
		const k = hit.articleId === undefined ? undefined : this.articleNo.get(hit.articleId);
		const printed = (hit.alsoIn ?? []).flatMap((p) => (this.articleNo.has(p.articleId) ? [this.articleNo.get(p.articleId)!] : []));
		return [
			fieldsAreRows(d, row) ? 0 : fieldsOf(d),
			this.citationOf(hit),
			speaker as string | null,
			year as string | null,
			// The same array as the article's (`findArticle`), so saved once, in the article table.
			k !== undefined && authorities === this.data.articles[k]!.authorities ? k : authorities!,
			printed,
		];
	}
}

/** A saved document as the answer needs it: its row and its record. */
export type SavedHit = {readonly row: SavedRow; readonly cli: CliRecord};

/** The articles a ranked document's record names (its citation's, its authorities', its other printings'). */
export function articlesNamed(cli: CliRecord): number[] {
	const [, c, , , authorities, printed] = cli;
	return [...(Array.isArray(c) ? [c[0] as number] : []), ...(typeof authorities === 'number' ? [authorities] : []), ...printed];
}

/**
 * The answer for ranked saved documents (the ones kept, in order), their articles read from the saved table;
 * null if a record names an article the table does not give.
 */
export function savedAnswer(ranked: readonly FuseResult<SavedHit>[], articles: ReadonlyMap<number, SavedArticle>): HitAnswer | null {
	const wholes = new Map<string, Citation>();
	for (const [, [id, whole]] of articles) wholes.set(id, whole);
	const whole = (k: number): Citation | undefined => articles.get(k)?.[1];
	const records = new Map<SearchHit, CliRecord>();
	const hits: SearchHit[] = [];
	for (const r of ranked) {
		const {row, cli} = r.item;
		const item = {kind: row.kind, id: row.id, text: row.text, ...(cli[0] === 0 ? fieldsOfRow(row) : cli[0]), ...(row.reports !== undefined ? {reports: row.reports} : {})};
		const hit = toHit({...r, item});
		if (articlesNamed(cli).some((k) => !articles.has(k))) return null;
		records.set(hit, cli);
		hits.push(hit);
	}
	const citation = (h: SearchHit): Citation | null => {
		const c = records.get(h)?.[1] ?? null;
		if (c === null) return null;
		return Array.isArray(c) ? citationAt(whole(c[0] as number)!, c[1] as number | null) : {...(c as Citation)};
	};
	const cite = {article: (id: string, paragraph: number | null = null) => citationAt(wholes.get(id) ?? null, paragraph)};
	const facets = facetsOf<SearchHit>({
		speaker: (h) => records.get(h)?.[2] ?? null,
		year: (h) => records.get(h)?.[3] ?? null,
		authorities: (h) => {
			const a = records.get(h)?.[4] ?? null;
			return typeof a === 'number' ? articles.get(a)![2] : a;
		},
	});
	return {hits, citation, cite, facets};
}
