/**
 * Work during which Ctrl-C, `kill` and a closed terminal end the process at once. A signal with a listener waits
 * for the event loop, and a step that works synchronously for minutes (the row tables of a large store) would
 * keep it waiting that long: the lock file's library listens for these signals for the life of the process, to
 * remove its locks. Meant for work that holds no lock and writes only files renamed into place when whole, so
 * that ending anywhere leaves at worst a temp file that the next save removes.
 */

export const stopSignals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Runs `work` with no listener for the stop signals (their default action: the process ends); puts them back after. */
export async function withDefaultStopSignals<T>(work: () => Promise<T>): Promise<T> {
	const held = stopSignals.map((signal) => [signal, process.listeners(signal)] as const);
	for (const signal of stopSignals) process.removeAllListeners(signal);
	try {
		return await work();
	} finally {
		for (const [signal, listeners] of held) for (const listener of listeners) process.on(signal, listener);
	}
}
