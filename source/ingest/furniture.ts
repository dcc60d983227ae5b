/**
 * Step 3 of ingestion: page furniture is recognised and set aside (never deleted from the raw text).
 *
 * Web pages pasted as text carry photo captions, pull quotes, 'READ MORE' links, 'Have your say' prompts and
 * bylines between the paragraphs. None of them is article text: a caption that repeats a name would become a
 * person mention, a pull quote would become a second copy of a quote.
 */
import type {Furniture, FurnitureKind} from '../corpus/schema.js';
import type {Line} from './metadata.js';
import {datelineDate} from './dateline.js';
import {carryBlockQuotes, documentFollows, documentHeading, letterLine} from './quote-blocks.js';
import {openAfter} from './quote-marks.js';
import {carryRunOnQuotes} from './quote-runs.js';
import {findQuoteSpans} from './quote-spans.js';
import {comparable, endsLikeSentence, squash, wordCount, matchesIn} from './text.js';

export type CleanResult = {
	/** Body paragraphs, paragraph N at index N-1. */
	readonly paragraphs: string[];
	/** For each paragraph, the raw line numbers it came from. */
	readonly lineNumbers: number[][];
	readonly furniture: Furniture[];
};

const fixedPatterns: ReadonlyArray<[RegExp, FurnitureKind]> = [
	[/^(read more|more on this story|related( articles?| stories)?|see also|also read|recommended|most read|trending)\b\s*[:\-–—|]?/i, 'read-more'],
	[/^have your say\b/i, 'have-your-say'],
	[/^(join the (debate|conversation)|comments?( \(\d+\))?|leave a comment|show comments)\s*$/i, 'have-your-say'],
	[/^(share (this|on)|sign up\b|subscribe\b|follow us\b|click here\b|download (our|the) app|get the latest|newsletter\b|advertisement\s*$|advert\s*$|image:|photo:|picture:|credit:|\(image|\(photo|\(picture)/i, 'social'],
	// "By Owen Stirling", "By Owen Stirling, Local Democracy Reporter" — not "By March, the council had ...".
	[/^[Bb]y (?!(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Then|Now|Law|Christmas|Easter)\b)[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+){0,3}\s*(,\s*[\w ]*(reporter|correspondent|editor|journalist|writer|service)\b.*)?$/i, 'byline'],
	[/\((image|picture|photo|photograph|pic|credit)s?:[^)]*\)\s*$|^(image|picture|photo|pictured|above|below|left|right|main picture|top):/i, 'caption'],
	[/^[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+){1,3},?\s+(local democracy reporter|reporter|political reporter|chief reporter|correspondent|editor)\b/i, 'byline'],
	[/^local democracy reporting service\b/i, 'byline'],
];

/** A comments section's own controls, which no article prints as text. */
const commentControls = /^(?:report this comment|report (?:this )?(?:abuse|post)|flag this comment|comments are (?:now )?closed|we are no longer accepting comments|this field is (?:mandatory|required))\b/i;

/** Capitalised words that make a run an organisation or a place rather than a person. */
const nonPersonWords = new Set(
	'Council Services Service Board Committee Ofsted Department Government Team Report Authority Children Children’s Children\'s Social Care Trust Party Group Office Inspectorate Education Scrutiny Plan Court Police University School Hospital NHS Town City County Borough Street Road The A An In On At Of For And But'.split(
		' ',
	),
);

const capitalisedRun = /(?:[A-Z][a-zA-Z’'-]+)(?:\s+[A-Z][a-zA-Z’'-]+)+/g;

/** Runs of two or more capitalised words: candidate names in a caption. */
function capitalisedRuns(text: string): string[] {
	const runs: string[] = [];
	for (const m of matchesIn(capitalisedRun, text)) runs.push(m[0]);
	return runs;
}

/** A person-like pair inside a capitalised run ("Coun Simon Blackburn" → "Simon Blackburn"). */
function nameLikePairs(run: string): string[] {
	const words = run.split(/\s+/);
	const pairs: string[] = [];
	for (let i = 0; i + 1 < words.length; i++) {
		const a = words[i]!;
		const b = words[i + 1]!;
		if (nonPersonWords.has(a) || nonPersonWords.has(b)) continue;
		pairs.push(`${a} ${b}`);
	}
	return pairs;
}

/** Whether a key (words between single spaces) has at least n words, without splitting it. */
function atLeastWords(key: string, n: number): boolean {
	if (key === '') return false;
	let at = -1;
	for (let k = 1; k < n; k++) if ((at = key.indexOf(' ', at + 1)) < 0) return false;
	return true;
}

/** Up to this many body lines, each line is compared with every other directly. */
const directLines = 64;

/**
 * The lines of each three-word run of the keys. A key of five words or more that another line's key contains has
 * its inner words there as whole words, so the rarest of its inner runs lists every line that can contain it.
 * (Keys are `comparable` text: words separated by single spaces.)
 */
function runIndex(content: readonly Line[], keys: ReadonlyMap<number, string>): Map<string, Line[]> {
	const byRun = new Map<string, Line[]>();
	for (const l of content) {
		const words = keys.get(l.n)!.split(' ');
		for (let i = 0; i + 3 <= words.length; i++) {
			const run = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
			const lines = byRun.get(run);
			if (!lines) byRun.set(run, [l]);
			else if (lines.at(-1) !== l) lines.push(l);
		}
	}
	return byRun;
}

/** The lines holding the rarest inner run of a key's words: every line whose key can contain the key. */
function rarestRunLines(words: readonly string[], byRun: ReadonlyMap<string, Line[]>): readonly Line[] {
	let candidates: Line[] = [];
	for (let i = 1; i + 3 <= words.length - 1; i++) {
		const lines = byRun.get(`${words[i]} ${words[i + 1]} ${words[i + 2]}`) ?? [];
		if (i === 1 || lines.length < candidates.length) candidates = lines;
	}
	return candidates;
}

/** Recognises page furniture in the body lines and groups the rest into paragraphs. Pure. */
export function setAsideFurniture(body: readonly Line[]): CleanResult {
	const content = body.filter((l) => l.text.trim() !== '');
	const kind = new Map<number, FurnitureKind>();
	// Each line squashed once: the steps below and the paragraphs all want the squashed form.
	const flat = new Map<Line, string>(content.map((l) => [l, squash(l.text)]));

	for (const l of content) {
		const t = flat.get(l)!;
		for (const [re, k] of fixedPatterns) {
			if (re.test(t) && (k !== 'byline' || wordCount(t) <= 12)) {
				kind.set(l.n, k);
				break;
			}
		}
		// A line that is only a date and time: the page's dateline, or a related story's.
		if (!kind.has(l.n) && t.length <= 90 && /\d{4}/.test(t) && datelineDate(t) !== null) kind.set(l.n, 'dateline');
		// "- Another story's headline - 12/12/2019": a link to a related story, listed with its date.
		const tail = !kind.has(l.n) ? /^[-•*]\s+\S.*\s[-–—|]\s+([^-–—|]{6,40})$/.exec(t) : null;
		if (tail && /\d{4}/.test(tail[1]!) && datelineDate(tail[1]!) !== null) kind.set(l.n, 'read-more');
	}

	// Readers' comments under the story ("Report this comment"): from the first of their controls on, none is the
	// article's (a comment's paragraphs would take the story's last speaker). A page saves its comments last.
	const comments = content.findIndex((l, i) => i >= 3 && commentControls.test(flat.get(l)!));
	if (comments >= 0) for (const l of content.slice(comments)) kind.set(l.n, 'have-your-say');

	// Lines repeated verbatim: a caption-like line goes everywhere it appears; a sentence keeps its first copy.
	const seen = new Map<string, number[]>();
	for (const l of content) {
		if (kind.has(l.n)) continue;
		const key = flat.get(l)!;
		const ns = seen.get(key);
		if (ns) ns.push(l.n);
		else seen.set(key, [l.n]);
	}
	const later = new Set<number>();
	for (const [key, ns] of seen) {
		if (ns.length < 2) continue;
		const all = !endsLikeSentence(key);
		for (const [idx, n] of ns.entries()) {
			if (all) kind.set(n, 'repeated');
			else if (idx > 0) later.add(n);
		}
	}
	// A later copy of a sentence is a duplicate, unless it carries on a quotation the line before left open (a letter
	// printed in full, each paragraph reopened, after the story quoted the same paragraphs).
	// (Each line's quotation read only when there is a later copy to ask: most articles have none.)
	let open = false;
	let previousKept = false;
	for (const l of later.size > 0 ? content : []) {
		if (later.has(l.n) && !(open && previousKept && /^\s*[“"„]/.test(l.text))) kind.set(l.n, 'repeated');
		previousKept = !kind.has(l.n);
		open = false;
		for (let i = 0; i < l.text.length; i++) open = openAfter(l.text.charCodeAt(i), open);
	}

	// Pull quotes repeat a sentence of the body, usually without its quote marks and full stop.
	// Comparing every line with every other line was quadratic (10,000 paragraphs took minutes), so each line's
	// key is computed once and, in a long body, candidates come from an index of three-word runs (see runIndex).
	// A body of a few dozen lines is searched directly: at most `directLines` tries per line is still linear, and
	// cheaper than building the index's string and map entry for every word.
	const keys = new Map<number, string>(content.map((l) => [l.n, comparable(l.text)]));
	const byRun = content.length > directLines ? runIndex(content, keys) : null;
	// Which lines carry on a quotation is asked only of a line that repeats another: reading every line's quotations
	// is the costliest check here, and most articles have no such line.
	let quoted: Set<number> | null = null;
	for (const l of content) {
		if (kind.has(l.n)) continue;
		const key = keys.get(l.n)!;
		if (!atLeastWords(key, 5)) continue;
		// A whole sentence with its stop repeats a quotation only when it lost its quote marks on the way: a lede that
		// a later paragraph extends is article text.
		const sentence = endsLikeSentence(l.text);
		if (sentence && /[“”"]/.test(l.text)) continue;
		const candidates = byRun ? rarestRunLines(key.split(' '), byRun) : content;
		const inOther = candidates.some((o) => o.n !== l.n && !kind.has(o.n) && o.text.length > l.text.length && keys.get(o.n)!.includes(key) && (!sentence || /[“”"]/.test(o.text)));
		if (inOther && !(quoted ??= insideQuotation(content)).has(l.n)) kind.set(l.n, 'pull-quote');
	}

	// Captions: a short line without a final stop that names someone the article names elsewhere.
	// One string of every line, searched for each name (a name cannot span lines), instead of joining the rest of
	// the body again for every short line.
	const allText = content.map((l) => l.text).join('\n');
	const lineStarts: number[] = [];
	let offset = 0;
	for (const l of content) {
		lineStarts.push(offset);
		offset += l.text.length + 1;
	}
	const lineAt = (at: number): Line => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid]! <= at) lo = mid;
			else hi = mid - 1;
		}
		return content[lo]!;
	};
	const inOtherBodyLine = (name: string, self: Line): boolean => {
		for (let at = allText.indexOf(name); at !== -1; at = allText.indexOf(name, at + 1)) {
			const o = lineAt(at);
			if (o !== self && !kind.has(o.n)) return true;
		}
		return false;
	};
	const bullet = /^\s*(?:[-•*·–]|\d{1,2}[.)])\s+\S/;
	const timelineEntry = /^\s*(?:[-•*·–]\s*)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+)?(?:19|20)\d\d\s*[:\-–—]\s*\S/i;
	for (const [i, l] of content.entries()) {
		if (kind.has(l.n)) continue;
		const t = flat.get(l)!;
		// "Statement from Wigan Council": a heading that introduces the words after it, no caption.
		if (endsLikeSentence(t) || wordCount(t) > 14 || documentHeading.test(t) || documentFollows(t) || letterLine(t)) continue;
		// "March 2016: Ofsted rates the service inadequate", "2019 – rated requires improvement": a timeline's entries.
		if (timelineEntry.test(t)) continue;
		// "It follows: / - a statutory direction issued in November 2022 / - an Ofsted report ...": items of a list.
		if (bullet.test(t) && [content[i - 1], content[i + 1]].some((o) => o !== undefined && (bullet.test(flat.get(o)!) || /:\s*$/.test(flat.get(o)!)))) continue;
		const pairs = capitalisedRuns(t).flatMap(nameLikePairs);
		// A short line without a stop and without a verb of its own is a caption or a crosshead, not a paragraph:
		// "Peterborough Town Hall, where the council’s cabinet meets".
		const finite = /\b(said|says|say|is|are|was|were|has|have|had|will|would|can|could|should|must|did|does|do)\b/i.test(t);
		if (pairs.some((p) => inOtherBodyLine(p, l)) || (!finite && l !== content[0] && wordCount(t) <= 12)) kind.set(l.n, 'caption');
	}

	const furniture: Furniture[] = [];
	for (const l of content) {
		const k = kind.get(l.n);
		if (k) furniture.push({line: l.n, text: flat.get(l)!, kind: k});
	}

	// Paragraphs: blocks between blank lines, less furniture. A block of long lines is hard-wrapped text and is
	// joined; a block of short lines keeps one paragraph a line.
	const paragraphs: string[] = [];
	const lineNumbers: number[][] = [];
	let block: Line[] = [];
	const flush = () => {
		const kept = block.filter((l) => !kind.has(l.n) && l.text.trim() !== '');
		if (kept.length === 0) {
			block = [];
			return;
		}
		const wrapped = kept.length >= 2 && kept.slice(0, -1).every((l) => l.text.trim().length >= 50 && !endsLikeSentence(l.text));
		if (wrapped) {
			paragraphs.push(squash(kept.map((l) => l.text).join(' ')));
			lineNumbers.push(kept.map((l) => l.n));
		} else {
			for (const l of kept) {
				paragraphs.push(flat.get(l)!);
				lineNumbers.push([l.n]);
			}
		}
		block = [];
	};
	for (const l of body) {
		if (l.text.trim() === '') flush();
		else block.push(l);
	}
	flush();
	return {paragraphs, lineNumbers, furniture};
}


/**
 * The lines that lie inside a quotation an earlier line opened and a later one closes (quote-runs.ts), or in a
 * block of a document's words after a colon (quote-blocks.ts): a letter printed in full after the story quoted
 * parts of it. Its sentences repeat the story's quotes without marks, as a
 * pull quote does, but they are the letter's own text.
 */
function insideQuotation(content: readonly Line[]): Set<number> {
	const texts = content.map((l) => l.text);
	const runs = carryBlockQuotes(texts, carryRunOnQuotes(texts, texts.map(findQuoteSpans)));
	return new Set(content.filter((_, k) => runs[k]![0]?.runsOn === true).map((l) => l.n));
}
