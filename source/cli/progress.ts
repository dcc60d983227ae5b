/** The import progress bar on a terminal: files done of total, rate and time left, redrawn in place. */
import type {Output} from './context.js';

export function progressBar(out: Output, now: () => number = Date.now): {update: (done: number, total: number) => void; done: () => void} {
	const started = now();
	let last = 0;
	let drawn = false;
	const draw = (done: number, total: number) => {
		const secs = Math.max(0.001, (now() - started) / 1000);
		const rate = done / secs;
		const left = rate > 0 ? Math.round((total - done) / rate) : 0;
		const width = 24;
		const filled = total > 0 ? Math.round((width * done) / total) : width;
		out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files  ${rate.toFixed(0)}/s  ${left}s left  `);
		drawn = true;
	};
	return {
		update(done, total) {
			// Redraw at most ten times a second: the bar must not cost more than the import.
			if (done !== total && now() - last < 100) return;
			last = now();
			draw(done, total);
		},
		done() {
			if (drawn) out.write('\r\x1b[2K');
		},
	};
}
