/**
 * The comparison's model, as pure functions: which two authorities, their rows (from `compareRows`), the
 * aligned timelines laid out as lines for a width (side by side from 100 columns, stacked below), the fuzzy
 * authority chooser and the quote search over both sides. No Ink here.
 */
import Fuse from 'fuse.js';
import {resolveAuthorityQuery} from '../../../corpus/authorities.js';
import {compareRows, compareSide, defaultPair, type CompareRow} from '../../../corpus/compare.js';
import {compareDates, formatDate} from '../../../corpus/date-value.js';
import {listQuotes, storeAuthorities, timeline, type EventView, type QuoteView} from '../../../corpus/queries.js';
import type {StoreData} from '../../../corpus/schema.js';
import {alignTimelines, type AlignMode} from '../../../corpus/timeline-align.js';
import {safeLine} from '../../../text/terminal-safety.js';
import type {ListPos} from '../../list-window.js';
import {wrap, type Range} from '../../text-layout.js';
import {originMarker, ratingLabel, typeLabels} from '../timeline/labels.js';

export type {AlignMode} from '../../../corpus/timeline-align.js';

export type Side = 'left' | 'right';

/** The fuzzy list of authorities, choosing one side. */
export type ChooserPanel = {readonly kind: 'chooser'; readonly side: Side; readonly query: string; readonly pos: ListPos};
/** The quote search over both sides: one list per side, one of them focused. */
export type QuotesPanel = {readonly kind: 'quotes'; readonly query: string; readonly column: Side; readonly pos: readonly [ListPos, ListPos]};
export type ComparePanel = ChooserPanel | QuotesPanel;

export type CompareModel = {
	readonly left: string;
	readonly right: string;
	readonly rows: readonly CompareRow[];
	readonly leftEvents: readonly EventView[];
	readonly rightEvents: readonly EventView[];
};

/** The pair asked for, else the default; null when there is no pair to compare. Unknown names fall back to the default. */
export function comparePair(data: StoreData, pair: readonly [string, string] | null): CompareModel | null {
	const names = pair ?? defaultPair(data);
	if (!names) return null;
	try {
		const [a, b] = names;
		const left = compareSide(data, a);
		const right = compareSide(data, b);
		return {
			left: left.authority,
			right: right.authority,
			rows: compareRows(left, right),
			leftEvents: timeline(data, {authorities: [left.authority]}),
			rightEvents: timeline(data, {authorities: [right.authority]}),
		};
	} catch {
		return pair ? comparePair(data, null) : null;
	}
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
	return `${originMarker(e.origin, 'current', ascii)} ${formatDate(e.date)} ${typeLabels[e.type]}${rating ? ` ${rating}` : ''}: ${safeLine(e.summary)}`;
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
	const aligned = alignTimelines(m.leftEvents, m.rightEvents, mode);
	const how =
		mode === 'calendar'
			? 'by calendar month (m: by months since each side’s ‘inadequate’ judgement)'
			: `by months since ‘inadequate’: ${shortName(m.left)} ${aligned.anchors[0] ?? 'none'}, ${shortName(m.right)} ${aligned.anchors[1] ?? 'none'} (m: by calendar)`;
	out.push({key: 'aligned', kind: 'section', cells: [`Aligned timelines ${how}`]});
	for (const r of aligned.rows) {
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
	}
	return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The chooser

export type ChooserItem = {readonly name: string; readonly pressEvents: number; readonly officialEvents: number; readonly articles: number};

/** Every authority in the store, with what the store has on it: the most press events first, then by name. */
export function chooserItems(data: StoreData): ChooserItem[] {
	const press = new Map<string, number>();
	const official = new Map<string, number>();
	for (const e of data.events) {
		if (e.hidden) continue;
		const m = e.origin === 'ofsted' ? official : press;
		m.set(e.authority, (m.get(e.authority) ?? 0) + 1);
	}
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

export type QuoteMatch = {readonly quote: QuoteView; readonly ranges: readonly Range[]};

/**
 * The quotes of an authority's articles that contain every word of the query (in the quote or its speaker's
 * name), newest first and the undated last; every quote when the query is empty. Ranges mark the words in the quote's one-line text.
 */
export function quoteMatches(data: StoreData, authority: string, query: string): QuoteMatch[] {
	const words = query.toLowerCase().split(/\s+/).filter(Boolean);
	const out: QuoteMatch[] = [];
	for (const q of listQuotes(data, {authority, fragments: false})) {
		const text = safeLine(q.text);
		const lower = text.toLowerCase();
		const speaker = (q.speaker ?? '').toLowerCase();
		if (!words.every((w) => lower.includes(w) || speaker.includes(w))) continue;
		const ranges: Range[] = [];
		for (const w of words) for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length)) ranges.push([i, i + w.length]);
		out.push({quote: q, ranges});
	}
	// Newest first; undated quotes after the dated ones.
	const undated = (q: QuoteMatch) => (q.quote.date.value === null ? 1 : 0);
	return out.sort((a, b) => undated(a) - undated(b) || compareDates(b.quote.date, a.quote.date) || a.quote.articleId.localeCompare(b.quote.articleId) || a.quote.paragraph - b.quote.paragraph);
}
