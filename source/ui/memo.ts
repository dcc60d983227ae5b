/**
 * Caches for derived data that both a view and its controller need on every key press (sorted rows, laid-out
 * lines): one entry per argument list, compared by identity, so a reloaded store or a resize recomputes.
 */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
	let lastArgs: A | null = null;
	let lastResult: R;
	return (...args: A) => {
		if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i]))) return lastResult;
		lastResult = fn(...args);
		lastArgs = args;
		return lastResult;
	};
}
