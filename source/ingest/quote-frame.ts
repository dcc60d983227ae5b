/**
 * Whose words a quotation is when no reporting verb gives them, only the sentence's frame: an inspectorate or a
 * document as its subject ("The report, published yesterday, points to "deep-rooted failings"", "A focused visit
 * found "..."", "Inspectors saw "..."), the agent of a passive ("'Grave weaknesses' have been found by Ofsted
 * inspectors"), or, for a passive with no agent ("Managers are said to have a "clear plan"") and a sentence that
 * carries on the one before ("And furthermore that "..."), the frame of the sentence before.
 */
import type {Mention} from './mentions.js';
import type {PeopleResult} from './people.js';
import {mentionsBetween, sentenceAt} from './quote-positions.js';
import type {QuoteParagraph, Speaker} from './quotes.js';
import {matchesIn} from './text.js';

export type FrameContext = {
	readonly people: PeopleResult;
	readonly fromMention: (m: Mention) => Speaker | null;
};

/** Inspectorates and documents: what may frame a sentence's quotations. */
const framing = new Set(['Ofsted', 'the inspectorate', 'HM Inspectorate of Probation', 'Care Quality Commission', 'the report']);

/** Words that may open a sentence before its subject: "But the watchdog ...", "Overall, inspectors ...". */
const opener = /^\s*(?:(?:But|And|However|Yet|Overall|Today|Now|Also|Instead|Here|There|In (?:its|their|the) (?:report|letter|findings))\s*,?\s+)*/i;

/**
 * A document or an inspection as the subject: "The report", "A focused visit to ...", "Today's report",
 * "The Ashworth report" (the word before the noun may name its author).
 */
const documentOpening = /^(?:The|A|An|This|That|Its|Their|Today['’]s|Yesterday['’]s|(?:Last|This) \w+['’]s)\s+(?:([A-Z][\w'’-]+)\s+)?(?:[\w'’-]+\s+){0,2}?(report|visit|inspection|review|findings|judgement|judgment|assessment|letter)\b/;

/** A passive with its agent: "have been found by Ofsted inspectors", "were described as "..." by Cllr Hale". */
const passiveAgent = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?[a-z]{3,}(?:\s+as\b[^.;:]{0,80}?)?\s+by\s+/gi;

/** A passive with no agent, or a sentence that carries on the one before: the frame is that sentence's. */
const passiveBare = /\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:said|praised|criticised|described|judged|found|considered|thought|seen|deemed|commended|identified|highlighted|rated|called|reported)\b(?!\s+by\b)/i;
const carriesOn = /^\s*(?:And|Also|Furthermore|Moreover|Further|In addition)\b[\s,]*(?:furthermore\s+|also\s+)?(?:that\b)?|^\s*that\b/i;

/** The inspectorate or document that frames the sentence from `start` to `end`, if one does before `before`. */
export function frameOf(p: QuoteParagraph, start: number, end: number, before: number, ctx: FrameContext): Speaker | null {
	const inSentence = mentionsBetween(p, start, end);
	let agentless = false;
	// (The agent needs its "by": most sentences are spared the search.)
	const sentence = p.narrative.slice(start, end);
	for (const m of /by/i.test(sentence) ? matchesIn(passiveAgent, sentence) : []) {
		const at = start + m.index! + m[0].length;
		const agent = inSentence.find((x) => x.start >= at && x.start <= at + 4);
		if (agent && (agent.kind === 'person' || (agent.kind === 'org' && framing.has(agent.org)))) return ctx.fromMention(agent);
		if (at <= before) agentless = true;
	}
	// "The findings were described by councillors as "shocking"": the words are the agent's, whom no document frames.
	if (agentless) return null;
	const lead = p.narrative.slice(start, before);
	const at = start + (opener.exec(lead)?.[0].length ?? 0);
	// A person before the quotation is the one the sentence is about, whatever frames it.
	if (inSentence.some((x) => x.kind === 'person' && x.end <= before)) return null;
	const subject = inSentence[0];
	if (subject && subject.start <= at + 4 && subject.end <= before && subject.kind === 'org' && framing.has(subject.org)) return ctx.fromMention(subject);
	const document = documentOpening.exec(p.narrative.slice(at, before));
	if (!document) return null;
	// "The Ashworth report": the author the article has named, by surname.
	const author = document[1] ? ctx.people.resolve({kind: 'person', start: 0, end: 0, names: [document[1]], title: null, gender: null}) : null;
	if (author && author.name.includes(' ')) return {name: author.name, person: author, written: true};
	const kind = document[2]!.toLowerCase();
	return ctx.fromMention(kind === 'letter' ? {kind: 'org', start: at, end: at, org: 'the document:letter'} : {kind: 'org', start: at, end: at, org: 'the report'});
}

/** Whether a sentence takes its frame from the sentence before: a passive with no agent, or "And that ...". */
export function takesFrameBefore(p: QuoteParagraph, start: number, before: number): boolean {
	const lead = p.narrative.slice(start, before);
	if (mentionsBetween(p, start, before).some((x) => x.kind === 'person')) return false;
	return passiveBare.test(lead) || carriesOn.test(lead);
}

/** The frame of the sentence that ends before `at` in the same paragraph. */
export function frameBefore(p: QuoteParagraph, at: number, ctx: FrameContext): Speaker | null {
	const previous = sentenceAt(p.text, Math.max(0, at - 1));
	return previous.start < at ? frameOf(p, previous.start, previous.end, previous.end, ctx) : null;
}
