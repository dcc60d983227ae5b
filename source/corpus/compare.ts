/**
 * Two authorities side by side: the rows of `scrutiny compare` and of the Compare view. Pure over the store.
 * Every row has both sides on one line; what the store does not know is shown as missing, never guessed.
 */
import {formatDate, monthsBetween} from './date-value.js';
import {listPeople, resolveAuthority, timeline, type EventView} from './queries.js';
import type {EventType, StoreData} from './schema.js';

/** One response to the judgement: when, how long after, who, and what the article said. */
export type Response = {
	date: string;
	/** Whole months after the judgement; null where either date is only a year or unknown. */
	months: number | null;
	/** Whole years after, where only years are known. */
	years: number | null;
	by: string[];
	about: string[];
	summary: string;
};

export type CompareSide = {
	authority: string;
	judgements: string[];
	latestRating: string | null;
	inadequateDate: string | null;
	/** The first of each response type on or after the 'inadequate' judgement (or undated), by type. */
	responses: Partial<Record<ResponseType, Response>>;
	/** People the authority's articles name, with their roles. */
	people: string[];
	mostQuoted: string[];
	articles: number;
	quotes: number;
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

const ratingRank: Record<string, number> = {inadequate: 0, 'requires improvement': 1, good: 2, outstanding: 3};

/** The 'inadequate' judgement a story is about: the latest dated one. */
export function inadequateJudgement(events: readonly EventView[]): EventView | null {
	return [...events].reverse().find((e) => e.type === 'inspection-judgement' && (e.rating ?? e.reportedRating) === 'inadequate' && e.date.value !== null) ?? null;
}

function responseOf(e: EventView, judgement: EventView | null): Response {
	// Counting months from a year-only date would print a confident "0 months": say years instead.
	const monthly = judgement !== null && e.date.precision !== 'year' && judgement.date.precision !== 'year';
	return {
		date: formatDate(e.date),
		months: monthly ? monthsBetween(judgement.date, e.date) : null,
		years: judgement && !monthly && e.date.value && judgement.date.value ? Number(e.date.value.slice(0, 4)) - Number(judgement.date.value.slice(0, 4)) : null,
		by: (e.participants ?? []).filter((p) => p.role === 'by').map((p) => p.name),
		about: (e.participants ?? []).filter((p) => p.role === 'about').map((p) => p.name),
		summary: e.summary,
	};
}

export function compareSide(data: StoreData, authorityQuery: string): CompareSide {
	const authority = resolveAuthority(data, authorityQuery);
	const events = timeline(data, {authorities: [authority]});
	const judgements = events.filter((e) => e.type === 'inspection-judgement');
	const rated = judgements.filter((e) => (e.rating ?? e.reportedRating) && e.date.value !== null);
	const latest = rated.at(-1) ?? null;
	const inadequate = inadequateJudgement(events);
	const onOrAfter = (e: EventView) => !inadequate || e.date.value === null || e.date.value >= inadequate.date.value!.slice(0, e.date.value.length);
	const responses: CompareSide['responses'] = {};
	for (const [type] of responseTypes) {
		const candidates = events.filter((e) => e !== inadequate && onOrAfter(e));
		const dated = candidates.filter((e) => e.date.value !== null);
		const pick = (list: EventView[]) =>
			type === 'next-better-rating' ? list.find((e) => e.type === 'inspection-judgement' && ratingRank[e.rating ?? e.reportedRating ?? 'inadequate']! > 0) : list.find((e) => e.type === type);
		// A dated response first; an undated report of one still says it happened.
		// A rating is only "next" if it is dated: an undated one may be older than the judgement.
		const first = pick(dated) ?? (type === 'next-better-rating' ? undefined : pick(candidates));
		if (first) responses[type] = responseOf(first, inadequate);
	}
	const articleIds = new Set(data.articles.filter((a) => a.authorities[0] === authority).map((a) => a.id));
	const people = listPeople(data, {authority});
	return {
		authority,
		judgements: judgements.map((e) => `${formatDate(e.date)} ${e.rating ?? (e.reportedRating ? `${e.reportedRating} (reported)` : 'grade not recorded')}${e.origin === 'ofsted' ? ' [Ofsted]' : ''}`),
		latestRating: latest ? `${latest.rating ?? latest.reportedRating} (${formatDate(latest.date)})` : null,
		inadequateDate: inadequate ? formatDate(inadequate.date) : null,
		responses,
		people: people.map((p) => (p.roles[0] ? `${p.name} (${p.roles[0]}${p.party ? `, ${p.party}` : ''})` : p.party ? `${p.name} (${p.party})` : p.name)),
		mostQuoted: people
			.filter((p) => p.quotes > 0)
			.slice(0, 3)
			.map((p) => `${p.name} (${p.quotes})`),
		articles: articleIds.size,
		quotes: data.quotes.filter((q) => articleIds.has(q.articleId) && !q.fragment).length,
		events: events.length,
	};
}

/** The default pair: the two authorities with the most events reported in the press. */
export function defaultPair(data: StoreData): [string, string] | null {
	const counts = new Map<string, number>();
	for (const e of data.events) if (e.origin !== 'ofsted') counts.set(e.authority, (counts.get(e.authority) ?? 0) + 1);
	const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
	return ranked.length >= 2 ? [ranked[0]!, ranked[1]!] : null;
}

export const missing = 'missing';
const list = (xs: readonly string[]) => (xs.length ? xs.join('; ') : missing);

/** "Feb 2019, 0 months after: Tony Williams → Simon Blackburn, Graham Cain". */
export function describeResponse(r: Response | undefined): string {
	if (!r) return missing;
	const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
	const when =
		r.months !== null ? `${r.date}, ${plural(r.months, 'month')} after` : r.years !== null ? `${r.date}, ${r.years === 0 ? 'the same year' : `${plural(r.years, 'year')} after`}` : r.date;
	const who = r.by.length || r.about.length ? `: ${r.by.join(', ') || '?'}${r.about.length ? ` → ${r.about.join(', ')}` : ''}` : '';
	return `${when}${who}`;
}

export function compareRows(left: CompareSide, right: CompareSide): CompareRow[] {
	const rows: CompareRow[] = [
		{label: 'judgements', left: list(left.judgements), right: list(right.judgements)},
		{label: 'latest rating', left: left.latestRating ?? missing, right: right.latestRating ?? missing},
		{label: "'inadequate' judgement", left: left.inadequateDate ?? missing, right: right.inadequateDate ?? missing},
	];
	for (const [type, label] of responseTypes) rows.push({label, left: describeResponse(left.responses[type]), right: describeResponse(right.responses[type])});
	rows.push(
		{label: 'improvement board (as reported)', left: left.responses['improvement-board']?.summary ?? missing, right: right.responses['improvement-board']?.summary ?? missing},
		{label: 'people', left: list(left.people), right: list(right.people)},
		{label: 'most quoted', left: list(left.mostQuoted), right: list(right.mostQuoted)},
		{label: 'articles', left: String(left.articles), right: String(right.articles)},
		{label: 'quotes', left: String(left.quotes), right: String(right.quotes)},
		{label: 'events', left: String(left.events), right: String(right.events)},
	);
	return rows;
}
