/**
 * Whether a later sentence that names the lede's kind of act retells the lede's own act, or tells another of the same
 * kind. Councils' stories are full of other resignations, boards, plans, notices, votes and appointments: "The head
 * teacher of a Halifax school resigned on Monday", "The council's planning board approved a supermarket", "A
 * similar notice was issued to the waste contractor", "Councillors voted on Monday to increase council tax". Such a
 * day is another matter's, and a wrong confident day on the timeline is worse than the article's.
 *
 * The retelling names the same thing again: a kind noun pointed back to ("the notice", "her resignation", "the
 * appointment"), never a new one ("a similar notice") nor one given an owner or a qualifier the lede did not give it
 * ("the council's transport plan", "the board of the football club"); or a kind verb whose doer and whose object are
 * the lede's (or a pronoun), not a new person or body ("Her husband ... resigned", "appointed a new chief executive",
 * "voted to approve the schools bill"). And the day belongs to the clause that names the act, not to another clause
 * of the sentence ("announced her departure, and on Tuesday it published the agenda", "in her resignation letter,
 * she wrote that she had told her family on Sunday").
 */
import type {DateMatch} from './dates/types.js';

/** Words that name no person, body or matter: determiners, pronouns, auxiliaries, prepositions, the days of the week. */
const functionWord =
	/^(?:the|a|an|this|that|these|those|its|it|her|his|their|they|them|she|he|him|we|our|us|i|my|your|of|in|on|at|to|for|by|with|from|as|and|or|but|was|were|is|are|be|been|being|has|have|had|also|then|formally|officially|finally|first|last|night|yesterday|today|earlier|week|morning|afternoon|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+)$/;
/** Determiners that point back to a thing already told. */
const definite = /^(?:the|this|that|these|those|its|her|his|their|our)$/;
/** Determiners and words that bring in a new one of the kind. */
const indefinite = /^(?:a|an|another|any|some|one|such|similar|other|separate|second|new)$/;
/** Where a clause opens: a telling verb (what follows is what was told), a joined clause, a relative one. */
const clauseOpening = /(?:;|,\s*(?:and|but|while|whereas)\b|\b(?:said|says|confirmed|announced|revealed|wrote|told\s+\w+)(?:\s+that)?\b|\b(?:that|who|which)\b)/gi;
/** The kind's verb forms: a kind word told as what someone did. */
const verbForm = /(?:ed|^quit|^resign|^resigns|\s(?:down))$/i;

/** A person named with a title ("Mr Marchbanks' departure"): the story naming the lede's director or leader, told as a pronoun. */
const titledName = /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Prof)\.?\s+(?:[A-Z][\w-]*(?:['’]s?)?\s*)+/g;
const stem = (w: string) => w.toLowerCase().replace(/['’]s$/, '').replace(/s$/, '');
const words = (s: string) => (s.replace(titledName, ' her ').toLowerCase().match(/[a-z][a-z'’-]*|\d+/g) ?? []).map((w) => w.replace(/['’]s$/, ''));
/** Whether every word of `s` that names someone or something is one the lede used. */
function ledesOwn(s: string, lede: ReadonlySet<string>): boolean {
	return words(s).every((w) => functionWord.test(w) || lede.has(stem(w)));
}

/**
 * Each kind's words as a global pattern, made once per kind (the kinds are event-news-day.ts's fixed table): matchAll
 * copies the pattern it is given, so this one is never moved on.
 */
const everyOfKind = new Map<RegExp, RegExp>();

/** Whether `t`, which names a word of the act's kind, retells the lede's act (`lede`, the event's own sentence) with the day `d`. */
export function retellsTheAct(t: string, kind: RegExp, lede: string, d: DateMatch): boolean {
	const ledeWords = new Set(words(lede).map(stem));
	let every = everyOfKind.get(kind);
	if (!every) everyOfKind.set(kind, (every = new RegExp(kind.source, 'gi')));
	for (const m of t.matchAll(every)) {
		const at = m.index;
		const end = at + m[0].length;
		// The day in another clause than the kind word's: a joined clause between, or a "that" clause the day stands in.
		const between = at < d.start ? t.slice(end, d.start) : t.slice(d.end, at);
		if (/;|,\s*(?:and|but|while|whereas)\b/i.test(between) || (at < d.start && /\bthat\b/i.test(between))) continue;
		if (verbForm.test(m[0])) {
			// A verb: its doer, from where its clause opens, and what it was done to or for, are the lede's.
			const before = t.slice(0, at);
			const open = [...before.matchAll(clauseOpening)].at(-1);
			const doer = before.slice(open ? open.index + open[0].length : 0);
			const after = t.slice(end).replace(d.text, ' ');
			const object = /^\s*(?:[^,.;]*?)(?=\s+(?:on|at|in|by|after|before|over|during|following|because|since|with|amid|when|as)\b|[,.;:]|$)/i.exec(after)?.[0] ?? '';
			if (ledesOwn(doer, ledeWords) && ledesOwn(object, ledeWords)) return true;
			continue;
		}
		// A noun: its determiner and what qualifies it, before it and in an "of" phrase after it.
		const before = words(t.slice(0, at)).reverse();
		const qualifiers: string[] = [];
		let opener: string | undefined;
		for (const w of before.slice(0, 5)) {
			if (definite.test(w) || indefinite.test(w)) {
				opener = w;
				break;
			}
			if (functionWord.test(w)) break;
			qualifiers.push(w);
		}
		if (opener !== undefined && indefinite.test(opener)) continue;
		const owner = /^\s+of\s+([^,.;]*?)(?=\s+(?:on|at|in|by|was|were|has|had|is|are|will|would|to|for|after|before|last|yesterday)\b|[,.;]|$)/i.exec(t.slice(end))?.[1] ?? '';
		if (ledesOwn(qualifiers.join(' '), ledeWords) && ledesOwn(owner, ledeWords)) return true;
	}
	return false;
}
