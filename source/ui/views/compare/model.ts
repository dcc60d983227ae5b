/**
 * The comparison's model, as pure functions: which two authorities, their rows (from `compareRows`), the
 * aligned timelines laid out as lines for a width (side by side from 100 columns, stacked below), the fuzzy
 * authority chooser and the quote search over both sides. No Ink here.
 */
import Fuse from 'fuse.js';
import {resolveAuthorityQuery} from '../../../corpus/authorities.js';
import {compareRows, compareSide, defaultPair, joinSide, sideOfLines, type CompareRow, type CompareSide} from '../../../corpus/compare.js';
import type {SavedCompare} from '../../../corpus/records/saved-compare.js';
import {eventTallies} from '../../../corpus/counts.js';
import {episodes, pickEpisode} from '../../../corpus/episodes.js';
import {formatDate} from '../../../corpus/date-value.js';
import {storeAuthorities, timeline, type EventView} from '../../../corpus/queries.js';
import type {StoreData} from '../../../corpus/schema.js';
import {alignTimelines, type AlignMode} from '../../../corpus/timeline-align.js';
import {authorityQuoteMatches, type AuthorityQuoteMatch} from '../../../search/authority-quotes.js';
import {safeLine} from '../../../text/terminal-safety.js';
import type {ListPos} from '../../list-window.js';
import {wrap} from '../../text-layout.js';
import {eventMarks, originMarker, ratingLabel, typeLabels} from '../timeline/labels.js';
import type {LinesPanel} from './line-items.js';

export type {AlignMode} from '../../../corpus/timeline-align.js';

export type Side = 'left' | 'right';

/** The fuzzy list of authorities, choosing one side. */
export type ChooserPanel = {readonly kind: 'chooser'; readonly side: Side; readonly query: string; readonly pos: ListPos};
/** The quote search over both sides: one list per side, one of them focused. */
export type QuotesPanel = {readonly kind: 'quotes'; readonly query: string; readonly column: Side; readonly pos: readonly [ListPos, ListPos]};
export type ComparePanel = ChooserPanel | QuotesPanel | LinesPanel;

export type CompareModel = {
	readonly left: string;
	readonly right: string;
	readonly rows: readonly CompareRow[];
	readonly leftEvents: readonly EventView[];
	readonly rightEvents: readonly EventView[];
	/** Each side's episodes (`2019-01-17 – 2023-02-01`), and the one its rows are read for (null: none). */
	readonly episodes: readonly [readonly string[], readonly string[]];
	readonly episode: readonly [number | null, number | null];
	/** Each side's chosen episode's judgement: what the timelines align on by judgement. */
	readonly anchors: readonly [EventView | null, EventView | null];
};

/** Each side's episode: an index, or null for the latest. */
export type EpisodeChoice = readonly [number | null, number | null];
export const latestEpisodes: EpisodeChoice = [null, null];

/**
 * The pair asked for, else the default, each side read for its chosen episode (the latest by default); null
 * when there is no pair to compare. Unknown names fall back to the default.
 */
export function comparePair(data: StoreData, pair: readonly [string, string] | null, choice: EpisodeChoice = latestEpisodes): CompareModel | null {
	const names = pair ?? defaultPair(data);
	if (!names) return null;
	try {
		const [a, b] = names;
		// One timeline a side, for its rows, its episodes and the aligned timelines.
		const leftEvents = timeline(data, {authorities: [a]});
		const rightEvents = timeline(data, {authorities: [b]});
		const left = compareSide(data, a, {episode: choice[0], lines: leftEvents});
		const right = compareSide(data, b, {episode: choice[1], lines: rightEvents});
		return modelOfSides(left, right, leftEvents, rightEvents, choice);
	} catch {
		return pair ? comparePair(data, null) : null;
	}
}

/**
 * The same from the comparison saved beside the store, while the store is read: `cannot` where the saved sides
 * cannot say (a name they do not hold: the store may resolve it otherwise, or fall back to the default pair).
 */
export function savedComparePair(saved: SavedCompare, pair: readonly [string, string] | null, choice: EpisodeChoice = latestEpisodes): CompareModel | null | 'cannot' {
	const names = pair ?? saved.pair;
	if (!names) return null;
	const [a, b] = names;
	const [l, r] = [saved.side(a), saved.side(b)];
	if (!l || !r) return 'cannot';
	const left = joinSide(a, sideOfLines(a, l.lines, choice[0]), l.stored);
	const right = joinSide(b, sideOfLines(b, r.lines, choice[1]), r.stored);
	return modelOfSides(left, right, l.lines, r.lines, choice);
}

function modelOfSides(left: CompareSide, right: CompareSide, leftEvents: readonly EventView[], rightEvents: readonly EventView[], choice: EpisodeChoice): CompareModel {
	const anchor = (lines: readonly EventView[], i: number | null) => pickEpisode(episodes(lines), i)?.judgement ?? null;
	return {
		left: left.authority,
		right: right.authority,
		rows: compareRows(left, right),
		leftEvents,
		rightEvents,
		episodes: [left.episodes, right.episodes],
		episode: [left.episode, right.episode],
		anchors: [anchor(leftEvents, choice[0]), anchor(rightEvents, choice[1])],
	};
}

/** The next episode of a side, wrapping to the oldest after the latest (null stands for the latest). */
export function nextEpisode(choice: EpisodeChoice, side: Side, m: CompareModel): EpisodeChoice {
	const i = side === 'left' ? 0 : 1;
	const count = m.episodes[i].length;
	if (count < 2) return choice;
	const current = m.episode[i] ?? count - 1;
	const next = (current + 1) % count;
	const value = next === count - 1 ? null : next;
	return i === 0 ? [value, choice[1]] : [choice[0], value];
}

/** A long name shortened for the stacked layout's prefixes: "North East Lincolnshire" is "NEL". */
export function shortName(name: string): string {
	if (name.length <= 12) return name;
	const words = name.split(/[\s-]+/).filter((w) => !/^(and|of|the|upon|on)$/i.test(w));
	return words.map((w) => w[0]!.toUpperCase()).join('');
}

/** A line of the comparison. `cells` are label, left and right when side by side; one cell when stacked. */
export type CompareLine = {
	readonly key: string;
	readonly kind: 'row' | 'section' | 'label' | 'text';
	readonly cells: readonly string[];
	/** The side a stacked line belongs to (its colour). */
	readonly side?: Side;
};

export const labelWidth = 24;

/** The event as one aligned cell: origin marker, date, type, rating, summary. */
export function eventCell(e: EventView, ascii: boolean): string {
	const rating = e.rating ? ratingLabel(e.rating) : e.reportedRating ? `${ratingLabel(e.reportedRating)}*` : '';
	return `${originMarker(e.origin, 'current', ascii)} ${formatDate(e.date)} ${eventMarks(e)}${typeLabels[e.type]}${rating ? ` ${rating}` : ''}: ${safeLine(e.summary)}`;
}

export type CompareLayout = {readonly rowsSideBySide: boolean; readonly alignedSideBySide: boolean; readonly side: number};

/** Rows side by side from 80 columns (each row on one line), the aligned timelines from 100; else stacked. */
export function compareLayout(width: number): CompareLayout {
	return {rowsSideBySide: width >= 80, alignedSideBySide: width >= 100, side: Math.max(1, Math.floor((width - labelWidth - 2) / 2))};
}

/** The whole comparison as lines for a width: the rows, then the aligned timelines (the column header is the view's). */
export function compareLines(m: CompareModel, width: number, mode: AlignMode, ascii: boolean): CompareLine[] {
	const lay = compareLayout(width);
	const out: CompareLine[] = [];
	const {side} = lay;
	const stackedLabel = (key: string, text: string) => out.push({key, kind: 'label', cells: [text]});
	const stacked = (key: string, who: Side, text: string) => {
		const name = who === 'left' ? m.left : m.right;
		wrap(`${shortName(name)}: ${text}`, width - 2).forEach((l, i) => out.push({key: `${key}${who}${i}`, kind: 'text', cells: [l], side: who}));
	};
	for (const r of m.rows) {
		const label = safeLine(r.label);
		if (lay.rowsSideBySide) {
			const l = wrap(label, labelWidth - 1);
			const a = wrap(safeLine(r.left), side - 1);
			const b = wrap(safeLine(r.right), side - 1);
			const n = Math.max(l.length, a.length, b.length);
			for (let i = 0; i < n; i++) out.push({key: `${r.label}${i}`, kind: 'row', cells: [l[i] ?? '', a[i] ?? '', b[i] ?? '']});
		} else {
			stackedLabel(r.label, label);
			stacked(r.label, 'left', safeLine(r.left));
			stacked(r.label, 'right', safeLine(r.right));
		}
	}
	const aligned = alignTimelines(m.leftEvents, m.rightEvents, mode, m.anchors);
	const how =
		mode === 'calendar'
			? 'by calendar month (m: by months since each side’s ‘inadequate’ judgement)'
			: `by months since ‘inadequate’: ${shortName(m.left)} ${aligned.anchors[0] ?? 'none'}, ${shortName(m.right)} ${aligned.anchors[1] ?? 'none'} (m: by calendar)`;
	out.push({key: 'aligned', kind: 'section', cells: [`Aligned timelines ${how}`]});
	for (const full of aligned.rows) {
		// Undated events say nothing about the order: a few, then how many more (a large store has thousands).
		const r = full.key === 'undated' ? {...full, left: full.left.slice(0, undatedShown), right: full.right.slice(0, undatedShown)} : full;
		const more = (list: readonly EventView[]) => (full.key === 'undated' && list.length > undatedShown ? `… and ${list.length - undatedShown} more undated (3: the timeline lists them)` : '');
		if (lay.alignedSideBySide) {
			const n = Math.max(r.left.length, r.right.length);
			for (let i = 0; i < n; i++) {
				const a = r.left[i];
				const b = r.right[i];
				out.push({key: `al${r.key}${i}`, kind: 'row', cells: [i === 0 ? r.label : '', a ? eventCell(a, ascii) : '', b ? eventCell(b, ascii) : '']});
			}
		} else {
			stackedLabel(`al${r.key}`, r.label);
			for (const [who, list] of [['left', r.left], ['right', r.right]] as const) {
				list.forEach((e, i) => out.push({key: `al${r.key}${who}${i}`, kind: 'text', cells: [`${shortName(who === 'left' ? m.left : m.right)}: ${eventCell(e, ascii)}`], side: who}));
			}
		}
		const [a, b] = [more(full.left), more(full.right)];
		if (a || b) {
			if (lay.alignedSideBySide) out.push({key: 'al-undated-more', kind: 'row', cells: ['', a, b]});
			else for (const [who, text] of [['left', a], ['right', b]] as const) if (text) out.push({key: `al-undated-more${who}`, kind: 'text', cells: [`${shortName(who === 'left' ? m.left : m.right)}: ${text}`], side: who});
		}
	}
	return out;
}

/** Undated events shown a side in the aligned timelines; the rest are counted. */
export const undatedShown = 5;

// ---------------------------------------------------------------------------------------------------------------
// The chooser

export type ChooserItem = {readonly name: string; readonly pressEvents: number; readonly officialEvents: number; readonly articles: number};

/**
 * Every authority in the store, with what the store has on it: the most press events first, then by name.
 * Events are timeline lines (corpus/counts.ts), as the header, the timeline and the comparison count them.
 */
export function chooserItems(data: StoreData): ChooserItem[] {
	const tallies = eventTallies(timeline(data));
	const press = new Map([...tallies].map(([name, t]) => [name, t.press + t.curated]));
	const official = new Map([...tallies].map(([name, t]) => [name, t.official]));
	const articles = new Map<string, number>();
	for (const a of data.articles) for (const n of a.authorities) articles.set(n, (articles.get(n) ?? 0) + 1);
	return storeAuthorities(data)
		.map((name) => ({name, pressEvents: press.get(name) ?? 0, officialEvents: official.get(name) ?? 0, articles: articles.get(name) ?? 0}))
		.sort((a, b) => b.pressEvents - a.pressEvents || b.articles - a.articles || a.name.localeCompare(b.name));
}

/** What the store has on an authority, in words. */
export function chooserDetail(item: ChooserItem): string {
	if (item.pressEvents === 0 && item.articles === 0) return item.officialEvents ? `official data only (${item.officialEvents} judgement${item.officialEvents === 1 ? '' : 's'})` : 'no events';
	return `${item.articles} article${item.articles === 1 ? '' : 's'}, ${item.pressEvents} press event${item.pressEvents === 1 ? '' : 's'}${item.officialEvents ? `, ${item.officialEvents} official` : ''}`;
}

/**
 * The chooser's list for a query: every authority when empty; else a fuzzy match on the name (Fuse), with the
 * authority a short form names ("NE Lincs", "BCP") first.
 */
export function chooseAuthorities(items: readonly ChooserItem[], query: string): ChooserItem[] {
	const q = query.trim();
	if (q === '') return [...items];
	const fuse = new Fuse([...items], {keys: ['name'], threshold: 0.4, ignoreLocation: true});
	const found = fuse.search(q).map((r) => r.item);
	const resolved = resolveAuthorityQuery(q, items.map((i) => i.name));
	if (resolved.ok) {
		const named = items.find((i) => i.name === resolved.name)!;
		return [named, ...found.filter((i) => i !== named)];
	}
	return found;
}

/** The pair after choosing `name` for `side`; choosing the other side's authority swaps the two. */
export function choosePair(current: readonly [string, string], side: Side, name: string): [string, string] {
	const [l, r] = current;
	if (side === 'left') return name === r ? [r, l] : [name, r];
	return name === l ? [r, l] : [l, name];
}

// ---------------------------------------------------------------------------------------------------------------
// The quote panel

/** A quote (or a fragment, marked) of one side that holds every word typed in the comparison's search box. */
export type QuoteMatch = AuthorityQuoteMatch;

/** The comparison's quote search: the search module's, which finds fragments too and sorts once per store. */
export function quoteMatches(data: StoreData, authority: string, query: string): QuoteMatch[] {
	return authorityQuoteMatches(data, authority, query);
}
