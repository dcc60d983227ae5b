/**
 * The older LexisNexis Academic text export: each article starts with a centred `N of M DOCUMENTS` line, then
 * the publication, the date line (`January 11, 2010 Monday`), optional edition lines, the headline, upper-case
 * labels (`BYLINE:`, `SECTION:`, `LENGTH:`), the body hard-wrapped at 80 columns, trailing labels
 * (`LOAD-DATE:`, `LANGUAGE:`, `PUBLICATION-TYPE:`) and a centred copyright notice.
 */
import {datelineDate} from '../dateline.js';
import {paragraphsOf, type ArticleProblem, type ParsedArticle, type ParsedExport} from './types.js';

const documentLine = /^\s*(\d+) of (\d+) DOCUMENTS\s*$/;
const upperLabel = /^([A-Z][A-Z-]+(?: [A-Z-]+)?):\s*(.*)$/;
const trailing = new Set(['LOAD-DATE', 'LANGUAGE', 'PUBLICATION-TYPE', 'GRAPHIC', 'JOURNAL-CODE', 'NOTES', 'DOCUMENT-TYPE', 'SUBJECT', 'GEOGRAPHIC', 'ORGANIZATION', 'TYPE', 'CORRECTION-DATE', 'URL']);

export function looksLikeLexisNexisAcademic(lines: readonly string[]): boolean {
	return lines.slice(0, 400).some((l) => documentLine.test(l));
}

export function parseLexisNexisAcademic(lines: readonly string[]): ParsedExport {
	const starts: {at: number; n: number; of: number}[] = [];
	lines.forEach((l, i) => {
		const m = documentLine.exec(l);
		if (m) starts.push({at: i, n: Number(m[1]), of: Number(m[2])});
	});
	// The count most articles state (a download can carry a stray "8 of 383" from another search).
	const tally = new Map<number, number>();
	for (const s of starts) tally.set(s.of, (tally.get(s.of) ?? 0) + 1);
	const expected = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

	const articles: ParsedArticle[] = [];
	const problems: ArticleProblem[] = [];
	starts.forEach((s, k) => {
		const block = lines.slice(s.at + 1, starts[k + 1]?.at ?? lines.length);
		const result = parseArticle(block, k + 1);
		if ('reason' in result) problems.push(result);
		else articles.push(result);
	});
	return {format: 'lexisnexis-academic', expected, articles, problems};
}

function parseArticle(block: readonly string[], position: number): ParsedArticle | ArticleProblem {
	let i = 0;
	const skipBlank = () => {
		while (i < block.length && block[i]!.trim() === '') i++;
	};
	skipBlank();
	const source = block[i]?.trim() ?? '';
	i++;
	skipBlank();
	const dateLine = block[i]?.trim() ?? '';
	const day = datelineDate(dateLine);
	if (!source || !day) return {position, reason: `no publication and date line (found '${dateLine.slice(0, 60)}')`};
	i++;
	// Edition lines follow the date without a blank line between.
	while (i < block.length && block[i]!.trim() !== '') i++;
	skipBlank();

	const labels = new Map<string, string>();
	let title: string | null = null;
	// The headline (possibly wrapped) comes before the first label; some articles have none.
	if (i < block.length && !upperLabel.test(block[i]!)) {
		const head: string[] = [];
		while (i < block.length && block[i]!.trim() !== '') head.push(block[i++]!.trim());
		title = head.join(' ');
		skipBlank();
	}
	// Leading labels, each possibly wrapped onto following lines, separated by blank lines.
	while (i < block.length) {
		const m = upperLabel.exec(block[i]!);
		if (!m) break;
		const value = [m[2]!.trim()];
		i++;
		while (i < block.length && block[i]!.trim() !== '') value.push(block[i++]!.trim());
		labels.set(m[1]!, value.join(' ').trim());
		skipBlank();
	}
	const bodyStart = i;
	let bodyEnd = block.length;
	for (let j = bodyStart; j < block.length; j++) {
		const m = upperLabel.exec(block[j]!);
		if (m && trailing.has(m[1]!) && (j === 0 || block[j - 1]!.trim() === '')) {
			bodyEnd = j;
			break;
		}
	}
	for (let j = bodyEnd; j < block.length; j++) {
		const m = upperLabel.exec(block[j]!);
		if (m && !labels.has(m[1]!)) labels.set(m[1]!, m[2]!.trim());
	}
	const paragraphs = paragraphsOf(block.slice(bodyStart, bodyEnd)).filter((p) => !/^Copyright \d{4}|^All Rights Reserved$/i.test(p));
	if (paragraphs.length === 0) return {position, reason: 'no body text'};
	const byline = labels.get('BYLINE')?.replace(/^By\s+/i, '') || null;
	return {
		text: paragraphs.join('\n\n'),
		raw: block.join('\n').trim(),
		title,
		source,
		byline,
		url: null,
		published: {value: day, basis: `stated: LexisNexis date line '${dateLine}'`},
		position,
	};
}
