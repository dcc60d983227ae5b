/**
 * The searchable documents, numbered, and made into objects only when asked for.
 *
 * At 50,000 articles there are about 1.7 million documents (a quote, an article title or paragraph, a person, an
 * event each). The index and the filter columns work on document numbers, and a query ranks at most a few
 * hundred candidates: holding an object for every document cost about 190 MB that nothing needed at once. This
 * table keeps where each number's record is (a few typed arrays) and builds a {@link Doc} on demand, with the
 * same fields and the same shared objects (an article's paragraphs share its `authorities` and `published`) as
 * the list it replaces.
 */
import {otherPrintings, storeCopyGroups, storeQuoteCopies, type QuoteCopies} from '../corpus/copies.js';
import {formatDate} from '../corpus/date-value.js';
import type {DateValue, StoreData} from '../corpus/schema.js';
import {eventLinesOf, type EventLines} from './event-lines.js';
import type {Doc, SearchKind} from './search.js';

/**
 * Documents in a fixed order (the saved index numbers them so): one per quote, one per article title and
 * paragraph, one per person, one per line of the timeline (its reports merged).
 */
export class DocTable {
	readonly length: number;
	readonly #data: StoreData;
	/** First document number of each part: articles, people, events, end. */
	readonly #articlesAt: number;
	readonly #peopleAt: number;
	readonly #eventsAt: number;
	/** Document number of each article's title; its paragraphs follow it. One more entry: the end. */
	readonly #articleStart: Uint32Array;
	/** The timeline's lines, as store indexes of their records. */
	readonly #lines: EventLines;
	/** Quotes' article ids to the article's authorities (the same array object, as filters compare them by identity). */
	#authoritiesOf: Map<string, readonly string[]> | null = null;
	/** Which quotes repeat another printing's (corpus/copies.ts), and where each counted one was printed too. */
	readonly #copies: QuoteCopies;

	/** `lines`: the store's timeline lines, if worked out already (they are saved with the index). */
	constructor(data: StoreData, lines: EventLines = eventLinesOf(data)) {
		this.#data = data;
		this.#articlesAt = data.quotes.length;
		this.#articleStart = new Uint32Array(data.articles.length + 1);
		let at = this.#articlesAt;
		for (let a = 0; a < data.articles.length; a++) {
			this.#articleStart[a] = at;
			at += 1 + data.articles[a]!.paragraphs.length;
		}
		this.#articleStart[data.articles.length] = at;
		this.#peopleAt = at;
		this.#eventsAt = at + data.people.length;
		this.#lines = lines;
		this.length = this.#eventsAt + lines.lead.length;
		this.#copies = storeQuoteCopies(data);
	}

	/**
	 * Whether document `i` is a quote another title printed first (a syndicated copy): it is never a result of its
	 * own, the first printing is, saying where else it was printed.
	 */
	/** The story an article prints: the first printing's id for a syndicated copy, else its own id. */
	storyOf(articleId: string): string {
		return storeCopyGroups(this.#data).get(articleId)?.[0]?.id ?? articleId;
	}

	isRepeat(i: number): boolean {
		return i < this.#articlesAt && this.#copies.repeatOf.size > 0 && this.#copies.repeatOf.has(this.#data.quotes[i]!.id);
	}

	/** The timeline's lines the event documents are. */
	get eventLines(): EventLines {
		return this.#lines;
	}

	kind(i: number): SearchKind {
		return i < this.#articlesAt ? 'quote' : i < this.#peopleAt ? 'article' : i < this.#eventsAt ? 'person' : 'event';
	}

	/** What a query matches, as `get(i).searchText`, without making the document (the index reads every one). */
	searchText(i: number): string {
		if (i < this.#articlesAt) return quoteSearchText(this.#data.quotes[i]!);
		if (i < this.#peopleAt) {
			const [article, paragraph] = this.#articleAt(i);
			return paragraph === 0 ? article.title : article.paragraphs[paragraph - 1]!;
		}
		if (i < this.#eventsAt) return personText(this.#data.people[i - this.#peopleAt]!);
		return this.#event(i).summary;
	}

	// What the filters read, as `get(i)` gives it, without making the document.
	authorities(i: number): readonly string[] {
		if (i < this.#articlesAt) return this.#authorities(this.#data.quotes[i]!.articleId);
		if (i < this.#peopleAt) return this.#articleAt(i)[0].authorities;
		if (i < this.#eventsAt) return this.#data.people[i - this.#peopleAt]!.authorities;
		// A new array per call, as get() makes: an event's authority is a string in the store.
		return [this.#event(i).authority];
	}

	date(i: number): DateValue | null {
		if (i < this.#articlesAt) return this.#data.quotes[i]!.date;
		if (i < this.#peopleAt) return this.#articleAt(i)[0].published;
		if (i < this.#eventsAt) return null;
		return this.#event(i).date;
	}

	/** Who a speaker filter tests: a quote's speaker, a person's name; null for anything else. */
	who(i: number): string | null {
		if (i < this.#articlesAt) return this.#data.quotes[i]!.speaker ?? null;
		if (i >= this.#peopleAt && i < this.#eventsAt) return this.#data.people[i - this.#peopleAt]!.name;
		return null;
	}

	type(i: number): string | undefined {
		return i >= this.#eventsAt && i < this.length ? this.#event(i).type : undefined;
	}

	/** The lead record of event document i's line. */
	#event(i: number): StoreData['events'][number] {
		return this.#data.events[this.#lines.lead[i - this.#eventsAt]!]!;
	}

	get(i: number): Doc {
		if (i < 0 || i >= this.length) throw new RangeError(`no document ${i}`);
		const data = this.#data;
		if (i < this.#articlesAt) {
			const q = data.quotes[i]!;
			return {
				kind: 'quote',
				id: q.id,
				text: q.text,
				searchText: quoteSearchText(q),
				label: q.speaker ?? 'unattributed',
				articleId: q.articleId,
				paragraph: q.paragraph,
				...(q.speaker ? {speaker: q.speaker} : {}),
				authorities: this.#authorities(q.articleId),
				date: q.date,
				...(this.#copies.alsoIn.has(q.id) ? {alsoIn: this.#copies.alsoIn.get(q.id)!} : {}),
			};
		}
		if (i < this.#peopleAt) {
			const [a, n] = this.#articleAt(i);
			// The title is searched as paragraph 1: a hit on it opens the reader at the top.
			const printings = a.copies?.length ? otherPrintings(data, a.id) : [];
			return {
				kind: 'article',
				id: a.id,
				label: a.title,
				articleId: a.id,
				authorities: a.authorities,
				date: a.published,
				...texts(n === 0 ? a.title : a.paragraphs[n - 1]!),
				paragraph: Math.max(1, n),
				...(printings.length ? {alsoIn: printings} : {}),
			};
		}
		if (i < this.#eventsAt) {
			const p = data.people[i - this.#peopleAt]!;
			return {kind: 'person', id: p.id, ...texts(personText(p)), label: p.name, authorities: p.authorities, date: null};
		}
		const e = this.#event(i);
		const at = data.events[this.#lines.opens[i - this.#eventsAt]!]!;
		return {
			kind: 'event',
			id: e.id,
			...texts(e.summary),
			label: `${formatDate(e.date)} ${e.type}`,
			...(at.articleId ? {articleId: at.articleId, paragraph: at.paragraph} : {}),
			authorities: [e.authority],
			date: e.date,
			type: e.type,
			reports: this.#lines.articles[i - this.#eventsAt]!,
		};
	}

	/** The article holding document `i`, and the paragraph (0 for the title). */
	#articleAt(i: number): [StoreData['articles'][number], number] {
		const starts = this.#articleStart;
		let lo = 0;
		let hi = starts.length - 2;
		while (lo < hi) {
			const mid = (lo + hi + 1) >>> 1;
			if (starts[mid]! <= i) lo = mid;
			else hi = mid - 1;
		}
		return [this.#data.articles[lo]!, i - starts[lo]!];
	}

	#authorities(articleId: string): readonly string[] {
		this.#authoritiesOf ??= new Map(this.#data.articles.map((a) => [a.id, a.authorities]));
		return this.#authoritiesOf.get(articleId) ?? none;
	}
}

const none: readonly string[] = [];

/** A document whose shown and searched text are the same. */
function texts(text: string): {text: string; searchText: string} {
	return {text, searchText: text};
}

/**
 * A quote is searched with its speaker after the text, on a line of its own: a name typed in the box finds the
 * person's quotes, and the quote's own words keep their offsets (a hit's matches are cut to the text).
 */
function quoteSearchText(q: StoreData['quotes'][number]): string {
	return q.speaker ? `${q.text}\n${q.speaker}` : q.text;
}

/** A person is searched by name, titles, roles, party and authorities together. */
function personText(p: StoreData['people'][number]): string {
	return [p.name, ...p.titles, ...p.roles, p.party ?? '', ...p.authorities].join(' · ');
}
