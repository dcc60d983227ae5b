/**
 * Quotation marks some pages print that the quote steps do not read: guillemets (« ») and double primes (″ ... ″,
 * ‶ ... ″). Each pair is put as the curly double marks the steps read, character for character, so that every offset
 * into the text still holds. Only pairs are rewritten: a lone » ("Have your say »") or ″ (an inch) is no quotation.
 * (Doubled single marks, '' ... '', already read as a quotation in single marks.)
 */
export function commonQuoteMarks(text: string): string {
	if (!/[«″‶]/.test(text)) return text;
	return text.replace(/«([^«»\n]*)»/g, '“$1”').replace(/[″‶]([^″‶\n]+)″/g, '“$1”');
}
