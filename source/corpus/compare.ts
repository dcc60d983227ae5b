/**
 * Two authorities side by side: the rows of `scrutiny compare` and of the Compare view. Pure over the store.
 * Every row has both sides on one line; what the store does not know is shown as missing, never guessed.
 *
 * Each side is read for one episode (episodes.ts): an 'inadequate' judgement of its children's services and what
 * followed until the next better rating; the latest unless another is asked for. Which lines answer each
 * response type, which count, and how each is said: compare-responses.ts.
 */
import {articlesQuoteTally, eventTallies} from './counts.js';
import {formatDate} from './date-value.js';
import {describeElapsed, elapsedBetween} from './elapsed.js';
import {episodeLabel, episodes, pickEpisode, ratingOf, type Episode} from './episodes.js';
import {happened, isChildrensServicesJudgement} from './event-kinds.js';
import {listPeople, resolveAuthority, timeline, type EventView} from './queries.js';
import type {StoreData} from './schema.js';
import {ungradedNotes} from './ungraded.js';
import {describeResponse, episodeResponses, missing, responseOf, responseTypes, type Response, type ResponseType} from './compare-responses.js';

export {countsAsResponse, describeResponse, episodeResponses, isResponseOf, missing, responseTypes, whoInWords, type Response, type ResponseType} from './compare-responses.js';

export type CompareRow = {label: string; left: string; right: string};

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

/** Lists longer than this are cut, with how many more: a large store has hundreds of judgements and people. */
export const listCap = 12;

/** The 'inadequate' judgement a story is about: the latest episode's. */
export function inadequateJudgement(lines: readonly EventView[]): EventView | null {
	return pickEpisode(episodes(lines), null)?.judgement ?? null;
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
	// A later report without an overall grade is no rating, but is said beside the rating and an open recovery.
	const beside = (note: string) => (note ? ` (${note})` : '');
	const afterLatest = ungradedNotes(judgements, latest);
	return {
		judgements: [...capped(dated.map(judgementText)), ...(undated ? [undated] : [])],
		otherInspections: capped(others.map((e) => `${formatDate(e.date)} ${e.service ?? 'other'}${e.inspectorate ? ` (${e.inspectorate})` : ''}: ${ratingOf(e) ?? 'grade not recorded'}`)),
		latestRating: latest ? `${ratingOf(latest)} (${formatDate(latest.date)})${afterLatest ? `; ${afterLatest}` : ''}` : afterLatest || null,
		episodes: all.map((e) => episodeLabel(e, (x) => formatDate(x.date))),
		episode: ep?.index ?? null,
		inadequateDate: ep ? formatDate(ep.judgement.date) : null,
		recovery: !ep
			? null
			: ep.endKind === 'better' && recovery
				? `${describeElapsed(recovery).replace(/ after$/, '')} (to ${formatDate(ep.end!.date)})`
				: ep.endKind === 'again'
					? `none known: rated 'inadequate' again ${formatDate(ep.end!.date)}`
					: `not yet: no better rating in the store${beside(ungradedNotes(judgements, ep.judgement))}`,
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

const list = (xs: readonly string[]) => (xs.length ? xs.join('; ') : missing);

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
