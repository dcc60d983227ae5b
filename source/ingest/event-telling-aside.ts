/**
 * The day an act was made known is not the day it was done. "The improvement notice, which the council revealed on
 * Tuesday, was issued in January": the aside right after the notice's words tells when the news came out; the
 * clause's other date, outside the aside, is the notice's own. (Without such another date the aside's day stays the
 * act's: "The notice, which the council revealed on Tuesday, requires rapid progress" tells no other.) So too a day
 * told of the telling before what was told, when what was told has its own: "On Tuesday the council confirmed that a
 * notice had been served on Monday".
 */
import type {EventType} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';

/** Acts whose date is their making known: a grade's report, a visit's letter, a commissioner's report. */
const knownWhenPublished: ReadonlySet<EventType> = new Set(['inspection-judgement', 'inspection-visit', 'commissioner-report']);

/** A relative or participle aside that tells of making the act known: ", which the council revealed on", ", announced on". */
const tellingAside = /,\s*(?:(?:which|that)\s+(?:[\w'’-]+\s+){0,4}?(?:was\s+|were\s+)?|(?:first\s+)?)(?:revealed|announced|confirmed|disclosed|made public|reported|published|released)\s+(?:[\w'’-]+\s+){0,4}?$/i;

/** Whether `d` dates an aside of telling in `sentence`, while another of the clause's dates (`others`) lies outside it. */
export function toldInAside(sentence: string, d: DateMatch, others: readonly DateMatch[], type: EventType): boolean {
	if (knownWhenPublished.has(type)) return false;
	const lead = sentence.slice(Math.max(0, d.start - 70), d.start + (/^on\s/i.test(d.text) ? 3 : 0));
	const m = tellingAside.exec(lead);
	if (!m) return false;
	// The aside closes at the next comma after the date.
	const close = sentence.indexOf(',', d.end);
	if (close < 0) return false;
	const start = d.start - (lead.length - m.index);
	return others.some((x) => x !== d && x.date.value !== null && (x.end <= start || (x.start > close && datesTheAct(sentence.slice(close + 1, x.start), x))));
}

/**
 * Whether a date after the telling is the act's own: told in the act's own past predicate ("was issued in January",
 * "had been served on Monday"), not of another thing in the clause: an aside or a clause of its own (", appointed in
 * 2019,", ", who joined in 2019"), another one of the kind ("replaces one issued in 2019"), the start of a span ("the
 * first since 2015", "meeting monthly from January") or what is still to come ("will meet in December"). Only the
 * act's own date may push the telling's day aside.
 */
function datesTheAct(between: string, x: DateMatch): boolean {
	return ownClause(between, x) && /\b(?:was|were|had)\b/i.test(between) && !/\b(?:will|would|which|who|whose|one|another|first)\b/i.test(between);
}

/** Whether a date after what was told stands in the same clause (no aside or clause of its own between) and starts no span. */
function ownClause(between: string, x: DateMatch): boolean {
	return !/[,;]/.test(between) && !/\b(?:since|from|until)\s*$/i.test(between) && !/^(?:since|from|until)\b/i.test(x.text);
}

/** A telling verb and what it opens: "confirmed that", "said", "announced". */
const tellingVerb = /\b(?:said|says|confirmed|confirms|announced|announces|revealed|reveals|disclosed|told\s+(?:[\w'’-]+\s+){1,3}?)(?:\s+that)?\s+/gi;

/** Whether `d` is the day of a telling told before it, while what was told has a date of its own after the verb. */
export function toldBeforeTold(sentence: string, d: DateMatch, others: readonly DateMatch[], type: EventType): boolean {
	if (knownWhenPublished.has(type) || d.date.precision !== 'day') return false;
	tellingVerb.lastIndex = d.end;
	const m = tellingVerb.exec(sentence);
	// The verb close after the day with only its subject between ("On Tuesday the council confirmed that", "The
	// council on Tuesday confirmed"), and a date of what was told after it.
	if (!m || m.index - d.end > 40 || /\b(?:and|but|who|which|when|after|is|are|was|were|has|have|had|will|would)\b|;/i.test(sentence.slice(d.end, m.index))) return false;
	const after = m.index + m[0].length;
	return others.some((x) => x !== d && x.date.value !== null && x.start >= after && ownClause(sentence.slice(after, x.start), x));
}
