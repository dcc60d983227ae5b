/** Whether a date's clause looks back or forward ("was", "last" against "will", "due to"), and whether a date sits inside someone's quoted words. */
import {openAfter} from '../quote-marks.js';
import {firstEndingAfter, matchesIn} from '../text.js';
import type {Tense} from './types.js';

export const futureMarkers =
	/\b(?:will|shall|must(?!\s+have)|(?:goes|comes|heads)\s+(?:to|before|back)\b|by(?=,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?![^.;]{0,80}\b(?:had|was|were|did)\b)|expects?\s+(?:\w+\s+){0,3}?to\s+(?!be\s+(?:told|given)\b)[a-z]+|(?:has|have|given|giving)\s+(?:\w+\s+)?until|deadline\s+of|won['’]t|(?:is|are|was|were)\s+due|due\s+(?:to\s+be|back|to\s+(?!(?:a|an|the|his|her|their|its|our|my|your|this|that|these|those|lack|poor|concerns?|pressures?)\b)[a-z]+)|(?:is|are)\s+to\s+(?!blame\b)[a-z]+|to\s+be\s+held|(?<!(?:^|[.,;]\s*|\b(?:and|but|then)\s+)the\s)next(?!\s+to\b)|scheduled|expected\s+to|expects?\s+to|expecting\s+to|(?:is|are)\s+expected|(?:is|are)\s+likely(?=\s+(?:in|by|before|within|early|later|next|this)\b)|later\s+this|set\s+to|going\s+to|plans?\s+to\s+(?!(?:the|a|an|its|their|his|her|our|ministers|councillors|cabinet|government|Ofsted|the)\b)[a-z]+|planned|intends?\s+to|aims?\s+to|hopes?\s+to|upcoming|forthcoming|whether\s+to\s+[a-z]+|(?:is|are)\s+(?:considering|weighing(?:\s+up)?|preparing\s+to)|in\s+the\s+coming|would(?!\s+have)|by\s+the\s+end\s+of|(?:is|are)\s+(?:on|set\s+for|being\s+held)|takes?\s+place|takes?\s+effect|comes?\s+into\s+(?:force|effect)|expect(?:s|ing)\s+(?:(?!to\b)[\w'’-]+\s+){1,5}?(?=(?:in|by|during|before|within|early|later|next|this|at|from)\b)|expecting\s+(?:\w+\s+){1,3}?to\s+[a-z]+|(?<!\b(?:found|judged|deemed|considered|thought|said|believed|shown|seen|rated)\s)to\s+be\s+(?:[a-z]+ed|held|heard|seen|taken|given|made|sent))\b|['’]ll\b/gi;
export const pastMarkers =
	/\b(?:was|were|had|did|ago|previously|earlier|already|yesterday|last(?!\s+time)|said|told|met|came|went|took|gave|made|found|saw|began|became|left|rose|fell|paid|wrote|spoke|sent|spent|won|lost|brought|thought|felt|kept|heard|led|ran|stood|got|quit|sought|drew|chose)\b|\b[a-z]{3,}ed\b/gi;
/** Words that tell the past whatever comes before them ("is sent", "be made" are passives that do not). */
const pastWords = new Set(['was', 'were', 'had', 'did', 'ago', 'previously', 'earlier', 'already', 'yesterday', 'last']);
/** "-ed" words that are not past verbs, and the forms that make a participle passive ("will be published"). */
export const notPast = new Set(['ofsted', 'speed', 'seed', 'feed', 'indeed', 'hundred', 'proceed', 'exceed', 'succeed', 'breed', 'embed', 'united']);
export const passiveBefore = /\b(?:be|been|being|is|are|am|get|gets|getting)\s+(?:\w+ly\s+)?$/i;
export const clauseBreak = /[;:()\u2013\u2014“”"]|,\s|\s-\s|\b(?:and|but|which|who|whereas|although|though|while|when|after|before|since|as)\b|(?<!\b(?:the|a)\s)\bfollowing\b/gi;

/**
 * "will present the findings of the monitoring visits in June and September": what a visit found is told after it,
 * whatever is still to come in the sentence; the visits' months are past ones.
 */
const foundAlready = /\b(?:findings|outcomes?|results?|reports?|letters?|feedback|conclusions)\s+(?:of|from)\s+(?:(?:the|its|their|both|two|three|recent|latest|last)\s+)*(?!(?:next|upcoming|forthcoming|coming|future|planned|scheduled|expected)\b)(?:[\w-]+\s+){0,2}?(?:visits?|inspections?)\s+(?:(?:held|carried out|made|conducted)\s+)?(?:(?:in|on|during)\s+(?:[\w ]{1,30}?,?\s+(?:and|or)\s+)?)?$/i;

/** A body's meeting told in the present, a few words before the date: "meets on", "sits next", "votes on Monday on". */
const presentMeeting = /\b(?:meets|meet|sits|convenes|reconvenes|debates|discusses|considers|decides|votes)\b(?:\s+[\w'’-]+){0,6}?\s*$/i;

/** `noun`: "a plan to ...", "its plans to ...": a plan named, which does not tell when the clause's act was. */
export type Marker = {start: number; end: number; tense: Tense; noun?: boolean};
/** A determiner or owner right before "plan(s) to": the plan is a noun ("backed a plan to turn around ... on Tuesday"). */
const planNoun = /^plans?\s/i;
const ownerBefore = /\b(?:a|an|the|its|their|his|her|our|this|that|new|revised|action|improvement|recovery|[\w-]+['’]s)\s+$/i;

export function markers(sentence: string): Marker[] {
	const out: Marker[] = [];
	for (const m of matchesIn(futureMarkers, sentence)) {
		const mark: Marker = {start: m.index, end: m.index + m[0].length, tense: 'future'};
		if (planNoun.test(m[0]) && ownerBefore.test(sentence.slice(Math.max(0, m.index - 24), m.index))) mark.noun = true;
		out.push(mark);
	}
	for (const m of matchesIn(pastMarkers, sentence)) {
		const end = m.index + m[0].length;
		if (out.some((f) => f.tense === 'future' && f.start < end && m.index < f.end)) continue;
		const word = m[0].toLowerCase();
		if (notPast.has(word)) continue;
		// Only the few words before matter ("has been agreed"): a bounded slice keeps this linear.
		if (!pastWords.has(word) && passiveBefore.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
		// "will quit in July": a verb after a modal or "to" is not a past one.
		if (/\b(?:will|would|shall|to|must|may|might|could)\s+$/i.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
		out.push({start: m.index, end, tense: 'past'});
	}
	return out.sort((a, b) => a.start - b.start);
}

export type Break = {readonly index: number; readonly end: number; readonly text: string};

/** The clause breaks of a sentence, found once (each date's tense looks them up: no re-scan per date). */
export function clauseBreaks(sentence: string): Break[] {
	return matchesIn(clauseBreak, sentence).map((b) => ({index: b.index, end: b.index + b[0].length, text: b[0].toLowerCase()}));
}

/**
 * `day`: the date is a weekday, which news gives for the day an act was done or said: a plan named as a noun in its
 * clause does not make that day a future one.
 */
export function tenseAt(sentence: string, allMarks: readonly Marker[], start: number, end: number, breaks: readonly Break[] = clauseBreaks(sentence), day = false): Tense {
	const marks = day && allMarks.some((k) => k.noun) ? allMarks.filter((k) => !k.noun) : allMarks;
	if (foundAlready.test(sentence.slice(Math.max(0, start - 120), start))) return 'past';
	let from = 0;
	let to = sentence.length;
	let opener = '';
	// The last break ending before the date, and the first starting after it (binary searches).
	const lo = firstEndingAfter(breaks, start);
	if (lo > 0) {
		from = breaks[lo - 1]!.end;
		opener = breaks[lo - 1]!.text;
	}
	for (let k = lo; k < breaks.length; k++)
		if (breaks[k]!.index >= end) {
			to = breaks[k]!.index;
			break;
		}
	const inside = marks.filter((k) => k.start >= from && k.end <= to && (k.end <= start || k.start >= end));
	const before = inside.filter((k) => k.end <= start).at(-1);
	if (before) return before.tense;
	const afterIt = inside.find((k) => k.start >= end);
	if (afterIt) return afterIt.tense;
	// "The full council meets on Thursday to debate the motion": a meeting told in the present with its weekday is one
	// the news announces, not one it reports (a report says "met"), where nothing in the sentence tells the past.
	if (day && presentMeeting.test(sentence.slice(from, start)) && !marks.some((k) => k.tense === 'past')) return 'future';
	// "..., after a report in 2017", "following an inspection between January 10 and January 21": what comes after
	// "after", "following" or "since" happened before the main clause.
	if (opener === 'after' || opener === 'since' || opener === 'following') return 'past';
	return marks.some((k) => k.tense === 'future') ? 'future' : 'past';
}

/** Inside a direct quotation, "today" and "last week" count from when the words were said, not from the article. */
/** insideQuote for several ascending positions in one sweep of the sentence. */
export function insideQuotes(sentence: string, positions: readonly number[]): boolean[] {
	const out: boolean[] = [];
	let open = false;
	let i = 0;
	for (const index of positions) {
		for (; i < index; i++) open = openAfter(sentence.charCodeAt(i), open);
		out.push(open);
	}
	return out;
}
