/**
 * Every match of a global pattern in a text, the same as `[...text.matchAll(re)]`, read with the pattern's own exec.
 * matchAll reads a copy of the pattern made for each text, and the event and date steps ask for the matches of the
 * same few patterns in every sentence of every article.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
	const out: RegExpExecArray[] = [];
	const wide = re.unicode || re.flags.includes('v');
	re.lastIndex = 0;
	try {
		for (let m = re.exec(text); m; m = re.exec(text)) {
			out.push(m);
			// An empty match moves on by one character (a whole code point in unicode mode), as matchAll does.
			if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, wide);
		}
	} finally {
		re.lastIndex = 0;
	}
	return out;
}

function nextIndex(text: string, at: number, wide: boolean): number {
	if (!wide || at + 1 >= text.length) return at + 1;
	const c = text.charCodeAt(at);
	return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}
