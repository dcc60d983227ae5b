/**
 * An undated report joins a dated line of the same authority, type and rating when the line was news in an
 * article that names at least two of the same people (published within three months after the line's date),
 * and the line is the latest such one before that article. "A damning report, released last week" in an
 * undated article about the same councillors is the judgement the dated article reported.
 *
 * Made to scale: each source of a dated line is indexed once under its authority and type and the full names of
 * its article, with what the choice compares (its article's date as a sort key); an undated report counts the
 * names it shares with each source by a stamp on the source rather than a map of its own, and keeps the best as
 * it goes rather than sorting its candidates; the line dated next after each candidate is found once per rating.
 */
import {compareDates, dateSortKey} from './date-value.js';
import type {EventView} from './queries.js';
import type {Article, DateValue, StoreData} from './schema.js';

/** One source of a dated line, as an undated report may share names with it. */
type Source = {
	readonly target: EventView;
	/** Its place in the target's sources. */
	readonly index: number;
	readonly articleId: string;
	readonly published: DateValue;
	readonly publishedKey: number;
	/** The undated report that last counted this source, and how many of that report's names it shares. */
	seenBy: number;
	shared: number;
	/** Whether another line of the target's authority, type and rating is dated after it and no later than the article (worked out once, when first asked). */
	blocked: boolean | undefined;
};

/** The dated lines of one authority, type and rating in date order, and the one dated next after each line asked about. */
type Rated = {readonly lines: readonly EventView[]; readonly next: Map<EventView, EventView | null>};

/** Lines between the points where a step-by-step build (`timelineSteps`) may hand the event loop a turn. */
export const stepLines = 2000;

/**
 * Joins each undated extracted report to the dated line it tells, if any, and removes it from `lines`.
 * `buckets` are the lines by authority, type and rating (`authority|type|rating`), each in the order made.
 * Yields every few thousand lines (see `timelineSteps`).
 */
export function* attachUndatedReports(data: StoreData, lines: EventView[], buckets: ReadonlyMap<string, readonly EventView[]>): Generator<void, void> {
	const articles = new Map<string, Article>();
	for (const a of data.articles) articles.set(a.id, a);
	// Each article's full names (each once, in the order first named), made once: a large corpus asks for the same
	// article's thousands of times.
	const namesOf = new Map<Article | undefined, readonly string[]>();
	const names = (article: Article | undefined): readonly string[] => {
		let list = namesOf.get(article);
		if (!list) {
			const made: string[] = [];
			for (const p of article?.people ?? []) if (p.name.includes(' ') && !made.includes(p.name)) made.push(p.name);
			namesOf.set(article, (list = made));
		}
		return list;
	};
	// Where a dated line stands in its bucket: of two candidates whose articles share a date, the one a scan of the
	// buckets would try first is taken. Asked only on such a tie: a bucket's places are noted when first asked.
	const place = new Map<EventView, number>();
	const placeOf = (l: EventView): number => {
		let at = place.get(l);
		if (at === undefined) {
			(buckets.get(`${l.authority}|${l.type}|${l.rating ?? ''}`) ?? []).forEach((o, i) => place.set(o, i));
			at = place.get(l)!;
		}
		return at;
	};

	// The full names of the undated reports' articles, by authority and type. A source is chosen only if it shares
	// two names with a report of its line's authority and type, so a source with fewer than two of these names is
	// never indexed, and one that has them is listed under these names only: the index holds what can be chosen.
	const groupKey = (l: EventView) => `${l.authority}|${l.type}`;
	const wanted = new Map<string, Set<string>>();
	for (const line of lines) {
		if (!undatedReport(line)) continue;
		const full = names(articles.get(line.articleId!));
		if (full.length < 2) continue;
		const key = groupKey(line);
		let set = wanted.get(key);
		if (!set) wanted.set(key, (set = new Set()));
		for (const n of full) set.add(n);
	}

	// Sources by authority and type, then by full name.
	const groups = new Map<string, Map<string, Source[]>>();
	const indexSources = (target: EventView, from: number) => {
		if (target.date.value === null) return;
		const want = wanted.get(groupKey(target));
		if (!want) return;
		const targetKey = dateSortKey(target.date);
		let group: Map<string, Source[]> | undefined;
		for (let i = from; i < target.sources.length; i++) {
			const a = articles.get(target.sources[i]!.articleId);
			if (!a || a.published.value === null) continue;
			// Only an article published within three months after the line can be reporting it as news.
			const publishedKey = dateSortKey(a.published);
			const gap = monthsApart(targetKey, publishedKey);
			if (gap === null || gap < 0 || gap > 3) continue;
			const full = names(a);
			let kept = 0;
			for (const n of full) if (want.has(n)) kept++;
			if (kept < 2) continue;
			if (!group) {
				const key = groupKey(target);
				group = groups.get(key);
				if (!group) groups.set(key, (group = new Map()));
			}
			const source: Source = {target, index: i, articleId: a.id, published: a.published, publishedKey, seenBy: -1, shared: 0, blocked: undefined};
			for (const n of full) {
				if (!want.has(n)) continue;
				const list = group.get(n);
				if (list) list.push(source);
				else group.set(n, [source]);
			}
		}
	};
	for (let i = 0; i < lines.length; i++) {
		indexSources(lines[i]!, 0);
		if (i % stepLines === stepLines - 1) yield;
	}

	// The dated lines an undated report could be of (same authority, type and rating), in date order; made once
	// for each authority, type and rating.
	const ratedBy = new Map<string, Rated>();
	const ratedFor = (line: EventView): Rated => {
		const key = `${line.authority}|${line.type}|${line.rating ?? ''}`;
		let rated = ratedBy.get(key);
		if (!rated) {
			const same = [...(buckets.get(key) ?? []), ...(line.rating ? (buckets.get(`${line.authority}|${line.type}|`) ?? []) : [])];
			const kept = same.filter((o) => (o.rating ?? o.reportedRating ?? null) === (line.rating ?? null) && o.date.value !== null);
			ratedBy.set(key, (rated = {lines: inDateOrder(kept), next: new Map()}));
		}
		return rated;
	};
	// The first of the rated lines dated after `target` (compareDates > 0), by binary search, once per target.
	const nextAfter = (rated: Rated, target: EventView): EventView | null => {
		let found = rated.next.get(target);
		if (found === undefined) {
			const sorted = rated.lines;
			let lo = 0;
			let hi = sorted.length;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if (compareDates(sorted[mid]!.date, target.date) > 0) hi = mid;
				else lo = mid + 1;
			}
			found = sorted[lo] ?? null;
			rated.next.set(target, found);
		}
		return found;
	};

	let stamp = 0;
	const attached = new Set<EventView>();
	let step = 0;
	for (const line of lines) {
		if (++step % stepLines === 0) yield;
		if (!undatedReport(line)) continue;
		const group = groups.get(groupKey(line));
		if (!group) continue;
		// The sources that share at least two of the report's names.
		stamp++;
		const shared: Source[] = [];
		for (const n of names(articles.get(line.articleId!))) {
			for (const s of group.get(n) ?? []) {
				if (s.seenBy !== stamp) {
					s.seenBy = stamp;
					s.shared = 1;
				} else if (++s.shared === 2) shared.push(s);
			}
		}
		if (shared.length === 0) continue;
		// Lines of the report's rating first, then (for a rated report) lines without one; by bucket order, then
		// source order: of two articles of the same date, the first in this order is taken. A candidate has the
		// report's rating (its own or reported), so the lines dated after it are the same whichever report asks:
		// worked out once for each source.
		const rating = line.rating ?? '';
		const lineRating = line.rating ?? null;
		const rated = ratedFor(line);
		let best: Source | null = null;
		let bestRank = 0;
		for (const s of shared) {
			const t = s.target;
			if (t === line) continue;
			const rank = (t.rating ?? '') === rating ? 0 : line.rating && t.rating === undefined ? 1 : -1;
			if (rank < 0 || (t.rating ?? t.reportedRating ?? null) !== lineRating || s.articleId === line.articleId) continue;
			// The latest line before that article is the one it reported as news: no other line of the same
			// authority, type and rating is dated after the target and no later than the article.
			if ((s.blocked ??= blockedBy(nextAfter(rated, t), s))) continue;
			if (best && (s.publishedKey < best.publishedKey || (s.publishedKey === best.publishedKey && (rank - bestRank || placeOf(t) - placeOf(best.target) || s.index - best.index) > 0))) continue;
			best = s;
			bestRank = rank;
		}
		if (!best) continue;
		const target = best.target;
		const before = target.sources.length;
		target.sources.push(...line.sources.filter((s) => !target.sources.some((t) => t.articleId === s.articleId && t.paragraph === s.paragraph)));
		indexSources(target, before);
		(target.merged ??= [target.id]).push(...(line.merged ?? [line.id]));
		for (const p of line.participants ?? []) if (!(target.participants ?? []).some((q) => q.name === p.name)) (target.participants ??= []).push(p);
		attached.add(line);
	}
	// Removed in one pass at the end (a splice for each would be lines x attached).
	if (attached.size === 0) return;
	let kept = 0;
	for (const line of lines) if (!attached.has(line)) lines[kept++] = line;
	lines.length = kept;
}

/** An undated extracted report with its article: the lines that may join a dated line. */
function undatedReport(line: EventView): boolean {
	return line.date.value === null && line.origin === 'extracted' && line.articleId !== undefined && line.articleId !== '';
}

/** Whether `next` (the line dated next after the source's target) is dated no later than the source's article. */
function blockedBy(next: EventView | null, s: Source): boolean {
	return next !== null && compareDates(next.date, s.published) <= 0;
}

/**
 * Whole months from one date to another given as sort keys (`dateSortKey`), counted at the coarser precision,
 * as `monthsBetween` counts them (2012 to 2015-07 is 36); null if either is unknown.
 */
function monthsApart(from: number, to: number): number | null {
	if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
	const years = Math.floor(to / 10_000) - Math.floor(from / 10_000);
	const fromMonth = Math.floor(from / 100) % 100;
	const toMonth = Math.floor(to / 100) % 100;
	return fromMonth === 0 || toMonth === 0 ? years * 12 : years * 12 + (toMonth - fromMonth);
}

/** Lines in `compareDates` order (stable), each line's date key worked out once rather than at every comparison. */
function inDateOrder(lines: readonly EventView[]): EventView[] {
	const keyed = lines.map((line) => ({line, key: dateSortKey(line.date), approximate: line.date.approximate}));
	keyed.sort((a, b) => (a.key !== b.key ? (a.key < b.key ? -1 : 1) : a.approximate !== b.approximate ? (a.approximate ? 1 : -1) : 0));
	return keyed.map((k) => k.line);
}
