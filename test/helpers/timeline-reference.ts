/**
 * The timeline as it was made before it was made to scale (source/corpus/timeline.ts at 74bad7a, only renamed):
 * the reference the tests hold the faster one to, line for line, on stores made up to exercise every merge.
 */

import {compareDates, dateSortKey, datesCompatible, monthsBetween} from '../../source/corpus/date-value.js';
import {frameworkByDate} from '../../source/corpus/ofsted-framework.js';
import {attachUndatedRatings} from '../../source/corpus/undated-ratings.js';
import type {Article, CorpusEvent, DateValue, Origin, StoreData} from '../../source/corpus/schema.js';
import type {EventView} from '../../source/corpus/queries.js';
import {resolveAuthority} from '../../source/corpus/store-authorities.js';
import {twoDepartures} from '../../source/corpus/departures.js';

type TimelineOptions = {
	authorities?: readonly string[];
	types?: readonly string[];
	origins?: readonly Origin[];
	from?: string;
	to?: string;
	/** Show events a researcher marked as wrong. */
	includeHidden?: boolean;
};

/** Same authority, type and rating, and dates that can be the same day: one event reported twice. */
function sameEvent(a: EventView, b: CorpusEvent): boolean {
	if (a.authority !== b.authority || a.type !== b.type || (a.rating ?? null) !== (b.rating ?? null)) return false;
	// A plan and the thing done, or a youth justice and a children's services judgement, are two events.
	if ((a.status ?? 'happened') !== (b.status ?? 'happened') || (a.service ?? null) !== (b.service ?? null)) return false;
	// Two people's departures of one day are two lines (timeline.ts).
	if (a.date.value === null || b.date.value === null || twoDepartures(a, b)) return false;
	return datesCompatible(a.date, b.date);
}

const precisionRank = {day: 3, month: 2, year: 1, unknown: 0} as const;

/**
 * Every event in date order with reports of one event merged into one line: extracted reports join the
 * official judgement they link to, and each other; the line keeps the most exact date and every source.
 */
export function referenceTimeline(data: StoreData, opts: TimelineOptions = {}): EventView[] {
	const auths = opts.authorities?.length ? opts.authorities.map((a) => resolveAuthority(data, a)) : null;
	const replaced = new Set(data.events.filter((e) => e.origin === 'curated' && e.replaces).map((e) => e.replaces!));
	// Reports merge only within an authority, so one authority's lines are made from its records alone (a
	// comparison asked for the whole store's lines twice a side).
	const candidates = data.events.filter(
		(e) => (!auths || auths.includes(e.authority)) && (opts.includeHidden || !e.hidden) && !(e.origin === 'extracted' && replaced.has(e.id) && !opts.includeHidden),
	);
	// Official records first so that reports attach to them; then by precision so that the exact date leads.
	const ordered = [...candidates].sort((a, b) => rankOrigin(a.origin) - rankOrigin(b.origin) || precisionRank[b.date.precision] - precisionRank[a.date.precision]);
	const lines: EventView[] = [];
	const byId = new Map<string, EventView>();
	// Lines by authority, type and rating: a report is compared only with lines it could be (a scan of every line
	// for every report would cost events² on a large corpus).
	const bucketKey = (x: {authority: string; type: string; rating?: string}) => `${x.authority}|${x.type}|${x.rating ?? ''}`;
	const buckets = new Map<string, EventView[]>();
	// The same split by year as well, for merging: dates that can name the same time share their year, and a
	// bucket of every year grows with the corpus.
	const yearKey = (x: {authority: string; type: string; rating?: string; date: DateValue}) => `${bucketKey(x)}|${x.date.value!.slice(0, 4)}`;
	const byYear = new Map<string, EventView[]>();
	for (const e of ordered) {
		const official = e.officialId ? byId.get(e.officialId) : undefined;
		const target = official ?? (e.origin === 'extracted' && e.date.value !== null ? byYear.get(yearKey(e))?.find((l) => l.origin !== 'curated' && sameEvent(l, e)) : undefined);
		if (target) {
			target.sources.push(...e.sources.filter((s) => !target.sources.some((t) => t.articleId === s.articleId && t.paragraph === s.paragraph)));
			target.merged = [...(target.merged ?? [target.id]), e.id];
			for (const p of e.participants ?? []) {
				target.participants ??= [];
				const known = target.participants.find((q) => q.name === p.name);
				if (!known) target.participants.push({name: p.name, role: p.role});
				else if (p.role === 'by') known.role = 'by';
			}
			if (target.origin === 'ofsted' && target.rating === undefined && e.rating) target.reportedRating = e.rating;
			// Reports of one judgement of children's services that disagree on who made it: one that names Ofsted
			// (or no one) is taken, since only Ofsted judges children's services; a misread inspectorate in one
			// report must not take the judgement out of the strip and the comparison.
			if (target.inspectorate !== undefined && !/ofsted/i.test(target.inspectorate) && (e.inspectorate === undefined || /ofsted/i.test(e.inspectorate))) {
				if (e.inspectorate === undefined) delete target.inspectorate;
				else target.inspectorate = e.inspectorate;
			}
			if (target.articleId === undefined && e.articleId !== undefined) {
				target.articleId = e.articleId;
				target.paragraph = e.paragraph;
			}
			continue;
		}
		const view: EventView = {
			id: e.id,
			date: e.date,
			authority: e.authority,
			type: e.type,
			...(e.rating ? {rating: e.rating} : {}),
			summary: e.summary,
			...(e.articleId ? {articleId: e.articleId, paragraph: e.paragraph} : {}),
			sources: [...e.sources],
			origin: e.origin,
			...(e.participants?.length ? {participants: e.participants.map((p) => ({name: p.name, role: p.role}))} : {}),
			...(e.hidden ? {hidden: true} : {}),
			...(e.status && e.status !== 'happened' ? {status: e.status} : {}),
			...(e.inspectorate ? {inspectorate: e.inspectorate} : {}),
			...(e.service ? {service: e.service} : {}),
			...(e.evidence ? {evidence: {sentence: e.evidence.sentence, cue: e.evidence.cue}} : {}),
			...officialDetails(e),
		};
		lines.push(view);
		byId.set(e.id, view);
		const bucket = buckets.get(bucketKey(view));
		if (bucket) bucket.push(view);
		else buckets.set(bucketKey(view), [view]);
		if (view.date.value !== null) {
			const year = byYear.get(yearKey(view));
			if (year) year.push(view);
			else byYear.set(yearKey(view), [view]);
		}
	}
	attachUndatedReports(data, lines, buckets);
	removeLines(lines, attachUndatedRatings(lines, articleMap(data, lines)));
	return lines
		.filter((l) => !auths || auths.includes(l.authority))
		.filter((l) => !opts.types?.length || opts.types.includes(l.type))
		.filter((l) => !opts.origins?.length || opts.origins.includes(l.origin))
		.filter((l) => inRange(l.date, opts.from, opts.to))
		.sort((a, b) => compareDates(a.date, b.date) || a.authority.localeCompare(b.authority) || a.type.localeCompare(b.type));
}

/**
 * An undated report joins a dated line of the same authority, type and rating when the line was news in an
 * article that names at least two of the same people (published within three months after the line's date),
 * and the line is the latest such one before that article. "A damning report, released last week" in an
 * undated article about the same councillors is the judgement the dated article reported.
 */
function attachUndatedReports(data: StoreData, lines: EventView[], buckets: ReadonlyMap<string, EventView[]>): void {
	const articles = new Map(data.articles.map((a) => [a.id, a]));
	// Each article's full names, made once: a large corpus asks for the same article's thousands of times.
	const namesOf = new Map<string, Set<string>>();
	const names = (id: string) => {
		let set = namesOf.get(id);
		if (!set) namesOf.set(id, (set = new Set((articles.get(id)?.people ?? []).filter((p) => p.name.includes(' ')).map((p) => p.name))));
		return set;
	};
	// Where each dated line stands in its bucket: candidates are tried in the order a scan of the buckets would
	// try them, so that ties go the same way.
	const place = new Map<EventView, number>();
	for (const bucket of buckets.values()) bucket.forEach((l, i) => place.set(l, i));
	// Each source of a dated line, under the authority, type and full names of its (dated) article: an undated
	// report then looks up only the sources that share a name with it, not every source of its bucket (which
	// grows with the corpus: a scan was minutes at 50,000 articles).
	type Source = {readonly target: EventView; readonly index: number};
	const byName = new Map<string, Source[]>();
	const nameKey = (l: EventView, name: string) => `${l.authority}|${l.type}|${name}`;
	const indexSources = (target: EventView, from: number) => {
		if (target.date.value === null) return;
		for (let i = from; i < target.sources.length; i++) {
			const a = articles.get(target.sources[i]!.articleId);
			if (!a || a.published.value === null) continue;
			// Only an article published within three months after the line can be reporting it as news.
			const gap = monthsBetween(target.date, a.published);
			if (gap === null || gap < 0 || gap > 3) continue;
			const source: Source = {target, index: i};
			for (const n of names(a.id)) {
				const list = byName.get(nameKey(target, n));
				if (list) list.push(source);
				else byName.set(nameKey(target, n), [source]);
			}
		}
	};
	for (const line of lines) indexSources(line, 0);

	// The dated lines an undated report could be of (same authority, type and rating), in date order; made once
	// for each authority, type and rating.
	const ratedBy = new Map<string, EventView[]>();
	const ratedLines = (line: EventView): EventView[] => {
		const key = `${line.authority}|${line.type}|${line.rating ?? ''}`;
		let rated = ratedBy.get(key);
		if (!rated) {
			const same = [...(buckets.get(key) ?? []), ...(line.rating ? (buckets.get(`${line.authority}|${line.type}|`) ?? []) : [])];
			rated = same.filter((o) => (o.rating ?? o.reportedRating ?? null) === (line.rating ?? null) && o.date.value !== null).sort((x, y) => compareDates(x.date, y.date));
			ratedBy.set(key, rated);
		}
		return rated;
	};
	// The first of `sorted` dated after `date` (compareDates > 0), by binary search.
	const firstAfter = (sorted: readonly EventView[], date: DateValue): number => {
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (compareDates(sorted[mid]!.date, date) > 0) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	};

	const attached = new Set<EventView>();
	for (const line of lines) {
		if (line.date.value !== null || line.origin !== 'extracted' || !line.articleId) continue;
		const mine = names(line.articleId);
		// Only lines of the same authority and type can be the one reported (their bucket, by either rating).
		const rating = line.rating ?? '';
		const bucketRank = (t: EventView) => ((t.rating ?? '') === rating ? 0 : line.rating && t.rating === undefined ? 1 : -1);
		const shared = new Map<Source, number>();
		for (const n of mine) for (const s of byName.get(nameKey(line, n)) ?? []) shared.set(s, (shared.get(s) ?? 0) + 1);
		const candidates = [...shared]
			.filter(([s, count]) => count >= 2 && s.target !== line && bucketRank(s.target) >= 0)
			.map(([s]) => s)
			.sort((x, y) => bucketRank(x.target) - bucketRank(y.target) || place.get(x.target)! - place.get(y.target)! || x.index - y.index);
		let best: {target: EventView; published: number} | null = null;
		for (const {target, index} of candidates) {
			if ((target.rating ?? target.reportedRating ?? null) !== (line.rating ?? null)) continue;
			const a = articles.get(target.sources[index]!.articleId)!;
			if (a.id === line.articleId) continue;
			// The latest line before that article is the one it reported as news: no other line of the same
			// authority, type and rating is dated after the target and no later than the article.
			const rated = ratedLines(line);
			const next = firstAfter(rated, target.date);
			if (next < rated.length && compareDates(rated[next]!.date, a.published) <= 0) continue;
			const key = dateSortKey(a.published);
			if (!best || key > best.published) best = {target, published: key};
		}
		if (!best) continue;
		const target = best.target;
		const before = target.sources.length;
		target.sources.push(...line.sources.filter((s) => !target.sources.some((t) => t.articleId === s.articleId && t.paragraph === s.paragraph)));
		indexSources(target, before);
		target.merged = [...(target.merged ?? [target.id]), ...(line.merged ?? [line.id])];
		for (const p of line.participants ?? []) if (!(target.participants ?? []).some((q) => q.name === p.name)) (target.participants ??= []).push(p);
		attached.add(line);
	}
	// Removed in one pass at the end (a splice for each would be lines x attached).
	if (attached.size === 0) return;
	let kept = 0;
	for (const line of lines) if (!attached.has(line)) lines[kept++] = line;
	lines.length = kept;
}

/** The report's address and framework, kept on an official judgement by the ILACS import. */
function officialDetails(e: CorpusEvent): {link?: string; framework?: string} {
	if (e.origin !== 'ofsted') return {};
	const details = e['ofsted'] as {link?: unknown; scheme?: unknown} | undefined;
	const link = typeof details?.link === 'string' && details.link !== '' ? details.link : undefined;
	const framework = typeof details?.scheme === 'string' ? details.scheme : e.date.value ? frameworkByDate(e.date.value) : undefined;
	return {...(link ? {link} : {}), ...(framework ? {framework} : {})};
}

/** Articles by id: only the articles of undated judgement reports, the only ones asked for. */
function articleMap(data: StoreData, lines: readonly EventView[]): Map<string, Article> {
	const wanted = new Set<string>();
	for (const l of lines) if (l.date.value === null && l.type === 'inspection-judgement' && l.articleId) wanted.add(l.articleId);
	const map = new Map<string, Article>();
	if (wanted.size > 0) for (const a of data.articles) if (wanted.has(a.id)) map.set(a.id, a);
	return map;
}

/** Removes lines in one pass (a splice for each would be lines x removed). */
function removeLines(lines: EventView[], gone: ReadonlySet<EventView>): void {
	if (gone.size === 0) return;
	let kept = 0;
	for (const line of lines) if (!gone.has(line)) lines[kept++] = line;
	lines.length = kept;
}

function rankOrigin(o: Origin): number {
	return o === 'ofsted' ? 0 : o === 'curated' ? 1 : 2;
}

/** `--from 2019`, `--to 2019-06`: compares at the coarser of the two precisions; undated events pass only without bounds. */
function inRange(d: DateValue, from?: string, to?: string): boolean {
	if (!from && !to) return true;
	if (d.value === null) return false;
	if (from && d.value.slice(0, from.length) < from.slice(0, d.value.length)) return false;
	if (to && d.value.slice(0, to.length) > to.slice(0, d.value.length)) return false;
	return true;
}
