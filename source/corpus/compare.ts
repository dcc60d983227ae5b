/**
 * Two authorities side by side: the rows of `scrutiny compare` and of the Compare view. Pure over the store.
 * Every row has both sides on one line; what the store does not know is shown as missing, never guessed.
 *
 * Each side is read for one episode (episodes.ts): an 'inadequate' judgement of its children's services and what
 * followed until the next better rating; the latest unless another is asked for. Only events that happened
 * count as a response: a plan is said as one ("planned for Feb 2022").
 */
import {articlesQuoteTally, eventTallies} from './counts.js';
import {formatDate} from './date-value.js';
import {describeElapsed, elapsedBetween, elapsedMonths} from './elapsed.js';
import {episodeLabel, episodes, inEpisode, pickEpisode, ratingOf, type Episode} from './episodes.js';
import {happened, isChildrensServicesJudgement} from './event-kinds.js';
import {listPeople, resolveAuthority, timeline, type EventView} from './queries.js';
import type {EventStatus, EventType, StoreData} from './schema.js';

/** One response to the judgement: when, how long after, who, and what the article said. */
export type Response = {
	type: ResponseType;
	date: string;
	/** `happened`, or what was only spoken of: `planned`, `proposed`, `refused`. */
	status: EventStatus;
	/** How long after the judgement, in words with its uncertainty (`~2 weeks after`, `5-7 months after`). */
	elapsed: string | null;
	/** The middle of that span in months (to a tenth); null where either date is unknown. */
	months: number | null;
	by: string[];
	about: string[];
	summary: string;
};

export type CompareSide = {
	authority: string;
	/** Judgements of the council's children's services (dated; the undated summarised in one entry). */
	judgements: string[];
	/** Other inspections (youth justice, SEND, another inspectorate), with what they judged. */
	otherInspections: string[];
	latestRating: string | null;
	/** Every episode, oldest first (`Jan 2019 – Feb 2023`), and the one these rows are read for. */
	episodes: string[];
	episode: number | null;
	inadequateDate: string | null;
	/** From the judgement to the next better rating, in words; null without an episode. */
	recovery: string | null;
	/** The first of each response type in the episode (the dated first), by type. */
	responses: Partial<Record<ResponseType, Response>>;
	/** People the authority's articles name, with their roles. */
	people: string[];
	mostQuoted: string[];
	articles: number;
	/** Quotes without fragments, and fragments apart (counts.ts). */
	quotes: number;
	fragments: number;
	/** Timeline lines. */
	events: number;
};

export type ResponseType = EventType | 'next-better-rating';

export type CompareRow = {label: string; left: string; right: string};

export const responseTypes: ReadonlyArray<[ResponseType, string]> = [
	['resignation-call', 'calls to resign'],
	['resignation-refused', 'refused to go'],
	['resignation', 'resigned'],
	['no-confidence-vote', 'no-confidence vote'],
	['improvement-board', 'improvement board'],
	['commissioner-appointed', 'commissioner appointed'],
	['improvement-notice', 'improvement notice'],
	['improvement-notice-lifted', 'improvement notice lifted'],
	['next-better-rating', 'next better rating'],
];

/** Lists longer than this are cut, with how many more: a large store has hundreds of judgements and people. */
export const listCap = 12;

/** The 'inadequate' judgement a story is about: the latest episode's. */
export function inadequateJudgement(lines: readonly EventView[]): EventView | null {
	return pickEpisode(episodes(lines), null)?.judgement ?? null;
}

/** Whether a line is of a response type: a refusal to resign is also a `resignation` whose status is `refused`. */
export function isResponseOf(e: EventView, type: ResponseType): boolean {
	if (type === 'resignation-refused') return e.type === 'resignation-refused' || (e.type === 'resignation' && e.status === 'refused');
	if (type === 'resignation') return e.type === 'resignation' && e.status !== 'refused';
	return e.type === type;
}

function responseOf(e: EventView, type: ResponseType, judgement: EventView | null): Response {
	const span = judgement ? elapsedBetween(judgement.date, e.date) : null;
	// A resignation refused counts as the refusal that happened.
	const status = type === 'resignation-refused' && e.status === 'refused' ? 'happened' : (e.status ?? 'happened');
	return {
		type,
		date: formatDate(e.date),
		status,
		elapsed: span ? describeElapsed(span) : null,
		months: span ? elapsedMonths(span) : null,
		by: (e.participants ?? []).filter((p) => p.role === 'by').map((p) => p.name),
		about: (e.participants ?? []).filter((p) => p.role === 'about').map((p) => p.name),
		summary: e.summary,
	};
}

/** The first line of a type in the pool: one that happened (dated before undated), else one only spoken of. */
function firstResponse(pool: readonly EventView[], type: ResponseType): EventView | undefined {
	const of = pool.filter((e) => isResponseOf(e, type));
	const done = (e: EventView) => happened(e) || (type === 'resignation-refused' && e.status === 'refused');
	return of.find((e) => done(e) && e.date.value !== null) ?? of.find(done) ?? of.find((e) => e.date.value !== null) ?? of[0];
}

/**
 * The line that answers each response type in an episode (without one: in all the lines). Undated lines can be
 * of any episode: they count only when the authority has one episode (or none), and never with `datedOnly`.
 */
export function episodeResponses(lines: readonly EventView[], all: readonly Episode[], ep: Episode | null, opts: {datedOnly?: boolean} = {}): Map<ResponseType, EventView> {
	const undatedToo = !opts.datedOnly && all.length <= 1;
	const pool = lines.filter((e) => (e.date.value === null ? undatedToo : !ep || inEpisode(e, ep)) && e !== ep?.judgement && e !== ep?.end);
	// An improvement notice outlives the rating that ends the episode: its lifting is looked for until the next
	// episode's judgement.
	const next = ep ? all[ep.index + 1] : undefined;
	const lifted = ep?.endKind === 'better' ? lines.filter((e) => e.type === 'improvement-notice-lifted' && e.date.value !== null && inEpisode(e, {...ep, end: next?.judgement ?? null})) : pool;
	const out = new Map<ResponseType, EventView>();
	for (const [type] of responseTypes) {
		if (type === 'next-better-rating') {
			if (ep?.end && ep.endKind === 'better') out.set(type, ep.end);
			continue;
		}
		const first = firstResponse(type === 'improvement-notice-lifted' ? lifted : pool, type);
		if (first) out.set(type, first);
	}
	return out;
}

const judgementText = (e: EventView) => {
	const rating = e.rating ?? (e.reportedRating ? `${e.reportedRating} (reported)` : 'grade not recorded');
	return `${formatDate(e.date)} ${rating}${e.origin === 'ofsted' ? ` [Ofsted${e.framework ? ` ${e.framework}` : ''}]` : ''}`;
};

/** A list cut at {@link listCap}, saying how many more. */
export function capped(items: readonly string[], cap = listCap): string[] {
	return items.length <= cap ? [...items] : [...items.slice(0, cap), `and ${items.length - cap} more`];
}

/** Undated reports of ratings summarised in one entry: `3 undated reports (inadequate 2, good 1)`. */
function undatedSummary(lines: readonly EventView[]): string | null {
	if (lines.length === 0) return null;
	const by = new Map<string, number>();
	for (const e of lines) {
		const r = ratingOf(e) ?? 'no grade';
		by.set(r, (by.get(r) ?? 0) + 1);
	}
	const parts = [...by].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r, n]) => `${r} ${n}`);
	return `${lines.length} undated report${lines.length === 1 ? '' : 's'} (${parts.join(', ')})`;
}

export type CompareOptions = {
	/** Which episode (0 the oldest); the latest when absent or out of range. */
	readonly episode?: number | null;
	/** The authority's timeline lines, when the caller has them. */
	readonly lines?: readonly EventView[];
};

export function compareSide(data: StoreData, authorityQuery: string, opts: CompareOptions = {}): CompareSide {
	const authority = resolveAuthority(data, authorityQuery);
	const lines = opts.lines ?? timeline(data, {authorities: [authority]});
	return joinSide(authority, sideOfLines(authority, lines, opts.episode), sideOfStore(data, authority));
}

/** What a side reads from the authority's timeline lines alone: all of it that curated records can change. */
export type SideOfLines = Pick<CompareSide, 'judgements' | 'otherInspections' | 'latestRating' | 'episodes' | 'episode' | 'inadequateDate' | 'recovery' | 'responses' | 'events'>;
/** What a side reads from the store's articles, people and quotes, which no curated record changes. */
export type SideOfStore = Pick<CompareSide, 'people' | 'mostQuoted' | 'articles' | 'quotes' | 'fragments'>;

/** A side from its parts, its fields in the order they are printed. */
export function joinSide(authority: string, lined: SideOfLines, stored: SideOfStore): CompareSide {
	return {
		authority,
		judgements: lined.judgements,
		otherInspections: lined.otherInspections,
		latestRating: lined.latestRating,
		episodes: lined.episodes,
		episode: lined.episode,
		inadequateDate: lined.inadequateDate,
		recovery: lined.recovery,
		responses: lined.responses,
		people: stored.people,
		mostQuoted: stored.mostQuoted,
		articles: stored.articles,
		quotes: stored.quotes,
		fragments: stored.fragments,
		events: lined.events,
	};
}

/** The side's part read from `lines`, the timeline lines of `authority`, for an episode (the latest if absent). */
export function sideOfLines(authority: string, lines: readonly EventView[], episode?: number | null): SideOfLines {
	const judgements = lines.filter((e) => isChildrensServicesJudgement(e) && happened(e));
	const others = lines.filter((e) => e.type === 'inspection-judgement' && !isChildrensServicesJudgement(e));
	const rated = judgements.filter((e) => ratingOf(e) && e.date.value !== null);
	const latest = rated.at(-1) ?? null;
	const all = episodes(lines);
	const ep: Episode | null = pickEpisode(all, episode);
	const responses: CompareSide['responses'] = {};
	for (const [type, e] of episodeResponses(lines, all, ep)) responses[type] = responseOf(e, type, ep?.judgement ?? null);
	const dated = judgements.filter((e) => e.date.value !== null);
	const undated = undatedSummary(judgements.filter((e) => e.date.value === null));
	const recovery = ep?.end && ep.endKind === 'better' ? elapsedBetween(ep.judgement.date, ep.end.date) : null;
	return {
		judgements: [...capped(dated.map(judgementText)), ...(undated ? [undated] : [])],
		otherInspections: capped(others.map((e) => `${formatDate(e.date)} ${e.service ?? 'other'}${e.inspectorate ? ` (${e.inspectorate})` : ''}: ${ratingOf(e) ?? 'grade not recorded'}`)),
		latestRating: latest ? `${ratingOf(latest)} (${formatDate(latest.date)})` : null,
		episodes: all.map((e) => episodeLabel(e, (x) => formatDate(x.date))),
		episode: ep?.index ?? null,
		inadequateDate: ep ? formatDate(ep.judgement.date) : null,
		recovery: !ep
			? null
			: ep.endKind === 'better' && recovery
				? `${describeElapsed(recovery).replace(/ after$/, '')} (to ${formatDate(ep.end!.date)})`
				: ep.endKind === 'again'
					? `none known: rated 'inadequate' again ${formatDate(ep.end!.date)}`
					: 'not yet: no better rating in the store',
		responses,
		events: eventTallies(lines).get(authority)?.lines ?? 0,
	};
}

/** The side's part read from the store's articles (those whose main authority it is), people and quotes. */
export function sideOfStore(data: StoreData, authority: string): SideOfStore {
	const articleIds = new Set(data.articles.filter((a) => a.authorities[0] === authority).map((a) => a.id));
	const people = listPeople(data, {authority});
	const tally = articlesQuoteTally(data, articleIds);
	return {
		people: capped(people.map((p) => (p.roles[0] ? `${p.name} (${p.roles[0]}${p.party ? `, ${p.party}` : ''})` : p.party ? `${p.name} (${p.party})` : p.name))),
		mostQuoted: people
			.filter((p) => p.quotes > 0)
			.slice(0, 3)
			.map((p) => `${p.name} (${p.quotes})`),
		articles: articleIds.size,
		quotes: tally.quotes,
		fragments: tally.fragments,
	};
}

/**
 * The default pair: the two authorities with the most press reports. A ranking, not a count shown anywhere:
 * reports are counted from the records, without making the whole timeline for it.
 */
export function defaultPair(data: StoreData): [string, string] | null {
	return pairOf(reportCounts(data.events));
}

/** Press (and curated) reports by authority, as the default pair ranks them: official records and hidden ones left out. */
export function reportCounts(events: StoreData['events']): Map<string, number> {
	const counts = new Map<string, number>();
	for (const e of events) if (e.origin !== 'ofsted' && !e.hidden) counts.set(e.authority, (counts.get(e.authority) ?? 0) + 1);
	return counts;
}

/** The two authorities with the most reports (`reportCounts`), or null when fewer than two have any. */
export function pairOf(counts: ReadonlyMap<string, number>): [string, string] | null {
	const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
	return ranked.length >= 2 ? [ranked[0]!, ranked[1]!] : null;
}

export const missing = 'missing';
const list = (xs: readonly string[]) => (xs.length ? xs.join('; ') : missing);
const and = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** Who did what, in words: "Tony Williams called for Simon Blackburn and Graham Cain to resign". */
export function whoInWords(r: Response): string {
	const {by, about} = r;
	switch (r.type) {
		case 'resignation-call':
			if (by.length === 0 && about.length === 0) return '';
			return `${by.length ? `${and(by)} called` : 'a call'} for ${about.length ? and(about) : 'resignations'} to resign`;
		case 'resignation-refused': {
			const who = by.length ? by : about;
			if (who.length === 0) return '';
			const also = by.length ? about.filter((n) => !by.includes(n)) : [];
			return `${and(who)} refused to resign${also.length ? ` (also named: ${and(also)})` : ''}`;
		}
		case 'resignation': {
			const who = about.length ? about : by;
			return who.length ? `${and(who)} resigned` : '';
		}
		default:
			return [by.length ? `by ${and(by)}` : '', about.length ? `concerning ${and(about)}` : ''].filter(Boolean).join(', ');
	}
}

/**
 * "~Feb 2019, ~2 weeks after: Tony Williams called for Simon Blackburn to resign"; "planned for Feb 2022" for
 * what was only spoken of.
 */
export function describeResponse(r: Response | undefined): string {
	if (!r) return missing;
	const who = whoInWords(r);
	if (r.status !== 'happened') {
		const when = r.date === 'undated' ? `${r.status}, undated` : `${r.status} for ${r.date}`;
		return `${when} (not yet a response)${who ? `: ${who}` : ''}`;
	}
	const when = r.elapsed ? `${r.date}, ${r.elapsed}` : r.date;
	return `${when}${who ? `: ${who}` : ''}`;
}

const counted = (n: number, f: number) => (f ? `${n} (and ${f} fragment${f === 1 ? '' : 's'})` : String(n));

export function compareRows(left: CompareSide, right: CompareSide): CompareRow[] {
	const episodeText = (s: CompareSide) => (s.episode === null ? 'none' : `${s.episode + 1} of ${s.episodes.length}: ${s.episodes[s.episode]}`);
	const rows: CompareRow[] = [
		{label: 'judgements', left: list(left.judgements), right: list(right.judgements)},
	];
	if (left.otherInspections.length || right.otherInspections.length)
		rows.push({label: 'other inspections', left: list(left.otherInspections), right: list(right.otherInspections)});
	rows.push(
		{label: 'latest rating', left: left.latestRating ?? missing, right: right.latestRating ?? missing},
		{label: 'episode', left: episodeText(left), right: episodeText(right)},
		{label: "'inadequate' judgement", left: left.inadequateDate ?? missing, right: right.inadequateDate ?? missing},
	);
	for (const [type, label] of responseTypes) rows.push({label, left: describeResponse(left.responses[type]), right: describeResponse(right.responses[type])});
	rows.push(
		{label: 'recovery', left: left.recovery ?? missing, right: right.recovery ?? missing},
		{label: 'improvement board (as reported)', left: left.responses['improvement-board']?.summary ?? missing, right: right.responses['improvement-board']?.summary ?? missing},
		{label: 'people', left: list(left.people), right: list(right.people)},
		{label: 'most quoted', left: list(left.mostQuoted), right: list(right.mostQuoted)},
		{label: 'articles', left: String(left.articles), right: String(right.articles)},
		{label: 'quotes', left: counted(left.quotes, left.fragments), right: counted(right.quotes, right.fragments)},
		{label: 'events', left: String(left.events), right: String(right.events)},
	);
	return rows;
}
