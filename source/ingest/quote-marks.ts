/**
 * Double quotation marks, read one way by every step that asks whether a position is inside someone's words
 * (sentence splitting, quotation spans, the tense of a date): “ and „ open, ” closes, a straight " closes an open
 * quotation or else opens one. Not nested: British news puts a quote inside a quote in single marks.
 */

/** Whether a quotation is open after the character `code`, given whether one was open before it. */
export function openAfter(code: number, open: boolean): boolean {
	if (code === 0x201c || code === 0x201e) return true; // “ „
	if (code === 0x201d) return false; // ”
	if (code === 0x22) return !open; // "
	return open;
}
