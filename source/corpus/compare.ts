/**
 * Two authorities side by side: the rows of `scrutiny compare` and of the Compare view. Pure over the store.
 */
import {formatDate, monthsBetween} from './date-value.js';
import {listPeople, resolveAuthority, timeline, type EventView} from './queries.js';
import type {EventType, StoreData} from './schema.js';

export type CompareSide = {
	authority: string;
	judgements: string[];
	latestRating: string | null;
	inadequateDate: string | null;
	/** Months from the 'inadequate' judgement to the first of each response, null where none is known. */
	responses: Record<string, number | null>;
	resignationCalls: string[];
	refusals: string[];
	boards: string[];
	commissioners: string[];
	mostQuoted: string[];
	articles: number;
	quotes: number;
	events: number;
};

export type CompareRow = {label: string; left: string; right: string};

export const responseTypes: ReadonlyArray<[EventType | 'next-better-rating', string]> = [
	['resignation-call', 'calls to resign'],
	['commissioner-appointed', 'commissioner appointed'],
	['improvement-board', 'improvement board'],
	['no-confidence-vote', 'no-confidence vote'],
	['improvement-notice-lifted', 'improvement notice lifted'],
	['next-better-rating', 'next better rating'],
];

const ratingRank: Record<string, number> = {inadequate: 0, 'requires improvement': 1, good: 2, outstanding: 3};

/** The 'inadequate' judgement a story is about: the latest dated one. */
export function inadequateJudgement(events: readonly EventView[]): EventView | null {
	return [...events].reverse().find((e) => e.type === 'inspection-judgement' && e.rating === 'inadequate' && e.date.value !== null) ?? null;
}

export function compareSide(data: StoreData, authorityQuery: string): CompareSide {
	const authority = resolveAuthority(data, authorityQuery);
	const events = timeline(data, {authorities: [authority]});
	const judgements = events.filter((e) => e.type === 'inspection-judgement');
	const latest = [...judgements].reverse().find((e) => e.rating && e.date.value !== null) ?? null;
	const inadequate = inadequateJudgement(events);
	const responses: Record<string, number | null> = {};
	for (const [type] of responseTypes) {
		if (!inadequate) {
			responses[type] = null;
			continue;
		}
		const after = events.filter((e) => e.date.value !== null && e.date.value >= inadequate.date.value!.slice(0, e.date.value.length) && e !== inadequate);
		const first =
			type === 'next-better-rating'
				? after.find((e) => e.type === 'inspection-judgement' && e.rating !== undefined && ratingRank[e.rating]! > 0)
				: after.find((e) => e.type === type);
		responses[type] = first ? monthsBetween(inadequate.date, first.date) : null;
	}
	const summaries = (t: EventType) => events.filter((e) => e.type === t).map((e) => `${formatDate(e.date)}: ${e.summary}`);
	const articleIds = new Set(data.articles.filter((a) => a.authorities[0] === authority).map((a) => a.id));
	return {
		authority,
		judgements: judgements.map((e) => `${formatDate(e.date)} ${e.rating ?? 'rating not recorded'} (${e.origin === 'ofsted' ? 'Ofsted' : 'reported'})`),
		latestRating: latest ? `${latest.rating} (${formatDate(latest.date)})` : null,
		inadequateDate: inadequate ? formatDate(inadequate.date) : null,
		responses,
		resignationCalls: summaries('resignation-call'),
		refusals: summaries('resignation-refused'),
		boards: summaries('improvement-board'),
		commissioners: summaries('commissioner-appointed'),
		mostQuoted: listPeople(data, {authority})
			.filter((p) => p.quotes > 0)
			.slice(0, 3)
			.map((p) => `${p.name} (${p.quotes})`),
		articles: articleIds.size,
		quotes: data.quotes.filter((q) => articleIds.has(q.articleId) && !q.fragment).length,
		events: events.length,
	};
}

/** The default pair: the two authorities with the most events. */
export function defaultPair(data: StoreData): [string, string] | null {
	const counts = new Map<string, number>();
	for (const e of data.events) if (e.origin !== 'ofsted') counts.set(e.authority, (counts.get(e.authority) ?? 0) + 1);
	const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
	return ranked.length >= 2 ? [ranked[0]!, ranked[1]!] : null;
}

const missing = 'missing';
const list = (xs: readonly string[]) => (xs.length ? xs.join('; ') : missing);
const months = (n: number | null | undefined) => (n === null || n === undefined ? missing : `${n} month${n === 1 ? '' : 's'}`);

export function compareRows(left: CompareSide, right: CompareSide): CompareRow[] {
	const rows: CompareRow[] = [
		{label: 'judgements', left: list(left.judgements), right: list(right.judgements)},
		{label: 'latest rating', left: left.latestRating ?? missing, right: right.latestRating ?? missing},
		{label: "'inadequate' judgement", left: left.inadequateDate ?? missing, right: right.inadequateDate ?? missing},
	];
	for (const [type, label] of responseTypes) rows.push({label: `→ ${label}`, left: months(left.responses[type]), right: months(right.responses[type])});
	rows.push(
		{label: 'calls to resign', left: list(left.resignationCalls), right: list(right.resignationCalls)},
		{label: 'refusals', left: list(left.refusals), right: list(right.refusals)},
		{label: 'improvement boards', left: list(left.boards), right: list(right.boards)},
		{label: 'commissioners', left: list(left.commissioners), right: list(right.commissioners)},
		{label: 'most quoted', left: list(left.mostQuoted), right: list(right.mostQuoted)},
		{label: 'articles', left: String(left.articles), right: String(right.articles)},
		{label: 'quotes', left: String(left.quotes), right: String(right.quotes)},
		{label: 'events', left: String(left.events), right: String(right.events)},
	);
	return rows;
}
