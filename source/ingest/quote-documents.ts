/**
 * Letters, reports, statements and directions the narrative introduces with their author ("Helen Marsh set out her
 * decision in a letter to ...", "a statement from the council", "the commissioner's report", "Mark Dunne wrote to
 * councillors"): the author of what "The letter reads:" or "It continued:" quotes next.
 */
import type {Mention} from './mentions.js';
import type {PeopleResult} from './people.js';
import {mentionsBetween} from './quote-positions.js';
import {afterLastStop, matchesIn} from './text.js';
import {anyFound, wordFinder} from './word-set.js';
import {documentGateWords, documentWords, introWords} from './quote-document-words.js';
import type {QuoteParagraph, Speaker} from './quotes.js';

export type DocumentNote = {kind: string; author: Speaker};

/** A sentence whose subject is a document: "The notice, sent by ...", "A report to the executive by ...". */
export const documentSubject = /^\s*(?:The|A|An|Her|His|Their|Its)\s+(?:[\w-]+\s+){0,3}?(letter|notice|direction|report|motion|statement|e-?mail|review|memo|briefing)\b/i;

/**
 * A document introduced with its author: "in a letter to", "a statement from", "wrote to", "her report", "will
 * present a report which" (an officer's report to a meeting, which "The report says:" quotes next).
 */
const documentIntro = /\b(?:in|with|issued|published|sent|released|wrote|set out[^.]{0,40}?|present(?:s|ed|ing)?|prepared|submit(?:s|ted)?|tabl(?:es?|ed|ing)|(?:has|have|had) written)\s+(?:a|an|her|his|their|its)\s+(?:new\s+|latest\s+|final\s+|open\s+|written\s+|joint\s+|formal\s+|official\s+|short\s+|brief\s+)?(?:(?:first|second|third|fourth|fifth|sixth|interim|annual|quarterly|six-monthly|progress|monitoring|update|follow-up)\s+){0,2}(letter|statement|report|direction|e-?mail|review|submission|briefing|press release|news release|blog post|blog|post|message|memo)\b|\b(letter|statement|report|e-?mail|press release)\s+from\b|\b(?:wrote|written)\s+to\b|(?:^\s*|[.!?]\s+)(?:His|Her|Their)\s+(?:new\s+|latest\s+|final\s+)?(letter|statement|e-?mail)\b/gi;

/** A report, review or inquiry and who led or wrote it: "an inquiry led by", "a review carried out by", "a report by". */
const authoredBy = /\b(?:report|review|inquiry|investigation|inspection)\b[^.;:"“]{0,40}?\b(?:(?:led|conducted|carried out|headed|chaired|written|compiled|authored) )?by\b/gi;

/** Right after a person's name: "'s report", "'s final review". */
const possessiveReport = /^(?:['’]s?)?\s+(?:(?:final|interim|latest|independent|new|damning|critical)\s+)?(?:report|review|inquiry)\b/i;

/** "The Ashworth report", "the Le Grand review": a report by the name of its author. */
const namedReport = /\b[Tt]he ((?:Le |De |Van )?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?) (?:report|review|inquiry)\b/g;

/** After "a report": what makes it the council's own, "to the council's cabinet", "by council officers". */
export const councilReport = /^\s*,?\s*(?:(?:to|for|before|going to|presented to|due to go to|prepared for)\s+(?:the\s+)?(?:council['’]s\s+|full\s+|next\s+week['’]s\s+)?(?:cabinet|councillors|committee|scrutiny|executive|panel|full council)\b|(?:by|from)\s+(?:council\s+|senior\s+)?officers\b)/i;

/**
 * After "the motion": what makes it the council's own words, a motion the chamber agreed ("The motion, agreed
 * unanimously at an extraordinary meeting, said:"), not one a councillor tabled that may yet fail.
 */
export const councilMotion = /^[^.:;"“]{0,100}?\b(?:agreed|passed|carried|approved|adopted|backed)\b/i;

/** A document and who signed it: "The direction, signed on behalf of the Secretary of State by". */
const signedBy = /\b(letter|notice|direction|statement|e-?mail)\b[^.;:"“]{0,20}?\bsigned\b[^.;:"“]{0,60}?\bby\s+/gi;

const reportWord = /\breport\b/gi;

const gateWordsIn = wordFinder(documentGateWords);
const anyDocumentWord = anyFound(documentWords);
const anyIntroWord = anyFound(introWords);

/**
 * The document the paragraph introduces last with its author, else the one noted before. The tests for the words
 * each pattern needs read the words found in the lower-cased narrative (`p.words`, found with its mentions, else
 * found here): the same answers as `includes` on it. (As a test of the narrative in any case, "any document word"
 * is the same too: only "İ" and the Kelvin sign lower-case to ASCII letters, to "i" and a combining dot, which ends
 * none of these words, and "k", which none holds.)
 */
export function documentIntroduced(p: QuoteParagraph, last: DocumentNote | null, fromMention: (m: Mention) => Speaker | null, sentenceAround: (at: number) => {start: number; end: number}, people?: PeopleResult): DocumentNote | null {
	let lastDocument = last;
	const words = p.words ?? gateWordsIn(p.narrative.toLowerCase());
	// A cheap test first: most paragraphs name no document.
	if (!anyDocumentWord(words)) return lastDocument;
	// Each pattern below needs a word of its own: a paragraph without it is spared that search.
	const has = (w: string) => words.has(w);
	// "The Ofsted report warned": the report named last is the inspectorate's, whatever report came before.
	if ((has('ofsted') || has('inspection')) && /\b(Ofsted|inspection)(['’]s)? (report|findings)\b|\breport (?:by|from) Ofsted\b/i.test(p.narrative)) lastDocument = {kind: 'report', author: {name: 'Ofsted', person: null, written: true}};
	// "Ofsted's letter to the council said", "Ofsted has written to the council": its letter, quoted as "The letter added:".
	if ((has('letter') || has('wr')) && /\b(Ofsted|inspectors)['’]s? (?:monitoring |latest |inspection )?letter\b|\bletter from Ofsted\b|\bmonitoring (?:visit )?letter\b|\b(?:Ofsted|inspectors|the inspectorate)\s+(?:has\s+|have\s+|had\s+)?(?:written|wrote)\s+to\b/i.test(p.narrative)) lastDocument = {kind: 'letter', author: {name: 'Ofsted', person: null, written: true}};
	// "In the commissioner's report, Dr Okafor praises ...": the report that "The report said:" quotes next is hers.
	if (has('commissioner') && /\bcommissioner['’]s (?:final |latest |interim |first |second )?(report|review|findings)\b/i.test(p.narrative)) {
		const author = fromMention({kind: 'org', start: 0, end: 0, org: 'the commissioner'});
		if (author) lastDocument = {kind: 'report', author: {...author, written: true}};
	}
	// "The cabinet will discuss a report by council officers": the council's own report, for "The report said:" after it.
	for (const m of has('report') ? matchesIn(reportWord, p.narrative) : []) {
		if (!councilReport.test(p.narrative.slice(m.index! + m[0].length, m.index! + 80)) || /\bOfsted\b/.test(p.narrative.slice(sentenceAround(m.index!).start, sentenceAround(m.index!).end))) continue;
		const council = fromMention({kind: 'org', start: 0, end: 0, org: 'the council'});
		if (council) lastDocument = {kind: 'report', author: {...council, written: true}};
	}
	// "A government inspection led by Dana Whitlock found ...": the report "the report states" quotes next is hers,
	// unless the sentence is about Ofsted's own inspection (its lead inspector writes for Ofsted).
	for (const m of has('by') ? matchesIn(authoredBy, p.narrative) : []) {
		const sentence = sentenceAround(m.index!);
		const named = mentionsBetween(p, sentence.start, sentence.end);
		if (named.some((x) => x.kind === 'org' && (x.org === 'Ofsted' || x.org === '$inspectorate'))) continue;
		const author = named.find((x) => x.kind === 'person' && x.start >= m.index! + m[0].length);
		const speaker = author ? fromMention(author) : null;
		if (speaker) lastDocument = {kind: 'report', author: {...speaker, written: true}};
	}
	// "The direction, signed on behalf of the Secretary of State by the children's minister, Hugh Carrow, ...": the
	// document is the one who signed it.
	for (const m of has('signed') ? matchesIn(signedBy, p.narrative) : []) {
		const sentence = sentenceAround(m.index!);
		const signer = mentionsBetween(p, m.index! + m[0].length, sentence.end).find((x) => x.kind === 'person');
		const author = signer ? fromMention(signer) : null;
		if (author) lastDocument = {kind: m[1]!.toLowerCase().replace('e-mail', 'email'), author: {...author, written: true}};
	}
	// "The Ashworth report was published today": a report named for its author, once the article has named her.
	for (const m of has('report') || has('review') || has('inquiry') ? matchesIn(namedReport, p.narrative) : []) {
		const author = people?.resolve({kind: 'person', start: 0, end: 0, names: [m[1]!], title: null, gender: null});
		if (author && author.name.includes(' ')) lastDocument = {kind: 'report', author: {name: author.name, person: author, written: true}};
	}
	// "Louise Casey's report into the council": the person whose report it is.
	for (const m of p.mentions) {
		if (m.kind !== 'person' || !possessiveReport.test(p.narrative.slice(m.end, m.end + 40))) continue;
		const author = fromMention(m);
		if (author) lastDocument = {kind: 'report', author: {...author, written: true}};
	}
	for (const m of anyIntroWord(words) ? matchesIn(documentIntro, p.narrative) : []) {
		const kind = (m[1] ?? m[2] ?? m[3] ?? 'letter').toLowerCase().replace('e-mail', 'email').replace(/^(?:(?:press|news) release|blog post|blog|post|message|memo)$/, 'statement');
		const at = m.index!;
		// "will be presented with a report by inspectors": who receives a document is not its author.
		if (/\b(?:be|been|being|was|were|is|are)\s+(?:presented|provided|sent|handed|given)\s+$/i.test(p.narrative.slice(Math.max(0, at - 30), at))) continue;
		// "will present a report by the independent reviewer, Dr Alan Finch": the presenter carries a report someone
		// else wrote, whose words are that author's (the report named for its author, above).
		if (/^(?:present|prepar|submit|tabl)/i.test(m[0].trimStart()) && /^\s*(?:by|from|written by|prepared by|commissioned from)\b/i.test(p.narrative.slice(at + m[0].length, at + m[0].length + 24))) continue;
		const sentence = sentenceAround(at);
		const after = mentionsBetween(p, at, Math.min(sentence.end, at + m[0].length + 60));
		const from = /\bfrom\s*$/i.test(m[0]) || /\bfrom\s*$/i.test(p.narrative.slice(at, at + m[0].length + 6)) || /^\s*from\b/i.test(p.narrative.slice(at + m[0].length));
		const before = mentionsBetween(p, sentence.start, at).filter((x) => x.kind !== 'org' || !x.org.startsWith('the document:'));
		// "His letter was copied to ...": the letter of whoever "his" is.
		const possessive = m[3] ? p.mentions.find((x) => x.kind === 'pronoun' && x.start >= at && x.start <= at + m[0].length) : undefined;
		// ("The letter from Unison branch secretary Colin Farrow": the one who wrote it, named with the body of their role.)
		const fromPerson = from ? after.find((x) => x.kind === 'person' && !/[,;]|\bto\b/.test(p.narrative.slice(at + m[0].length, x.start))) : undefined;
		// ("The council said ... after Ofsted rated it good in its latest report": "its" is the body nearest before it,
		// while no comma sets that body in an aside.)
		const nearestBody = /\bits\s/i.test(m[0]) ? before.findLast((x) => x.kind === 'org' && x.org !== 'it' && x.org !== 'they') : undefined;
		const its = nearestBody && !/,/.test(p.narrative.slice(nearestBody.end, at)) ? nearestBody : undefined;
		let subject = possessive ?? its ?? (from ? (fromPerson ?? after.find((x) => x.kind !== 'pronoun')) : (before.find((x) => x.kind === 'person') ?? before.find((x) => x.kind === 'pronoun') ?? before[0]));
		// "In a letter to council leader Graham Pike, minister Harriet Lowe set out ...": the subject after the opening phrase.
		const comma = p.narrative.indexOf(',', at + m[0].length);
		let mainSubject = false;
		if (!subject && p.narrative.slice(sentence.start, at).trim() === '' && comma > 0 && comma < sentence.end) {
			const later = mentionsBetween(p, comma, sentence.end);
			subject = later.find((x) => x.kind === 'person') ?? later.find((x) => x.kind !== 'pronoun');
			mainSubject = subject !== undefined && p.narrative.slice(comma + 1, subject.start).trim() === '';
		}
		// "In response, the council issued a press release": the council, which no reporting verb made a mention.
		if (!subject && /\b[Tt]he (?:city |county |borough |district )?council\s+(?:has\s+|had\s+|also\s+)?(?:issued|published|sent|released|wrote|set out)\b/.test(p.narrative.slice(sentence.start, at + 12))) subject = {kind: 'org', start: at, end: at, org: 'the council'};
		if (!subject) continue;
		const author = fromMention(subject);
		// (Ofsted only as the subject right after the opening phrase: "In a letter published on Monday, the inspectorate
		// set out its findings"; else it is the letter's reader or topic.)
		if (author && (author.name !== 'Ofsted' || mainSubject)) lastDocument = {kind, author: {...author, written: true}};
		else if (author && kind === 'report') lastDocument = {kind, author: {...author, written: true}};
	}
	return lastDocument;
}

/** What "written" and "wrote" hold, in any case. */
const writes = /wr/i;

/**
 * "The minister has now written to the council to say ...", said inside someone's quoted words: the letter that "The
 * letter reads:" quotes next is the writer's. Only a letter written to someone, named in a quotation of the paragraph.
 */
export function writerInQuotes(p: QuoteParagraph, findMentionsIn: (text: string) => readonly Mention[], fromMention: (m: Mention) => Speaker | null): Speaker | null {
	for (const s of p.spans) {
		// ("wr" in any case, which both verbs hold: most quotations have none, and the pattern is tried from every word.)
		const m = writes.test(s.text) ? /\b(?:has\s+|have\s+|had\s+)?(?:now\s+|also\s+)?(?:written|wrote)\s+to\b/i.exec(s.text) : null;
		if (!m) continue;
		const sentenceStart = afterLastStop(s.text, m.index);
		const subject = findMentionsIn(s.text).find((x) => x.kind !== 'pronoun' && x.start >= sentenceStart && x.end <= m.index);
		const writer = subject ? fromMention(subject) : null;
		if (writer) return writer;
	}
	return null;
}
