/**
 * A press report of a rating without a date ("it later received a more positive rating of 'requires
 * improvement'") joins the official judgement it reports, when only one official judgement can be it.
 *
 * Candidates are the authority's official children's services judgements published on or before the article's
 * date whose grade is the reported one, or not recorded (the scraper reads no grade from reports before 2018).
 * One candidate within 18 months before the article (news of a recent judgement) is the one; with none there,
 * one candidate in all the years before the article is. Two or more is ambiguous, and the report stays its own
 * line: a wrong merge would date a rating, and an episode's end, falsely.
 */
import {dayRange} from './date-value.js';
import {happened, isChildrensServicesJudgement} from './event-kinds.js';
import type {EventView} from './queries.js';
import type {Article} from './schema.js';

/** Roughly eighteen months, in days: how far back "was rated" in a news report reaches. */
export const recentDays = 548;

/** The official line an undated rating report reports, or null when none or several could be it. */
export function officialForUndatedRating(line: EventView, officials: readonly EventView[], article: Article | undefined): EventView | null {
	if (line.date.value !== null || line.origin !== 'extracted' || line.type !== 'inspection-judgement' || !line.rating) return null;
	if (!happened(line) || !isChildrensServicesJudgement(line) || !article) return null;
	const published = dayRange(article.published);
	if (!published) return null;
	const candidates = officials.filter((o) => {
		if (o.authority !== line.authority || !isChildrensServicesJudgement(o)) return false;
		const grade = o.rating ?? o.reportedRating;
		if (grade !== undefined && grade !== line.rating) return false;
		const day = dayRange(o.date);
		return day !== null && day[0] <= published[1];
	});
	const recent = candidates.filter((o) => dayRange(o.date)![1] >= published[0] - recentDays);
	if (recent.length === 1) return recent[0]!;
	if (recent.length === 0 && candidates.length === 1) return candidates[0]!;
	return null;
}

/**
 * Joins each undated rating report to its official line, in place: the line takes the report's sources and,
 * when it had no grade, the reported rating. Returns the report lines to remove.
 */
export function attachUndatedRatings(lines: readonly EventView[], articles: ReadonlyMap<string, Article>): Set<EventView> {
	const attached = new Set<EventView>();
	const officialsBy = new Map<string, EventView[]>();
	for (const l of lines) {
		if (l.origin !== 'ofsted' || l.type !== 'inspection-judgement') continue;
		const list = officialsBy.get(l.authority);
		if (list) list.push(l);
		else officialsBy.set(l.authority, [l]);
	}
	for (const line of lines) {
		if (line.date.value !== null || line.origin !== 'extracted' || line.type !== 'inspection-judgement' || !line.articleId) continue;
		const target = officialForUndatedRating(line, officialsBy.get(line.authority) ?? [], articles.get(line.articleId));
		if (!target) continue;
		for (const s of line.sources) if (!target.sources.some((t) => t.articleId === s.articleId && t.paragraph === s.paragraph)) target.sources.push(s);
		target.merged = [...(target.merged ?? [target.id]), ...(line.merged ?? [line.id])];
		if (target.rating === undefined) target.reportedRating = line.rating;
		if (target.articleId === undefined && line.articleId !== undefined) {
			target.articleId = line.articleId;
			target.paragraph = line.paragraph;
		}
		attached.add(line);
	}
	return attached;
}
