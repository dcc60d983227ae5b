/**
 * Fuzzy search over quotes, articles, people and events (Fuse.js). A first version that scans every record;
 * the scale issue puts an index in front of it so that Fuse ranks candidates only.
 */
import Fuse, {type FuseResult, type IFuseOptions} from 'fuse.js';
import {formatDate} from '../corpus/date-value.js';
import {newestFirst} from '../corpus/lookups.js';
import {speakerMatches} from '../corpus/queries.js';
import type {DateValue, StoreData} from '../corpus/schema.js';

export const searchKinds = ['quote', 'article', 'person', 'event'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** A search result in CONTRACT.md's shape. `matches` are [start, end) offsets into `text`. */
export type SearchHit = {
	kind: SearchKind;
	id: string;
	score: number;
	text: string;
	articleId?: string;
	paragraph?: number;
	speaker?: string;
	matches: [number, number][];
};

/** A searchable document and what the filters test: its authorities, date and (for events) type. */
type Doc = {
	kind: SearchKind;
	id: string;
	text: string;
	label: string;
	articleId?: string;
	paragraph?: number;
	speaker?: string;
	authorities: readonly string[];
	date: DateValue | null;
	type?: string;
};

/**
 * Filters on documents, as typed in the UI's search box (`speaker:`, `authority:`, `year:`, `type:`), the
 * authority already resolved to its canonical name. A filter a kind of document cannot satisfy (a speaker for an
 * article, a year for a person, a type for anything but an event) leaves that kind out.
 */
export type DocFilter = {speaker?: string; authority?: string; years?: {from: number; to: number}; type?: string};

function yearOf(d: DateValue | null): number | null {
	return d?.value ? Number(d.value.slice(0, 4)) : null;
}

/** Whether a document passes every filter set. */
function docMatches(d: Doc, f: DocFilter): boolean {
	if (f.speaker !== undefined) {
		const who = d.kind === 'quote' ? (d.speaker ?? null) : d.kind === 'person' ? d.label : null;
		if (!speakerMatches(who, f.speaker)) return false;
	}
	if (f.authority !== undefined && !d.authorities.includes(f.authority)) return false;
	if (f.years) {
		const y = yearOf(d.date);
		if (y === null || y < f.years.from || y > f.years.to) return false;
	}
	if (f.type !== undefined && d.type !== f.type) return false;
	return true;
}

function filterIsEmpty(f: DocFilter | undefined): boolean {
	return !f || (f.speaker === undefined && f.authority === undefined && f.years === undefined && f.type === undefined);
}

/** Builds the searchable documents: one per quote, article, person and visible event. */
export function searchDocuments(data: StoreData): Doc[] {
	const docs: Doc[] = [];
	const articleAuthorities = new Map(data.articles.map((a) => [a.id, a.authorities]));
	for (const q of data.quotes)
		docs.push({
			kind: 'quote',
			id: q.id,
			text: q.text,
			label: q.speaker ?? 'unattributed',
			articleId: q.articleId,
			paragraph: q.paragraph,
			...(q.speaker ? {speaker: q.speaker} : {}),
			authorities: articleAuthorities.get(q.articleId) ?? [],
			date: q.date,
		});
	for (const a of data.articles)
		docs.push({kind: 'article', id: a.id, text: articleSearchText(a), label: a.title, articleId: a.id, authorities: a.authorities, date: a.published});
	for (const p of data.people)
		docs.push({kind: 'person', id: p.id, text: [p.name, ...p.titles, ...p.roles, p.party ?? '', ...p.authorities].join(' · '), label: p.name, authorities: p.authorities, date: null});
	for (const e of data.events)
		if (!e.hidden)
			docs.push({
				kind: 'event',
				id: e.id,
				text: `${e.summary}`,
				label: `${formatDate(e.date)} ${e.type}`,
				...(e.articleId ? {articleId: e.articleId, paragraph: e.paragraph} : {}),
				authorities: [e.authority],
				date: e.date,
				type: e.type,
			});
	return docs;
}

const fuseOptions: IFuseOptions<Doc> = {
	keys: ['text'],
	includeScore: true,
	includeMatches: true,
	ignoreLocation: true,
	threshold: 0.3,
	minMatchCharLength: 2,
	useExtendedSearch: true,
};

/** An article's searchable text: its title, then its paragraphs joined by spaces (cut at 5,000 characters). */
export function articleSearchText(a: {title: string; paragraphs: readonly string[]}): string {
	return `${a.title} ${a.paragraphs.join(' ')}`.slice(0, 5000);
}

/**
 * The paragraph (1-based) of an article that holds `offset` in its {@link articleSearchText}; the title counts as
 * paragraph 1's, and an offset past the cut gives the last paragraph reached.
 */
export function articleParagraphAt(a: {title: string; paragraphs: readonly string[]}, offset: number): number {
	let at = a.title.length + 1;
	for (let i = 0; i < a.paragraphs.length; i++) {
		const end = at + a.paragraphs[i]!.length;
		if (offset < end) return i + 1;
		at = end + 1;
	}
	return Math.max(1, a.paragraphs.length);
}

export type SearchOptions = {kinds?: readonly SearchKind[]; limit?: number; filter?: DocFilter};

/** A ready-to-query search over one store's documents. */
export class Searcher {
	private readonly fuse: Fuse<Doc>;
	constructor(private readonly docs: readonly Doc[]) {
		this.fuse = new Fuse([...docs], fuseOptions);
	}

	static fromStore(data: StoreData): Searcher {
		return new Searcher(searchDocuments(data));
	}

	/**
	 * Ranks documents for `query`. With an empty query, the documents that pass `filter` (newest first), or none
	 * when there is no filter either.
	 */
	search(query: string, opts: SearchOptions = {}): SearchHit[] {
		const q = query.trim();
		const kinds = opts.kinds?.length ? new Set(opts.kinds) : null;
		const filter = opts.filter ?? {};
		const limit = opts.limit ?? 20;
		const keep = (d: Doc) => (!kinds || kinds.has(d.kind)) && docMatches(d, filter);
		if (q === '') {
			if (filterIsEmpty(opts.filter)) return [];
			return this.docs
				.filter(keep)
				.sort((a, b) => newestFirst(a.date ?? unknown, b.date ?? unknown))
				.slice(0, limit)
				.map((d) => toHit({item: d, refIndex: 0, score: 0, matches: []}));
		}
		return this.fuse
			.search(q)
			.filter((r) => keep(r.item))
			.slice(0, limit)
			.map(toHit);
	}
}

const unknown: DateValue = {value: null, precision: 'unknown', approximate: false, basis: ''};

function toHit(r: FuseResult<Doc>): SearchHit {
	const d = r.item;
	const matches = (r.matches ?? []).flatMap((m) => m.indices.map(([s, e]) => [s, e + 1] as [number, number]));
	return {
		kind: d.kind,
		id: d.id,
		score: Number((r.score ?? 0).toFixed(4)),
		text: d.text,
		...(d.articleId ? {articleId: d.articleId} : {}),
		...(d.paragraph ? {paragraph: d.paragraph} : {}),
		...(d.speaker ? {speaker: d.speaker} : {}),
		matches,
	};
}
