/**
 * A judgement told as one of a series: "It is the third council this week to be rated inadequate, after Bury last
 * Tuesday and Wigan last Wednesday." The councils named after "after" were judged so before, each on its own day;
 * the sentence's subject is the story's council, not the last one listed.
 */
import type {Rating} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import type {RawEvent} from './event-types.js';
import {summarise} from './event-settle.js';
import {squash} from './text.js';

/** "third", "latest", "5th": the place in the series. */
const ordinalWords = String.raw`\b(?:second|third|fourth|fifth|sixth|seventh|latest|\d+(?:st|nd|rd|th))`;
const ordinal = new RegExp(String.raw`${ordinalWords}\s`, 'i');
const series = new RegExp(
	String.raw`${ordinalWords}\s+(?:[\w'’-]+\s+){0,3}?(?:council|authority|department|area|borough|county|service)\b[^.;]{0,80}?\bto (?:be|have been) (?:rated|judged|graded|found|declared|branded|placed in)\s+['‘"“]?(inadequate|good|outstanding|requires? improvement|special measures)['’"”]?[^.;]{0,40}?,?\s+(?:after|following|behind|joining)\s+([^.;]+)`,
	'i',
);

type Mention = {readonly name: string; readonly start: number; readonly end: number};

/**
 * The earlier judgements of a series the sentence tells, and the story council's own judgement given back to it
 * (`raw` holds the sentence's events so far). `subject` is the council the sentence is about when it names none
 * before the series ("It is the third ..."), `fallback` the article's when that one is in the list.
 */
export function seriesJudgements(sentence: string, mentions: readonly Mention[], dates: readonly DateMatch[], raw: RawEvent[], at: {subject: string; fallback: string | null; paragraph: number; printed: string}): RawEvent[] {
	const m = ordinal.test(sentence) ? series.exec(sentence) : null;
	if (!m) return [];
	const rating = (/special/i.test(m[1]!) ? 'inadequate' : /improvement/i.test(m[1]!) ? 'requires improvement' : m[1]!.toLowerCase()) as Rating;
	const listStart = m.index + m[0].length - m[2]!.length;
	const listed = mentions.filter((x) => x.start >= listStart);
	if (listed.length === 0) return [];
	const names = new Set(listed.map((x) => x.name));
	const subject = mentions.find((x) => x.end <= m.index && !names.has(x.name))?.name ?? (names.has(at.subject) ? at.fallback : at.subject);
	if (!subject || names.has(subject)) return [];
	// The story council's grade, which the rules gave to a council of the list.
	for (const e of raw) if (e.type === 'inspection-judgement' && e.rating === rating && names.has(e.authority)) e.authority = subject;
	return listed.map((x, i) => {
		const next = listed[i + 1]?.start ?? sentence.length;
		const own = dates.find((d) => d.start >= x.end && d.end <= next && d.date.value !== null);
		return {
			date: own ? own.date : {value: null, precision: 'unknown', approximate: false, basis: 'judged before the story council; no date given'},
			authority: x.name,
			type: 'inspection-judgement',
			rating,
			inspectorate: 'Ofsted',
			evidence: {sentence: squash(at.printed).slice(0, 400), cue: squash(sentence.slice(x.start, x.end)).slice(0, 80)},
			summary: summarise(at.printed, x.start),
			paragraph: at.paragraph,
			alsoIn: [],
			dated: own !== undefined,
			future: false,
			undatedPast: own === undefined,
			reportsNews: false,
		};
	});
}
