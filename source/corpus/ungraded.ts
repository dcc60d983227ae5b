/**
 * Reports that give no overall grade: a children's services report under the reformed framework (the CSV's
 * `not_reported_post_reform`, 2026 on), or one whose grade was not recorded. They are no rating, so they end no
 * episode and are no latest rating; but a researcher reading "still inadequate" must be told that a later report
 * exists. Pure over timeline lines.
 */
import {formatDate} from './date-value.js';
import {comparePrefix, ratingOf} from './episodes.js';
import {happened, isChildrensServicesJudgement} from './event-kinds.js';
import type {EventView} from './queries.js';

/**
 * A dated children's services report in the official data that happened and gives no grade (nor one the press
 * reported for it). A press mention without its grade ("a damning report", "its previous inspection in 2015") is a
 * report the article did not grade, not one that gave none.
 */
export function isUngradedReport(e: EventView): boolean {
	return e.origin === 'ofsted' && isChildrensServicesJudgement(e) && happened(e) && e.date.value !== null && ratingOf(e) === undefined;
}

/** The ungraded reports dated after `after` (all of them when null), in the lines' order. */
export function ungradedAfter(lines: readonly EventView[], after: EventView | null): EventView[] {
	return lines.filter((e) => isUngradedReport(e) && (!after || comparePrefix(e.date.value!, after.date.value!) > 0));
}

/** `a 2026-07-07 report gives no overall grade` (the reformed framework), or `a 2017-09-25 report's grade is not recorded`. */
export function ungradedNote(e: EventView): string {
	const date = formatDate(e.date);
	return /no overall grade/i.test(e.summary) ? `a ${date} report gives no overall grade` : `a ${date} report's grade is not recorded`;
}

/** The notes of the reports after `after`, joined: `; ` between. Empty when there are none. */
export function ungradedNotes(lines: readonly EventView[], after: EventView | null): string {
	return ungradedAfter(lines, after).map(ungradedNote).join('; ');
}
