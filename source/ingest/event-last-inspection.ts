/**
 * A grade left behind ("gone from requires improvement to outstanding", "up from requires improvement", "no longer
 * inadequate", "previously judged inadequate", the earlier grade of a run) is the last inspection's, and newsrooms often
 * give that inspection's year in a sentence of its own: "Inspectors had last graded the service in 2022", "The previous
 * full inspection was in 2019", "Ofsted's last full inspection of the council, in 2018, ...". A grade left behind that
 * the sentence rules left undated takes that year, approximately (the report may have come out a little later).
 *
 * Only where the article names one such year; not a monitoring or focused visit (which grades nothing), not another
 * council's, a school's or a home's last inspection, not a next inspection. This describes how news tells a grade's
 * history, never a particular article.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {isAfter} from '../corpus/date-value.js';
import type {DateValue} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import type {ExtractedEvent} from './event-types.js';
import type {Span} from './text.js';

/** Words right before a grade that tell it is the one left behind. */
const leftBehind = /\b(?:from(?:\s+(?:an?|its|their|the))?(?:\s+(?:previous|earlier|former|overall))?|no longer(?:\s+(?:rated|judged|graded|considered|deemed))?(?:\s+as)?|previously(?:\s+(?:been\s+)?(?:rated|judged|graded|found))?(?:\s+(?:as|to be|to))?)\s+['‘"“]?$/i;
/** "last inspected", "the previous (full) inspection", "had last graded", "last rated them": the last inspection told. */
const lastInspection = /\b(?:last|previous|previously|prior)\s+(?:full\s+|standard\s+|graded\s+|Ofsted\s+|been\s+)*(?:inspection|inspected|graded|rated|judged)\b|\b(?:last|previous)\s+(?:(?:full|standard)\s+)?inspection\b/i;
/** A visit that grades nothing, the next inspection, or another body inspected. */
const notTheGrading = /\b(?:monitoring|focused|focussed|next|upcoming|due|will|school|academy|nursery|children['’]s homes?|home\b|youth (?:offending|justice)|SEND|fostering|adoption|hospital|police|probation)\b/i;

/** Dates, in place, the undated grades left behind from the one year the article gives its last inspection. */
export function datedByLastInspection(events: ExtractedEvent[], narratives: readonly string[], published: DateValue, datesIn: (sentence: string) => readonly DateMatch[], spansOf: readonly (readonly Span[])[]): void {
	const behind = events.filter((e) => e.type === 'inspection-judgement' && e.rating && e.date.value === null && !e.status && !e.service && leftBehindGrade(e));
	if (behind.length === 0) return;
	const years = new Set<string>();
	const authorities = new Set(behind.map((e) => e.authority));
	for (const [k, narrative] of narratives.entries()) {
		// (Most paragraphs name no last inspection: the words are looked for before the paragraph's sentences are.)
		if (!/\b(?:last|previous|previously|prior)\b/i.test(narrative)) continue;
		for (const sp of spansOf[k] ?? []) {
			const sentence = narrative.slice(sp.start, sp.end);
			const m = lastInspection.exec(sentence);
			if (!m || notTheGrading.test(sentence) || inspectedOther(sentence.slice(m.index + m[0].length))) continue;
			// Another council named is that council's last inspection.
			if (findAuthorityMentions(sentence).some((a) => !authorities.has(a.name))) continue;
			for (const d of datesIn(sentence)) if (d.date.value !== null && Math.abs(d.start - (m.index + m[0].length)) <= 60 && (published.value === null || isAfter(published, d.date))) years.add(d.date.value.slice(0, 4));
		}
	}
	if (years.size !== 1) return;
	const [year] = years;
	for (const e of behind) e.date = {value: year!, precision: 'year', approximate: true, basis: `the grade left behind, given at the last inspection the article dates (${year})`};
}

/** Whether the judgement's own words tell a grade left behind, or the earlier grade of a run. */
export function leftBehindGrade(e: ExtractedEvent): boolean {
	const sentence = e.evidence?.sentence ?? '';
	const cue = e.evidence?.cue ?? '';
	if (cue.endsWith('(before)')) return true;
	const at = cue ? sentence.indexOf(cue) : -1;
	return at >= 0 && leftBehind.test(sentence.slice(Math.max(0, at - 50), at)) && !/\b(?:hopes?|aims?|wants?|bid|plans?|seeks?|if|whether)\b/i.test(sentence.slice(0, at));
}

/**
 * "the previous full inspection of schools", "its last inspection of the borough's nurseries": an inspection named with
 * what it inspected is the children's services' only where that is them or the council ("of the council", "of its
 * children's services", "of Stockport"); of anything else it dated no grade of theirs.
 */
function inspectedOther(after: string): boolean {
	const of = /^\s+(?:of|into)\s+([^,.;:()]*?)(?=\s+(?:was|were|is|had|has|took|came|happened|in|on|at|by|during|and|but|which|when|found|rated|judged|graded)\b|[,.;:()]|$)/i.exec(after);
	if (!of || !of[1]!.trim()) return false;
	const head = of[1]!.trim().split(/\s+/).pop()!.replace(/['’]s$/, '');
	if (/^(?:council|authority|borough|county|city|it|them|services?|care|department|directorate|provision|work|safeguarding|protection)$/i.test(head)) return false;
	return !(/^[A-Z]/.test(head) && findAuthorityMentions(of[1]!).length > 0);
}

