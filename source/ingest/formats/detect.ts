/**
 * What a file is, from its content alone (never its name): a zip (a Word document) or RTF by their first bytes;
 * a saved web page, a Nexis Uni, LexisNexis Academic or Factiva export by the structure of its text.
 */
import {looksLikeFactiva} from './factiva.js';
import {looksLikeHtml} from './html.js';
import {looksLikeLexisNexisAcademic} from './lexisnexis-academic.js';
import {looksLikeNexisUni} from './nexis-uni.js';
import type {ExportFormat} from './types.js';

export type Container = 'docx' | 'rtf' | 'text';

/** How many leading bytes {@link detectContainer} needs. */
export const SNIFF_BYTES = 16;

/** A zip (PK\x03\x04) is read as a Word document; `{\rtf` (after a BOM or blanks) as RTF; anything else as text. */
export function detectContainer(head: Uint8Array): Container {
	if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'docx';
	let i = 0;
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
	while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
	const rtf = [0x7b, 0x5c, 0x72, 0x74, 0x66];
	if (rtf.every((b, k) => head[i + k] === b)) return 'rtf';
	return 'text';
}

/** The export format a text is written in, or null for a plain article. */
export function detectText(text: string, lines: readonly string[]): ExportFormat | null {
	if (looksLikeHtml(text)) return 'html';
	if (looksLikeNexisUni(lines)) return 'nexis-uni';
	if (looksLikeLexisNexisAcademic(lines)) return 'lexisnexis-academic';
	if (looksLikeFactiva(lines)) return 'factiva';
	return null;
}
