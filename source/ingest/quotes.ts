/**
 * Step 6 of ingestion: direct quotations and who said them.
 *
 * One record per paragraph of quoted speech. A quotation that opens a paragraph, follows a colon or runs on past
 * the paragraph's end is a full quote; a short phrase quoted inside reported speech is a fragment. Attribution
 * is looked for before the quote ("He added:"), after it ("..., he said.") and, for a paragraph that only
 * continues a quotation, on the paragraphs before.
 */
import {speechParticiples, speechVerbs} from './lexicon.js';
import type {Mention} from './mentions.js';
import type {ArticlePerson, PeopleResult} from './people.js';
import type {QuoteSpan} from './quote-spans.js';
import {sentenceSpans, wordCount} from './text.js';

export type Speaker = {readonly name: string; readonly person: ArticlePerson | null};

export type ExtractedQuote = {
	readonly paragraph: number;
	readonly text: string;
	readonly speaker: Speaker | null;
	readonly fragment: boolean;
	/** How the speaker was found, for debugging and the reader's tooltip. */
	readonly how: 'before' | 'after' | 'continues' | 'previous-paragraph' | 'none';
};

export type QuoteParagraph = {
	readonly text: string;
	readonly narrative: string;
	readonly spans: readonly QuoteSpan[];
	readonly mentions: readonly Mention[];
};

type Verb = {readonly start: number; readonly end: number; readonly participle: boolean};

/** Reporting verbs of a narrative, found once per paragraph (a paragraph of many quotations asks many times). */
const verbCache = new WeakMap<object, Verb[]>();
function verbsOf(p: {narrative: string}): Verb[] {
	let v = verbCache.get(p);
	if (!v) {
		v = verbsIn(p.narrative);
		verbCache.set(p, v);
	}
	return v;
}

/**
 * The items of a list in text order that lie wholly between two offsets. A binary search finds the first, so a
 * paragraph of thousands of quotations stays linear.
 */
function between<T extends {start: number; end: number}>(all: readonly T[], from: number, to: number): T[] {
	let lo = 0;
	let hi = all.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (all[mid]!.start < from) lo = mid + 1;
		else hi = mid;
	}
	const out: T[] = [];
	for (let k = lo; k < all.length && all[k]!.start < to; k++) if (all[k]!.end <= to) out.push(all[k]!);
	return out;
}

/** The verbs of `p` between two offsets. */
function verbsBetween(p: {narrative: string}, from: number, to: number): Verb[] {
	return between(verbsOf(p), from, to);
}

/**
 * The reporting words of a narrative as whole words (no letter either side), in any case: one search instead of
 * looking every word of the text up in the lists.
 */
const reportingWord = new RegExp(`(?<![A-Za-z])(?:${[...speechVerbs, ...speechParticiples, 'according'].join('|')})(?![A-Za-z])`, 'gi');

function verbsIn(narrative: string): Verb[] {
	const out: Verb[] = [];
	for (const m of narrative.matchAll(reportingWord)) {
		const w = m[0].toLowerCase();
		// "has been told to improve": a passive verb's subject was spoken to, not speaking.
		if (/\b(been|being|was|were|is|are|be)\s+$/i.test(narrative.slice(Math.max(0, m.index - 8), m.index))) continue;
		if (speechVerbs.has(w)) out.push({start: m.index, end: m.index + m[0].length, participle: false});
		else if (speechParticiples.has(w)) out.push({start: m.index, end: m.index + m[0].length, participle: true});
		else if (/^according to\b/i.test(narrative.slice(m.index))) out.push({start: m.index, end: m.index + 12, participle: false});
	}
	return out;
}

/** Whether a quotation is somebody's whole words rather than a phrase borrowed into reported speech. */
export function isFullQuote(p: QuoteParagraph, s: QuoteSpan): boolean {
	const before = p.text.slice(0, s.start).trimEnd();
	if (before === '' || before.endsWith(':')) return true;
	// A quotation that starts a sentence of its own ("..., Mr Polglase added. "They have earned this."").
	if (/[.!?]["”’]?$/.test(before)) return true;
	if (!s.closed) return true;
	// "..., he said" with a capitalised sentence of six words or more inside the marks.
	return /^[A-Z]/.test(s.text) && wordCount(s.text) >= 6 && /[.!?,]$/.test(s.text);
}

const orders = new WeakMap<object, Map<QuoteSpan, number>>();
/** Each span's place in its paragraph, computed once. */
function spanOrder(p: QuoteParagraph): Map<QuoteSpan, number> {
	let o = orders.get(p);
	if (!o) {
		o = new Map(p.spans.map((s, i) => [s, i]));
		orders.set(p, o);
	}
	return o;
}

/** Mentions wholly between two offsets (`p.mentions` is in text order). */
function mentionsBetween(p: QuoteParagraph, from: number, to: number): Mention[] {
	return between(p.mentions, from, to);
}

export class Attributor {
	/** The person the story is about right now: who "he" and "she" refer to. */
	private focus: ArticlePerson | null = null;
	private lastSpeaker: Speaker | null = null;
	/** Whether the previous paragraph ended inside a quotation. */
	private runningOn = false;
	private previousHadQuote = false;
	private previousNarrativeSpeaker: Speaker | null = null;

	constructor(
		private readonly people: PeopleResult,
		private readonly authorityCouncil: string | null,
	) {}

	private fromMention(m: Mention, p?: QuoteParagraph): Speaker | null {
		if (m.kind === 'person') {
			const person = this.people.resolve(m);
			return person ? {name: person.name, person} : null;
		}
		if (m.kind === 'pronoun') {
			// "Mr Marsden ... said he had met": a pronoun after a name in its own sentence is that sentence's subject.
			if (p) {
				const sentence = this.sentenceAround(p, m.start);
				const subject = mentionsBetween(p, sentence.start, m.start)
					.filter((x): x is Extract<Mention, {kind: 'person'}> => x.kind === 'person' && x.start >= sentence.start && x.end <= m.start)
					.map((x) => this.people.resolve(x))
					.find((x) => x !== null && (x.gender === null || x.gender === m.gender));
				if (subject) return {name: subject.name, person: subject};
			}
			if (this.focus && (this.focus.gender === null || this.focus.gender === m.gender)) return {name: this.focus.name, person: this.focus};
			const other = [...this.people.people].reverse().find((p) => p.gender === m.gender);
			return other ? {name: other.name, person: other} : this.focus ? {name: this.focus.name, person: this.focus} : null;
		}
		if (m.org === 'the report') return {name: 'Ofsted', person: null};
		if (m.org === 'the commissioner') {
			// The commissioner the article names, if it names one.
			const named = this.people.people.find((p) => p.roles.some((r) => /commissioner/i.test(r)));
			return named ? {name: named.name, person: named} : {name: 'Commissioner', person: null};
		}
		if (m.org === 'the council') return this.authorityCouncil ? {name: this.authorityCouncil, person: null} : null;
		return {name: m.org, person: null};
	}

	/**
	 * The speaker of a reporting verb: the nearest person before it in the sentence (organisations only when no
	 * person is there), or for an -ing participle the word right before it or else the clause's subject.
	 */
	private subjectOf(p: QuoteParagraph, verb: Verb, sentenceStart: number, sentenceEnd: number): Speaker | null {
		const inSentence = mentionsBetween(p, sentenceStart, sentenceEnd);
		const before = inSentence.filter((m) => m.end <= verb.start);
		if (verb.participle) {
			const adjacent = before.at(-1);
			if (adjacent && p.narrative.slice(adjacent.end, verb.start).trim() === '') return this.fromMention(adjacent, p);
			const subject = before.find((m) => m.kind !== 'org') ?? before[0];
			return subject ? this.fromMention(subject, p) : null;
		}
		const person = [...before].reverse().find((m) => m.kind !== 'org');
		if (person) return this.fromMention(person, p);
		const org = before.at(-1);
		if (org) return this.fromMention(org, p);
		// "said Cllr Smith": the speaker follows the verb.
		const after = inSentence.find((m) => m.start >= verb.end);
		return after ? this.fromMention(after, p) : null;
	}

	private sentenceAround(p: QuoteParagraph, at: number): {start: number; end: number} {
		const spans = sentenceSpans(p.text);
		// Binary search: a paragraph of thousands of quotations asks once per quotation.
		let lo = 0;
		let hi = spans.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (spans[mid]!.end <= at) lo = mid + 1;
			else hi = mid;
		}
		const s = spans[lo];
		return s && at >= s.start ? s : {start: 0, end: p.text.length};
	}

	/** Attribution within the paragraph for one quotation span. */
	private attributeSpan(p: QuoteParagraph, s: QuoteSpan): {speaker: Speaker; how: ExtractedQuote['how']} | null {
		const sentence = this.sentenceAround(p, s.start);
		// Before: the nearest reporting verb in the same sentence ahead of the quote.
		const before = verbsBetween(p, sentence.start, s.start).at(-1);
		if (before) {
			const sp = this.subjectOf(p, before, sentence.start, s.start);
			if (sp) return {speaker: sp, how: 'before'};
		}
		// After: "..., he said." / "..., said Coun Smith." up to the next quotation or the sentence's end.
		const next = p.spans[spanOrder(p).get(s)! + 1];
		const stop = Math.min(next ? next.start : p.text.length, Math.max(sentence.end, s.end + 1) + 80);
		const after = verbsBetween(p, s.end, stop)[0];
		if (after) {
			const window = mentionsBetween(p, s.end, stop);
			const nearVerb = window.filter((m) => m.kind !== 'org' || m.start < after.start);
			const m = nearVerb.find((x) => x.end <= after.start) ?? nearVerb.find((x) => x.start >= after.end) ?? window[0];
			const sp = m ? this.fromMention(m, p) : null;
			if (sp) return {speaker: sp, how: 'after'};
		}
		return null;
	}

	/** Processes one paragraph in article order and returns its quotation records. */
	paragraph(index: number, p: QuoteParagraph): ExtractedQuote[] {
		const out: ExtractedQuote[] = [];
		const full = p.spans.filter((s) => isFullQuote(p, s));
		const fullSet = new Set(full);
		const fragments = p.spans.filter((s) => !fullSet.has(s));
		const opensWithQuote = /^\s*[“"‘']/.test(p.text) && p.spans[0]?.start === p.text.search(/\S/);
		const continues = opensWithQuote && (this.runningOn || this.previousHadQuote);

		if (full.length > 0) {
			let found: {speaker: Speaker; how: ExtractedQuote['how']} | null = null;
			for (const s of full) {
				found = this.attributeSpan(p, s);
				if (found) break;
			}
			if (!found && continues && this.lastSpeaker) found = {speaker: this.lastSpeaker, how: 'continues'};
			if (!found && opensWithQuote && this.previousNarrativeSpeaker) found = {speaker: this.previousNarrativeSpeaker, how: 'previous-paragraph'};
			if (!found && this.lastSpeaker && opensWithQuote) found = {speaker: this.lastSpeaker, how: 'continues'};
			const text = full.map((s) => s.text).join(' … ');
			out.push({paragraph: index, text, speaker: found?.speaker ?? null, fragment: false, how: found?.how ?? 'none'});
			if (found) this.lastSpeaker = found.speaker;
		}

		for (const s of fragments) {
			const found = this.attributeSpan(p, s);
			out.push({paragraph: index, text: s.text, speaker: found?.speaker ?? null, fragment: true, how: found?.how ?? 'none'});
		}

		// Who the story is about after this paragraph: its quoted speaker, else the first person it names.
		const firstSpeaker = out.find((q) => q.speaker?.person)?.speaker?.person ?? null;
		const firstNamed = p.mentions.find((m) => m.kind === 'person');
		const named = firstNamed && firstNamed.kind === 'person' ? this.people.resolve(firstNamed) : null;
		const firstPronoun = p.mentions.find((m) => m.kind === 'person' || m.kind === 'pronoun');
		if (firstSpeaker) this.focus = firstSpeaker;
		else if (named && firstPronoun?.kind === 'person') this.focus = named;

		// A narrative paragraph that names a speaker ("Cllr Smith had this to say.") attributes the quote after it.
		this.previousNarrativeSpeaker = null;
		if (p.spans.length === 0) {
			const verb = verbsOf(p)[0];
			if (verb) this.previousNarrativeSpeaker = this.subjectOf(p, verb, 0, p.text.length);
		}
		this.previousHadQuote = full.length > 0;
		this.runningOn = full.some((s) => !s.closed);
		return out;
	}
}
