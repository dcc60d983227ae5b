/**
 * Copying a citation to the clipboard of the person at the terminal, which over SSH is the only clipboard that
 * matters: OSC 52 (`ESC ] 52 ; c ; <base64> BEL`) asks their terminal to set it. Nothing can confirm that it did,
 * so the UI always shows the citation as well.
 *
 * Sent only where a terminal that understands escape sequences is on the other end: stdout is a TTY and TERM is
 * set and is not `dumb`, `unknown` or `linux` (the Linux console ignores OSC 52). `SCRUTINY_CLIPBOARD=off` turns
 * it off; `=on` sends it regardless of TERM. Inside tmux, the sequence reaches the outer terminal only with
 * tmux's `set-clipboard on`.
 */

/** Terminals that certainly do not handle OSC 52. */
const unsupportedTerms = new Set(['', 'dumb', 'unknown', 'linux', 'cons25', 'vt100', 'vt102', 'vt220']);

export function osc52Supported(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
	const setting = env.SCRUTINY_CLIPBOARD?.toLowerCase();
	if (setting === 'off' || setting === '0' || setting === 'no') return false;
	if (!isTTY) return false;
	if (setting === 'on' || setting === '1' || setting === 'yes') return true;
	return !unsupportedTerms.has(env.TERM ?? '');
}

/** The OSC 52 sequence that sets the clipboard to `text`. The text is base64, so nothing in it can escape. */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/** Puts text on the clipboard if it can; true when the sequence was sent. */
export type Clipboard = (text: string) => boolean;

/** A clipboard that writes OSC 52 to `out` where {@link osc52Supported} says so, else does nothing. */
export function terminalClipboard(out: {write(s: string): unknown; isTTY?: boolean}, env: NodeJS.ProcessEnv): Clipboard {
	return (text) => {
		if (!osc52Supported(env, Boolean(out.isTTY))) return false;
		out.write(osc52(text));
		return true;
	};
}

/** A clipboard that never copies: the citation is shown to copy by hand. */
export const noClipboard: Clipboard = () => false;
