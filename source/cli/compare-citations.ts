/**
 * Which reports stand behind each row of `scrutiny compare`: the judgements, the other inspections, the
 * 'inadequate' judgement, the latest rating and each response are events of the authority's timeline, and a row cites theirs. Rows of
 * counts and names cite nothing. The comparison (corpus/compare.ts) says what each row shows; this finds the
 * events it was read from, by type, date and summary, so that the comparison itself need not carry them.
 */
import type {Citation, Citer} from '../corpus/citation.js';
import {isResponseOf, responseTypes, type CompareRow, type CompareSide} from '../corpus/compare.js';
import {isChildrensServicesJudgement} from '../corpus/event-kinds.js';
import {formatDate} from '../corpus/date-value.js';
import {timeline, type EventView} from '../corpus/queries.js';
import type {StoreData} from '../corpus/schema.js';

export type CitedRow = CompareRow & {citations: {left: Citation[]; right: Citation[]}};

/**
 * The events behind each row label, for one side, from the side's timeline. Each is found by what the row
 * shows (the date as shown, the type, the summary), so that it is the event the comparison chose, whichever
 * judgement or episode that was.
 */
function eventsByRow(side: CompareSide, events: readonly EventView[]): Map<string, EventView[]> {
	const judgements = events.filter((e) => e.type === 'inspection-judgement' && e.date.value !== null);
	const shownAt = (e: EventView, text: string | null) => text !== null && text.startsWith(`${formatDate(e.date)} `);
	const rating = (e: EventView) => e.rating ?? e.reportedRating;
	const inadequate = judgements.find((e) => rating(e) === 'inadequate' && formatDate(e.date) === side.inadequateDate);
	const latest = side.latestRating ? judgements.findLast((e) => rating(e) && side.latestRating!.startsWith(`${rating(e)} (${formatDate(e.date)})`)) : undefined;
	// A later report without an overall grade, said beside the rating (`a 2026-07-07 report gives no overall grade`), is cited too.
	const ungraded = judgements.filter((e) => !rating(e) && side.latestRating?.includes(`a ${formatDate(e.date)} report`));
	const byRow = new Map<string, EventView[]>([
		['judgements', judgements.filter((e) => isChildrensServicesJudgement(e) && side.judgements.some((j) => shownAt(e, j)))],
		['other inspections', judgements.filter((e) => !isChildrensServicesJudgement(e) && side.otherInspections.some((j) => shownAt(e, j)))],
		['latest rating', [...(latest ? [latest] : []), ...ungraded]],
		["'inadequate' judgement", inadequate ? [inadequate] : []],
	]);
	for (const [type, label] of responseTypes) {
		const r = side.responses[type];
		if (!r) continue;
		// A refusal to go may be a resignation refused or a call rejected: the line is found as the comparison found it.
		const of = (x: EventView) => (type === 'next-better-rating' ? x.type === 'inspection-judgement' : isResponseOf(x, type));
		const e = events.find((x) => of(x) && x.summary === r.summary && formatDate(x.date) === r.date);
		if (!e) continue;
		byRow.set(label, [e]);
		if (type === 'improvement-board') byRow.set('improvement board (as reported)', [e]);
	}
	return byRow;
}

export function rowCitations(data: StoreData, cite: Citer, left: CompareSide, right: CompareSide, rows: readonly CompareRow[]): CitedRow[] {
	// One timeline for both sides (a large store's timeline takes seconds to make), split by authority.
	const both = timeline(data, {authorities: [left.authority, right.authority]});
	const sides = {left: sideCitations(cite, left, both.filter((e) => e.authority === left.authority)), right: sideCitations(cite, right, both.filter((e) => e.authority === right.authority))};
	return citedRows(rows, sides.left, sides.right);
}

/** The rows with each side's citations (`sideCitations`) put to them by label. */
export function citedRows(rows: readonly CompareRow[], left: ReadonlyMap<string, Citation[]>, right: ReadonlyMap<string, Citation[]>): CitedRow[] {
	return rows.map((r) => ({...r, citations: {left: left.get(r.label) ?? [], right: right.get(r.label) ?? []}}));
}

/**
 * What each row of one side cites, by row label, from the side's timeline `lines`. A row cites each event once,
 * by its first report (or the official report): the table is read, not audited. Two events reported in one
 * paragraph are one source.
 */
export function sideCitations(cite: Citer, side: CompareSide, lines: readonly EventView[]): Map<string, Citation[]> {
	const cited = new Map<string, Citation[]>();
	for (const [label, events] of eventsByRow(side, lines)) {
		const cs = new Map<string, Citation>();
		for (const e of events) {
			const c = cite.event(e)[0];
			if (c && !cs.has(c.text)) cs.set(c.text, c);
		}

		cited.set(label, [...cs.values()]);
	}

	return cited;
}
