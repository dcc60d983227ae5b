/**
 * The inspections behind a judgement told as news: each is an event of its own, on its own date.
 */
import {compareDates} from '../corpus/date-value.js';
import type {DateMatch} from './dates/types.js';
import {summarise} from './event-settle.js';
import type {RawEvent} from './event-types.js';
import {squash} from './text.js';

/**
 * The inspections behind a judgement told as news, each an event of its own on its own date (one a sentence named
 * and the events have not already: "rated inadequate after an inspection in March"). Only beside news: a
 * background judgement stands for its own inspection.
 */
export function visitsBehindNews(dates: readonly DateMatch[], raw: readonly RawEvent[], at: {authority: string; printed: string; paragraph: number}): RawEvent[] {
	const out: RawEvent[] = [];
	for (const d of new Set(dates)) {
		if ([...raw, ...out].some((e) => e.type === 'inspection-visit' && e.paragraph === at.paragraph && compareDates(e.date, d.date) === 0)) continue;
		out.push({
			date: d.date,
			authority: at.authority,
			type: 'inspection-visit',
			evidence: {sentence: squash(at.printed).slice(0, 400), cue: squash(d.text).slice(0, 80)},
			summary: summarise(at.printed, d.start),
			paragraph: at.paragraph,
			alsoIn: [],
			dated: true,
			future: false,
			undatedPast: false,
			reportsNews: false,
		});
	}
	return out;
}

/** "brought forward a full inspection, which took place over two weeks in September": an inspection its relative clause dates. */
const datedRelativeVisit = /\b(?:re-?inspection|inspection|visit)s?,? (?:which|that) (?:was carried out|took place|ran|happened)\b/gi;

/**
 * A second inspection a clause dates in its own relative clause, a visit of its own beside the one the clause names
 * first: where its date is (so that the date is its own) and its words.
 */
export function datedRelativeVisits(clause: string, clauseStart: number, dates: readonly DateMatch[]): {at: number; cue: string}[] {
	const out: {at: number; cue: string}[] = [];
	for (const m of clause.matchAll(datedRelativeVisit)) {
		const after = clauseStart + m.index + m[0].length;
		const own = dates.find((d) => d.date.value !== null && d.start >= after && d.start <= after + 40);
		if (own) out.push({at: own.start - clauseStart, cue: m[0]});
	}
	return out;
}
