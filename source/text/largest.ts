/**
 * The largest of `values`, and at least `atLeast`. Not `Math.max(...values)`: a spread passes every value as an
 * argument, and past about 100,000 of them (a timeline or a table of a 50,000-article corpus) it overflows the
 * stack.
 */
export function largest(values: Iterable<number>, atLeast = Number.NEGATIVE_INFINITY): number {
	let most = atLeast;
	for (const v of values) if (v > most) most = v;
	return most;
}

/** The smallest of `values`, and at most `atMost`; as {@link largest}, without a spread. */
export function smallest(values: Iterable<number>, atMost = Number.POSITIVE_INFINITY): number {
	let least = atMost;
	for (const v of values) if (v < least) least = v;
	return least;
}
