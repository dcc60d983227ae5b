/**
 * A round-up's crossheads: "Central Bedfordshire Council" on a line of its own above that council's paragraphs,
 * "Wokingham Borough Council" above the next. The furniture step sets such lines aside (a short line without a
 * stop is a crosshead, not a paragraph); the events still need to know whose paragraphs follow.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import type {CleanResult} from './furniture.js';

/** The words a crosshead may hold beside an authority's name. */
const headingWords = /^(?:(?:the|london|royal|borough|city|county|district|metropolitan|council|of|children['’]s|services|social|care|[-–—:,&]|\s)+)?$/i;

/** The authority a crosshead names and nothing else, or null. */
export function headingAuthority(line: string): string | null {
	const found = findAuthorityMentions(line);
	if (found.length !== 1) return null;
	const rest = line.slice(0, found[0]!.start) + ' ' + line.slice(found[0]!.end);
	return headingWords.test(rest) ? found[0]!.name : null;
}

/**
 * For each paragraph, the authority of the crosshead above it, where the article has two or more (one line naming a
 * council is a caption, not a round-up's section); null before the first.
 */
export function sectionAuthorities(clean: CleanResult): (string | null)[] {
	const headings = clean.furniture.flatMap((f) => {
		const name = f.kind === 'caption' ? headingAuthority(f.text) : null;
		return name ? [{line: f.line, name}] : [];
	});
	if (new Set(headings.map((h) => h.name)).size < 2) return clean.paragraphs.map(() => null);
	return clean.lineNumbers.map((lines) => headings.findLast((h) => h.line < (lines[0] ?? 0))?.name ?? null);
}

