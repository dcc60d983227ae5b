/**
 * The inspections behind a judgement told as news: each is an event of its own, on its own date.
 */
import {compareDates} from '../corpus/date-value.js';
import type {EventType} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import {summarise} from './event-settle.js';
import type {RawEvent} from './event-types.js';
import {matchesIn, squash} from './text.js';
import {earlierInspection, inspectionBefore, visitBefore} from './event-cues.js';
import {aboutChildrensServices} from './event-context.js';
import {ratingsIn} from './event-facets.js';
import {gradelessVisitsDated, secondVisitsToCome} from './event-visits-return.js';

/**
 * The inspections behind a judgement told as news, each an event of its own on its own date (one a sentence named
 * and the events have not already: "rated inadequate after an inspection in March"). Only beside news: a
 * background judgement stands for its own inspection.
 */
export function visitsBehindNews(dates: readonly DateMatch[], raw: readonly RawEvent[], at: {authority: string; printed: string; paragraph: number}): RawEvent[] {
	const out: RawEvent[] = [];
	const sorted = [...new Set(dates)].sort((a, b) => a.start - b.start);
	for (const [i, d] of sorted.entries()) {
		// "that ran through February and March": one visit that spanned both months, from the first ("visits in
		// March and June" are two).
		const before = sorted[i - 1];
		if (before && /^\s*(?:and|to|-|–)\s*$/.test(at.printed.slice(before.end, d.start)) && !/\b(?:visits|inspections)\b/i.test(at.printed)) continue;
		if ([...raw, ...out].some((e) => e.type === 'inspection-visit' && e.paragraph === at.paragraph && e.authority === at.authority && compareDates(e.date, d.date) === 0)) continue;
		// "rated good at its previous inspection in 2019; after a visit in February, now inadequate": the earlier grade's
		// inspection is that grade's, told as history, not a visit behind the news.
		if (raw.some((e) => e.type === 'inspection-judgement' && !e.reportsNews && !e.date.approximate && e.paragraph === at.paragraph && e.evidence?.sentence === squash(at.printed).slice(0, 400) && compareDates(e.date, d.date) === 0)) continue;
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
	for (const m of matchesIn(datedRelativeVisit, clause)) {
		const after = clauseStart + m.index + m[0].length;
		const own = dates.find((d) => d.date.value !== null && d.start >= after && d.start <= after + 40);
		if (own) out.push({at: own.start - clauseStart, cue: m[0]});
	}
	// (And a second visit to come the clause tells after its first, and a dated focused or monitoring visit: event-visits-return.ts.)
	return [...out, ...secondVisitsToCome(clause), ...gradelessVisitsDated(clause, clauseStart, dates)];
}

/** "after a visit in March 2021": a visit its clause dates, in a sentence that names the inspectorate. */
const visitDated = /\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?visit\s+(?:in|on|during)\b/gi;
const inspectorate = /\b(?:Ofsted|inspectors?|inspectorate|watchdog)\b/i;
/**
 * A visit or inspection named as a noun with its date after it: "Luton's inspection in early March", "In visits to
 * Wigan during May and June", "the inspection by Ofsted inspectors of Luton's services in July 2022", "Ofsted's visit
 * to Wigan, over two weeks in July", "a short inspection of Bolton's services between 21 March and 1 April 2022".
 * (An earlier or a coming one is read elsewhere.)
 */
const nounBeforeDate = /\b(?:(?:a|an|the|its|their|[A-Z][\w'’-]+['’]s)\s+(?!(?:previous|earlier|last|prior|next|upcoming|forthcoming|future)\b)(?:[\w-]+\s+)?(?:visits?|inspection|re-?inspection)|[Vv]isits)\b(?:\s+(?:by|of|to|from|into)\s+[^.;]{1,30}?)?,?\s+(?:(?:over|lasting|spanning)\s+(?:a\s+)?(?:fortnight|week|two|three|four|five|six|\d+)(?:\s+(?:days|weeks))?\s+)?(?:in|on|during|between|from)\s+$/;
const datePreposition = /^(?:in|on|during|from|of|between)\s+/i;
/**
 * The visit a clause dates ("Ofsted lowered the grade after a visit in March 2021", "found during their
 * early-2021 visit", "Luton's inspection in early March was done remotely"), where no visit rule read it.
 */
export function datedVisitInClause(clause: string, clauseStart: number, dates: readonly DateMatch[], sentence: string): {at: number; cue: string}[] {
	if (!/visit|inspection/i.test(clause)) return [];
	const named = inspectorate.test(sentence);
	const m = named ? visitDated.exec(clause) : null;
	visitDated.lastIndex = 0;
	if (m) {
		const after = clauseStart + m.index + m[0].length;
		const own = dates.find((d) => d.date.value !== null && d.start >= after - 4 && d.start <= after + 4);
		if (own) return [{at: m.index, cue: m[0]}];
	}
	// (A date the page cannot place, "in early March" with no year, still names the visit: it stays undated.) Not
	// beside a grade: the inspection behind a judgement is read with it (visitsOfNews), or stands in it.
	// (A grade told as history, "the second since the council was judged inadequate in 2021", is another inspection's.)
	const grades = ratingsIn(sentence).filter((r) => !/\b(?:since|previously|formerly)\b[^.;]{0,50}$/i.test(sentence.slice(Math.max(0, r.index - 60), r.index)));
	for (const d of grades.length > 0 ? [] : dates) {
		if (d.start < clauseStart || d.start > clauseStart + clause.length) continue;
		// The second date of a span ("between 21 March and 1 April 2022") is the same visit's end.
		if (/\b(?:between|from)\b[^.;]{0,40}\b(?:and|to|until)\s*$|[-–]\s*$/i.test(sentence.slice(Math.max(0, d.start - 50), d.start))) continue;
		const from = Math.max(clauseStart, d.start - 160);
		const n = nounBeforeDate.exec(sentence.slice(from, d.start + (datePreposition.exec(d.text)?.[0].length ?? 0)));
		// A visit may be anyone's (a minister's): only beside the inspectorate. An inspection is the inspectorate's.
		if (n && (named || !/^\W*\w*\s*(?:[\w-]+\s+)?visits?\b/i.test(n[0].replace(/^[A-Z][\w'’-]+['’]s\s+/, '')))) return [{at: from + n.index - clauseStart, cue: n[0].trim()}];
	}
	if (!named) return [];
	// "during their early-2021 visit": the date inside the visit's own words.
	const inside = dates.find((d) => d.date.value !== null && d.start >= clauseStart && /\b(?:during|at|on|after|following)\s+(?:their|its|the)\s+$/i.test(sentence.slice(Math.max(0, d.start - 24), d.start)) && /^\s+visit\b/i.test(sentence.slice(d.end, d.end + 8)));
	return inside ? [{at: inside.start - clauseStart, cue: sentence.slice(inside.start, inside.end + 6)}] : [];
}
const month = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const monthsAcross = new RegExp(`\\b(?:over|across|spanning|through|ran through|running through) ${month} (?:and|to|into) `, 'i');
// "between 24 January and 4 February 2011": one stretch of days.
const daysBetween = new RegExp(`\\bbetween\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\s+and\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\b`, 'i');
const monthsIn = new RegExp(`(?<=\\b(?:visit|inspection|re-?inspection|inspectors?|Ofsted|Probation)\\b[^.;]{0,60})\\bin ${month} (?:and|to) `, 'i');
// What `monthsIn` matches without its lookbehind, which is tried at every position: a cheap test first.
const monthsInWords = new RegExp(`\\bin ${month} (?:and|to) `, 'i');

/**
 * "over June and July", "inspectors visited in September and October 2022", "between 24 January and 4 February":
 * one inspection that spanned them; "two monitoring visits in March and June" are two.
 */
export function monthsSpanned(clause: string): boolean {
	return monthsAcross.test(clause) || daysBetween.test(clause) || (monthsInWords.test(clause) && monthsIn.test(clause) && !/\b(?:visits|inspections)\b/i.test(clause));
}

/** Where a date's own words begin after its preposition ("in March": at "March"). */
export const prepositionOf = (d: DateMatch) => /^(?:in|on|during|from|of)\s+/i.exec(d.text)?.[0].length ?? 0;

/**
 * The inspections behind a judgement told as news, each an event of its own on its own date (a background judgement
 * stands for its own inspection, so this is asked only beside news). "Ofsted, which carried out the inspection in
 * March, rated ..." on a page that prints no date: the inspection happened, its year unknown; an undated visit
 * rather than none.
 */
export function visitsOfNews(
	s: {sentence: string; dates: readonly DateMatch[]; inspectionDates: readonly DateMatch[]; visitDates: readonly DateMatch[]; undatedPage: boolean},
	raw: readonly RawEvent[],
	at: {authority: string; printed: string; paragraph: number},
): RawEvent[] {
	// "after visiting in March" is an inspection's visit only where inspectors of children's services visit: a
	// minister's, a prince's or the CQC's is none.
	const byVisiting = (d: DateMatch) => /\bvisiting\s+(?:[\w'’-]+\s+){0,3}$/i.test(s.sentence.slice(Math.max(0, d.start - 40), d.start + prepositionOf(d)));
	let inspectorsVisit: boolean | undefined;
	const visiting = s.sentence.includes('visiting');
	const visitOf = (d: DateMatch) => !visiting || !byVisiting(d) || (inspectorsVisit ??= /\b(?:Ofsted|inspectors?|inspectorate|inspection team)\b/i.test(s.sentence) && aboutChildrensServices({sentence: s.sentence}, 'council-named-people'));
	const out = visitsBehindNews([...s.inspectionDates, ...s.visitDates].filter(visitOf), raw, at);
	if (!s.undatedPage || s.inspectionDates.length > 0 || s.visitDates.length > 0) return out;
	const unresolved = s.dates.find((d) => d.date.value === null && visitOf(d) && (inspectionBefore.test(s.sentence.slice(Math.max(0, d.start - 70), d.start)) || visitBefore.test(s.sentence.slice(Math.max(0, d.start - 45), d.start + prepositionOf(d)))));
	return unresolved ? [...out, ...visitsBehindNews([unresolved], [...raw, ...out], at).map((v) => ({...v, dated: false}))] : out;
}


/** "previous inspection in", "last full inspection in": an earlier full inspection whatever the sentence. */
const earlierFullInspection = /^(?:(?:an?\s+)?(?:previous|earlier|prior)\s+(?:full\s+|Ofsted\s+|standard\s+)?|last\s+full\s+)inspections?,?\s+in\b/i;
/** The words that make a sentence's "last inspected" an inspection of children's services rather than a bridge's. */
const lastInspected = /^(?:was|were|been)\s+last\s+inspected\b/i;
const serviceSubject = /\b(?:services?|area|department|council|authority|it|they|[A-Z][\w'’-]+)\s+(?:has\s+|had\s+)?$/;
const childrensServices = /\b(?:children|famil(?:y|ies)|child protection|social (?:care|work)|safeguarding|youth (?:justice|offending)|SEND|special educational|Ofsted|fostering|adoption|care leavers|looked[- ]after)\b/i;

/**
 * The event a visit rule's words tell: an earlier full inspection is its judgement; any other, a visit. "Since the
 * council's last inspection in 2022" and "was last inspected in 2018" are the judgement that inspection gave only where
 * the sentence is about children's services, or a council or its service was last inspected: a footbridge or a
 * restaurant last inspected stays what it was.
 */
export function visitOrEarlierJudgement(type: EventType, cue: string, sentence: string): EventType {
	if (type !== 'inspection-visit') return type;
	if (earlierFullInspection.test(cue)) return 'inspection-judgement';
	if (!earlierInspection.test(cue) && !lastInspected.test(cue)) return type;
	if (childrensServices.test(sentence)) return 'inspection-judgement';
	// "Bury was last inspected in 2009", "The service was last inspected": a council or its service, not a thing, and not
	// inspected by another body ("by the fire service").
	const at = sentence.indexOf(cue);
	return lastInspected.test(cue) && at > 0 && serviceSubject.test(sentence.slice(0, at)) && !/^\s*by\s+(?!Ofsted\b)/i.test(sentence.slice(at + cue.length)) ? 'inspection-judgement' : type;
}

const earlierInspections = new RegExp(`\\b${earlierInspection.source.slice(1)}`, 'gi');

/**
 * The earlier full inspections a clause names beside another event's words ("a focused visit ... found work on the
 * weaknesses identified at the previous inspection in March 2023"), each dated by the date just after it, where no rule
 * read them: where each is and its words. None where the clause gives a grade (it is that grade's inspection).
 */
export function earlierJudgementsInClause(clause: string, clauseStart: number, dates: readonly DateMatch[], judged: boolean, told: (cue: string) => boolean): {at: number; cue: string}[] {
	// (Nor beside a grade that is only hoped for: "hopes to retain its good rating from its last inspection in 2019".)
	if (judged || !/\binspection/i.test(clause) || ratingsIn(clause).length > 0) return [];
	const out: {at: number; cue: string}[] = [];
	for (const m of matchesIn(earlierInspections, clause)) {
		const after = clauseStart + m.index + m[0].length;
		if (told(m[0]) || !dates.some((d) => d.date.value !== null && d.start >= after - 4 && d.start <= after + 4)) continue;
		out.push({at: m.index, cue: m[0]});
	}
	return out;
}
