/**
 * Written words whose author the document's own phrase gives: "Councillor Jo Bloggs's post", "the council's
 * written response", "a statement issued by the council", "a cabinet paper by director Sam Smith", "minutes of
 * the improvement board", "the council has published the minutes". Newsrooms name the document and its owner in one
 * sentence and quote it in the next ("It read:", "The minutes record:", "They state:") or in the same sentence ("The
 * council's written response says:"), with no reporting verb whose subject is the author.
 */
import {councilName} from './council-speaker.js';
import type {Mention} from './mentions.js';
import {mentionsBetween, sentenceAt} from './quote-positions.js';
import type {QuoteParagraph, Speaker} from './quote-types.js';

const noun = String.raw`(?:letter|statement|post|tweet|response|reply|minutes|paper|report|submission|e-?mail|message|blog(?: post)?|memo|briefing|document|note|notes)`;
const adjectives = String.raw`(?:(?:own|written|formal|official|full|joint|latest|new|final|short|brief|public|cabinet|committee|board|facebook|twitter|online|social media)\s+){0,2}`;

/** What every pattern here needs: a document's noun somewhere in the narrative (unbounded: one quick scan). */
const anyNoun = new RegExp(noun, 'i');

/** "The council's written response", "the authority's statement": the article's council. */
const councilOwns = new RegExp(String.raw`\b[Tt]he (?:city |county |borough |district |local )?(?:council|authority)['’]s? ${adjectives}(${noun})\b`, 'g');
/** Right after a named owner: "'s post", "'s latest letter" (a person's mention holds its "'s" already). */
const ownerPossessive = new RegExp(String.raw`^(?:['’]s?)?\s+${adjectives}(${noun})\b`, 'i');
/** "A statement issued by", "a cabinet paper by", "the letter from", "minutes of": the owner follows. */
const ownerAfter = new RegExp(String.raw`\b(${noun})\s+(?:(?:issued|published|written|sent|prepared|drawn up|signed|released|put out)\s+)?(by|from|of)\s+`, 'gi');
/** "Lambeth Council has published the response of its cabinet": the one who published it, the sentence's subject. */
const published = new RegExp(String.raw`\b(?:has\s+|have\s+|had\s+)?(?:published|issued|released|put out|posted)\s+(?:the|a|an|its|their|his|her)\s+${adjectives}(${noun})\b`, 'gi');
/** Where an owner's phrase ends: a comma, a stop, "to" (whom it was sent), a verb. */
const phraseEnd = /[,.;:!?"“”]|\s(?:to|was|were|is|are|has|had|said|says|on|which|that|who|and|after|before|about|into)\s/;

/** A printed body's name opening the sentence before its verb: "Brighton and Hove City Council has". */
const printedSubject = /^\s*((?:[A-Z][\w'’-]*\s+(?:(?:and|&|of|for)\s+)?){1,6}(?:Council|Trust|Board|Partnership))\s+$/;
const theCouncil = /^\s*[Tt]he (?:city |county |borough |district )?council\s+$/;

const notYet = /\b(?:not|never|n['’]t)\s+(?:yet\s+)?(?:been\s+)?$|\byet\s+to\s+$/i;

export type Owned = {kind: string; author: Speaker; at: number};

/** Each document of the span from `from` to `to` whose owner the phrase names, in text order. */
export function documentsOwned(p: QuoteParagraph, from: number, to: number, fromMention: (m: Mention) => Speaker | null, council: string | null): Owned[] {
	const text = p.narrative.slice(0, to);
	if (!anyNoun.test(text.slice(from))) return [];
	const out: Owned[] = [];
	const kindOf = (w: string) => w.toLowerCase().replace('e-mail', 'email').replace(/^(?:post|tweet|blog(?: post)?|message|memo)$/, 'statement');
	const written = (sp: Speaker | null) => (sp ? {...sp, written: true} : null);
	const push = (kind: string, author: Speaker | null, at: number) => {
		if (author) out.push({kind: kindOf(kind), author, at});
	};
	if (council) for (const m of text.slice(from).matchAll(councilOwns)) push(m[1]!, {name: council, person: null, written: true}, from + m.index);
	for (const m of mentionsBetween(p, from, to)) {
		if (m.kind === 'pronoun' || (m.kind === 'org' && (m.org === 'it' || m.org === 'they' || m.org.startsWith('the document:')))) continue;
		const own = ownerPossessive.exec(text.slice(m.end, m.end + 60));
		if (own && (m.kind !== 'person' || /['’]s?$/.test(text.slice(m.start, m.end)))) push(own[1]!, written(fromMention(m)), m.start);
	}
	for (const m of text.slice(from).matchAll(ownerAfter)) {
		const at = from + m.index + m[0].length;
		// ("minutes of the meeting", "a report of concerns": only minutes and notes are "of" their body.)
		if (m[2]!.toLowerCase() === 'of' && !/^(?:minutes|notes)$/i.test(m[1]!)) continue;
		const end = phraseEnd.exec(text.slice(at, at + 100));
		const stop = Math.min(to, at + (end ? end.index : 100));
		if (/^(?:the\s+)?(?:city\s+|county\s+|borough\s+|district\s+)?(?:council|authority)\b/i.test(text.slice(at)) && council) {
			push(m[1]!, {name: council, person: null, written: true}, at);
			continue;
		}
		const named = mentionsBetween(p, at, stop).filter((x) => x.kind !== 'pronoun' && !(x.kind === 'org' && (x.org === 'it' || x.org === 'they' || x.org.startsWith('the document:'))));
		// ("The letter from Unison branch secretary Colin Farrow": the one who wrote it, not the body of their role.)
		const owner = named.find((x) => x.kind === 'person') ?? named[0];
		if (owner) push(m[1]!, written(fromMention(owner)), at);
	}
	for (const m of text.slice(from).matchAll(published)) {
		const at = from + m.index;
		// ("Ofsted has not yet published the report": nothing published, no owner yet.)
		if (notYet.test(text.slice(Math.max(0, at - 24), at))) continue;
		const sentence = sentenceAt(p.text, at);
		const subject = mentionsBetween(p, Math.max(from, sentence.start), at).find((x) => x.kind !== 'pronoun' && !(x.kind === 'org' && (x.org === 'it' || x.org === 'they' || x.org.startsWith('the document:'))));
		if (subject && p.narrative.slice(sentence.start, subject.start).trim() === '') push(m[1]!, written(fromMention(subject)), at);
		// ("Brighton and Hove City Council has published ...": a body printed as the subject, found by no reporting verb.)
		else if (!subject) {
			const lead = p.narrative.slice(Math.max(from, sentence.start), at);
			const printed = printedSubject.exec(lead);
			if (printed) push(m[1]!, {name: councilName(printed[1]!), person: null, written: true}, at);
			else if (council && theCouncil.test(lead)) push(m[1]!, {name: council, person: null, written: true}, at);
		}
	}
	return out.sort((a, b) => a.at - b.at);
}

/**
 * A lead-in whose subject is the document itself and whose verb hands on its words: "It read:", "They state:", "The
 * minutes record:", "The paper says:", "The council's written response says:", "A statement issued by the council on
 * Tuesday said:".
 */
/** The verbs by which a document hands on its words. */
const documentVerbs = String.raw`(?:says?|said|states?|stated|reads?|record(?:s|ed)?|adds?|added|continues?|continued|notes?|noted|concludes?|concluded|warns?|warned)`;
const documentSpeaks = new RegExp(String.raw`^\s*(?:It|They|(?:The|A|An|Its|Their|His|Her)\s+[^.:;"“”]{0,80}?\b${noun}\b[^.:;"“”]{0,80}?)\s+(?:also\s+|then\s+|further\s+)?${documentVerbs}\s*(?:that\s*)?[:,]?\s*$`);

/** The end a lead-in of documentSpeaks must have: tried before the pattern. */
const speaksEnd = new RegExp(String.raw`(?:${documentVerbs}|that)\s*[:,]?\s*$`);

/** Whether the words from the sentence's start to a quotation are a document speaking (documentSpeaks). */
export function documentSpeaking(leadIn: string): boolean {
	return leadIn.length < 240 && speaksEnd.test(leadIn) && documentSpeaks.test(leadIn);
}

/**
 * A body printed as the sentence's subject, though no list of organisations knows it: "The Information
 * Commissioner's Office said:", "The Local Government Ombudsman added:". Its name ends with a word bodies are
 * named by.
 */
const printedBody = /^\s*(?:The\s+)?((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|on|&)\s+(?:the\s+)?)?){0,5}(?:Office|Agency|Commission|Association|Society|Foundation|Institute|Network|Alliance|Federation|Union|Ombudsman|Service|Trust|Board|Partnership|Company|Forum|Panel|Coalition|Consortium|Centre))\s+(?:has\s+|have\s+)?(?:also\s+)?(?:said|says|added|adds|stated|states|warned|warns|commented|responded|replied|insisted|explained)\s*(?:that\s*)?[:,]?\s*$/;

/** The body a lead-in names as its subject by its printed name (printedBody), tried after the lists found none. */
export function printedBodySpeaking(leadIn: string): Speaker | null {
	if (leadIn.length > 160 || !/[A-Z]/.test(leadIn)) return null;
	const m = printedBody.exec(leadIn);
	return m ? {name: m[1]!.trim(), person: null} : null;
}
