/**
 * What every export parser gives back: the articles a file holds, each with the metadata its format states,
 * and the articles it could not read, each with its position in the file and the reason.
 */

/** A day the file states, and where it was read ("stated: Nexis date line"). */
export type StatedDay = {readonly value: string; readonly basis: string};

export type ParsedArticle = {
	/** The body: paragraphs separated by blank lines, with the format's labels and furniture taken away. */
	readonly text: string;
	/** The article's own part of the file as read (labels included): kept as the article's raw text. */
	readonly raw: string;
	readonly title: string | null;
	/** The publication. */
	readonly source: string | null;
	readonly byline: string | null;
	readonly url: string | null;
	readonly published: StatedDay | null;
	/** Why a date the file states was not taken (an ambiguous or unreadable one), for the import's report. */
	readonly dateProblem?: string;
	/** The export's own id for the article (Factiva's accession number), where it has one. */
	readonly exportId?: string;
	/** 1-based position in the file. */
	readonly position: number;
};

export type ArticleProblem = {readonly position: number; readonly reason: string};

export type ExportFormat = 'nexis-uni' | 'lexisnexis-academic' | 'factiva' | 'html';

export type ParsedExport = {
	readonly format: ExportFormat;
	/** How many articles the file says it holds ("Documents (10)", "1 of 10 DOCUMENTS"), if it says. */
	readonly expected: number | null;
	readonly articles: ParsedArticle[];
	readonly problems: ArticleProblem[];
};

/** Lines of text, trimmed at the end, NBSP kept (Nexis labels are followed by one). */
export function linesOf(text: string): string[] {
	return text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[ \t]+$/, ''));
}

/** Blank-line separated blocks of lines joined into paragraphs (hard-wrapped exports wrap at 80 columns). */
export function paragraphsOf(lines: readonly string[]): string[] {
	const out: string[] = [];
	let current: string[] = [];
	const flush = () => {
		if (current.length) out.push(current.join(' ').replace(/[ \t\u00a0]+/g, ' ').trim());
		current = [];
	};
	for (const l of lines) {
		if (l.trim() === '') flush();
		else current.push(l.trim());
	}
	flush();
	return out.filter((p) => p !== '');
}

/** A label line ("Byline:\u00a0Jane Smith", "LOAD-DATE: July 3, 2019"): its label and value, or null. */
export function labelOf(line: string): {label: string; value: string} | null {
	const m = /^\s*([A-Za-z][A-Za-z/-]{1,30}(?: [A-Za-z-]+)?):[\s\u00a0]*(.*)$/.exec(line);
	return m ? {label: m[1]!.toLowerCase(), value: m[2]!.replace(/\u00a0/g, ' ').trim()} : null;
}
