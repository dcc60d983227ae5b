/**
 * A panel that lists choices to pick from under a header: the timeline's authority and type pickers (several
 * picked, each with a box) and the comparison's authority chooser (one, with a fuzzy box in the header). Only
 * the rows that fit are drawn, the selected one marked.
 */
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {clampPos, visibleRange, type ListPos} from '../list-window.js';
import {fit} from '../text-layout.js';
import {colourProps, type Colour, type Theme} from '../theme.js';

/** One choice as the panel draws it; `label` is already safe to print. */
export type PickerRow = {
	readonly key: string;
	readonly label: string;
	/** Dim text after the label: how many lines, what the store holds of it. */
	readonly detail: string;
	readonly colour?: Colour | undefined;
	/** Whether it is picked, for a panel that picks several; undefined draws no box. */
	readonly picked?: boolean;
};

export type PickerPanelProps<T> = {
	/** The lines above the list (a title, a text box, a count). */
	readonly header: ReactNode;
	/** Shown in place of the list when there is no choice. */
	readonly empty?: ReactNode;
	readonly items: readonly T[];
	readonly row: (item: T) => PickerRow;
	readonly pos: ListPos;
	/** Rows for the list itself. */
	readonly listHeight: number;
	/** The label column's width, given the rows that are visible. */
	readonly labelWidth: (visible: readonly PickerRow[]) => number;
	readonly theme: Theme;
	readonly width?: number;
	readonly height?: number;
};

export function PickerPanel<T>({header, empty, items, row, pos, listHeight, labelWidth, theme, width, height}: PickerPanelProps<T>) {
	const p = clampPos(pos, items.length, listHeight);
	const {start, end} = visibleRange(p, items.length, listHeight);
	const rows = items.slice(start, end).map(row);
	const w = labelWidth(rows);
	return (
		<Box flexDirection="column" {...(width === undefined ? {} : {width})} {...(height === undefined ? {} : {height})}>
			{header}
			{items.length === 0 && empty ? empty : null}
			{rows.map((r, i) => {
				const isSel = start + i === p.selected;
				return (
					<Text key={r.key} wrap="truncate">
						<Text inverse={isSel}>{isSel ? '›' : ' '}</Text> {r.picked === undefined ? '' : `[${r.picked ? 'x' : ' '}] `}
						<Text {...colourProps(theme, r.colour)}>{fit(r.label, w)}</Text> <Text dimColor>{r.detail}</Text>
					</Text>
				);
			})}
		</Box>
	);
}
