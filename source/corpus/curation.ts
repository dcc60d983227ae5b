/**
 * A researcher's corrections to the timeline: editing an event, adding one, marking a press event as wrong.
 * Every change is a record of origin `curated`, which imports never overwrite:
 *
 * - an edit of a press (`extracted`) event is a curated copy with `replaces: <id>`: the timeline then shows the
 *   copy in its place. Reports merged into the same line are absorbed: each is hidden and gets a hidden curated
 *   marker (`replaces`, `absorbedInto`) so that a re-import hides it again;
 * - an edit of a curated event changes it in place; official (`ofsted`) records are never edited;
 * - "wrong" hides the press event and adds a hidden curated marker with `replaces: <id>`, which a re-import
 *   honours (merge.ts); unmarking removes the marker.
 *
 * `applyCuration` changes only the data it is given (records it changes are replaced by copies, never changed
 * in place: the store's merged data shares its extracted records with the store file's). `saveCuration` runs
 * it under the curated file's lock and writes that file only (store.updateCurated): the store splits the
 * result into curated events and marks (store/curated-split.ts).
 */
import {dateBounds, formatDate, statedDate} from './date-value.js';
import {resolveAuthority, type EventView} from './queries.js';
import type {CorpusEvent, DateValue, StoreData} from './schema.js';
import type {Store} from './store/index.js';
import {eventStatuses, eventTypes, ratings, type EventStatus, type EventType, type Rating} from './vocabulary.js';

/** The form's fields as typed: the date as text (`2019`, `2019-01`, `2019-01-17`, `~` in front if approximate, empty if unknown). */
export type EventDraft = {
	readonly date: string;
	readonly type: EventType;
	/** Absent: it happened. Planned, proposed and refused events are kept as such and never count as a response. */
	readonly status?: EventStatus;
	/** Empty for no rating. */
	readonly rating: Rating | '';
	readonly authority: string;
	readonly summary: string;
};

export const draftFields = ['date', 'type', 'status', 'rating', 'authority', 'summary'] as const;
export type DraftField = (typeof draftFields)[number];

/** A change to the store. `ids` are the store records a timeline line stands for (its `merged` ids, or its own). */
export type CurationEdit =
	| {readonly kind: 'edit'; readonly id: string; readonly ids: readonly string[]; readonly draft: EventDraft}
	| {readonly kind: 'add'; readonly draft: EventDraft}
	| {readonly kind: 'mark-wrong'; readonly ids: readonly string[]}
	| {readonly kind: 'unmark-wrong'; readonly ids: readonly string[]};

/** A change the store refuses (an official record, an unknown id): the message says why, in one line. */
export class CurationError extends Error {
	override readonly name = 'CurationError';
}

/** What a validated draft gives: the fields of an event record. */
export type ValidEvent = {
	readonly date: DateValue;
	readonly type: EventType;
	/** Only when it did not happen (the store's records leave `status` out for what happened). */
	readonly status?: Exclude<EventStatus, 'happened'>;
	readonly rating?: Rating;
	readonly authority: string;
	readonly summary: string;
};

export type Validation = {readonly ok: true; readonly event: ValidEvent} | {readonly ok: false; readonly field: DraftField; readonly error: string};

/** The date as the form shows it: the value with `~` in front when approximate; empty when unknown. */
export function dateText(d: DateValue): string {
	return d.value === null ? '' : `${d.approximate ? '~' : ''}${d.value}`;
}

/** A line of the timeline as the form starts from it. */
export function draftOf(line: Pick<EventView, 'date' | 'type' | 'rating' | 'authority' | 'summary' | 'status'>): EventDraft {
	return {date: dateText(line.date), type: line.type, ...(line.status && line.status !== 'happened' ? {status: line.status} : {}), rating: line.rating && (ratings as readonly string[]).includes(line.rating) ? (line.rating as Rating) : '', authority: line.authority, summary: line.summary};
}

/** A blank draft for a new event of `authority`. */
export function blankDraft(authority: string): EventDraft {
	return {date: '', type: 'other', rating: '', authority, summary: ''};
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Reads the date field: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (its precision from its form), `~` in front for an
 * approximate date, empty for an unknown one; never after `today` (`YYYY-MM-DD`). A month or year that has
 * begun by today is allowed. Errors say what is wrong and what is expected.
 */
export function parseDateField(text: string, today: string, basis = 'set by a researcher'): {ok: true; date: DateValue} | {ok: false; error: string} {
	const t = text.trim();
	if (t === '') return {ok: true, date: {value: null, precision: 'unknown', approximate: false, basis}};
	const approximate = t.startsWith('~');
	const value = approximate ? t.slice(1).trim() : t;
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!m) return {ok: false, error: `'${t}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (~ in front if approximate; empty if unknown)`};
	const month = m[2] === undefined ? null : Number(m[2]);
	if (month !== null && (month < 1 || month > 12)) return {ok: false, error: `'${value}': there is no month ${m[2]}`};
	let date: DateValue;
	try {
		date = {...statedDate(value, basis), approximate};
	} catch {
		return {ok: false, error: `'${value}': ${monthNames[month! - 1]} ${m[1]} has no day ${m[3]}`};
	}
	const first = dateBounds(date)?.first;
	if (first && first > today) return {ok: false, error: `${formatDate(date)} is after today (${today})`};
	return {ok: true, date};
}

/** Checks every field against the store: the date, an authority it can resolve, a summary. */
export function validateDraft(data: StoreData, draft: EventDraft, today: string): Validation {
	const date = parseDateField(draft.date, today);
	if (!date.ok) return {ok: false, field: 'date', error: date.error};
	if (!(eventTypes as readonly string[]).includes(draft.type)) return {ok: false, field: 'type', error: `unknown event type '${draft.type}'`};
	if (draft.status !== undefined && !(eventStatuses as readonly string[]).includes(draft.status)) return {ok: false, field: 'status', error: `unknown status '${String(draft.status)}': ${eventStatuses.join(', ')}`};
	if (draft.rating !== '' && !(ratings as readonly string[]).includes(draft.rating)) return {ok: false, field: 'rating', error: `unknown rating '${draft.rating}'`};
	if (draft.rating !== '' && draft.type !== 'inspection-judgement') return {ok: false, field: 'rating', error: 'only a judgement has a rating: set the type to inspection-judgement or the rating to none'};
	let authority: string;
	try {
		if (draft.authority.trim() === '') return {ok: false, field: 'authority', error: 'an event needs an authority'};
		authority = resolveAuthority(data, draft.authority);
	} catch (error) {
		return {ok: false, field: 'authority', error: (error as Error).message};
	}
	const summary = draft.summary.trim().replace(/\s+/g, ' ');
	if (summary === '') return {ok: false, field: 'summary', error: 'say in a few words what happened'};
	const status = draft.status && draft.status !== 'happened' ? {status: draft.status} : {};
	return {ok: true, event: {date: date.date, type: draft.type, ...status, ...(draft.rating ? {rating: draft.rating} : {}), authority, summary}};
}

/** The first `curated-N` id the store does not use. */
export function newCuratedId(data: StoreData): string {
	const used = new Set<string>();
	// An extracted event's id is its article's and a number (merge.ts), never `curated-N`; its origin is read first
	// because reading every id costs three times as much on a large store.
	for (const e of data.events) if (e.origin !== 'extracted' && e.id.startsWith('curated-')) used.add(e.id);
	for (let n = 1; ; n++) if (!used.has(`curated-${n}`)) return `curated-${n}`;
}

function eventById(data: StoreData, id: string): CorpusEvent {
	const e = data.events.find((x) => x.id === id);
	if (!e) throw new CurationError(`no event '${id}' in the store (was it re-imported meanwhile?)`);
	return e;
}

/** A hidden curated marker over a press event: a copy (so that it validates) that says the original is set aside. */
function marker(data: StoreData, e: CorpusEvent, extra: Record<string, unknown>): CorpusEvent {
	const {officialId: _o, hidden: _h, replaces: _r, ...rest} = e;
	return {...rest, ...extra, id: newCuratedId(data), origin: 'curated', hidden: true, replaces: e.id};
}

/**
 * Applies one change to `data` (mutating it) and returns the id of the record to select afterwards. Throws a
 * `CurationError` for a change the store refuses and for a draft that no longer validates against `data`.
 */
export function applyCuration(data: StoreData, edit: CurationEdit, opts: {readonly today: string}): {id: string} {
	return {id: applyOne(data, edit, opts.today)};
}

function applyOne(data: StoreData, edit: CurationEdit, today: string): string {
	switch (edit.kind) {
		case 'add': {
			const event = valid(data, edit.draft, today);
			const id = newCuratedId(data);
			data.events.push({id, ...event, sources: [], origin: 'curated'});
			return id;
		}
		case 'edit': {
			const event = valid(data, edit.draft, today);
			const target = eventById(data, edit.id);
			if (target.origin === 'ofsted') throw new CurationError('official judgements are not edited: n adds a curated event beside it');
			const date = sameDate(target.date, event.date) ? target.date : event.date;
			// Saving a form nobody changed writes nothing: no curated copy of a line that says the same.
			const statusOf = (e: {status?: string}) => (e.status === undefined || e.status === 'happened' ? 'happened' : e.status);
			const unchanged = date === target.date && event.type === target.type && statusOf(event) === statusOf(target) && (event.rating ?? '') === (target.rating ?? '') && event.authority === target.authority && event.summary === target.summary;
			if (unchanged) return target.id;
			// What the form does not show stays as the text had it, while the type does: another service, another inspectorate.
			const kept = event.type === target.type ? {...(target.inspectorate ? {inspectorate: target.inspectorate} : {}), ...(target.service ? {service: target.service} : {})} : {};
			if (target.origin === 'curated') {
				Object.assign(target, event, {date});
				if (!event.rating) delete target.rating;
				if (!event.status) delete target.status;
				return target.id;
			}
			// A press event: a curated copy in its place, with every report of the line as its sources.
			const reports = edit.ids.map((x) => data.events.find((e) => e.id === x)).filter((e): e is CorpusEvent => e !== undefined);
			const sources = [...target.sources];
			for (const r of reports) for (const s of r.sources) if (!sources.some((t) => t.articleId === s.articleId && t.paragraph === s.paragraph)) sources.push(s);
			const id = newCuratedId(data);
			data.events.push({
				id,
				...event,
				...kept,
				date,
				...(target.articleId ? {articleId: target.articleId, paragraph: target.paragraph} : {}),
				sources,
				...(target.participants ? {participants: target.participants.map((p) => ({...p}))} : {}),
				origin: 'curated',
				replaces: target.id,
			});
			for (const r of reports) {
				if (r === target || r.origin !== 'extracted') continue;
				setHidden(data, r, true);
				data.events.push(marker(data, r, {absorbedInto: id}));
			}
			return id;
		}
		case 'mark-wrong': {
			const records = edit.ids.map((x) => eventById(data, x));
			if (!records.some((e) => e.origin === 'extracted')) throw new CurationError('only press (extracted) events are marked wrong: e edits a curated one');
			for (const e of records) {
				if (e.origin !== 'extracted' || e.hidden) continue;
				setHidden(data, e, true);
				data.events.push(marker(data, e, {}));
			}
			return edit.ids[0]!;
		}
		case 'unmark-wrong': {
			const ids = new Set(edit.ids);
			const absorbed = data.events.find((e) => e.origin === 'curated' && e.hidden && e.replaces !== undefined && ids.has(e.replaces) && e['absorbedInto'] !== undefined);
			if (absorbed) throw new CurationError(`this report was merged into the curated event '${String(absorbed['absorbedInto'])}': edit that one instead`);
			data.events = data.events.filter((e) => !(e.origin === 'curated' && e.hidden && e.replaces !== undefined && ids.has(e.replaces)));
			for (const e of [...data.events]) if (ids.has(e.id) && e.origin === 'extracted' && e.hidden !== undefined) setHidden(data, e, false);
			return edit.ids[0]!;
		}
	}
}

/** Replaces `e` in `data.events` by a copy that is hidden, or not. */
function setHidden(data: StoreData, e: CorpusEvent, hidden: boolean): void {
	const {hidden: _h, ...rest} = e;
	data.events[data.events.indexOf(e)] = hidden ? {...rest, hidden: true} : rest;
}

function valid(data: StoreData, draft: EventDraft, today: string): ValidEvent {
	const v = validateDraft(data, draft, today);
	if (!v.ok) throw new CurationError(`${v.field}: ${v.error}`);
	return v.event;
}

function sameDate(a: DateValue, b: DateValue): boolean {
	return a.value === b.value && a.approximate === b.approximate;
}

/** Whether a store record is a marker (a hidden curated record standing for a press event set aside). */
export function isMarker(e: Pick<CorpusEvent, 'origin' | 'hidden' | 'replaces'>): boolean {
	return e.origin === 'curated' && e.hidden === true && e.replaces !== undefined;
}

/**
 * Saves the change to the curated file of the store at `storePath`, under that file's lock, on what it holds
 * now merged with the store's data; returns the new data and the id to select. With `store` (the UI's, opened
 * with `editCurated`) the store's data already read is used and only the curated file is read and written:
 * kilobytes, whatever the store's size. Without it, or while that store still holds curated records from
 * before the curated file, the store is opened writable for this save (which moves them out first).
 */
export async function saveCuration(
	storePath: string,
	edit: CurationEdit,
	opts: {readonly today: string; readonly store?: Store; readonly open?: (path: string) => Promise<Store>},
): Promise<{data: StoreData; id: string}> {
	const apply = (store: Store) => {
		let id = '';
		return store
			.updateCurated((data) => {
				id = applyCuration(data, edit, opts).id;
			})
			.then(() => ({data: store.data, id}));
	};

	if (opts.store && !opts.store.holdsCurated) return apply(opts.store);
	// The store's reader (and zod with it) is loaded on the first save, not with the UI that imports this module.
	const open = opts.open ?? (async (p: string) => (await import('./store/index.js')).openStore(p, {create: false}));
	const store = await open(storePath);
	try {
		const saved = await apply(store);
		if (!opts.store) return saved;
		await opts.store.reload();
		return {data: opts.store.data, id: saved.id};
	} finally {
		await store.release();
	}
}

/** Today's date where the researcher is, as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
