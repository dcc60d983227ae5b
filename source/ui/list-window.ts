/**
 * Selection and scrolling in a list that shows `height` rows at a time. The window moves only as far as it must
 * to keep the selection visible, so that moving the selection rewrites two rows rather than the whole list.
 */

/** The selected row and the first visible row. */
export type ListPos = {readonly selected: number; readonly top: number};

export const startPos: ListPos = {selected: 0, top: 0};

export const moves = ['down', 'up', 'top', 'bottom', 'page-down', 'page-up'] as const;
export type Move = (typeof moves)[number];

function clamp(n: number, lo: number, hi: number): number {
	return Math.min(Math.max(n, lo), Math.max(lo, hi));
}

/** The position made valid for `count` rows in a window of `height`: selection in range and visible. */
export function clampPos(pos: ListPos, count: number, height: number): ListPos {
	if (count <= 0) return startPos;
	const h = Math.max(1, height);
	const selected = clamp(pos.selected, 0, count - 1);
	let top = clamp(pos.top, 0, count - h);
	if (selected < top) top = selected;
	if (selected >= top + h) top = selected - h + 1;
	return {selected, top};
}

/** Moves the selection; a page is the window's height. */
export function movePos(pos: ListPos, move: Move, count: number, height: number): ListPos {
	const h = Math.max(1, height);
	const p = clampPos(pos, count, h);
	switch (move) {
		case 'down':
			return clampPos({...p, selected: p.selected + 1}, count, h);
		case 'up':
			return clampPos({...p, selected: p.selected - 1}, count, h);
		case 'top':
			return clampPos({selected: 0, top: 0}, count, h);
		case 'bottom':
			return clampPos({selected: count - 1, top: count}, count, h);
		case 'page-down':
			return clampPos({selected: p.selected + h, top: p.top + h}, count, h);
		case 'page-up':
			return clampPos({selected: p.selected - h, top: p.top - h}, count, h);
	}
}

/** The rows to render: `[start, end)`. */
export function visibleRange(pos: ListPos, count: number, height: number): {start: number; end: number} {
	const p = clampPos(pos, count, height);
	return {start: p.top, end: Math.min(count, p.top + Math.max(0, height))};
}

/** Scrolling without a selection (a document): the first visible line, kept in range. */
export function scrollBy(top: number, move: Move, lines: number, height: number): number {
	const h = Math.max(1, height);
	const max = Math.max(0, lines - h);
	switch (move) {
		case 'down':
			return clamp(top + 1, 0, max);
		case 'up':
			return clamp(top - 1, 0, max);
		case 'top':
			return 0;
		case 'bottom':
			return max;
		case 'page-down':
			return clamp(top + h, 0, max);
		case 'page-up':
			return clamp(top - h, 0, max);
	}
}
