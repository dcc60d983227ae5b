import {describe, expect, it} from 'vitest';
import {clampPos, movePos, scrollBy, visibleRange} from '../../source/ui/list-window.js';

describe('moving a selection in a window', () => {
	it.each([
		// from, move, count, height → to
		[{selected: 0, top: 0}, 'down', 10, 4, {selected: 1, top: 0}],
		[{selected: 3, top: 0}, 'down', 10, 4, {selected: 4, top: 1}],
		[{selected: 9, top: 6}, 'down', 10, 4, {selected: 9, top: 6}],
		[{selected: 0, top: 0}, 'up', 10, 4, {selected: 0, top: 0}],
		[{selected: 4, top: 4}, 'up', 10, 4, {selected: 3, top: 3}],
		[{selected: 5, top: 3}, 'top', 10, 4, {selected: 0, top: 0}],
		[{selected: 0, top: 0}, 'bottom', 10, 4, {selected: 9, top: 6}],
		[{selected: 1, top: 0}, 'page-down', 10, 4, {selected: 5, top: 4}],
		[{selected: 8, top: 6}, 'page-down', 10, 4, {selected: 9, top: 6}],
		[{selected: 5, top: 4}, 'page-up', 10, 4, {selected: 1, top: 0}],
		[{selected: 0, top: 0}, 'down', 0, 4, {selected: 0, top: 0}],
		[{selected: 2, top: 0}, 'down', 3, 10, {selected: 2, top: 0}],
	] as const)('%j %s in %i rows of %i', (from, move, count, height, to) => {
		expect(movePos(from, move, count, height)).toEqual(to);
	});

	it('moves the window only as far as it must', () => {
		let pos = {selected: 0, top: 0};
		const tops: number[] = [];
		for (let i = 0; i < 6; i++) {
			pos = movePos(pos, 'down', 10, 4);
			tops.push(pos.top);
		}
		expect(tops).toEqual([0, 0, 0, 1, 2, 3]);
	});

	it('makes a stale position valid after the list or window shrinks', () => {
		expect(clampPos({selected: 40, top: 38}, 10, 4)).toEqual({selected: 9, top: 6});
		expect(clampPos({selected: 9, top: 0}, 10, 4)).toEqual({selected: 9, top: 6});
		expect(visibleRange({selected: 9, top: 6}, 10, 4)).toEqual({start: 6, end: 10});
	});
});

describe('scrolling a document', () => {
	it.each([
		[0, 'down', 10, 4, 1],
		[6, 'down', 10, 4, 6],
		[3, 'page-down', 10, 4, 6],
		[3, 'page-up', 10, 4, 0],
		[3, 'bottom', 10, 4, 6],
		[3, 'top', 10, 4, 0],
		[0, 'down', 3, 4, 0],
	] as const)('from %i %s (%i lines, %i high) to %i', (top, move, lines, height, to) => {
		expect(scrollBy(top, move, lines, height)).toBe(to);
	});
});
