/**
 * Mentions of people, organisations and pronouns in the narrative of a paragraph (quotations blanked out).
 *
 * A person is recognised by a title ("Coun Tony Williams", "Cllr Smith", "Couns Blackburn and Cain"), by a
 * common given name ("Diane Booth"), or by a reporting verb next to a capitalised pair ("said Xan Qiu").
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {givenNames, organisations, roleHeads, speechParticiples, speechVerbs, titles} from './lexicon.js';
import {neededBy, wordFinder, type WordsPresent} from './word-set.js';
import {documentGateWords} from './quote-document-words.js';
import {matchesIn} from './text.js';

export type Mention =
	| {
			readonly kind: 'person';
			readonly start: number;
			readonly end: number;
			/** The name words as printed, possessive dropped: ["Tony", "Williams"] or ["Blackburn"]. */
			readonly names: readonly string[];
			readonly title: string | null;
			readonly gender: 'm' | 'f' | null;
	  }
	| {readonly kind: 'pronoun'; readonly start: number; readonly end: number; readonly gender: 'm' | 'f'}
	| {readonly kind: 'org'; readonly start: number; readonly end: number; readonly org: string};

type Token = {readonly text: string; readonly start: number; readonly end: number};

/** Capitalised words that do not belong in a person's name. */
const notNameWords = new Set(
	'Council Councils Services Service Board Committee Ofsted Department Government Team Report Authority Children Social Care Trust Party Group Office Inspectorate Education Scrutiny Plan Court Police University School Hospital NHS Town City County Borough Street Road Labour Conservative Conservatives Tory Tories Liberal Democrat Democrats Green Independent Reform MP MPs The A An In On At Of For And But He She It They We This That Those These There When While After Before However January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Whitehall Westminster Parliament Commission Association Union Charity Society Foundation Institute Quality England English Britain British UK HM North South East West Central Mayor Minister Secretary Leader Director Chief Executive Cabinet Member Commissioner Children’s Children\'s People Lifelong Learning Skills Families'.split(
		' ',
	),
);

// Both tests need a capital first letter: most words fail on that alone.
// The tests of `/^[A-Z][a-zA-Z’'-]*[a-z][a-zA-Z’'-]*$/` (of the word less its possessive) and `/^(Mc|Mac|O’|O')[A-Z][a-z]+/`,
// read from the character codes: they are asked of every capitalised word, most of them more than once (each run of
// capitals from each of its words).
const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isCap = (w: string) => {
	if (!isUpper(w.charCodeAt(0))) return false;
	return cappedWord(dropPossessive(w)) || prefixedName(w);
};
/** `/^[A-Z][a-zA-Z’'-]*[a-z][a-zA-Z’'-]*$/`: a capital, then name letters only, one of them lower-case at least. */
function cappedWord(d: string): boolean {
	if (d.length < 2 || !isUpper(d.charCodeAt(0))) return false;
	let lower = false;
	for (let i = 1; i < d.length; i++) {
		const c = d.charCodeAt(i);
		if (isLower(c)) lower = true;
		else if (!(isUpper(c) || c === 0x2019 || c === 0x27 || c === 0x2d)) return false;
	}
	return lower;
}
/** `/^(Mc|Mac|O’|O')[A-Z][a-z]+/`: "McDonald", "MacLeod", "O’Brien". */
function prefixedName(w: string): boolean {
	const c1 = w.charCodeAt(1);
	const after = (k: number) => isUpper(w.charCodeAt(k)) && isLower(w.charCodeAt(k + 1));
	if (w.charCodeAt(0) === 0x4d) return (c1 === 0x63 && after(2)) || (c1 === 0x61 && w.charCodeAt(2) === 0x63 && after(3)); // Mc, Mac
	return w.charCodeAt(0) === 0x4f && (c1 === 0x2019 || c1 === 0x27) && after(2); // O’, O'
}
// What `w.replace(/(’s|'s|’|')$/, '')` gives, without a regex: it is asked of nearly every capitalised word.
const dropPossessive = (w: string) => (w.endsWith('’s') || w.endsWith("'s") ? w.slice(0, -2) : w.endsWith('’') || w.endsWith("'") ? w.slice(0, -1) : w);

// A token is a title only if a title has its length and its first two letters (lower-cased as toLowerCase does a
// token's: ASCII letters, apostrophes, hyphens, a stop): a table of the titles' lengths by their first two letters,
// asked before the token is lower-cased and looked up (most words start as some title does: "co", "re", "ma").
// Every title's first two characters are ASCII letters, so no other token is one.
const letterIndex = (c: number) => (c >= 0x41 && c <= 0x5a ? c - 0x41 : c >= 0x61 && c <= 0x7a ? c - 0x61 : -1);
const titleLengths = new Uint32Array(26 * 26);
for (const t of titles.keys()) {
	const a = letterIndex(t.charCodeAt(0));
	const b = letterIndex(t.charCodeAt(1));
	if (a < 0 || b < 0 || t.length > 31) throw new Error(`a title that is not two ASCII letters first: ${t}`);
	titleLengths[a * 26 + b]! |= 1 << t.length;
}
const mayBeTitle = (word: string) => {
	if (word.length < 2 || word.length > 31) return false;
	const a = letterIndex(word.charCodeAt(0));
	const b = letterIndex(word.charCodeAt(1));
	return a >= 0 && b >= 0 && (titleLengths[a * 26 + b]! & (1 << word.length)) !== 0;
};
// (With the words quote-documents.ts tests for: one pass over the narrative finds both. Words no organisation needs
// name none in organisationsFor.)
const organisationWordsIn = wordFinder([...organisations.flatMap(([, , needs]) => needs), ...documentGateWords]);
const organisationsFor = neededBy(organisations, ([, , needs]) => needs);

/** The words' letters: `[A-Za-z]` opens a word, `[A-Za-z’'-]` goes on in it. */
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const inWord = (c: number) => isLetter(c) || c === 0x2019 || c === 0x27 || c === 0x2d;

/**
 * The words and the punctuation `,:;()` the rules read, in text order: the tokens of `/[A-Za-z][A-Za-z’'-]*\.?|[,:;()]/g`,
 * read from the character codes in one pass (a match per word was most of this step's cost).
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x2c || c === 0x3a || c === 0x3b || c === 0x28 || c === 0x29) tokens.push({text: text[i]!, start: i, end: i + 1});
		if (!isLetter(c)) continue;
		let end = i + 1;
		while (end < text.length && inWord(text.charCodeAt(end))) end++;
		let t = text.slice(i, end);
		// A stop after the word belongs to it only for abbreviations like "Coun."; otherwise it ends a sentence.
		if (text.charCodeAt(end) === 0x2e && titles.has(`${t.toLowerCase()}.`)) {
			t += '.';
			end++;
		}
		tokens.push({text: t, start: i, end});
		i = end - 1;
	}
	return tokens;
}

/**
 * "Cllr Tom Green said", "Tom Green, the Labour group leader,": a party's name that is also a common surname, read as
 * the surname after a given name, unless the party's own words follow it ("Tom Smith's Green Party colleagues" has
 * no given name before it; "Green councillor", "Green Party", "Green group" name the party).
 */
function partyWordAsSurname(tokens: readonly Token[], k: number, before: number): boolean {
	if (before === 0 || dropPossessive(tokens[k]!.text) !== 'Green') return false;
	const next = tokens[k + 1]?.text.toLowerCase();
	return next === undefined || !/^(?:party|group|councillors?|cllrs?|coun|mps?|members?|candidates?|leader|politicians?)$/.test(next);
}

/** Name words following position `i`: up to three capitalised words that are not organisation words. */
function nameWordsAt(tokens: readonly Token[], i: number, max = 3): Token[] {
	const out: Token[] = [];
	for (let k = i; k < tokens.length && out.length < max; k++) {
		const w = tokens[k]!.text;
		if (!isCap(w) || (notNameWords.has(dropPossessive(w)) && !partyWordAsSurname(tokens, k, out.length))) break;
		out.push(tokens[k]!);
		// A possessive ends the name: "Coun Cain’s resignation".
		if (dropPossessive(w) !== w) break;
	}
	return out;
}

/** The words a role phrase runs on with after its head: "director of children's services", "member for young people". */
const roleTail = new Set(['of', 'for', 'and', 'children', "children's", 'children’s', 'services', 'service', 'social', 'care', 'young', 'people', 'families', 'family', 'education', 'safeguarding', 'learning', 'skills', 'health', 'adult', 'adults', 'corporate', 'parenting', 'early', 'help', 'the', 'council', "council's", 'council’s', 'authority', 'interim', 'acting', 'strategic', 'executive', 'operations', 'quality', 'assurance', 'practice', 'improvement', 'resources', 'finance', 'schools', 'send', 'inclusion', 'wellbeing']);

/**
 * "director of children's services Priya Venkataraman", "cabinet member for children and families Jo Mbeki": a
 * capitalised pair right after a role phrase (a role word, then "of" or "for" and the words of its portfolio).
 */
function afterRolePhrase(tokens: readonly Token[], i: number): boolean {
	// "head of Youth Justice": the capitals right after the link are the portfolio's own name.
	if (/^(?:of|for|the|and)$/i.test(tokens[i - 1]?.text ?? '')) return false;
	let sawLink = false;
	// "director of children's services, Idris Fenwick,": the name in apposition after the comma.
	const from = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
	for (let k = from; k >= Math.max(0, from - 8); k--) {
		const w = tokens[k]!.text.toLowerCase();
		if (roleHeads.has(w)) return sawLink;
		if (!roleTail.has(w)) return false;
		if (w === 'of' || w === 'for') sawLink = true;
	}
	return false;
}

/** "Priya Venkataraman, the council's director of children's services, ...": a role in apposition after the pair. */
function roleAfter(tokens: readonly Token[], i: number): boolean {
	if (tokens[i]?.text !== ',') return false;
	for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
		const w = tokens[k]!.text.toLowerCase();
		if (roleHeads.has(w)) return true;
		if (w === ',' || w === ':' || w === ';' || w === '(' || w === 'who' || w === 'which') return false;
	}
	return false;
}

function genderOf(title: string | null, first: string | undefined): 'm' | 'f' | null {
	const t = title ? titles.get(title.toLowerCase()) : undefined;
	if (t?.gender) return t.gender;
	return first ? (givenNames.get(first) ?? null) : null;
}

/** Person, pronoun and organisation mentions in narrative text, in text order. Pure. */
/**
 * "ESTHER McVey has accused ...", "PROFESSOR Julian Le Grand", "TRAFFORD council's": the capitals a paper sets a
 * lede's first words in, read as the words they are (for people here, for authorities in extract.ts). Same length, so every offset holds; an acronym ("MP", "NSPCC") stays as it is.
 */
export function sentenceCase(narrative: string): string {
	const lead = /^(?:[A-Z]{3,}[’']?S?\s+){1,3}(?=[A-Z]?[a-z])/.exec(narrative);
	return lead ? lead[0].replace(/[A-Z]{3,}/g, (w) => (acronyms.has(w) ? w : w[0] + w.slice(1).toLowerCase())) + narrative.slice(lead[0].length) : narrative;
}
const acronyms = new Set(['NSPCC', 'SEND', 'DFE', 'LGA', 'ADCS', 'CQC', 'BASW', 'NHS', 'BBC', 'ITV', 'UNISON', 'GMB', 'TUC', 'YOT', 'YOS', 'LSCB', 'ILACS', 'CAFCASS', 'OFSTED']);

export function findMentions(narrative: string): Mention[] {
	return mentionsAndWords(narrative).mentions;
}

/**
 * The mentions, and the words of the organisations' and the documents' tests found in the lower-cased narrative
 * (`text.includes(w)` of each: word-set.ts), for quote-documents.ts to read rather than scan the narrative again.
 */
export function mentionsAndWords(narrative: string): {mentions: Mention[]; words: WordsPresent} {
	// ("OLDHAM Council says": a lede's capitalised first words read as printed in the rest of the text, same offsets.)
	const cased = sentenceCase(narrative);
	const tokens = tokenize(cased);
	const out: Mention[] = [];
	const used = new Set<number>();

	let depth = 0;
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i]!;
		// "(Con, Hazel Grove)": a ward or a party in brackets is not a person.
		if (tok.text === '(') depth++;
		else if (tok.text === ')') depth = Math.max(0, depth - 1);
		if (used.has(i) || depth > 0) continue;
		const title = mayBeTitle(tok.text) ? titles.get(tok.text.toLowerCase()) : undefined;

		if (title) {
			const words = nameWordsAt(tokens, i + 1);
			if (words.length === 0) continue;
			if (title.plural) {
				// "Couns Blackburn and Cain": one mention per name, each with the title.
				let k = i + 1;
				while (k < tokens.length) {
					const w = nameWordsAt(tokens, k, 2);
					if (w.length === 0) break;
					out.push({kind: 'person', start: tok.start, end: w.at(-1)!.end, names: w.map((x) => dropPossessive(x.text)), title: title.canonical, gender: null});
					for (let u = k; u < k + w.length; u++) used.add(u);
					k += w.length;
					const sep = tokens[k]?.text;
					if (sep === ',' || sep === 'and' || sep === '&') k++;
					else break;
				}
				continue;
			}
			const names = words.map((x) => dropPossessive(x.text));
			out.push({kind: 'person', start: tok.start, end: words.at(-1)!.end, names, title: title.canonical, gender: genderOf(title.canonical, names.length > 1 ? names[0] : undefined)});
			for (let u = i; u <= i + words.length; u++) used.add(u);
			i += words.length;
			continue;
		}

		if (isCap(tok.text) && !notNameWords.has(dropPossessive(tok.text))) {
			const words = nameWordsAt(tokens, i);
			const prev = tokens[i - 1]?.text.toLowerCase();
			const next = tokens[i + words.length]?.text.toLowerCase();
			// A run of capitals may carry a place before the name ("Blackpool North Paul Maynard"): start at a given name.
			const g = words.findIndex((w) => givenNames.has(w.text));
			// ", Dermot Rooney, said": an appositive name, the comma between it and its verb.
			const afterComma = next === ',' ? tokens[i + words.length + 1]?.text.toLowerCase() : undefined;
			const byVerb = (prev !== undefined && speechVerbs.has(prev)) || (next !== undefined && (speechVerbs.has(next) || speechParticiples.has(next))) || (prev === ',' && afterComma !== undefined && speechVerbs.has(afterComma));
			// "The mayor, Jamal Haque, said" / "MP Marcus Devlin": a pair right after a role word is a name.
			const afterRole = prev !== undefined && (roleHeads.has(prev) || (prev === ',' && roleHeads.has(tokens[i - 2]?.text.toLowerCase() ?? '')) || afterRolePhrase(tokens, i));
			let from = -1;
			if (g >= 0 && words.length - g >= 2) from = g;
			else if ((byVerb || afterRole || roleAfter(tokens, i + words.length)) && words.length >= 2 && words.length <= 3) from = 0;
			if (from >= 0) {
				const nameToks = words.slice(from);
				const names = nameToks.map((x) => dropPossessive(x.text));
				out.push({kind: 'person', start: nameToks[0]!.start, end: nameToks.at(-1)!.end, names, title: null, gender: genderOf(null, names[0])});
				for (let u = i; u < i + words.length; u++) used.add(u);
				i += words.length - 1;
				continue;
			}
		}

		const lower = tok.text.length <= 3 ? tok.text.toLowerCase() : '';
		if (lower === 'he' || lower === 'she') out.push({kind: 'pronoun', start: tok.start, end: tok.end, gender: lower === 'he' ? 'm' : 'f'});
	}

	const taken = (s: number, e: number) => out.some((m) => s < m.end && e > m.start);
	const present = organisationWordsIn(narrative.toLowerCase());
	for (const [re, org] of organisationsFor(present)) {
		// The printed-name patterns hold these words with their capitals: a paragraph with "council" only is spared them.
		if ((org === '$council' && !cased.includes('Council')) || (org === '$named-trust' && !/Trust|Board|Partnership/.test(cased))) continue;
		for (const m of matchesIn(re, cased)) {
			const s = m.index!;
			const e = s + m[0].length;
			if (taken(s, e)) continue;
			if (org === '$pronoun') out.push({kind: 'pronoun', start: s, end: e, gender: /^his$/i.test(m[1]!) ? 'm' : 'f'});
			else if (org === '$council') {
				// Only a real authority's council, as printed: "On Monday Wigan Council" is "Wigan Council".
				const printed = (m[1] ?? m[2])!;
				const at = m[0].indexOf(printed);
				const auth = findAuthorityMentions(printed).find((a) => /Council$/.test(printed.slice(a.start)));
				if (!auth) continue;
				const name = printed.slice(auth.start);
				if (!taken(s + at + auth.start, s + at + printed.length)) out.push({kind: 'org', start: s + at + auth.start, end: s + at + printed.length, org: name});
			}
			else if (org === '$printed-body') {
				const name = (m[1] ?? m[2])!;
				const at = s + m[0].indexOf(name);
				const place = findAuthorityMentions(name).find((a) => a.start === 0 && a.end === name.length);
				out.push({kind: 'org', start: at, end: at + name.length, org: place ? `${place.name} Council` : name});
			}
			else if (org === '$commissioner') out.push({kind: 'org', start: s, end: e, org: 'the commissioner'});
			else if (org === '$role') out.push({kind: 'org', start: s, end: e, org: `the role:${m[1]!.toLowerCase()}`});
			else if (org === '$inspectorate') out.push({kind: 'org', start: s, end: e, org: 'the inspectorate'});
			else if (org === '$named-trust') {
				// "Chair of the Leeds Safeguarding Children Partnership": the body, not the role before it.
				const name = m[1]!.replace(/^(The|A|An|In|At|By|From|With|For|And|But|Both|Its|Their) /, '').replace(/^(?:[A-Z][\w’'-]+ )*?(?:Chair|Chairman|Chairwoman|Chief Executive|Director|Head|Leader|Member|Secretary|Minister|Mayor|Manager|Officer) of (?:the )?/, '');
				if (name.split(' ').length < 2 || /^(Improvement|Partnership|Trust|Board) /.test(name)) continue;
				out.push({kind: 'org', start: s + m[0].indexOf(name), end: e, org: name});
			} else if (org === '$named') out.push({kind: 'org', start: s, end: e, org: m[1]!.replace(/^The /, '').replace(/^UNISON$/, 'Unison')});
			else if (org === '$party-group') out.push({kind: 'org', start: s, end: e, org: ({Conservative: 'Conservatives', Labour: 'Labour', 'Liberal Democrat': 'Liberal Democrats', Green: 'Green Party', Independent: 'Independents', Reform: 'Reform UK'} as Record<string, string>)[m[1]!]!});
			else if (org === '$the-body') out.push({kind: 'org', start: s, end: e, org: `the body:${m[1]!.toLowerCase()}`});
			else if (org === '$document') out.push({kind: 'org', start: s, end: e, org: `the document:${m[1]!.toLowerCase()}`});
			else out.push({kind: 'org', start: s, end: e, org});
		}
	}
	return {mentions: out.sort((a, b) => a.start - b.start), words: present};
}

/**
 * "... a joy to read," said Tate, "but ...": a bare surname next to a reporting verb, where the article has printed
 * that person's full name. Found once the article's people are known (`surnames`: the last words of their full
 * names), and only beside a reporting verb, so that a capitalised word elsewhere is not taken for a person.
 */
const capitalisedWord = /(?<![\w'’-])([A-Z][a-z'’-]+[a-z])(?![\w'’-])/g;

export function surnameMentions(narrative: string, mentions: readonly Mention[], surnames: ReadonlySet<string>): Mention[] {
	// (Only a narrative that holds one of the surnames has a word to find: most paragraphs are spared the search.)
	if (surnames.size === 0 || ![...surnames].some((name) => narrative.includes(name))) return [...mentions];
	const added: Mention[] = [];
	for (const m of matchesIn(capitalisedWord, narrative)) {
		const name = m[1]!;
		if (!surnames.has(name)) continue;
		const start = m.index!;
		const end = start + name.length;
		if (mentions.some((x) => start < x.end && end > x.start)) continue;
		const before = narrative.slice(Math.max(0, start - 12), start).toLowerCase();
		const after = narrative.slice(end, end + 14).toLowerCase();
		const verbBefore = /\b([a-z]+)\s+$/.exec(before)?.[1];
		const verbAfter = /^\s*,?\s*([a-z]+)\b/.exec(after)?.[1];
		if ((verbBefore && speechVerbs.has(verbBefore)) || (verbAfter && (speechVerbs.has(verbAfter) || speechParticiples.has(verbAfter)))) added.push({kind: 'person', start, end, names: [name], title: null, gender: null});
	}
	return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
