/** The timeline's filters: authorities, types, origins and a search within, cleared one by one, last set first. */
import type {EventType} from '../../../corpus/vocabulary.js';
import {originModeLabels, typeLabels, type OriginMode} from './labels.js';

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
