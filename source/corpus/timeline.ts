/**
 * The timeline: every event of the store as one line per event, its reports merged (several articles telling
 * one event are one line with a count), official judgements with their press reports, undated reports attached
 * to the line they tell, filtered by authority, type, origin and dates. The views, the search and the CLI all
 * read events through it, so that an event is counted the same way everywhere.
 */
import {dateSortKey, datesCompatible} from './date-value.js';
import {twoDepartures} from './departures.js';
import {frameworkByDate} from './ofsted-framework.js';
import {attachUndatedReports, stepLines} from './timeline-undated.js';
import {attachUndatedRatings} from './undated-ratings.js';
import type {Article, CorpusEvent, DateValue, Origin, StoreData} from './schema.js';
import type {EventView} from './queries.js';
import {resolveAuthority} from './store-authorities.js';

export type TimelineOptions = {
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
	if (a.date.value === null || b.date.value === null || twoDepartures(a, b)) return false;
	return datesCompatible(a.date, b.date);
}

const precisionRank = {day: 3, month: 2, year: 1, unknown: 0} as const;

/**
 * Every event in date order with reports of one event merged into one line: extracted reports join the
 * official judgement they link to, and each other; the line keeps the most exact date and every source.
 */
export function timeline(data: StoreData, opts: TimelineOptions = {}): EventView[] {
	return finish(timelineSteps(data, opts));
}

/** Runs a step-by-step build to its end. */
export function finish<T>(steps: Generator<void, T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * `timeline()` a step at a time: it yields every few thousand records, so that a caller with an event loop (the
 * terminal UI, making a large store's lines behind its other views) can hand it a turn between steps and stay
 * responsive to keys. Run to its end (`finish`) it is `timeline()`.
 */
export function* timelineSteps(data: StoreData, opts: TimelineOptions = {}): Generator<void, EventView[]> {
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
	// Lines by the ids reports link to as their official judgement: only those are ever looked up.
	const linked = new Set<string>();
	for (const e of ordered) if (e.officialId !== undefined) linked.add(e.officialId);
	const byId = new Map<string, EventView>();
	// Lines by authority, type and rating: a report is compared only with lines it could be (a scan of every line
	// for every report would cost events² on a large corpus).
	const buckets = new Map<string, EventView[]>();
	// The same split by year as well, for merging: dates that can name the same time share their year, and a
	// bucket of every year grows with the corpus. Each record's keys are made once.
	const byYear = new Map<string, EventView[]>();
	let step = 0;
	for (const e of ordered) {
		if (++step % stepLines === 0) yield;
		const bucketKey = `${e.authority}|${e.type}|${e.rating ?? ''}`;
		const yearKey = e.date.value === null ? null : `${bucketKey}|${e.date.value.slice(0, 4)}`;
		const official = e.officialId ? byId.get(e.officialId) : undefined;
		const target = official ?? (e.origin === 'extracted' && yearKey !== null ? byYear.get(yearKey)?.find((l) => l.origin !== 'curated' && sameEvent(l, e)) : undefined);
		if (target) {
			merge(target, e);
			continue;
		}
		const view = lineOf(e);
		lines.push(view);
		if (linked.has(e.id)) byId.set(e.id, view);
		const bucket = buckets.get(bucketKey);
		if (bucket) bucket.push(view);
		else buckets.set(bucketKey, [view]);
		if (yearKey !== null) {
			const year = byYear.get(yearKey);
			if (year) year.push(view);
			else byYear.set(yearKey, [view]);
		}
	}
	yield* attachUndatedReports(data, lines, buckets);
	yield;
	removeLines(lines, attachUndatedRatings(lines, articleMap(data, lines)));
	const wanted = lines.filter(
		(l) => (!auths || auths.includes(l.authority)) && (!opts.types?.length || opts.types.includes(l.type)) && (!opts.origins?.length || opts.origins.includes(l.origin)) && inRange(l.date.value, opts.from, opts.to),
	);
	yield;
	return inTimelineOrder(wanted);
}

/** A report of a line's event joins it: its sources, record, people, reported grade, inspectorate and paragraph. */
function merge(target: EventView, e: CorpusEvent): void {
	target.sources.push(...e.sources.filter((s) => !target.sources.some((t) => t.articleId === s.articleId && t.paragraph === s.paragraph)));
	// In place: the line owns its list, and a line that many reports join would otherwise be copied once per report.
	if (target.merged) target.merged.push(e.id);
	else target.merged = [target.id, e.id];
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
}

/**
 * A store record as a line of its own, its fields in the order they are printed. Made by assignment rather
 * than spreads of optional parts: a large store makes hundreds of thousands.
 */
function lineOf(e: CorpusEvent): EventView {
	const view: EventView = {id: e.id, date: e.date, authority: e.authority, type: e.type} as EventView;
	if (e.rating) view.rating = e.rating;
	view.summary = e.summary;
	if (e.articleId) {
		view.articleId = e.articleId;
		view.paragraph = e.paragraph;
	}
	view.sources = [...e.sources];
	view.origin = e.origin;
	if (e.participants?.length) view.participants = e.participants.map((p) => ({name: p.name, role: p.role}));
	if (e.hidden) view.hidden = true;
	if (e.status && e.status !== 'happened') view.status = e.status;
	if (e.inspectorate) view.inspectorate = e.inspectorate;
	if (e.service) view.service = e.service;
	if (e.evidence) view.evidence = {sentence: e.evidence.sentence, cue: e.evidence.cue};
	if (e.origin === 'ofsted') Object.assign(view, officialDetails(e));
	return view;
}

/** What the timeline's order reads of a line. */
export type TimelineOrdered = {readonly date: Pick<DateValue, 'value' | 'approximate'>; readonly authority: string; readonly type: string};

/**
 * Lines by date (an exact date before an approximate one of the same key), then authority and type in the
 * locale's order: each line's keys worked out once, and each distinct name ranked once by `localeCompare`
 * (comparing names with it for every pair was most of a large timeline's sort).
 */
export function inTimelineOrder<T extends TimelineOrdered>(lines: readonly T[]): T[] {
	const authorities = collationRanks(lines.map((l) => l.authority));
	const types = collationRanks(lines.map((l) => l.type));
	const keyed = lines.map((line) => ({line, date: dateSortKey(line.date), approximate: line.date.approximate, authority: authorities.get(line.authority)!, type: types.get(line.type)!}));
	keyed.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.approximate !== b.approximate ? (a.approximate ? 1 : -1) : a.authority - b.authority || a.type - b.type));
	return keyed.map((k) => k.line);
}

/** Each distinct string's place in `localeCompare` order; strings it calls equal share a place. */
function collationRanks(values: readonly string[]): Map<string, number> {
	const distinct = [...new Set(values)].sort((a, b) => a.localeCompare(b));
	const ranks = new Map<string, number>();
	let rank = 0;
	distinct.forEach((v, i) => {
		if (i > 0 && distinct[i - 1]!.localeCompare(v) !== 0) rank++;
		ranks.set(v, rank);
	});
	return ranks;
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
export function inRange(value: string | null, from?: string, to?: string): boolean {
	if (!from && !to) return true;
	if (value === null) return false;
	if (from && value.slice(0, from.length) < from.slice(0, value.length)) return false;
	if (to && value.slice(0, to.length) > to.slice(0, value.length)) return false;
	return true;
}
