/**
 * Citations a paper can use, made one way everywhere: the CLI's exports (`--json`, `--csv`, `--md`) and the
 * reader's `y`. A citation names the article by its full title, its publication where the store knows it, its
 * date at the precision the text gives (2019-02-01, ~Feb 2019, 2015, undated), the paragraph, and the article's
 * address where known. Pure: no terminal cleaning here (callers that print clean the text, JSON keeps it).
 */
import {formatDate} from './date-value.js';
import type {Article, DateValue, StoreData} from './schema.js';

export type Citation = {
	/** The article's full title (for a title made from the lede: the lede's whole first sentence). */
	title: string;
	/** The newspaper or site (the article's `source`), or null when the store does not know it. */
	publication: string | null;
	/** The date at its precision, as the views show it: `2019-02-01`, `~Feb 2019`, `2015`, `undated`. */
	date: string;
	/** The paragraph (from 1, after page furniture), or null for a citation of the whole article. */
	paragraph: number | null;
	/** The article's (or report's) address, or null when the store does not know it. */
	url: string | null;
	/** All of it on one line: `Title, Publication, date, para N, URL` (the parts not known left out). */
	text: string;
};

/** The article fields a citation reads (`url` is not in every store: articles may gain it). */
export type CitableArticle = Pick<Article, 'title' | 'published' | 'paragraphs'> & {
	titleSource?: Article['titleSource'];
	source?: string | null;
	url?: unknown;
};

/**
 * The title to cite. A title made from the lede is its first sentence cut near 100 characters with an ellipsis
 * (fine for a list, wrong in a citation): the whole sentence is taken back from the first paragraph.
 */
export function fullTitle(article: CitableArticle): string {
	const title = article.title;
	if (article.titleSource !== 'lede' || !title.endsWith('…')) return title;
	const kept = title.slice(0, -1);
	const lede = article.paragraphs[0] ?? '';
	if (!lede.startsWith(kept)) return title;
	// The sentence ends at the first stop after the cut that is followed by a space or the paragraph's end
	// (the cut itself was made well past the start, so "Coun." early in the sentence is behind it).
	const end = /[.!?]["'”’]?(?=\s|$)/.exec(lede.slice(kept.length));
	const sentence = end ? lede.slice(0, kept.length + end.index + end[0].length) : lede;
	return sentence.trim().replace(/\.$/, '');
}

/** A stored string that says something, trimmed; null for anything else (absent, empty, not a string). */
function textOf(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The one-line form: `Title, Publication, date, para N, URL`, leaving out what is not known. */
export function formatCitation(c: Omit<Citation, 'text'>): string {
	return [c.title, c.publication, c.date, c.paragraph === null ? null : `para ${c.paragraph}`, c.url].filter((part): part is string => Boolean(part)).join(', ');
}

function citation(parts: Omit<Citation, 'text'>): Citation {
	return {...parts, text: formatCitation(parts)};
}

/** A citation of an article, at a paragraph or (without one) as a whole. */
export function articleCitation(article: CitableArticle, paragraph: number | null = null): Citation {
	return citation({
		title: fullTitle(article),
		publication: textOf(article.source),
		date: formatDate(article.published),
		paragraph,
		url: textOf(article.url),
	});
}

/** What a citation of an official judgement reads. */
export type OfficialRecord = {authority: string; date: DateValue; link?: unknown; framework?: unknown};

/** A citation of an official judgement: the inspection report, by Ofsted, with its address where known. */
export function officialCitation(e: OfficialRecord): Citation {
	const framework = textOf(e.framework);
	return citation({
		title: `Inspection of ${e.authority} children's services${framework ? ` (${framework})` : ''}`,
		publication: 'Ofsted',
		date: formatDate(e.date),
		paragraph: null,
		url: textOf(e.link),
	});
}

/** Citations from one store: articles and events looked up by id (made once, not a scan per row). */
export type Citer = {
	/** The article at a paragraph (or whole), or null for an id the store does not have. */
	article(articleId: string, paragraph?: number | null): Citation | null;
	/** Every report of an event (one per source), or the official report for an official judgement. */
	event(e: CitableEvent): Citation[];
	/** Each article that names a person, at the first paragraph that names them, in the store's order. */
	person(personId: string): Citation[];
};

/** What citing an event reads: a timeline line (EventView) or a stored event. */
export type CitableEvent = OfficialRecord & {id: string; origin: string; sources: readonly {articleId: string; paragraph: number}[]};

/**
 * The citation of an article at a paragraph, from its citation as a whole (`articleCitation`): the whole's
 * copy, or `formatCitation`'s result made from the whole's text (which ends with the date, then the URL if any).
 * Shared by the citer and by the search documents saved beside the store (search/cli-hits.ts), which keep the
 * whole citation of each article and must cite a paragraph the same way.
 */
export function citationAt(whole: Citation | null, paragraph: number | null): Citation | null {
	if (!whole || paragraph === null) return whole && {...whole};
	const head = whole.url === null ? whole.text : whole.text.slice(0, whole.text.length - whole.url.length - 2);
	return {...whole, paragraph, text: `${head}, para ${paragraph}${whole.url === null ? '' : `, ${whole.url}`}`};
}

/**
 * Looks up articles, events and people by id in maps made the first time they are asked for. `cited`, if given,
 * is told which article and paragraph each article citation it gives was made from (the search documents saved
 * beside the store keep that rather than the citation's text).
 */
export function citer(data: StoreData, cited?: (c: Citation, articleId: string, paragraph: number | null) => void): Citer {
	const articles = new Map(data.articles.map((a) => [a.id, a]));
	let events: Map<string, StoreData['events'][number]> | null = null;
	let people: Map<string, StoreData['people'][number]> | null = null;
	// An article's part of its citations is made once: a large store cites the same article thousands of times.
	const whole = new Map<string, Citation | null>();
	const article = (id: string, paragraph: number | null = null): Citation | null => {
		let base = whole.get(id);
		if (base === undefined) {
			const a = articles.get(id);
			base = a ? articleCitation(a) : null;
			whole.set(id, base);
		}
		const c = citationAt(base, paragraph);
		if (c && cited) cited(c, id, paragraph);
		return c;
	};
	return {
		article,
		event(e) {
			if (e.origin === 'ofsted') {
				// The report's address and framework are kept on the stored record (`ofsted`), not on every view of it.
				events ??= new Map(data.events.map((x) => [x.id, x]));
				const details = (events.get(e.id)?.['ofsted'] ?? {}) as {link?: unknown; scheme?: unknown};
				const reports = e.sources.map((s) => article(s.articleId, s.paragraph)).filter((c): c is Citation => c !== null);
				return [officialCitation({...e, link: e.link ?? details.link, framework: e.framework ?? details.scheme}), ...reports];
			}
			return e.sources.map((s) => article(s.articleId, s.paragraph)).filter((c): c is Citation => c !== null);
		},
		person(personId) {
			people ??= new Map(data.people.map((p) => [p.id, p]));
			const person = people.get(personId);
			if (!person) return [];
			const cited: Citation[] = [];
			for (const id of person.articleIds) {
				const a = articles.get(id);
				if (!a) continue;
				const named = a.people.find((p) => p.name === person.name)?.paragraphs[0] ?? null;
				cited.push(article(id, named)!);
			}
			return cited;
		},
	};
}
