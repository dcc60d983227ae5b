/**
 * "No quadratic blow-up" as a test can check on any machine, idle or loaded: the same work on an input 8 times
 * larger takes about 8 times as long when it is linear and about 64 times when it is quadratic. Time is the
 * process's CPU time (other work on the machine barely moves it), each size is timed after a run that warms the JIT
 * (the larger twice, the smaller six times, between and around the larger's), and the quickest time counts. Timing
 * targets themselves belong to the benchmark (`npm run bench`).
 */

/** Input 8 times larger. */
export const scaleUp = 8;
/**
 * The most that work on the larger input may take, in multiples of the smaller's: linear is about 8, quadratic
 * 64. Between them, with room for the collector and caches: a paragraph of 600 quotations grew 14-22 times here.
 */
export const linearBound = 40;
/** Times below this are noise: the smaller input counts as taking at least this long. */
export const noiseFloorMs = 5;

/** CPU time (user and system) of `run()`, in milliseconds. */
export function cpuMs(run: () => unknown): number {
	const started = process.cpuUsage();
	run();
	const used = process.cpuUsage(started);
	return (used.user + used.system) / 1000;
}

export type Growth = {readonly smallMs: number; readonly largeMs: number; readonly ratio: number};

/**
 * Times `run` on `make(1)` and `make(scaleUp)`: how much longer the larger input took, as a ratio of CPU times.
 * `make` builds the input for a scale (a count of repeats, say), outside the timing.
 */
export function growth<T>(make: (scale: number) => T, run: (input: T) => unknown): Growth {
	const small = make(1);
	const large = make(scaleUp);
	run(small);
	// A busy moment on the machine slows even CPU time (a core's sibling thread shares its units), and one short
	// burst can cover every run of the smaller input if they are timed together: they are timed between and around
	// the larger's runs instead, so that both sizes see the same moments, and the quickest of each counts.
	const smalls: number[] = [];
	const larges: number[] = [];
	const timeSmall = () => smalls.push(cpuMs(() => run(small)), cpuMs(() => run(small)));
	for (let round = 0; round < 2; round++) {
		timeSmall();
		larges.push(cpuMs(() => run(large)));
	}
	timeSmall();
	const smallMs = Math.min(...smalls);
	const largeMs = Math.min(...larges);
	return {smallMs, largeMs, ratio: largeMs / Math.max(smallMs, noiseFloorMs)};
}

/** The growth in words, for a failing assertion's message. */
export function describeGrowth(g: Growth): string {
	return `${g.smallMs.toFixed(1)} ms at 1x, ${g.largeMs.toFixed(1)} ms at ${scaleUp}x: ${g.ratio.toFixed(1)} times (linear is about ${scaleUp}, the bound ${linearBound})`;
}
