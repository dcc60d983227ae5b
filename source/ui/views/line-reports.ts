/**
 * The reports behind one timeline line: each article that tells the event (a line merges the reports of one
 * event from several articles), with its publication, date, the paragraph to open at and the sentence the event
 * was read from. Pure; no Ink, no terminal cleaning (the view cleans what it shows).
 */
import {articleCitation, type Citation} from '../../corpus/citation.js';
import {compareDates, formatDate} from '../../corpus/date-value.js';
import {findArticle, findEvent} from '../../corpus/lookups.js';
import type {EventView} from '../../corpus/queries.js';
import type {StoreData} from '../../corpus/schema.js';
import {recordIds} from './timeline/items.js';

/** One article's report of a line. */
export type LineReport = {
	readonly articleId: string;
	/** The paragraph the report was read from: where the reader opens. */
	readonly paragraph: number;
	/** The article's other paragraphs that tell the same event. */
	readonly alsoIn: readonly number[];
	readonly title: string;
	/** The file it was imported from: what names the article where the publication is not known. */
	readonly file: string;
	/** The newspaper or site, or null when the store does not know it. */
	readonly publication: string | null;
	/** The article's date at its precision, as the views show it. */
	readonly date: string;
	/** The sentence the event was read from, else the paragraph's text. */
	readonly sentence: string;
};

/**
 * Every article that reports the line, oldest first (the undated last), one report an article: the paragraph and
 * sentence of the store's record for that article where there is one, else its first source paragraph. Sources
 * whose article is not in the store are left out.
 */
export function lineReports(data: StoreData, line: EventView): LineReport[] {
	const records = recordIds(line)
		.map((id) => findEvent(data, id))
		.filter((r) => r !== undefined);
	const byArticle = new Map<string, number[]>();
	for (const s of line.sources) {
		const list = byArticle.get(s.articleId);
		if (list) {
			if (!list.includes(s.paragraph)) list.push(s.paragraph);
		} else byArticle.set(s.articleId, [s.paragraph]);
	}
	const out: {report: LineReport; order: number}[] = [];
	for (const [articleId, paragraphs] of byArticle) {
		const article = findArticle(data, articleId);
		if (!article) continue;
		const record = records.find((r) => r.articleId === articleId && r.evidence?.sentence);
		const paragraph = record?.paragraph ?? paragraphs[0]!;
		const sentence = record?.evidence?.sentence ?? article.paragraphs[paragraph - 1] ?? '';
		out.push({
			order: out.length,
			report: {
				articleId,
				paragraph,
				alsoIn: paragraphs.filter((p) => p !== paragraph),
				title: article.title,
				file: article.file,
				publication: article.source?.trim() ? article.source.trim() : null,
				date: formatDate(article.published),
				sentence,
			},
		});
	}
	// Undated articles sort last (compareDates puts an unknown date after every known one).
	const published = (id: string) => findArticle(data, id)!.published;
	return out.sort((a, b) => compareDates(published(a.report.articleId), published(b.report.articleId)) || a.order - b.order).map((x) => x.report);
}

/**
 * What `y` cites on the Reports screen: the selected report's article at its paragraph, as the reader's `y` and
 * every export cite it; null without one.
 */
export function reportCitation(data: StoreData, report: LineReport | undefined): Citation | null {
	const article = report && findArticle(data, report.articleId);
	return article ? articleCitation(article, report.paragraph) : null;
}
