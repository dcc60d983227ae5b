/** Widths over whole corpora: a spread into Math.max overflows the stack past about 100,000 values. */
import {describe, expect, it} from 'vitest';
import {textTable} from '../source/text/table-format.js';
import {largest, smallest} from '../source/text/largest.js';

describe('largest and smallest', () => {
	it('is the largest value, and at least the floor', () => {
		expect(largest([3, 9, 2])).toBe(9);
		expect(largest([3, 9, 2], 12)).toBe(12);
		expect(largest([], 4)).toBe(4);
		expect(largest(new Set([1, 5]))).toBe(5);
		expect(smallest([3, 9, 2])).toBe(2);
		expect(smallest([3, 9, 2], 1)).toBe(1);
		expect(smallest([])).toBe(Number.POSITIVE_INFINITY);
	});

	it('takes as many values as a 50,000-article corpus has lines', () => {
		const many = Array.from({length: 300_000}, (_, i) => i % 97);
		expect(() => Math.max(...many)).toThrow(RangeError);
		expect(largest(many)).toBe(96);
		expect(smallest(many)).toBe(0);
	});

	it('lets a plain table of 300,000 rows be laid out', () => {
		const rows = Array.from({length: 300_000}, (_, i) => ({id: `q${i}`}));
		const table = textTable(rows, [{header: 'id', get: (r: {id: string}) => r.id}]);
		expect(table.split('\n')).toHaveLength(300_002);
		expect(table.split('\n')[1]).toBe('-'.repeat('q299999'.length));
	});
});
