/**
 * Fuzzy search over quotes, articles, people and events (Fuse.js). A first version that scans every record;
 * the scale issue puts an index in front of it so that Fuse ranks candidates only.
 */
import Fuse, {type FuseResult, type IFuseOptions} from 'fuse.js';
import {formatDate} from '../corpus/date-value.js';
import type {StoreData} from '../corpus/schema.js';

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

type Doc = {kind: SearchKind; id: string; text: string; label: string; articleId?: string; paragraph?: number; speaker?: string};

/** Builds the searchable documents: one per quote, article, person and visible event. */
export function searchDocuments(data: StoreData): Doc[] {
	const docs: Doc[] = [];
	for (const q of data.quotes) docs.push({kind: 'quote', id: q.id, text: q.text, label: q.speaker ?? 'unattributed', articleId: q.articleId, paragraph: q.paragraph, ...(q.speaker ? {speaker: q.speaker} : {})});
	for (const a of data.articles) docs.push({kind: 'article', id: a.id, text: `${a.title} ${a.paragraphs.join(' ')}`.slice(0, 5000), label: a.title, articleId: a.id});
	for (const p of data.people) docs.push({kind: 'person', id: p.id, text: [p.name, ...p.titles, ...p.roles, p.party ?? '', ...p.authorities].join(' · '), label: p.name});
	for (const e of data.events) if (!e.hidden) docs.push({kind: 'event', id: e.id, text: `${e.summary}`, label: `${formatDate(e.date)} ${e.type}`, ...(e.articleId ? {articleId: e.articleId, paragraph: e.paragraph} : {})});
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

export type SearchOptions = {kinds?: readonly SearchKind[]; limit?: number};

/** A ready-to-query search over one store's documents. */
export class Searcher {
	private readonly fuse: Fuse<Doc>;
	constructor(private readonly docs: readonly Doc[]) {
		this.fuse = new Fuse([...docs], fuseOptions);
	}

	static fromStore(data: StoreData): Searcher {
		return new Searcher(searchDocuments(data));
	}

	search(query: string, opts: SearchOptions = {}): SearchHit[] {
		const q = query.trim();
		if (q === '') return [];
		const kinds = opts.kinds?.length ? new Set(opts.kinds) : null;
		const results = this.fuse.search(q).filter((r) => !kinds || kinds.has(r.item.kind));
		return results.slice(0, opts.limit ?? 20).map(toHit);
	}
}

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
