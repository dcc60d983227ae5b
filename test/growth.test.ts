/** The growth check itself tells linear work from quadratic, so the tests that use it can fail. */
import {describe, expect, it} from 'vitest';
import {growth, linearBound} from './helpers/growth.js';

/** Work proportional to n, and to n squared, over an array of n numbers. */
const linear = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const quadratic = (xs: number[]) => {
	let s = 0;
	for (const a of xs) for (const b of xs) s += a ^ b;
	return s;
};

describe('growth', () => {
	const input = (n: number) => (scale: number) => Array.from({length: n * scale}, (_, i) => i);
	it('passes linear work', () => {
		expect(growth(input(400_000), linear).ratio).toBeLessThan(linearBound);
	});
	it('fails quadratic work', () => {
		// Large enough that the smaller input stays well above the noise floor, which would otherwise cap the ratio.
		expect(growth(input(5_000), quadratic).ratio).toBeGreaterThan(linearBound);
	});
});
