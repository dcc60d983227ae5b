/**
 * Putting an extracted article into the store, and rebuilding what is derived from all articles together
 * (people across articles, authorities, links from reported judgements to official ones).
 *
 * Curated records are never touched here: a re-import replaces an article's extracted quotes and events only.
 */
import {shortHash, slug} from '../text/ids.js';
import {authorityId, authorityInfo} from './authorities.js';
import {datesCompatible} from './date-value.js';
import {changedCopyOverlap, keepWordSet, overlap, wordSetOf} from './identity.js';
import {lookupOf, ownedOf, type Lookup} from './merge-lookup.js';
import type {Article, CorpusEvent, DateValue, Furniture, Person, Quote, StoreData} from './schema.js';
import type {EventType, Rating} from './vocabulary.js';
import {leaveInFile, writtenLiteral} from './store/text-in-file.js';

/**
 * What the importer extracts from one article, as far as the store needs it (ingest's `ExtractedArticle` has
 * this shape and more): the store is defined here, and the pipeline fills it in.
 */
/** An event as the importer extracts it: the store's event before ids, sources and origin are given. */
export type ArticleExtractEvent = {
	participants?: {name: string; role: 'by' | 'about'}[];
	date: DateValue;
	authority: string;
	type: EventType;
	rating?: Rating;
	summary: string;
	/** The paragraph that reports it first, and the others of the same article that report it too. */
	paragraph: number;
	alsoIn: readonly number[];
	status?: CorpusEvent['status'];
	inspectorate?: string;
	service?: CorpusEvent['service'];
	evidence?: CorpusEvent['evidence'];
};

export type ArticleExtract = {
	title: string;
	titleSource: Article['titleSource'];
	source: string | null;
	/** Who wrote it and the page's URL, where an export or a saved page states them. */
	byline?: string | null;
	url?: string | null;
	published: DateValue;
	authorities: string[];
	paragraphs: string[];
	furniture: Furniture[];
	people: {name: string; titles: string[]; roles: string[]; party: string | null; paragraphs: number[]}[];
	quotes: readonly {paragraph: number; text: string; speaker: string | null; speakerIsPerson: boolean; fragment: boolean; attribution?: Quote['attribution']}[];
	events: readonly ArticleExtractEvent[];
};

export type ArticleInput = {
	/** Absolute path the text was read from. */
	readonly path: string;
	readonly raw: string;
	readonly contentHash: string;
	readonly readReport: Article['readReport'];
	readonly extracted: ArticleExtract;
	/** The id to give a new article (an export's own id, or a hash of its text), in place of the file's stem. */
	readonly id?: string;
	/** `wordSetOf(extracted)`, made where the article was extracted (a worker thread) to spare the merging one. */
	readonly wordSet?: Uint32Array;
};

export type MergeOutcome = {readonly outcome: 'added' | 'unchanged' | 'replaced'; readonly articleId: string};

const basename = (p: string) => p.split(/[\\/]/).at(-1) ?? p;

/**
 * Records changed in place, for a store's writer (`Store.update`'s `changedInPlace`): a record added here was
 * written before with other values. New records need not be added.
 */
export type Changed = {add(record: object): unknown};

/** Adds or replaces one article and its extracted quotes and events. Mutates `data`; call `rebuildDerived` after. */
export function mergeArticle(data: StoreData, input: ArticleInput, importedAt: string): MergeOutcome {
	return mergeInto(data, input, importedAt, lookupOf(data), null, null);
}

/**
 * {@link mergeArticle} for each input in turn, the same store at the end: the records of replaced articles are
 * dropped in one pass over the store's quotes and events after the last, not in one pass for each.
 */
export function mergeArticles(data: StoreData, inputs: readonly ArticleInput[], importedAt: string, changed: Changed | null = null): MergeOutcome[] {
	const look = lookupOf(data);
	const drop = new Set<Quote | CorpusEvent>();
	const outcomes = inputs.map((input) => mergeInto(data, input, importedAt, look, drop, changed));
	if (drop.size > 0) {
		data.quotes = data.quotes.filter((q) => !drop.has(q));
		data.events = data.events.filter((e) => !drop.has(e));
	}
	return outcomes;
}

/** Merges one input; a replaced article's old records go to `drop` if given (the caller removes them), else now. */
function mergeInto(data: StoreData, input: ArticleInput, importedAt: string, look: Lookup, drop: Set<Quote | CorpusEvent> | null, changed: Changed | null): MergeOutcome {
	const same = look.byHash.get(input.contentHash);
	if (same) return {outcome: 'unchanged', articleId: same.id};

	const file = basename(input.path);
	const x = input.extracted;
	const spilled = writtenLiteral(input);
	// A file at the same path replaces its article; so does a changed copy from elsewhere (identity.ts). An
	// export's article at the same position must also be the same story: a new download may order them anew.
	const atPath = look.byPath.get(input.path);
	const candidate = {id: input.id, url: x.url, file, paragraphs: x.paragraphs};
	if (input.wordSet) keepWordSet(candidate, input.wordSet);
	const samePlace = atPath && (!input.id || overlap(wordSetOf(candidate), wordSetOf(atPath)) >= changedCopyOverlap) ? atPath : undefined;
	const previous = samePlace ?? look.identity.changedCopyOf(candidate) ?? undefined;
	let id = previous?.id;
	if (!id && input.id) id = look.ids.has(input.id) ? `${input.id}-${shortHash(input.path)}` : input.id;
	if (!id) {
		// The file's own stem is the id researchers will recognise and cite ("000_a503623955de7664").
		const stem = file.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
		id = look.ids.has(stem) ? `${stem}-${shortHash(input.path)}` : stem;
	}
	const article: Article = {
		id,
		file,
		path: input.path,
		contentHash: input.contentHash,
		title: x.title,
		titleSource: x.titleSource,
		source: x.source,
		...(x.byline ? {byline: x.byline} : {}),
		...(x.url ? {url: x.url} : {}),
		published: x.published,
		authorities: x.authorities,
		// Text an extraction worker left in its file stays there (the getter would read it into memory).
		raw: spilled ? '' : input.raw,
		paragraphs: x.paragraphs,
		furniture: x.furniture,
		people: x.people,
		readReport: input.readReport,
		importedAt,
		origin: 'extracted',
	};

	let stored: Article = article;
	if (previous) {
		const {copies: _was, ...kept} = previous;
		const replaced = {...kept, ...article};
		stored = replaced;
		const at = look.at.get(previous)!;
		data.articles[at] = replaced;
		look.at.delete(previous);
		look.at.set(replaced, at);
		look.byId.set(replaced.id, replaced);
		look.byHash.delete(previous.contentHash);
		look.byHash.set(replaced.contentHash, replaced);
		if (look.byPath.get(previous.path) === previous) look.byPath.delete(previous.path);
		look.byPath.set(replaced.path, replaced);
		look.identity.remove(previous);
		look.identity.add(replaced);
		unlinkCopies(look, previous, changed);
		if (drop) {
			const owned = ownedOf(data, look);
			for (const q of owned.get(id)?.quotes ?? []) drop.add(q);
			for (const e of owned.get(id)?.events ?? []) drop.add(e);
			owned.delete(id);
		} else {
			data.quotes = data.quotes.filter((q) => q.articleId !== id || q.origin !== 'extracted');
			data.events = data.events.filter((e) => e.origin !== 'extracted' || e.articleId !== id);
		}
	} else {
		look.at.set(article, data.articles.length);
		data.articles.push(article);
		look.byId.set(article.id, article);
		look.byHash.set(article.contentHash, article);
		look.byPath.set(article.path, article);
		look.ids.add(article.id);
		look.identity.add(article);
	}
	if (spilled) leaveInFile(stored, spilled.file, spilled.start, spilled.end, true);
	// The same paragraphs as the candidate's: its signature, made once.
	keepWordSet(stored, wordSetOf(candidate));
	linkCopies(stored, look.identity.copiesOf(stored), changed);

	// One basis string for the article's quotes, not one for each: a store holds hundreds of thousands of quotes.
	const quoteBasis = x.published.value === null ? x.published.basis : `the article's date (${x.published.basis})`;
	x.quotes.forEach((q, n) => {
		const quote: Quote = {
			id: `${id}-q${n + 1}`,
			articleId: id!,
			paragraph: q.paragraph,
			text: q.text,
			speaker: q.speaker,
			speakerId: q.speakerIsPerson && q.speaker ? slug(q.speaker) : null,
			fragment: q.fragment,
			...(q.attribution ? {attribution: q.attribution} : {}),
			date: {...x.published, basis: quoteBasis},
			origin: 'extracted',
		};
		data.quotes.push(quote);
	});
	x.events.forEach((e, n) => {
		const event: CorpusEvent = {
			id: `${id}-e${n + 1}`,
			date: e.date,
			authority: e.authority,
			type: e.type,
			...(e.rating ? {rating: e.rating} : {}),
			summary: e.summary,
			...(e.participants?.length ? {participants: e.participants} : {}),
			...(e.status ? {status: e.status} : {}),
			...(e.inspectorate ? {inspectorate: e.inspectorate} : {}),
			...(e.service ? {service: e.service} : {}),
			...(e.evidence ? {evidence: e.evidence} : {}),
			articleId: id,
			paragraph: e.paragraph,
			sources: [e.paragraph, ...e.alsoIn].map((p) => ({articleId: id!, paragraph: p})),
			origin: 'extracted',
		};
		// A researcher's "this is wrong" mark survives a re-import of the same event.
		if (look.hiddenReplaced.has(event.id)) event.hidden = true;
		data.events.push(event);
	});
	noteOwned(data, look, id, data.quotes.length - x.quotes.length, data.events.length - x.events.length);
	return {outcome: previous ? 'replaced' : 'added', articleId: id};
}

/** Links an article and the same-day printings of its story both ways (`copies`: the other articles' ids). */
function linkCopies(article: Article, copies: readonly Article[], changed: Changed | null): void {
	if (copies.length === 0) return;
	article.copies = copies.map((c) => c.id);
	changed?.add(article);
	for (const c of copies)
		if (!c.copies?.includes(article.id)) {
			c.copies = [...(c.copies ?? []), article.id];
			changed?.add(c);
		}
}

/** If the store's records are indexed by article (after a replacement), adds article `id`'s new ones from `quotesFrom` and `eventsFrom` on. */
function noteOwned(data: StoreData, look: Lookup, id: string, quotesFrom: number, eventsFrom: number): void {
	if (look.owned?.quotes !== data.quotes || look.owned.events !== data.events) return;
	const of = look.owned.of;
	const owned = of.get(id) ?? of.set(id, {quotes: [], events: []}).get(id)!;
	owned.quotes.push(...data.quotes.slice(quotesFrom));
	owned.events.push(...data.events.slice(eventsFrom));
}

/** Takes a replaced article out of the copies lists of the articles it was linked to. */
function unlinkCopies(look: Lookup, previous: Article, changed: Changed | null): void {
	if (!previous.copies?.length) return;
	for (const linkedId of new Set(previous.copies)) {
		const a = look.byId.get(linkedId);
		if (!a?.copies) continue;
		changed?.add(a);
		const left = a.copies.filter((id) => id !== previous.id);
		if (left.length) a.copies = left;
		else delete a.copies;
	}
}

/**
 * Rebuilds people, authorities and judgement links from every article. People with the same full name are one
 * person; a surname-only person ("Cllr Smith") joins the one full-name person of that surname who shares an
 * authority with the article.
 */
export function rebuildDerived(data: StoreData, changed: Changed | null = null): void {
	const extractedPeople = new Map<string, Person>();
	const fullNames = new Map<string, Set<string>>();
	// An article's main authority is its first (none for an article without one); read without a copy of the
	// list, as this runs for every person and quote of the store at every batch.
	for (const a of data.articles)
		for (const p of a.people)
			if (p.name.includes(' ') && a.authorities.length > 0) {
				const k = `${p.name.slice(p.name.lastIndexOf(' ') + 1)}|${a.authorities[0]}`;
				const names = fullNames.get(k);
				if (names) names.add(p.name);
				else fullNames.set(k, new Set([p.name]));
			}

	const canonical = (name: string, article: Article): string => {
		if (name.includes(' ') || article.authorities.length === 0) return name;
		const c = fullNames.get(`${name}|${article.authorities[0]}`);
		return c && c.size === 1 ? c.values().next().value! : name;
	};

	// One id string per speaker, not one per quote: every rebuild sets every quote's speaker id again.
	const ids = new Map<string, string>();
	const idOf = (name: string): string => ids.get(name) ?? ids.set(name, slug(name)).get(name)!;
	const quotesBySpeaker = new Map<string, number>();
	// Grouped once: looping over every quote for every article would cost articles × quotes.
	const quotesOf = new Map<string, typeof data.quotes>();
	for (const q of data.quotes) if (q.origin === 'extracted') (quotesOf.get(q.articleId) ?? quotesOf.set(q.articleId, []).get(q.articleId)!).push(q);
	const eventsOf = new Map<string, typeof data.events>();
	for (const e of data.events) if (e.origin === 'extracted' && e.articleId) (eventsOf.get(e.articleId) ?? eventsOf.set(e.articleId, []).get(e.articleId)!).push(e);
	// A person's article ids as a set beside the list: someone named in thousands of articles would otherwise
	// cost a scan of that list for each of them.
	const articlesOf = new Map<string, Set<string>>();
	for (const a of data.articles) {
		for (const p of a.people) {
			const name = canonical(p.name, a);
			const id = idOf(name);
			let rec = extractedPeople.get(id);
			let seen = articlesOf.get(id);
			if (!rec || !seen) {
				rec = {id, name, titles: [], roles: [], party: null, authorities: [], articleIds: [], origin: 'extracted' as const};
				seen = new Set();
				extractedPeople.set(id, rec);
				articlesOf.set(id, seen);
			}
			for (const t of p.titles) if (!rec.titles.includes(t)) rec.titles.push(t);
			for (const r of p.roles) if (!rec.roles.includes(r)) rec.roles.push(r);
			rec.party ??= p.party;
			const main = a.authorities[0];
			if (main && !rec.authorities.includes(main)) rec.authorities.push(main);
			if (!seen.has(a.id)) {
				seen.add(a.id);
				rec.articleIds.push(a.id);
			}
		}
		const events = eventsOf.get(a.id);
		let renamed = false;
		for (const e of events ?? []) {
			if (!e.participants) continue;
			for (const p of e.participants) {
				const name = canonical(p.name, a);
				if (name !== p.name) renamed = true;
				p.name = name;
			}
		}
		// An article's events may share a participant's record: all of them are told, not just the first one renamed.
		if (renamed && changed) for (const e of events!) changed.add(e);
		for (const q of quotesOf.get(a.id) ?? []) {
			if (q.speaker === null || q.speakerId === null) continue;
			const name = canonical(q.speaker, a);
			const id = idOf(name);
			if (changed && (q.speaker !== name || q.speakerId !== id)) changed.add(q);
			q.speaker = name;
			q.speakerId = id;
			quotesBySpeaker.set(q.speakerId, (quotesBySpeaker.get(q.speakerId) ?? 0) + 1);
		}
	}
	// Curated people win over extracted ones with the same id.
	const curated = data.people.filter((p) => p.origin === 'curated');
	const curatedIds = new Set(curated.map((p) => p.id));
	// A collator compares as `localeCompare` does (the same locale and options), without making one per call.
	const byName = new Intl.Collator().compare;
	data.people = [...curated, ...[...extractedPeople.values()].filter((p) => !curatedIds.has(p.id))].sort((a, b) => byName(a.name, b.name));

	// Authorities: every one an article or an event names.
	const names = new Set<string>();
	const reported = new Set<string>();
	for (const a of data.articles) for (const n of a.authorities) names.add(n), reported.add(n);
	for (const e of data.events) {
		names.add(e.authority);
		if (e.origin !== 'ofsted') reported.add(e.authority);
	}
	const curatedAuth = data.authorities.filter((a) => a.origin === 'curated');
	data.authorities = [
		...curatedAuth,
		...[...names]
			.filter((n) => !curatedAuth.some((c) => c.name === n))
			.sort()
			.map((name) => ({id: authorityId(name), name, onsCode: authorityInfo(name)?.onsCode ?? null, origin: reported.has(name) ? ('extracted' as const) : ('ofsted' as const)})),
	];

	linkOfficialJudgements(data, changed);
}

/** An extracted judgement that matches an official one (same authority, compatible date, no rating conflict). */
export function linkOfficialJudgements(data: StoreData, changed: Changed | null = null): void {
	// By authority, in store order: the first match of each list is the first of all official judgements.
	const official = new Map<string, CorpusEvent[]>();
	for (const e of data.events) {
		if (e.origin !== 'ofsted' || e.type !== 'inspection-judgement') continue;
		const list = official.get(e.authority);
		if (list) list.push(e);
		else official.set(e.authority, [e]);
	}
	for (const e of data.events) {
		if (e.origin === 'ofsted' || e.type !== 'inspection-judgement') continue;
		// Taken out and set again, which moves the key to the end: a writer is told of every event that has one.
		if (e.officialId !== undefined) changed?.add(e);
		delete e.officialId;
		if (e.date.value === null) continue;
		const match = official.get(e.authority)?.find((o) => datesCompatible(o.date, e.date) && (o.rating === undefined || e.rating === undefined || o.rating === e.rating));
		if (match) {
			e.officialId = match.id;
			changed?.add(e);
		}
	}
}
