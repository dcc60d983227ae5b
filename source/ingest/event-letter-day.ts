/**
 * The day of the minister's letter that made the news. Government decisions on a council's intervention (a notice
 * lifted or served, a direction revoked, a commissioner sent in) are made known by a letter, and stories give the
 * letter's day rather than the decision's: "..., a letter published on Friday reveals", "In a letter dated 21
 * December, the minister said ...", "In his letter, dated 8 December, ...", often a sentence or a few paragraphs
 * after the decision. Such a decision that the sentence rules dated only by the article takes the letter's day,
 * approximately (the letter tells the decision; the decision may be a day or two older).
 *
 * Not a letter whose sentence speaks of another matter ("asked the council for a plan on SEND transport", "told the
 * university its bid had failed"), another writer's letter (the inspectorate's monitoring letter, councillors',
 * parents', MPs'), a letter told in the past perfect, one of a day that is not within weeks before the article, a planned decision, nor any where the
 * article gives letters of two different days.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {dayRange} from '../corpus/date-value.js';
import type {DateValue, EventType} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import type {ExtractedEvent} from './event-types.js';
import type {Span} from './text.js';

const decisions: ReadonlySet<EventType> = new Set(['improvement-notice-lifted', 'improvement-notice', 'commissioner-appointed']);
/** The words right before a letter's own day: "a letter published on", "letter, dated", "in a letter to the council". */
const letterBefore = /\bletter\b(?:,?\s+(?:to|from)\s+[^.;,]{1,60}?)?,?\s+(?:(?:dated|published|released|sent|issued|written)\s+(?:on\s+)?|of\s+)?$/i;
/** A letter somebody other than the government wrote (named before its day: what follows may quote the letter). */
const anotherWriter = /\b(?:Ofsted|inspectors?|inspectorate|monitoring|visit|councillors?|parents?|MPs?|campaigners?|residents|union|families)\b/i;
/** The letter speaks of the intervention or the service's progress, not of another matter or to another body. */
const ofTheIntervention = /\b(?:notice|direction|interven\w*|commissioner\w*|progress|improv\w*|lift\w*|revok\w*|sustain\w*|(?:children['’]s )?services)\b/i;
const government = /\b(?:minister|secretary of state|Department for Education|DfE|government)\b/i;
/** How long before the article the letter of its news may be. */
const recentDays = 45;

/** Dates, in place, the intervention decisions dated only by the article with the day of the letter that told them. */
export function datedByLetter(events: ExtractedEvent[], narratives: readonly string[], published: DateValue, datesIn: (sentence: string) => readonly DateMatch[], spansOf: readonly (readonly Span[])[]): ExtractedEvent[] {
	const waiting = events.filter((e) => decisions.has(e.type) && !e.status && e.date.approximate && e.date.basis.startsWith('no date in the text; reported in the article'));
	const article = dayRange(published);
	if (waiting.length === 0 || article === null) return events;
	const theirs = new Set(waiting.map((e) => e.authority));
	const letters: DateMatch[] = [];
	let fromGovernment = false;
	for (const [k, narrative] of narratives.entries()) {
		if (!/\bletter\b/i.test(narrative)) continue;
		for (const sp of spansOf[k]!) {
			const sentence = narrative.slice(sp.start, sp.end);
			// ("the minister said the notice on Northumberland would stay": a letter on another council's intervention.)
			if (!/\bletter\b/i.test(sentence) || !ofTheIntervention.test(sentence) || findAuthorityMentions(sentence).some((a) => !theirs.has(a.name))) continue;
			if (government.test(sentence)) fromGovernment = true;
			for (const d of datesIn(sentence)) {
				const r = dayRange(d.date);
				// ("A letter dated 4 March had warned ...": told as history.)
				if (r === null || !letterBefore.test(sentence.slice(Math.max(0, d.start - 90), d.start)) || /^[\s,]*had\b/i.test(sentence.slice(d.end)) || anotherWriter.test(sentence.slice(0, d.end))) continue;
				if (r[1] > article[1] || article[0] - r[0] > recentDays) continue;
				letters.push(d);
			}
		}
	}
	const days = new Set(letters.map((d) => d.date.value));
	if (!fromGovernment || days.size !== 1) return events;
	const letter = letters[0]!;
	for (const e of waiting) e.date = {...letter.date, approximate: true, basis: `the day of the letter that told it ('${letter.text}')`};
	return events;
}
