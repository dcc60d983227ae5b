/**
 * Syndicated copies counted once. Regional groups print one story in several titles; the import links such
 * articles as copies (identity.ts: same day, word overlap 0.8 or more). One rule, for every count, list and search
 * (people, quotes, search, the comparison, the dashboard, the CLI):
 *
 * - a **copy group** is the articles joined by `copies` links (a story printed in three titles is one group even
 *   where only neighbouring printings overlap enough to be linked), in store order: the first imported first;
 * - a quote in a later article of the group **repeats** a quote of an earlier one when both have the same speaker
 *   (the same person, or the same name; unattributed counts as a speaker of its own) and the same words once case,
 *   punctuation, quotation marks and spacing are set aside;
 * - a repeat is not counted and not listed: the quote it repeats is, once, and names the other printings
 *   (`alsoIn`). An article's own quote count still counts every quote it prints.
 *
 * Quotes a sub-editor changed (a word cut, a name spelled otherwise) are different words and count apart: the
 * rule prefers counting a quote twice to merging two quotes that differ.
 */
import type {Article, DateValue, Quote, StoreData} from './schema.js';

/** Another printing of a story or of one of its quotes. */
export type Printing = {
	readonly articleId: string;
	/** The repeating quote, for a quote's printing. */
	readonly quoteId?: string;
	readonly paragraph?: number;
	/** The title that printed it (the article's `source`), where known. */
	readonly publication: string | null;
	readonly published: DateValue;
};

export type QuoteCopies = {
	/** A repeat's id → the id of the quote it repeats (the one counted and shown). */
	readonly repeatOf: ReadonlyMap<string, string>;
	/** A counted quote's id → the other printings that carry it, in store order. Absent: printed once. */
	readonly alsoIn: ReadonlyMap<string, readonly Printing[]>;
};

/** A quote's words for comparing printings: case, punctuation, quotation marks and spacing set aside. */
export function quoteWords(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Who said it, for comparing printings: the person's id, else the name as printed; '' for unattributed. */
function speakerKey(q: Quote): string {
	return q.speakerId ?? q.speaker?.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * The copy groups of a store: each article that has copies → its group (itself included), in store order.
 * Articles printed once are not in the map.
 */
export function copyGroups(articles: readonly Article[]): Map<string, readonly Article[]> {
	const place = new Map<string, number>();
	articles.forEach((a, i) => {
		if (a.copies?.length) place.set(a.id, i);
	});
	// Union-find over store places: links are kept both ways, but a chain (A~B, B~C) is one story too.
	const parent = new Map<number, number>();
	const root = (i: number): number => {
		let r = i;
		while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
		parent.set(i, r);
		return r;
	};
	for (const [id, i] of place) {
		parent.set(i, parent.get(i) ?? i);
		for (const other of articles[i]!.copies ?? []) {
			const j = place.get(other) ?? null;
			if (j === null || other === id) continue;
			const [ri, rj] = [root(i), root(j)];
			if (ri !== rj) parent.set(Math.max(ri, rj), Math.min(ri, rj));
		}
	}
	const members = new Map<number, Article[]>();
	for (const i of [...place.values()].sort((x, y) => x - y)) {
		const r = root(i);
		const list = members.get(r);
		if (list) list.push(articles[i]!);
		else members.set(r, [articles[i]!]);
	}
	const out = new Map<string, readonly Article[]>();
	for (const list of members.values()) if (list.length > 1) for (const a of list) out.set(a.id, list);
	return out;
}

/** The other printings of an article's story (its copy group less itself), in store order. */
export function otherPrintings(data: StoreData, articleId: string): Printing[] {
	const group = storeCopyGroups(data).get(articleId) ?? [];
	return group.filter((a) => a.id !== articleId).map((a) => ({articleId: a.id, publication: a.source, published: a.published}));
}

/** Which quotes repeat a quote of an earlier printing, and which printings each counted quote is in (pure). */
export function quoteCopies(articles: readonly Article[], quotes: readonly Quote[]): QuoteCopies {
	const repeatOf = new Map<string, string>();
	const alsoIn = new Map<string, Printing[]>();
	const groups = copyGroups(articles);
	if (groups.size === 0) return {repeatOf, alsoIn};
	const byArticle = new Map<string, Quote[]>();
	for (const q of quotes) {
		if (!groups.has(q.articleId)) continue;
		const list = byArticle.get(q.articleId);
		if (list) list.push(q);
		else byArticle.set(q.articleId, [q]);
	}
	const done = new Set<readonly Article[]>();
	for (const group of groups.values()) {
		if (done.has(group)) continue;
		done.add(group);
		const first = new Map<string, Quote>();
		for (const a of group) {
			const here = [...(byArticle.get(a.id) ?? [])].sort((x, y) => x.paragraph - y.paragraph);
			for (const q of here) {
				const key = `${speakerKey(q)}\u0000${quoteWords(q.text)}`;
				const kept = first.get(key);
				if (!kept) first.set(key, q);
				else if (kept.articleId !== a.id) {
					repeatOf.set(q.id, kept.id);
					const list = alsoIn.get(kept.id) ?? [];
					// One printing per article: a quote the title printed twice is one printing of it.
					if (!list.some((p) => p.articleId === a.id)) list.push({articleId: a.id, quoteId: q.id, paragraph: q.paragraph, publication: a.source, published: a.published});
					alsoIn.set(kept.id, list);
				}
			}
		}
	}
	return {repeatOf, alsoIn};
}

// Worked out once per loaded store: a reload replaces the collections, and an import that grows them in place
// changes their length.
const quotesPerStore = new WeakMap<readonly Quote[], {articles: readonly Article[]; sizes: string; copies: QuoteCopies}>();
const groupsPerStore = new WeakMap<readonly Article[], {size: number; groups: Map<string, readonly Article[]>}>();

const sizesOf = (data: StoreData) => `${data.articles.length}/${data.quotes.length}`;

/** {@link quoteCopies} of a loaded store. */
export function storeQuoteCopies(data: StoreData): QuoteCopies {
	const cached = quotesPerStore.get(data.quotes);
	if (cached && cached.articles === data.articles && cached.sizes === sizesOf(data)) return cached.copies;
	const copies = quoteCopies(data.articles, data.quotes);
	quotesPerStore.set(data.quotes, {articles: data.articles, sizes: sizesOf(data), copies});
	return copies;
}

/** {@link copyGroups} of a loaded store. */
export function storeCopyGroups(data: StoreData): Map<string, readonly Article[]> {
	const cached = groupsPerStore.get(data.articles);
	if (cached && cached.size === data.articles.length) return cached.groups;
	const groups = copyGroups(data.articles);
	groupsPerStore.set(data.articles, {size: data.articles.length, groups});
	return groups;
}

/** "Westshire Courier, Eastshire Echo" (an unnamed title as its article id): the titles of other printings. */
export function printingTitles(printings: readonly Printing[]): string {
	return [...new Set(printings.map((p) => p.publication ?? p.articleId))].join(', ');
}
