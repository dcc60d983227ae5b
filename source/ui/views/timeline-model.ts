/**
 * The timeline's state and everything derived from it, as pure functions: filters (and clearing them one by
 * one), the lines with their status, year groups and the rows they make, moving and jumping by year, the
 * window of rows on screen, the layout, the pickers and the event form. No Ink here; the view draws what
 * these return and its controller calls them.
 */
import {draftFields, type DraftField, type EventDraft} from '../../corpus/curation.js';
import {formatDate} from '../../corpus/date-value.js';
import {findArticle, findEvent} from '../../corpus/lookups.js';
import {resolveAuthority, storeAuthorities, timeline, type EventView} from '../../corpus/queries.js';
import type {StoreData} from '../../corpus/schema.js';
import {eventTypes, ratings, type EventType, type Origin, type Rating} from '../../corpus/vocabulary.js';
import type {Area} from '../layout.js';
import {clampPos, type ListPos, type Move} from '../list-window.js';

/** Short labels for the event types: the list's type column. */
export const typeLabels: Readonly<Record<EventType, string>> = {
	'inspection-judgement': 'judgement',
	'inspection-visit': 'visit',
	'resignation-call': 'resign call',
	resignation: 'resigned',
	'resignation-refused': 'refused',
	'no-confidence-vote': 'no-confidence',
	'commissioner-appointed': 'commissioner',
	'commissioner-report': 'comm. report',
	'improvement-notice': 'notice',
	'improvement-notice-lifted': 'notice lifted',
	'improvement-board': 'board',
	'improvement-plan': 'plan',
	funding: 'funding',
	other: 'other',
};

/** Ratings as the list's narrow column writes them. */
export function ratingLabel(rating: string | null | undefined): string {
	if (!rating) return '';
	return rating === 'requires improvement' ? 'req. improv.' : rating;
}

/** Which origins the timeline shows; `wrong` is all of them plus the events marked wrong (and edited originals). */
export const originModes = ['all', 'extracted', 'ofsted', 'curated', 'wrong'] as const;
export type OriginMode = (typeof originModes)[number];

export const originModeLabels: Readonly<Record<OriginMode, string>> = {
	all: 'all',
	extracted: 'press only',
	ofsted: 'Ofsted only',
	curated: 'curated only',
	wrong: 'all + marked wrong',
};

export function nextOriginMode(m: OriginMode): OriginMode {
	return originModes[(originModes.indexOf(m) + 1) % originModes.length]!;
}

export const originNames: Readonly<Record<Origin, string>> = {ofsted: 'Ofsted', extracted: 'press', curated: 'curated'};

/** Where a line stands: shown as is, marked wrong, an original an edit replaced, or a report merged into an edit. */
export type LineStatus = 'current' | 'wrong' | 'replaced' | 'absorbed';

/** The one-cell marker that tells origins (and set-aside lines) apart without colour. */
export function originMarker(origin: Origin, status: LineStatus, ascii: boolean): string {
	if (status === 'wrong') return ascii ? 'x' : '✗';
	if (status !== 'current') return ascii ? 'r' : '↺';
	switch (origin) {
		case 'ofsted':
			return ascii ? 'O' : '◆';
		case 'extracted':
			return ascii ? 'p' : '○';
		case 'curated':
			return ascii ? 'c' : '✎';
	}
}

/** The markers' legend, for the header. */
export function markerLegend(ascii: boolean, wrong: boolean): string {
	const base = (['ofsted', 'extracted', 'curated'] as const).map((o) => `${originMarker(o, 'current', ascii)} ${originNames[o]}`);
	if (wrong) base.push(`${originMarker('extracted', 'wrong', ascii)} wrong`, `${originMarker('extracted', 'replaced', ascii)} edited`);
	return base.join('  ');
}

/** The statuses' words, for the detail line. */
export const statusNames: Readonly<Record<LineStatus, string>> = {
	current: '',
	wrong: 'marked wrong',
	replaced: 'replaced by a curated edit',
	absorbed: 'merged into a curated edit',
};

// ---------------------------------------------------------------------------------------------------------------
// Filters

export const filterKinds = ['authorities', 'types', 'origin', 'query'] as const;
export type FilterKind = (typeof filterKinds)[number];

export type TimelineFilters = {
	readonly authorities: readonly string[];
	readonly types: readonly EventType[];
	readonly origin: OriginMode;
	readonly query: string;
	/** The filters set, in the order they were set: Esc clears the last one first. */
	readonly order: readonly FilterKind[];
};

export const noFilters: TimelineFilters = {authorities: [], types: [], origin: 'all', query: '', order: []};

function isSet(f: TimelineFilters, kind: FilterKind): boolean {
	switch (kind) {
		case 'authorities':
			return f.authorities.length > 0;
		case 'types':
			return f.types.length > 0;
		case 'origin':
			return f.origin !== 'all';
		case 'query':
			return f.query.trim() !== '';
	}
}

/** Sets one filter; a filter set (again) moves to the end of the clearing order, one cleared leaves it. */
export function withFilter<K extends FilterKind>(f: TimelineFilters, kind: K, value: Omit<TimelineFilters, 'order'>[K]): TimelineFilters {
	const next = {...f, [kind]: value} as TimelineFilters;
	const order = f.order.filter((k) => k !== kind);
	return {...next, order: isSet(next, kind) ? [...order, kind] : order};
}

/** Clears the filter set last; null when there is none (Esc then goes back). */
export function clearLastFilter(f: TimelineFilters): TimelineFilters | null {
	const last = f.order.at(-1);
	if (!last) return null;
	const cleared = {authorities: [], types: [], origin: 'all', query: ''} as const;
	return {...f, [last]: cleared[last], order: f.order.slice(0, -1)};
}

/** The filters in a few words each, in the order they were set, for the header: `Blackpool`, `judgement, board`. */
export function filterSummary(f: TimelineFilters): string[] {
	return f.order.map((k) => {
		switch (k) {
			case 'authorities':
				return f.authorities.length > 2 ? `${f.authorities.length} authorities` : f.authorities.join(', ');
			case 'types':
				return f.types.length > 3 ? `${f.types.length} types` : f.types.map((t) => typeLabels[t]).join(', ');
			case 'origin':
				return originModeLabels[f.origin];
			case 'query':
				return `“${f.query}”`;
		}
	});
}

// ---------------------------------------------------------------------------------------------------------------
// Lines

/** A line of the timeline as the view shows it. */
export type TimelineItem = {
	readonly line: EventView;
	readonly status: LineStatus;
	/** The year group: the year, or null for the undated group at the end. */
	readonly year: number | null;
	/** Distinct articles that report it. */
	readonly articles: number;
	/** The article the line's source paragraph is in, if any. */
	readonly articleTitle: string | null;
	readonly articlePublished: string | null;
};

/** Folds case and accents, so that "Blackburn" finds "blackburn" and "Sandwell" finds "Sándwell". */
export function fold(s: string): string {
	return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether every word of the query is in the line as shown: its summary, authority, type, rating, date, origin,
 * the people it names, and for an undated line the article it is shown with.
 */
export function itemMatches(item: TimelineItem, query: string): boolean {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const l = item.line;
	const article = l.date.value === null ? (item.articleTitle ?? '') : '';
	const hay = fold([l.summary, l.authority, l.type, typeLabels[l.type], l.rating ?? '', l.reportedRating ?? '', formatDate(l.date), ...(l.participants ?? []).map((p) => p.name), article, originNames[l.origin]].join('\n'));
	return words.every((w) => hay.includes(w));
}

function statusOf(line: EventView, replacedBy: ReadonlyMap<string, boolean>): LineStatus {
	if (line.hidden) return replacedBy.get(line.id) === true ? 'absorbed' : 'wrong';
	return replacedBy.has(line.id) ? 'replaced' : 'current';
}

/**
 * The lines the filters let through, in date order with the undated last (as `timeline()` orders them). In
 * `wrong` mode the hidden lines come back, marked; the curated markers that hide them are not lines of their own.
 */
export function timelineItems(data: StoreData, f: TimelineFilters): TimelineItem[] {
	const known = new Set(storeAuthorities(data));
	const authorities = f.authorities.filter((a) => known.has(a));
	const origins = f.origin === 'all' || f.origin === 'wrong' ? undefined : [f.origin];
	const lines = timeline(data, {
		...(authorities.length ? {authorities} : {}),
		...(f.types.length ? {types: f.types} : {}),
		...(origins ? {origins} : {}),
		includeHidden: f.origin === 'wrong',
	});
	// Which press records are set aside, and whether by an edit that absorbed them (true) or replaced them (false).
	const replacedBy = new Map<string, boolean>();
	for (const e of data.events) if (e.origin === 'curated' && e.replaces !== undefined && !(e.hidden && e['absorbedInto'] === undefined)) replacedBy.set(e.replaces, e.hidden === true);
	const items: TimelineItem[] = [];
	for (const line of lines) {
		const record = findEvent(data, line.id);
		if (record && record.origin === 'curated' && record.hidden && record.replaces !== undefined) continue;
		const source = line.articleId ?? line.sources[0]?.articleId;
		const article = source ? findArticle(data, source) : undefined;
		const item: TimelineItem = {
			line,
			status: statusOf(line, replacedBy),
			year: line.date.value === null ? null : Number(line.date.value.slice(0, 4)),
			articles: new Set(line.sources.map((s) => s.articleId)).size,
			articleTitle: article?.title ?? null,
			articlePublished: article ? formatDate(article.published) : null,
		};
		items.push(item);
	}
	return filterItems(items, f.query);
}

/** The items the search within the timeline lets through. */
export function filterItems(items: readonly TimelineItem[], query: string): TimelineItem[] {
	return query.trim() === '' ? [...items] : items.filter((i) => itemMatches(i, query));
}

/** The store records a line stands for. */
export function recordIds(line: EventView): string[] {
	return line.merged?.length ? [...line.merged] : [line.id];
}

// ---------------------------------------------------------------------------------------------------------------
// Rows, moving and the window

/** A row of the list: a year's header, or a line. */
export type TimelineRow = {readonly kind: 'year'; readonly year: number | null; readonly count: number} | {readonly kind: 'event'; readonly item: number};

/** The rows: each year group (the undated last) under its header. */
export function timelineRows(items: readonly TimelineItem[]): TimelineRow[] {
	const rows: TimelineRow[] = [];
	let headerAt = -1;
	items.forEach((item, i) => {
		const prev = items[i - 1];
		if (i === 0 || prev!.year !== item.year) {
			headerAt = rows.length;
			rows.push({kind: 'year', year: item.year, count: 0});
		}
		const h = rows[headerAt] as Extract<TimelineRow, {kind: 'year'}>;
		rows[headerAt] = {...h, count: h.count + 1};
		rows.push({kind: 'event', item: i});
	});
	return rows;
}

/** A year header's text. */
export function yearHeader(row: Extract<TimelineRow, {kind: 'year'}>): string {
	const n = `${row.count} event${row.count === 1 ? '' : 's'}`;
	return row.year === null ? `Undated · ${n}, each with the article that mentions it` : `${row.year} · ${n}`;
}

/** The row a line is on. */
export function rowOfItem(rows: readonly TimelineRow[], item: number): number {
	const r = rows.findIndex((row) => row.kind === 'event' && row.item === item);
	return r < 0 ? 0 : r;
}

/** The selection after a move; a page is `page` lines. */
export function moveItem(index: number, move: Move, count: number, page: number): number {
	if (count <= 0) return 0;
	const step = Math.max(1, page);
	const to = {down: index + 1, up: index - 1, top: 0, bottom: count - 1, 'page-down': index + step, 'page-up': index - step}[move];
	return Math.min(count - 1, Math.max(0, to));
}

/** The first line of the next (`1`) or previous (`-1`) year group; the undated group counts as the last. */
export function yearJump(items: readonly TimelineItem[], index: number, dir: 1 | -1): number {
	if (items.length === 0) return 0;
	const i = Math.min(items.length - 1, Math.max(0, index));
	const year = items[i]!.year;
	let start = i;
	while (start > 0 && items[start - 1]!.year === year) start--;
	if (dir === 1) {
		let j = i;
		while (j < items.length && items[j]!.year === year) j++;
		return j < items.length ? j : i;
	}
	if (start === 0) return 0;
	const prevYear = items[start - 1]!.year;
	let p = start - 1;
	while (p > 0 && items[p - 1]!.year === prevYear) p--;
	return p;
}

/**
 * The first row on screen: moved only as far as needed to show the selected line, and its year's header too
 * when the line is the first of its year.
 */
export function windowTop(rows: readonly TimelineRow[], selectedRow: number, top: number, height: number): number {
	const h = Math.max(1, height);
	const p = clampPos({selected: selectedRow, top}, rows.length, h);
	let t = p.top;
	if (h >= 2 && selectedRow > 0 && rows[selectedRow - 1]?.kind === 'year' && selectedRow - 1 < t) t = selectedRow - 1;
	return t;
}

/** The line selected: the one with `selectedId` if it is still listed, else the remembered index, kept in range. */
export function resolveSelection(items: readonly TimelineItem[], selectedId: string | null, fallback: number): number {
	if (selectedId !== null) {
		const i = items.findIndex((it) => it.line.id === selectedId);
		if (i >= 0) return i;
	}
	return Math.min(Math.max(0, items.length - 1), Math.max(0, fallback));
}

// ---------------------------------------------------------------------------------------------------------------
// Layout

export type TimelineLayout = {
	/** Strip rows of the chart (the axis row comes on top of them); 0 for no chart. */
	readonly chartRows: number;
	readonly listRows: number;
	/** Rows for the selected line's detail under the list (a rule above them); 0 for none. */
	readonly detailRows: number;
};

/**
 * Fits the timeline into the body: the title, the chart (its axis and a row per authority, fewer on short
 * terminals), the list, and the selected line's detail with its source paragraph.
 */
export function timelineLayout(body: Area, authorities: number): TimelineLayout {
	const h = body.height;
	const cap = h >= 24 ? 4 : h >= 18 ? 2 : h >= 12 ? 1 : 0;
	const chartRows = Math.min(cap, authorities);
	const detailRows = h >= 24 ? 4 : h >= 16 ? 3 : h >= 10 ? 2 : 0;
	const used = 1 + (chartRows ? chartRows + 1 : 0) + (detailRows ? detailRows + 1 : 0);
	return {chartRows, listRows: Math.max(1, h - used), detailRows};
}

// ---------------------------------------------------------------------------------------------------------------
// Panels: the search box, the pickers, the event form

export type FindPanel = {readonly kind: 'find'};

/** A list of authorities or types to pick several from. */
export type PickerPanel = {
	readonly kind: 'picker';
	readonly of: 'authorities' | 'types';
	readonly pos: ListPos;
	readonly picked: readonly string[];
};

export type FormPanel = {
	readonly kind: 'form';
	/** Editing a line (its id and the records it stands for), or adding an event. */
	readonly target: {readonly id: string; readonly ids: readonly string[]; readonly origin: Origin} | null;
	readonly draft: EventDraft;
	readonly field: DraftField;
	readonly error: {readonly field: DraftField; readonly message: string} | null;
};

export type TimelinePanel = FindPanel | PickerPanel | FormPanel;

export type PickerItem = {readonly value: string; readonly label: string; readonly count: number};

/**
 * The picker's items: every authority in the store (those with the most lines first, then by name) or every
 * event type (in the schema's order), each with its number of lines.
 */
export function pickerItems(data: StoreData, of: PickerPanel['of'], all: readonly EventView[]): PickerItem[] {
	const count = new Map<string, number>();
	const key = (l: EventView) => (of === 'authorities' ? l.authority : l.type);
	for (const l of all) count.set(key(l), (count.get(key(l)) ?? 0) + 1);
	if (of === 'types') return eventTypes.map((t) => ({value: t, label: `${typeLabels[t]} (${t})`, count: count.get(t) ?? 0}));
	return storeAuthorities(data)
		.map((a) => ({value: a, label: a, count: count.get(a) ?? 0}))
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Picks or unpicks one item. */
export function togglePick(picked: readonly string[], value: string): string[] {
	return picked.includes(value) ? picked.filter((v) => v !== value) : [...picked, value];
}

/** The form's fields that are typed into; the rest are chosen with ←/→. */
export const textFields: readonly DraftField[] = ['date', 'authority', 'summary'];

export function nextField(field: DraftField, dir: 1 | -1): DraftField {
	const i = draftFields.indexOf(field);
	return draftFields[(i + dir + draftFields.length) % draftFields.length]!;
}

const ratingChoices: readonly (Rating | '')[] = ['', ...ratings];

function cycle<T>(list: readonly T[], current: T, dir: 1 | -1): T {
	const i = list.indexOf(current);
	return list[((i < 0 ? (dir === 1 ? -1 : 0) : i) + dir + list.length) % list.length]!;
}

/** The next choice of a field with choices: type, rating, or an authority of the store. Text fields stay. */
export function cycleChoice(draft: EventDraft, field: DraftField, dir: 1 | -1, authorities: readonly string[]): EventDraft {
	switch (field) {
		case 'type':
			return {...draft, type: cycle(eventTypes, draft.type, dir)};
		case 'rating':
			return {...draft, rating: cycle(ratingChoices, draft.rating, dir)};
		case 'authority':
			return authorities.length ? {...draft, authority: cycle(authorities, draft.authority, dir)} : draft;
		default:
			return draft;
	}
}

/**
 * Typed text: added to a text field; in the type and rating fields, a letter picks the next choice whose label
 * starts with it ("i" for inadequate, "b" for board).
 */
export function typeIntoField(draft: EventDraft, field: DraftField, text: string): EventDraft {
	if (field === 'date' || field === 'authority' || field === 'summary') return {...draft, [field]: draft[field] + text};
	const letter = fold(text).trim()[0];
	if (!letter) return draft;
	if (field === 'type') {
		const from = eventTypes.indexOf(draft.type);
		const order = [...eventTypes.slice(from + 1), ...eventTypes.slice(0, from + 1)];
		const t = order.find((x) => typeLabels[x].startsWith(letter) || x.startsWith(letter));
		return t ? {...draft, type: t} : draft;
	}
	const from = ratingChoices.indexOf(draft.rating);
	const order = [...ratingChoices.slice(from + 1), ...ratingChoices.slice(0, from + 1)];
	const r = order.find((x) => (x === '' ? 'none' : x).startsWith(letter));
	return r !== undefined ? {...draft, rating: r} : draft;
}

/** Deletes the last character of a text field, or clears it. */
export function deleteInField(draft: EventDraft, field: DraftField, all = false): EventDraft {
	if (field === 'date' || field === 'authority' || field === 'summary') return {...draft, [field]: all ? '' : [...draft[field]].slice(0, -1).join('')};
	return field === 'rating' && all ? {...draft, rating: ''} : draft;
}

/** What the date field means as typed, for the hint beside it: `Jan 2019 · month`, or that it is not a date yet. */
export function dateHint(text: string): string {
	const t = text.trim();
	if (t === '') return 'undated (unknown date)';
	const approximate = t.startsWith('~');
	const v = approximate ? t.slice(1) : t;
	if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return 'YYYY, YYYY-MM or YYYY-MM-DD; ~ in front if approximate';
	const precision = v.length === 4 ? 'year' : v.length === 7 ? 'month' : 'day';
	const month = Number(v.slice(5, 7));
	if (v.length >= 7 && (month < 1 || month > 12)) return 'no such month';
	return `${formatDate({value: v, precision, approximate, basis: ''})} · ${precision}${approximate ? ', approximate' : ''}`;
}

/** The authority a new event starts with: the one filtered on, else the selected line's. */
export function defaultAuthority(f: TimelineFilters, selected: EventView | undefined, data: StoreData): string {
	const first = f.authorities[0] ?? selected?.authority;
	if (first) return first;
	try {
		return resolveAuthority(data, storeAuthorities(data)[0] ?? '');
	} catch {
		return '';
	}
}
