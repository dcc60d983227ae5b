/**
 * A history told as a list of grades, each with its time: "rated inadequate in 2009, adequate in 2012 and good the
 * following year". A bare "good" or "outstanding" joined to the list right after a dated grade and followed by a
 * year's step is a grade of the list (events.ts dates it from the one before it). The clauses split before
 * "following", so a clause may end on "good the".
 *
 * A list carries the grades of the one thing its verb graded, so the bare word is a council's grade only where that
 * thing is the council's children's services: not where the list names another subject after its first grade
 * ("rated inadequate in 2010, and Trafford's adequate in 2012 and good the following year": from there on the list is
 * Trafford's), nor where what the verb graded is another body ("Stockport's schools were rated ...": the schools'
 * history, not the council's).
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {aboutChildrensServices} from './event-context.js';

/** The grading verb and the list up to the bare grade: a dated item, then the grade's own place in the list. */
const listBefore = /\b(?:rated|judged|graded)\b([^.;]{0,120}?)(?:(?:19|20)\d\d|later|year|spring|summer|autumn|winter),?\s+(?:and\s+(?:then\s+)?|then\s+)?$/i;
/** The year's step after the bare grade. */
const stepAfter = /^\s+(?:again\s+)?(?:the\s+(?:following|next)\s+year|a\s+year\s+later|(?:two|three|four|five|six)\s+years\s+later|the$)\b/i;
/** The list's first grade: the items start there (a subject named between the verb and it is the verb's object). */
const firstGrade = /\b(?:inadequate|adequate|requires? improvement|good|outstanding|poor|excellent)\b/i;
/** Another subject named within the list: someone's ("Trafford's adequate", "its schools'"). */
const possessive = /\b\w+(?:['’]s|s['’])(?=\s|$)/;

/** Whether the bare grade word at `at` (of `length` characters) in `text` is a grade of a list of the council's grades. */
export function listedGrade(text: string, at: number, length: number): boolean {
	if (!stepAfter.test(text.slice(at + length))) return false;
	const head = text.slice(0, at);
	const list = listBefore.exec(head);
	if (!list) return false;
	const verbEnd = list.index + /^\S+/.exec(list[0])![0].length;
	const first = firstGrade.exec(head.slice(verbEnd));
	const items = first ? head.slice(verbEnd + first.index) : '';
	if (possessive.test(items) || findAuthorityMentions(items).length > 0) return false;
	return aboutChildrensServices({sentence: head});
}
