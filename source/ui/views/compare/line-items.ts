/**
 * The comparison's event lines as one list to choose from (R on the comparison): both sides' lines in date order,
 * each with its side and how many articles report it, narrowed by the words typed. Pure; no Ink.
 */
import {compareDates} from '../../../corpus/date-value.js';
import type {EventView} from '../../../corpus/queries.js';
import {safeLine} from '../../../text/terminal-safety.js';
import type {ListPos} from '../../list-window.js';
import {filterItems} from '../../text-match.js';
import {eventCell, shortName, type CompareModel, type Side} from './model.js';

/** The list of both sides' lines, narrowed by a filter typed into its box. */
export type LinesPanel = {readonly kind: 'lines'; readonly filter: string; readonly pos: ListPos};

export type CompareLineItem = {
	readonly side: Side;
	readonly authority: string;
	readonly line: EventView;
	/** Distinct articles that report the line. */
	readonly articles: number;
	/** The line as the list shows it (and as the filter reads it): the side's short name, then the event. */
	readonly label: string;
};

/** Both sides' lines, in date order (the undated last), the left side's first on the same date. */
export function compareLineItems(m: CompareModel, ascii: boolean): CompareLineItem[] {
	const item = (side: Side, authority: string) => (line: EventView): CompareLineItem => ({
		side,
		authority,
		line,
		articles: new Set(line.sources.map((s) => s.articleId)).size,
		label: `${safeLine(shortName(authority))}: ${eventCell(line, ascii)}`,
	});
	const all = [...m.leftEvents.map(item('left', m.left)), ...m.rightEvents.map(item('right', m.right))];
	return all.map((x, i) => ({x, i})).sort((a, b) => compareDates(a.x.line.date, b.x.line.date) || a.i - b.i).map(({x}) => x);
}

/** The items the filter lets through (text-match.ts: every word typed, else fuzzy). */
export function filterLineItems(items: readonly CompareLineItem[], filter: string): CompareLineItem[] {
	return filterItems(items, filter, (i) => `${i.authority} ${i.label}`);
}
