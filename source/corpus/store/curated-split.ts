/**
 * The store's data as everything else sees it is the extracted store and the curated file merged: press events
 * a researcher set aside are hidden and stand beside a hidden curated marker (`replaces`, and `absorbedInto`
 * for one merged into an edit), as they were when both lived in one file; curated events follow the extracted
 * ones. Splitting is the inverse, for saving each part to its own file. Both are pure.
 */
import {authorityId, authorityInfo} from '../authorities.js';
import {datesCompatible} from '../date-value.js';
import type {CorpusEvent, StoreData} from '../schema.js';
import type {CuratedData, Mark} from './curated-kind.js';

/** The id of the marker that stands for a mark in the merged data (never a `curated-N` id of a real record). */
export function markerId(eventId: string): string {
	return `mark:${eventId}`;
}

/** Whether the extracted store holds curated records, as stores did before the curated file. */
export function holdsCurated(data: StoreData): boolean {
	return data.events.some((e) => e.origin === 'curated' || (e.origin === 'extracted' && e.hidden === true));
}

/**
 * The extracted data and the curated records as one store: what queries and views read.
 * Neither argument is changed; curated records are copies, so changing the result never changes `curated`.
 */
export function mergeCurated(extracted: StoreData, curated: CuratedData): StoreData {
	const marks = new Map<string, Mark>();
	for (const mark of curated.marks) if (!marks.has(mark.eventId)) marks.set(mark.eventId, mark);
	// Without marks every press event is kept as it is: a copy of the array, not a walk over each record (every
	// edit merges twice, and a walk costs tens of milliseconds a pass on a large store).
	const events: CorpusEvent[] = marks.size === 0 ? extracted.events.slice() : [];
	const markers: CorpusEvent[] = [];
	if (marks.size > 0) for (const e of extracted.events) {
		const mark = e.origin === 'extracted' ? marks.get(e.id) : undefined;
		if (!mark) {
			events.push(e);
			continue;
		}

		events.push({...e, hidden: true});
		const {officialId: _o, hidden: _h, replaces: _r, ...rest} = e;
		markers.push({...structuredClone(rest), id: markerId(e.id), origin: 'curated', hidden: true, replaces: e.id, ...(mark.absorbedInto === undefined ? {} : {absorbedInto: mark.absorbedInto})});
	}

	const own = curated.events.map((e) => structuredClone(e));
	linkOfficial(own, extracted.events);
	events.push(...own, ...markers);
	return {...extracted, events, authorities: withAuthorities(extracted, own)};
}

/**
 * Splits merged data into what each file keeps: curated events (without the derived `officialId`) and marks
 * in the curated file, everything else in the extracted store, its events never hidden. Marks whose event is
 * not in `merged` (its article is gone or not yet re-imported) are kept from `previous` as they were.
 */
export function splitCurated(merged: StoreData, previous: CuratedData): {extracted: StoreData; curated: CuratedData} {
	const extractedEvents: CorpusEvent[] = [];
	const curated = collectCurated(merged, previous, extractedEvents);
	return {extracted: {...merged, events: extractedEvents}, curated};
}

/** The curated file's part of merged data alone (what an edit saves): `splitCurated` without the store's part. */
export function curatedOf(merged: StoreData, previous: CuratedData): CuratedData {
	return collectCurated(merged, previous, null);
}

/** The curated part of `merged`; the store's events (never hidden) are pushed to `extractedEvents` if given. */
function collectCurated(merged: StoreData, previous: CuratedData, extractedEvents: CorpusEvent[] | null): CuratedData {
	const curatedEvents: CorpusEvent[] = [];
	const marks = new Map<string, Mark>();
	const hiddenWithoutMarker: string[] = [];
	const before = new Map(previous.marks.map((m) => [m.eventId, m]));
	/** Marks of `previous` whose event is in `merged`: they are kept only if a marker still stands for them. */
	const present = new Set<string>();
	for (const e of merged.events) {
		if (e.origin === 'curated') {
			if (e.hidden === true && e.replaces !== undefined) {
				if (marks.has(e.replaces)) continue;
				const absorbedInto = e['absorbedInto'] === undefined ? undefined : String(e['absorbedInto']);
				const old = before.get(e.replaces);
				marks.set(e.replaces, old && old.absorbedInto === absorbedInto ? old : {eventId: e.replaces, ...(absorbedInto === undefined ? {} : {absorbedInto})});
				continue;
			}

			const {officialId: _o, ...own} = e;
			curatedEvents.push(own);
			continue;
		}

		if (before.has(e.id)) present.add(e.id);
		if (e.hidden === true && e.origin === 'extracted') {
			const {hidden: _h, ...plain} = e;
			extractedEvents?.push(plain);
			hiddenWithoutMarker.push(e.id);
		} else {
			extractedEvents?.push(e);
		}
	}

	// A press event hidden without a marker (a store from before the markers): its mark is made here.
	for (const id of hiddenWithoutMarker) if (!marks.has(id)) marks.set(id, before.get(id) ?? {eventId: id});
	for (const mark of previous.marks) if (!present.has(mark.eventId) && !marks.has(mark.eventId)) marks.set(mark.eventId, mark);
	return {...previous, events: curatedEvents, marks: [...marks.values()]};
}

/**
 * A store from before the curated file, with the curated file as it is: the store's curated records moved
 * into the curated file's, beside those already there (an interrupted move finds them there again: one copy).
 */
export function absorbLegacy(extracted: StoreData, curated: CuratedData): {extracted: StoreData; curated: CuratedData} {
	const moved = splitCurated(extracted, {...curated, marks: []});
	const ids = new Set(curated.events.map((e) => e.id));
	const marked = new Set(curated.marks.map((m) => m.eventId));
	return {
		extracted: moved.extracted,
		curated: {
			...curated,
			events: [...curated.events, ...moved.curated.events.filter((e) => !ids.has(e.id))],
			marks: [...curated.marks, ...moved.curated.marks.filter((m) => !marked.has(m.eventId))],
		},
	};
}

/** The curated judgements' links to official ones (as merge.ts's linkOfficialJudgements for the rest). */
function linkOfficial(own: CorpusEvent[], extracted: readonly CorpusEvent[]): void {
	if (!own.some((e) => e.type === 'inspection-judgement')) return;
	const official = extracted.filter((e) => e.origin === 'ofsted' && e.type === 'inspection-judgement');
	for (const e of own) {
		delete e.officialId;
		if (e.type !== 'inspection-judgement' || e.date.value === null) continue;
		const match = official.find((o) => o.authority === e.authority && datesCompatible(o.date, e.date) && (o.rating === undefined || e.rating === undefined || o.rating === e.rating));
		if (match) e.officialId = match.id;
	}
}

/** The store's authorities, with any that only a curated event names (after a rebuild dropped its articles). */
function withAuthorities(extracted: StoreData, own: readonly CorpusEvent[]): StoreData['authorities'] {
	const known = new Set(extracted.authorities.map((a) => a.name));
	const missing = [...new Set(own.map((e) => e.authority))].filter((name) => !known.has(name)).sort();
	if (missing.length === 0) return extracted.authorities;
	return [...extracted.authorities, ...missing.map((name) => ({id: authorityId(name), name, onsCode: authorityInfo(name)?.onsCode ?? null, origin: 'extracted' as const}))];
}
