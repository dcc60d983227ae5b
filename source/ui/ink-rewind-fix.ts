/**
 * A fix for Ink 6.8.0's incremental renderer, which rewinds the cursor one row short (vadimdemedes/ink#909,
 * fixed in Ink 7, which needs Node 22). Ink leaves the cursor on the row below a frame that ends in a newline
 * (every frame shorter than the terminal, as ours are), but starts its next incremental update with
 * `cursorUp(lines - 1)`, as if the cursor were on the frame's last row: each update lands one row lower, and
 * unchanged rows are left where they were, duplicated.
 *
 * The fix sits between Ink and the terminal: it notes whether the last frame write left the cursor below the
 * frame (ends in `\n`, or in `ESC [ E` when the last row was unchanged) and, if so, adds one to the `ESC [ n A`
 * an update starts with. Ink's other paths (a shrinking frame, which erases first; a full-screen frame; the
 * first frame) start differently and pass through untouched.
 */

const rewind = /^\u001B\[(\d+)A/;
const nextLine = '\u001B[E';

/** Rewrites one write from Ink; `state.below` carries whether the cursor sits below the frame. */
export function fixRewind(chunk: string, state: {below: boolean}): string {
	let out = chunk;
	if (state.below) {
		const m = rewind.exec(out);
		if (m) out = `\u001B[${Number(m[1]) + 1}A${out.slice(m[0].length)}`;
	}
	// Only writes that move between rows are frame writes; cursor shows/hides and sync markers are not.
	if (out.includes('\n') || out.includes(nextLine) || rewind.test(out)) state.below = out.endsWith('\n') || out.endsWith(nextLine);
	return out;
}

/** `stdout` as Ink should get it: the same stream, with {@link fixRewind} applied to what Ink writes. */
export function withRewindFix(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
	const state = {below: false};
	const write = (chunk: unknown, ...rest: unknown[]): boolean =>
		(stdout.write as (...a: unknown[]) => boolean)(typeof chunk === 'string' ? fixRewind(chunk, state) : chunk, ...rest);
	return new Proxy(stdout, {
		get(target, prop) {
			if (prop === 'write') return write;
			const value: unknown = Reflect.get(target, prop, target);
			return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
		},
	});
}
