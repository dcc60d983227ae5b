/**
 * A part's grade told beside the overall one: "rated good with outstanding leadership in 2019". The part's grade is
 * no judgement of its own (event-judgements.ts), and a date beside it is the overall grade's, so the sentence's
 * grades that compete for its dates leave it out. This describes how news tells a sub-grade, never a particular article.
 */
import type {Rating} from '../corpus/schema.js';
import {ratingsIn} from './event-facets.js';

type Grade = {rating: Rating; index: number; end: number};

/** "with outstanding leadership", "with good features": a grade after "with", before the part it grades. */
export function isPartGrade(text: string, g: {index: number; end: number}): boolean {
	return gradeForLeadership(text, g) || (/^[\s'’"”]*(?:features|elements|aspects|leadership|leaders|management)\b/i.test(text.slice(g.end, g.end + 20)) && /\bwith\s+(?:some\s+|many\s+|several\s+|a number of\s+)?['‘"“]?$/i.test(text.slice(Math.max(0, g.index - 22), g.index))) || gradedPartAfterWith(text, g);
}

/**
 * "'outstanding' for leadership, management and governance", "good overall and outstanding for its leadership": the
 * grade of the report's judgement of its leaders, one part of it, told by "for" after the grade.
 */
const forLeadership = /^['’"”]?\s+for\s+(?:the\s+|its\s+|their\s+)?(?:(?:effectiveness|quality|impact)\s+of\s+(?:the\s+|its\s+)?)?(?:leadership|leaders|management|governance)\b/i;
function gradeForLeadership(text: string, g: {end: number}): boolean {
	return forLeadership.test(text.slice(g.end, g.end + 60));
}

/**
 * "rated good in 2016, with leadership graded outstanding", ", with the experience of children in care judged good": a
 * part named after "with" and then graded. The part is told in lower case ("with Leeds rated outstanding" is another
 * council's grade, not a part's), after a comma that closes the overall grade's phrase.
 */
const withPartGraded = /,\s+with\s+(?:[a-z][\w'’-]*\s+){1,8}?(?:(?:also|too|each|both)\s+)?(?:graded|judged|rated|found|deemed|assessed)\s+(?:as\s+|to be\s+)?['‘"“]?$/;
function gradedPartAfterWith(text: string, g: {index: number}): boolean {
	return text.includes('with') && withPartGraded.test(text.slice(Math.max(0, g.index - 110), g.index));
}

/**
 * "judged adequate with good capacity to improve", "its capacity for improvement was rated good": inspections before
 * 2013 graded the council's capacity to improve beside the service; that is a forecast, not the service's grade.
 */
export function capacityGrade(text: string, g: {readonly index: number; readonly end: number}): boolean {
	return /^['’"”]?\s+(?:capacity|prospects?)\s+(?:to|for)\s+improve/i.test(text.slice(g.end, g.end + 30)) || /\b(?:capacity|prospects?)\s+(?:to improve|for improvement)\s+(?:(?:was|were|is|are|has been|have been)\s+)?(?:(?:rated|judged|graded|found|deemed|assessed|described|seen)\s+(?:as\s+|to be\s+)?)?['‘"“]?$/i.test(text.slice(Math.max(0, g.index - 70), g.index));
}

/**
 * The sentence's grades but a part's told beside another grade, and the capacity to improve's beside the service's
 * ("judged adequate and its capacity to improve good in 2009": the date after the forecast is the service grade's).
 */
export function overallGrades(sentence: string): readonly Grade[] {
	const all = ratingsIn(sentence);
	if (all.length < 2) return all;
	const forecast = sentence.includes('capacity') || sentence.includes('prospect');
	const kept = all.filter((g) => !isPartGrade(sentence, g) && !(forecast && capacityGrade(sentence, g)));
	return kept.length > 0 && kept.length < all.length ? kept : all;
}
