/**
 * The timeline lines of the authorities a curated edit touches, worked out beside the row tables rather than
 * from the store (from their records, corpus/records/authority-records.ts), put among the table's lines.
 */
import {inTimelineOrder, type TimelineOrdered} from '../../corpus/timeline.js';
import type {StoreData} from '../../corpus/schema.js';
import type {Flags} from '../context.js';
import type {LineKeys} from './list-tables.js';
import {pieceMaker, type PiecePart} from './row-pieces.js';

export {eventsTable, slicePiece, touchedStore} from '../../corpus/records/authority-records.js';

/**
 * A timeline call's lines: the table's (`rows`, picked for the authorities the curated file does not touch,
 * their pieces read by `readTable`) and the lines `mini` (`touchedStore`) gives the call, put in the timeline's
 * order (`keys` must hold the lines' dates whole: `approximate`). Null when two authorities' names the locale's
 * order calls equal, whose lines the timeline orders as it made them: the order cannot be told from the table.
 */
export async function withTouchedLines(mini: StoreData, flags: Flags, keys: LineKeys, rows: readonly number[], readTable: (part: PiecePart) => Buffer[] | null): Promise<{wide: boolean; read: (part: PiecePart) => Buffer[] | null} | null> {
	const {timelineList} = await import('../commands/timeline.js');
	const approximate = keys.approximate!;
	const lines = timelineList.rows(mini, flags);
	const maker = pieceMaker(timelineList, mini);
	type Placed = TimelineOrdered & {readonly table?: number; readonly line?: number};
	const placed: Placed[] = [
		...rows.map((r, k) => ({date: {value: keys.date[r]!, approximate: approximate[r] === '1'}, authority: keys.names[keys.authority[r]!]!, type: keys.names[keys.type[r]!]!, table: k})),
		...lines.map((l, k) => ({date: l.date, authority: l.authority, type: l.type, line: k})),
	];
	const authorities = [...new Set(placed.map((p) => p.authority))].sort((a, b) => a.localeCompare(b));
	if (authorities.some((a, i) => i > 0 && authorities[i - 1]!.localeCompare(a) === 0)) return null;
	// Stable: lines the order calls equal are of one authority, and so all from the table or all worked out here.
	const order = inTimelineOrder(placed);
	return {
		wide: lines.some(maker.wide),
		read(part) {
			const fromTable = readTable(part);
			if (!fromTable) return null;
			return order.map((p) => (p.table === undefined ? Buffer.from(maker.piece(lines[p.line!]!, part)) : fromTable[p.table]!));
		},
	};
}
