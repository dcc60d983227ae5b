/** Editing the event form's draft: fields in turn, choices cycled, typed text, the date's hint. Pure; no Ink. */
import {draftFields, type DraftField, type EventDraft} from '../../../corpus/curation.js';
import {formatDate} from '../../../corpus/date-value.js';
import {resolveAuthority, storeAuthorities, type EventView} from '../../../corpus/queries.js';
import type {StoreData} from '../../../corpus/schema.js';
import {eventStatuses, eventTypes, ratings, type EventStatus, type Rating} from '../../../corpus/vocabulary.js';
import type {TimelineFilters} from './filters.js';
import {fold} from './items.js';
import {typeLabels} from './labels.js';

/** The form's fields that are typed into; the rest are chosen with ←/→. */
export const textFields: readonly DraftField[] = ['date', 'authority', 'summary'];

export function nextField(field: DraftField, dir: 1 | -1): DraftField {
	const i = draftFields.indexOf(field);
	return draftFields[(i + dir + draftFields.length) % draftFields.length]!;
}

const ratingChoices: readonly (Rating | '')[] = ['', ...ratings];

/** The draft's status as the form shows it: `happened` where the draft has none. */
export function draftStatus(draft: EventDraft): EventStatus {
	return draft.status ?? 'happened';
}

/** The draft with `status`; happened is left out, as the store leaves it out. */
function withStatus(draft: EventDraft, status: EventStatus): EventDraft {
	const {status: _s, ...rest} = draft;
	return status === 'happened' ? rest : {...rest, status};
}

/** The next choice after `current` whose name starts with `letter`, going round; none: undefined. */
function byLetter<T>(list: readonly T[], current: T, letter: string, name: (x: T) => string): T | undefined {
	const from = list.indexOf(current);
	const order = [...list.slice(from + 1), ...list.slice(0, from + 1)];
	return order.find((x) => name(x).startsWith(letter));
}

function cycle<T>(list: readonly T[], current: T, dir: 1 | -1): T {
	const i = list.indexOf(current);
	return list[((i < 0 ? (dir === 1 ? -1 : 0) : i) + dir + list.length) % list.length]!;
}

/** The next choice of a field with choices: type, status, rating, or an authority of the store. Text fields stay. */
export function cycleChoice(draft: EventDraft, field: DraftField, dir: 1 | -1, authorities: readonly string[]): EventDraft {
	switch (field) {
		case 'type':
			return {...draft, type: cycle(eventTypes, draft.type, dir)};
		case 'status':
			return withStatus(draft, cycle(eventStatuses, draftStatus(draft), dir));
		case 'rating':
			return {...draft, rating: cycle(ratingChoices, draft.rating, dir)};
		case 'authority':
			return authorities.length ? {...draft, authority: cycle(authorities, draft.authority, dir)} : draft;
		default:
			return draft;
	}
}

/**
 * Typed text: added to a text field; in the type, status and rating fields, a letter picks the next choice whose
 * label starts with it ("i" for inadequate, "b" for board, "p" for planned then proposed).
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
	if (field === 'status') {
		const st = byLetter(eventStatuses, draftStatus(draft), letter, (x) => x);
		return st ? withStatus(draft, st) : draft;
	}
	const r = byLetter(ratingChoices, draft.rating, letter, (x) => (x === '' ? 'none' : x));
	return r !== undefined ? {...draft, rating: r} : draft;
}

/** Deletes the last character of a text field, or clears it. */
export function deleteInField(draft: EventDraft, field: DraftField, all = false): EventDraft {
	if (field === 'date' || field === 'authority' || field === 'summary') return {...draft, [field]: all ? '' : [...draft[field]].slice(0, -1).join('')};
	if (field === 'status' && all) return withStatus(draft, 'happened');
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
