/** The lines that show a citation made with `y` (reader, Reports): how it went, then the citation to copy. */
import type {Citation} from './state.js';
import {wrap} from './text-layout.js';

/** At most four lines: whether it reached the clipboard (OSC 52) or is to be copied by hand, then the text. */
export function citationLines(c: Citation | null, width: number): string[] {
	if (!c) return [];
	const how = c.copied ? 'Citation sent to the clipboard (OSC 52); if it is not there, copy:' : 'Citation, to copy by hand (no clipboard here):';
	return [how, ...wrap(c.text, width)].slice(0, 4);
}
