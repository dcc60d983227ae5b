/**
 * A letter, statement or report printed as a block: a paragraph introduces it with a colon ("The letter reads:",
 * "In a statement, the council said:") and the paragraphs after it carry no quotation marks at all (a web page's
 * blockquote, flattened to text). Those paragraphs are the document's words, each a quotation that runs on from
 * the colon, until the narrator is heard again.
 */
import type {QuoteSpan} from './quote-spans.js';
import {afterLastStop, lastSentenceStart, wordCount, matchesIn} from './text.js';

/** How many paragraphs a block may hold: past this, unmarked paragraphs are the narrator's again. */
const maxBlock = 12;

/** A colon after a document's name, or after the verbs that give written words (a forum's ":-" too). */
const introducesDocument =
	/\b(?:letter|statement|report|email|e-mail|post|message|direction|notice|tweet|blog|submission|findings|conclusions?|summary|judgement|judgment|verdict|recommendations?|release|announcement|speech|transcript|extracts?|excerpts?|passages?|memo)\b[^.!?"“”]{0,80}:[-–]?\s*$|\b(?:reads?|wrote|writes|states|stated|stating|concluded|concludes)\s*:[-–]?\s*$|\b(?:said|says|added|adds|noted|notes|found|finds|observed|warned|wrote|told)\b[^.!?"“”:]{0,30}:[-–]?\s*$/i;

/**
 * A document printed after a line that says it follows, with no colon: "Here is the statement in full.", "Read the
 * letter in full below", "The letter reads as follows." (Not "The council accepted the report in full.")
 */
const inFull = /\b(?:letter|statement|report|e-?mail|direction|notice|release|post|tweet)\b[^.!?"“”]{0,60}\b(?:in full|below|as follows)\s*[.:]?\s*$/i;
const followsHere = /\b(?:here is|here['’]s|read|reads|reproduced|printed|in full below|as follows)\b/i;
/** A heading that says so: "The minister's letter in full", "Read the statement in full". */
const inFullHeading = /^\s*(?:Read\s+)?(?:(?:the|a)\s+)?(?:[\w-]+['’]s?\s+)?(?:full\s+|open\s+|joint\s+)?(?:letter|statement|report|e-?mail|direction|notice|release)\s+in\s+full(?:\s+below)?\s*[.:]?\s*$/i;

/** A sign-off ends the letter; it is nobody's words. */
const signOff = /^\s*(?:yours (?:sincerely|faithfully|truly)|kind regards|best wishes|regards)\b/i;

/** A letter's salutation on a line of its own ("Dear Councillor Pike,"): the letter printed in full starts here. */
const salutation = /^\s*Dear\s+(?:[A-Z][\w.'’-]*\s*){1,5},?\s*$/;

/** A letter's own lines, its salutation and its sign-off: no caption, though short (furniture.ts). */
export const letterLine = (line: string): boolean => salutation.test(line) || signOff.test(line);

/** A line that says a document's words follow it: never a caption, whatever its length (furniture.ts). */
export const documentFollows = (line: string): boolean => salutation.test(line) || inFullHeading.test(line) || (endsFollowing(line) && inFull.test(line) && followsHere.test(line));

/**
 * Whether the line ends with "in full", "below" or "as follows" (a stop or a colon and spaces aside), in any case: what
 * inFull needs at its end, asked first because the pattern would otherwise be tried from every word of every line.
 * (trimEnd takes away what `\s` matches.)
 */
function endsFollowing(line: string): boolean {
	let t = line.trimEnd();
	if (t.endsWith('.') || t.endsWith(':')) t = t.slice(0, -1).trimEnd();
	const tail = t.slice(-10).toLowerCase();
	return tail.endsWith('in full') || tail.endsWith('below') || tail.endsWith('as follows');
}

/**
 * "The council issued the following statement on Tuesday.", "She made the following comments.", "The following
 * response was received from the Department.": the last sentence says what comes next is someone's words. Not "the
 * following day" or "over the following six months", which are times.
 */
const followingWords =
	/\bthe following\b(?!\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|few|several|couple of)\s+)?(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|spring|summer|autumn|winter|weekend|decade|inspection|visit|meeting|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b)[^.!?"“”]*[.:]?\s*$/i;

/** A heading naming a document and its author: "Statement from the council", "Full letter from the minister", "Comment from Cllr Pike". */
export const documentHeading = /^(?:(?:the|a|read the)\s+)?(?:(?:full|joint)\s+)?(?:statement|letter|response|reply|message|comments?|reaction)\s+(?:in full\s+)?(?:from|by)\s+\S/i;

/** Whether the narrator's paragraph hands the words after it to its subject: a colon, a heading, "the following statement". */
export const handsOn = (narrative: string): boolean => /:\s*$/.test(narrative) || documentHeading.test(narrative) || followingWords.test(narrative.slice(lastSentenceStart(narrative)));

/**
 * Whether `text` ends in a colon (or ":-", ":–"), spaces aside: what introducesDocument needs, asked first because
 * the pattern would otherwise be tried from every word of a paragraph that has none.
 */
function endsInColon(text: string): boolean {
	const t = text.trimEnd();
	return t.endsWith(':') || t.endsWith(':-') || t.endsWith(':–');
}

/** Whether paragraph `p` opens a block of a document's words after it, and whether it gives them verbatim. */
function blockIntro(p: string): {verbatim: boolean} | null {
	// (A heading, not "A joint statement from the agencies said: ...": short, with no stop and no quotation.)
	if (documentFollows(p) || (documentHeading.test(p) && wordCount(p) <= 12 && !/[.!?:"“”]/.test(p))) return {verbatim: true};
	if (followingWords.test(p.slice(lastSentenceStart(p)))) return {verbatim: false};
	return endsInColon(p) && introducesDocument.test(p) ? {verbatim: verbatimIntro.test(p)} : null;
}

/**
 * The narrator speaking again: someone said or wrote something, welcomed or answered it, or the article's own words
 * about a response; and a document named from outside ("noted in the letter", "in their report"), which its own
 * words never are.
 */
const narratorBack =
	/\b(?:said|says|told|added|adds|wrote|writes|noted|welcomed|respond|responded|reply|replied|according to|has been approached|was approached|approached for comment|contacted for comment|declined to comment)\b|\bin (?:the|its|their|his|her) (?:letter|report|statement|e-?mail)\b/gi;

/**
 * "You told my officials", "as I said in March", "Your deputy leader said on the radio": the document's own first or
 * second person in the clause before the verb, not the narrator.
 */
const ownVoice = (clause: string): boolean => /\bI\b|\b(?:we|you|your|my|our)\b/i.test(clause);

/**
 * An inspection report's own account of whom inspectors heard: "Care leavers told inspectors that ...", "Parents
 * said they felt listened to": a group as the subject, or inspectors as the ones told.
 */
const heardGroup = /\b(?:children|young people|parents|carers|families|staff|social workers|partners|practitioners|care leavers|professionals)\s+(?:have\s+|had\s+|also\s+|consistently\s+|often\s+)?$/i;
const reportsVoice = (before: string, after: string): boolean => heardGroup.test(before) || /^\s+(?:the\s+)?inspectors\b/i.test(after);

/** Whether the narrator speaks in paragraph `p`: a reporting word not in the document's own voice. */
function narratorSpeaks(p: string): boolean {
	// "The statement did not say ...": the document as the subject of the narrator's sentence.
	if (/^\s*The (?:letter|statement|e-?mail|tweet)\b/.test(p)) return true;
	for (const m of matchesIn(narratorBack, p)) {
		const before = p.slice(0, m.index);
		if (!ownVoice(before.slice(afterLastStop(before))) && !reportsVoice(before, p.slice(m.index + m[0].length))) return true;
	}
	return false;
}

/** An introduction with a verb that gives the document's own words. */
const verbatimIntro = /\b(?:reads?|wrote|writes|states|stated|stating|said|says|added|adds|continued|continues|concluded)\b[^.!?"“”]{0,40}:[-–]?\s*$/i;

/** A bulleted paragraph, or an item of a list lettered or numbered as minutes print their points ("a)", "(ii)", "3."). */
const bullet = /^\s*(?:[•*\-–·]|\(?[a-z]\)|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)\)|\(?\d{1,2}[.)])\s/;


/** A paragraph that could be the document's own words: a sentence or a bullet, marked by nothing. */
function blockParagraph(p: string, spans: readonly QuoteSpan[]): boolean {
	if (spans.length > 0 && spans[0]!.start === p.search(/\S/)) return false;
	// Quotation marks inside are the document's own quoting; all of them closed, or the paragraph is a quotation itself.
	if (spans.some((s) => !s.closed) || narratorSpeaks(p) || signOff.test(p)) return false;
	// (A stop before a closing mark or bracket ends a sentence too: '... what you called "a blip".')
	return wordCount(p) >= 4 && /[.!?:;]["”’')]*\s*$/.test(p);
}

/** "The letter reads: Social workers now ...": a verb of giving words and a colon, then a sentence with no marks. */
const inlineIntro = /^[^"“”]{0,200}?\b(?:reads?|wrote|writes|states|stated|said|says|added|adds|continued|continues|concluded|concludes)\b[^.!?"“”:]{0,40}:[-–]?\s+(?=[A-Z])/;

/** The words after such a colon, when the paragraph gives them without marks: a quotation to the paragraph's end. */
function inlineQuote(p: string, spans: readonly QuoteSpan[]): QuoteSpan | null {
	const m = inlineIntro.exec(p);
	if (!m || spans.some((s) => s.end > m[0].length)) return null;
	const rest = p.slice(m[0].length);
	if (wordCount(rest) < 4 || !/[.!?]["”’')]*\s*$/.test(rest)) return null;
	return {start: m[0].length, end: p.length, text: rest.trim(), mark: 'double', closed: true};
}

/**
 * The spans of each paragraph, with a span over each paragraph of a block that follows a colon introducing a
 * document, and over the words after "The letter reads:" printed without marks in the same paragraph. Paragraphs
 * that already have spans of their own are left as they were.
 */
export function carryBlockQuotes(paragraphs: readonly string[], spans: readonly (readonly QuoteSpan[])[]): QuoteSpan[][] {
	const out = spans.map((s) => [...s]);
	for (const [k, p] of paragraphs.entries()) {
		const inline = inlineQuote(p, out[k]!);
		if (inline) out[k]!.push(inline);
	}
	for (let k = 0; k + 1 < paragraphs.length; k++) {
		const intro = paragraphs[k]!;
		// The colon must be the narrator's: inside a quotation it opens nothing of the article's.
		const opens = blockIntro(intro);
		if (!opens || out[k]!.some((s) => !s.closed)) continue;
		// "The report highlighted:" and a bulleted list: the narrator's summary of its findings, not its words, which a
		// verb of writing gives ("The letter reads:", "It states:").
		const verbatim = opens.verbatim;
		let j = k + 1;
		// ("The full text is printed below. / The minister's letter in full:": the second line introduces, it is no word of the letter.)
		// Of a summary ("made the following points:"), another "the following" is the narrator introducing the next.
		while (j < paragraphs.length && j <= k + maxBlock && blockParagraph(paragraphs[j]!, out[j]!) && (verbatim || (!bullet.test(paragraphs[j]!) && !followingWords.test(paragraphs[j]!.slice(lastSentenceStart(paragraphs[j]!))))) && !documentFollows(paragraphs[j]!)) {
			const p = paragraphs[j]!;
			out[j] = [{start: 0, end: p.length, text: p.trim(), mark: 'double', closed: false, runsOn: true, block: true}];
			j++;
		}
		k = j - 1;
	}
	return out;
}
