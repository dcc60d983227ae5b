/**
 * The panels that open over the timeline's list (the search box, the pickers, the event form) and the picker's
 * items. Pure; no Ink.
 */
import type {DraftField, EventDraft} from '../../../corpus/curation.js';
import {storeAuthorities, type EventView} from '../../../corpus/queries.js';
import type {StoreData} from '../../../corpus/schema.js';
import {eventTypes, type Origin} from '../../../corpus/vocabulary.js';
import type {ListPos} from '../../list-window.js';
import {filterItems} from '../../text-match.js';
import {typeLabels} from './labels.js';

export type FindPanel = {readonly kind: 'find'};

/** A list of authorities or types to pick several from. */
export type PickerPanel = {
	readonly kind: 'picker';
	readonly of: 'authorities' | 'types';
	readonly pos: ListPos;
	readonly picked: readonly string[];
	/** The words typed to narrow the list (text-match.ts); the position is in the narrowed list. */
	readonly filter: string;
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

/** The items a picker's filter lets through: every word typed in the label, else a fuzzy match. */
export function filterPickerItems(items: readonly PickerItem[], filter: string): PickerItem[] {
	return filterItems(items, filter, (i) => i.label);
}

/** Picks or unpicks one item. */
export function togglePick(picked: readonly string[], value: string): string[] {
	return picked.includes(value) ? picked.filter((v) => v !== value) : [...picked, value];
}
