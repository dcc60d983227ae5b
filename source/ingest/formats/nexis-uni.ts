/**
 * Nexis Uni exports (.DOCX, .RTF), read as lines of text, one line per paragraph of the document.
 *
 * The conventions follow the R package LexisNexisTools: an optional cover page (`Date and Time:`, `Job Number:`,
 * `Documents (N)`, a numbered list of headlines); each article a headline, the publication, a date line
 * (`July 2, 2019 Tuesday 9:33 AM GMT`), an optional copyright line, labels followed by U+00A0 (`Section:`,
 * `Length:`, `Byline:`), a line `Body`, the paragraphs, an optional `Classification` block, `Load-Date:`, and
 * `End of Document`. Articles are found from their `Body` line back to their date line, so a cover page (and the
 * blank lines in it) never needs to be measured, and the date is read from its own line only: a headline such as
 * "Covid-19, part 1" is never taken for a date.
 */
import {datelineDate} from '../dateline.js';
import {labelOf, type ArticleProblem, type ParsedArticle, type ParsedExport} from './types.js';

// `End of Document` is the English interface's; other interfaces write their own (LexisNexisTools #7, #31).
const endOfDocument = /^\s*(?:End of Document|Dokumentende|Fin du document|Fin del documento|Einde van document|Fine del documento)\s*$/;
const coverCount = /^\s*Documents \((\d+)\)\s*$/;
/** Labels that close the body: what follows them is the export's indexing, not the article. */
const afterBody = new Set(['load-date', 'language', 'publication-type', 'subject', 'geographic', 'organization', 'industry', 'person', 'ticker', 'company', 'graphic', 'notes', 'document-type', 'journal-code']);
/** Lines between the date line and `Body` that are the article's furniture, not labels. */
const copyrightLine = /^\s*(?:Copyright|©|\(c\))/i;

/** Does the text look like a Nexis Uni export? (Structure only: `End of Document` after a `Body` line.) */
export function looksLikeNexisUni(lines: readonly string[]): boolean {
	let body = false;
	for (const l of lines) {
		if (/^\s*Body\s*$/.test(l)) body = true;
		else if (body && endOfDocument.test(l)) return true;
	}
	return false;
}

/** Splits a Nexis Uni export into its articles. */
export function parseNexisUni(lines: readonly string[]): ParsedExport {
	let expected: number | null = null;
	for (const l of lines.slice(0, 60)) {
		const m = coverCount.exec(l);
		if (m) {
			expected = Number(m[1]);
			break;
		}
	}
	const blocks: string[][] = [];
	let current: string[] = [];
	for (const l of lines) {
		if (endOfDocument.test(l)) {
			blocks.push(current);
			current = [];
		} else current.push(l);
	}
	// Text after the last `End of Document` is an article only if it has a body.
	if (current.some((l) => /^\s*Body\s*$/.test(l))) blocks.push(current);

	const articles: ParsedArticle[] = [];
	const problems: ArticleProblem[] = [];
	blocks.forEach((block, k) => {
		const result = parseArticle(block, k + 1);
		if ('reason' in result) problems.push(result);
		else articles.push(result);
	});
	return {format: 'nexis-uni', expected, articles, problems};
}

function parseArticle(block: readonly string[], position: number): ParsedArticle | ArticleProblem {
	const bodyAt = block.findIndex((l) => /^\s*Body\s*$/.test(l));
	if (bodyAt < 0) return {position, reason: "no 'Body' line"};

	// Back from `Body` (over labels, a copyright line, a highlight's text) to the nearest line that is a date
	// and nothing else.
	let dateAt = -1;
	for (let i = bodyAt - 1; i >= 0 && i >= bodyAt - 40; i--) {
		const l = block[i]!;
		if (l.trim() === '' || labelOf(l) || copyrightLine.test(l)) continue;
		if (datelineDate(l) !== null) {
			dateAt = i;
			break;
		}
	}
	const nonBlankBefore = (i: number) => {
		for (let j = i - 1; j >= 0; j--) if (block[j]!.trim() !== '') return j;
		return -1;
	};
	const sourceAt = dateAt >= 0 ? nonBlankBefore(dateAt) : nonBlankBefore(firstLabel(block, bodyAt));
	const titleAt = sourceAt >= 0 ? nonBlankBefore(sourceAt) : -1;
	if (titleAt < 0) return {position, reason: 'no headline and publication before the article'};

	const labels = new Map<string, string>();
	for (let i = Math.max(dateAt, sourceAt) + 1; i < bodyAt; i++) {
		const lab = labelOf(block[i]!);
		if (lab && !labels.has(lab.label)) labels.set(lab.label, lab.value);
	}
	const body: string[] = [];
	let end = block.length;
	for (let i = bodyAt + 1; i < block.length; i++) {
		const l = block[i]!;
		const lab = labelOf(l);
		if (/^\s*Classification\s*$/.test(l) || (lab && afterBody.has(lab.label))) {
			end = i;
			break;
		}
		if (l.trim() !== '') body.push(l.replace(/\u00a0/g, ' ').trim());
	}
	for (let i = end; i < block.length; i++) {
		const lab = labelOf(block[i]!);
		if (lab && !labels.has(lab.label)) labels.set(lab.label, lab.value);
	}
	if (body.length === 0) return {position, reason: 'no body text'};

	const dateLine = dateAt >= 0 ? block[dateAt]!.trim() : null;
	const day = dateLine ? datelineDate(dateLine) : null;
	const loadDay = labels.get('load-date') ? datelineDate(labels.get('load-date')!) : null;
	const published = day ? {value: day, basis: `stated: Nexis date line '${dateLine}'`} : loadDay ? {value: loadDay, basis: 'stated: Nexis Load-Date'} : null;
	// A byline can run into the highlight that Nexis prints after it on the same line.
	const byline = labels.get('byline')?.split(/\s*Highlight:/)[0]!.trim() || null;
	// The first block starts with the cover page: only lines from the headline on are the article's own.
	const raw = block.slice(titleAt).join('\n').trim();
	return {
		text: body.join('\n\n'),
		raw,
		title: block[titleAt]!.trim(),
		source: block[sourceAt]!.trim(),
		byline,
		url: null,
		published,
		position,
	};
}

function firstLabel(block: readonly string[], bodyAt: number): number {
	let at = bodyAt;
	for (let i = bodyAt - 1; i >= 0; i--) {
		const l = block[i]!;
		if (l.trim() === '' || labelOf(l)) {
			if (labelOf(l)) at = i;
			continue;
		}
		break;
	}
	return at;
}
