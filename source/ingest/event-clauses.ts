/**
 * Reading a sentence for events: its clauses, the distance of a date from an event's words, lists of dates and
 * of authorities, offsets like "a month after", and who acted in it.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import type {DateValue, EventType} from '../corpus/schema.js';
import type {DateMatch} from './dates/types.js';
import {opensNextClause} from './event-dates-of-others.js';
import {laterGradeDatedItself} from './event-grade-own-date.js';
import type {NamedMention, Participant} from './event-types.js';
import {notJudgementRe, notMadeBy, notMadeByRe, purposeParticiple} from './event-cues.js';
import {matchesIn} from './text.js';
import {inNhsName, supervisorBefore} from './bodies-named.js';

/** The events a publication told in an aside cannot describe: all those an issuing cannot, but a report and a plan. */
const notPublishedRe = new RegExp(`^(${[...notMadeBy].filter((t) => t !== 'commissioner-report' && t !== 'improvement-plan').join('|')})$`);

/** Where a sentence's clauses break (see clauses()). */
const months = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const andThat = `that\\s[^,;]{0,40}?\\b(?:had|has|have) been\\b|(?:another|a further|a second|an extra|an additional)\\s+£`;
// Grouped by the break's first character, so that a letter (most positions) fails once rather than once per kind of
// break; a lookbehind tried at every position is put after the space it needs. The breaks are those of the flat list
// of kinds the comments in clauses() describe (test/ingest/clause-breaks.test.ts holds them to it).
// The first kind starts only where the white space before "and" or "but" starts: inside a run of white space (a quote
// blanked out is a long one) it could match only where it matched at the run's start already, and no break ends inside
// a run, so a search never starts there; without the lookbehind the run was read to its end from each of its spaces.
const clauseBreaks = new RegExp(
	`(?<!\\s)\\s+(?:and\\s+(?=(?:has|have)\\s+(?:now\\s+|since\\s+|also\\s+)?(?:been\\s+)?[a-z]+ed\\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:[a-z]+\\s+)?\\(|(?:this|last|next|earlier|later|in|on|by)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:they|it|he|she|inspectors|Ofsted|ministers|councillors|officials|the council|the government|the department)\\s|(?:its|their|the)\\s+(?:report|letter|findings|verdict|judgement|results?|notice|direction)\\s+(?:is|are|will|would|was|were)\\b|(?:will|is to|are to)\\s+be\\s+(?:debated|discussed|considered|heard)\\b|${andThat}|(?:a|an|the|its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:visit|inspection|re-?inspection)\\b[^.;]{0,40}?\\b(?:in|on)\\s+(?:\\d|${months}\\b|(?:19|20)\\d\\d\\b))|but\\s+(?=${andThat}))` +
		`|\\s(?<!\\b(?:as|even|only|see|asked|whether)\\s)(?=(?:if|unless)\\s)` +
		`|\\s(?<!\\b(?:imposed|issued|served|placed|introduced|appointed|made|looked)\\s)(?:after|following|follows|followed(?!\\s+(?:in|on|during|that|later|soon|shortly)\\b)|a (?:fall|drop|rise) from)\\b` +
		`|,\\s+(?:(?:although|though|but|while|whereas|before|after|and later|and then|down from|up from|compared with)\\b|and\\s+(?=(?:the|a|an|it|he|she|they|I|we|its|his|her|their|this|that|inspectors|councillors|officials|ministers)\\s)|(?=${purposeParticiple.source})|(?=(?:lifting|taking|bringing|moving)\\s+(?:the|it|them|its|their)\\b[^,.;]{0,40}\\bout of\\b))` +
		`|;\\s+`,
	'gi',
);

/** A clause: a stretch of a sentence between strong breaks, so "rated X in 2012, although it later ... Y" splits. */
export function clauses(sentence: string): {start: number; end: number}[] {
	const out: {start: number; end: number}[] = [];
	// The split is made at the space before "after": a plain alternative rather than a lookahead tried at every space.
	// "said a plan would follow within weeks and that £2m had been set aside": each reported clause is told apart.
	// ", and the council apologised yesterday": a new clause with its own subject (not a list of months or places).
	// "The notice imposed after the 2015 inspection was lifted": "after" inside a participle's phrase opens no clause.
	// Nor does "after" in "looked after children", the service's name unhyphenated.
	// ", meant to make sure the service improved": a purpose told by a participle is a clause of its own.
	// "follows the full inspection in June 2022 and a first monitoring visit in January 2023": a second dated visit.
	// Read with exec (every break is at least a character): matchAll would copy the pattern for every sentence.
	const re = clauseBreaks;
	let at = 0;
	re.lastIndex = 0;
	for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
		out.push({start: at, end: m.index!});
		at = m.index! + 1;
	}
	out.push({start: at, end: sentence.length});
	return out;
}

export const distance = (d: {start: number; end: number}, pos: number) => (pos < d.start ? d.start - pos : pos > d.end ? pos - d.end : 0);

export const offsetWords: Record<string, number> = {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18};
/** The counts of offsetWords as a pattern's alternation ("two|three|..."), for the patterns that read them. */
export const offsetWordPattern = Object.keys(offsetWords).join('|');
const offsetAfter = new RegExp(`\\b(${offsetWordPattern}|\\d+) (week|month|year)s? after\\b`, 'i');

/** "just a month after <event>": the event in the after-clause is that long before the anchor. */
export function offsetBefore(clause: string): {months: number; words: string; index: number; pronoun?: boolean} | null {
	// Most sentences have no "after": the plain test spares them the pattern's start at every word.
	const m = /after/i.test(clause) ? offsetAfter.exec(clause) : null;
	if (!m) return null;
	const n = offsetWords[m[1]!.toLowerCase()] ?? Number(m[1]);
	const unit = m[2]!.toLowerCase();
	// "three years after that it became outstanding": the after-clause is only "that", the event before it; what follows
	// is the later event's.
	const pronoun = /^\s+(?:that|this)\b(?=\s*,|\s+(?:it|they|he|she|the|a|an|[A-Z][\w'’-]*)\b)/.test(clause.slice(m.index + m[0].length));
	const months = unit === 'year' ? n * 12 : unit === 'month' ? n : 0;
	return pronoun ? {months, words: m[0], index: m.index + m[0].length, pronoun} : {months, words: m[0], index: m.index + m[0].length};
	// (the index is where the after-clause's own words begin)
}

/** Event types whose actors a researcher compares: who called, who refused, who resigned. */
export const withParticipants = new Set<EventType>(['resignation-call', 'resignation-refused', 'resignation', 'no-confidence-vote']);

/**
 * Who acted and who it was about: named mentions before the keyword are the actors (the first of them, or all
 * when the keyword follows "X said Y should ..."), those after it are its objects.
 */
export function participantsOf(mentions: readonly NamedMention[], text: string, from: number, at: number, to: number): Participant[] {
	// The objects end where a new clause starts: "facing a vote ... after Labour said" is not about Labour.
	const rest = /\b(after|because|while|when|since|although|though|but|before)\b/.exec(text.slice(at + 1, to));
	if (rest) to = at + 1 + rest.index;
	const before = mentions.filter((m) => m.start >= from && m.end <= at);
	const after = mentions.filter((m) => m.start >= at && m.end <= to);
	const out: Participant[] = [];
	const add = (name: string, role: Participant['role']) => {
		if (!out.some((p) => p.name === name)) out.push({name, role});
	};
	// "He was quickly followed by the cabinet member, Ann Lowe": the one who followed is the one who went.
	if (/^followed\s+(?:out(?: of the door)?\s+)?by\b/i.test(text.slice(at)) && after[0]) add(after[0].name, 'by');
	// "The leader Iris Moor and the cabinet member Leo Shaw both quit": everyone named before "both" or "all" acted.
	const together = /^(?:both|all)\b/i.test(text.slice(at)) || /\b(?:both|all)\s+$/i.test(text.slice(Math.max(0, at - 6), at));
	if (before[0]) add(before[0].name, 'by');
	for (const m of before.slice(1)) add(m.name, together ? 'by' : 'about');
	for (const m of after) add(m.name, 'about');
	return out;
}

/**
 * "since the council was found 'inadequate'", "up from 'requires improvement'": a rating named as the past. So is one
 * told as the cause of an intervention the sentence's main clause reports ("has directed the council to work with a
 * commissioner, after an inspection in January rated it inadequate"): `prior` is the sentence before the clause.
 */
export function toldAsHistory(clause: string, at: number, prior = ''): boolean {
	const before = clause.slice(Math.max(0, at - 50), at);
	// "to oversee its 'inadequate' children's services": the grade the services carry, given before the news (unless the
	// clause names the verdict itself: "Ofsted verdict on 'inadequate' children's services" is the news).
	if (/['‘"“]$/.test(before) && !/\b(?:verdict|report|rating|judgement|judgment|inspection|inspectors|Ofsted|rated|judged|graded|found|given|branded|deemed|labelled|downgraded|upgraded|placed|remains?|still|now)\b/i.test(clause) && /^(?:inadequate|requires? improvement|good|outstanding)['’"”]\s+(?:children['’]s (?:services|social care)|(?:social care|safeguarding) services)\b/i.test(clause.slice(at, at + 60))) return true;
	if (/\b(?:improvement notice|notice to improve|direction|commissioner|adviser|intervention)\b/i.test(prior) && /^\W*(?:after|following)\s+(?:[\w'’-]+\s+){0,4}?(?:inspection|report|visit|review)\b[^,;]*$/i.test(clause.slice(0, at))) return true;
	// "improved from 'inadequate' to 'good'": the rating after "to" is the new one.
	if (/\bfrom\b/i.test(before) && /\bto\s+(?:be\s+)?['‘"“]?$/i.test(before)) return false;
	// "have slipped since the last inspection in 2019 and are now inadequate": the grade of now.
	if (/\b(?:is|are)\s+now\s+(?:rated\s+|judged\s+|graded\s+)?(?:as\s+)?['‘"“]?$/i.test(before)) return false;
	// "lifting the service out of the inadequate category", "no longer inadequate", "shook off its inadequate rating",
	// "Inspectors have lifted Rutland's 'inadequate' rating": the grade it left.
	if (/\b(out of|no longer|shaken off|shook off|shake off|shed|escaped|emerged from|lifted|removed|dropped|lost)\s+(?:(?:the|its|their|an?|being|rated|judged|[\w-]+(?: [\w-]+){0,3}['’]s)\s+)*['‘"“]?$/i.test(before)) return true;
	// "spun its 'inadequate' rating to 'good'", "turned the inadequate grade into good": the grade it changed.
	if (/\b(?:turned|turning|spun|spinning|flipped|transformed|changed|moved|taken|took|converted)\s+(?:its|their|the|an?)\s+['‘"“]?$/i.test(before) && /^['‘"“]?[\w ]{3,30}?['’"”]?\s+(?:rating|grade|judgement|judgment)\s+(?:around\s+|round\s+)?(?:to|into)\b/i.test(clause.slice(at, at + 60))) return true;
	// "the borough had been given a damning report, with inspectors finding ...": the pluperfect tells the report as history.
	// ("had both been judged", "had also been rated": the same tense.)
	if (/\bhad (?:(?:both|all|each|also|already|twice)\s+)?been (?:given|rated|judged|graded|handed|found)\b[^.;]{0,80}$/i.test(clause.slice(Math.max(0, at - 120), at))) return true;
	return /\b(since|from|previously|formerly|had (?:(?:both|all|each|also|already|twice)\s+)?been|having been|after being|once(?!\s+(?:more|again)\b)|last)\b[^.]{0,40}$/i.test(before);
}

/**
 * The clause without an aside that gives another, earlier grade (", previously rated outstanding,", "(formerly judged
 * good)"), unless the grade at `at` is the aside's own: its "previously" is not the clause's.
 */
export function withoutEarlierGradeAside(clause: string, at: number): string {
	if (!/previously|formerly|once|last|earlier/i.test(clause)) return clause;
	return clause.replace(/(?:,\s*|\(\s*|\s[–—-]\s)(?:previously|formerly|once|last|earlier)\s+(?:(?:rated|judged|graded|given|found)\s+)?(?:as\s+)?['‘"“]?(?:inadequate|outstanding|good|adequate|requires? improvement)['’"”]?(?:\s+in\s+(?:19|20)\d\d)?\s*(?:,|\)|\s[–—-]\s)/gi, (m, offset: number) => (at >= offset && at < offset + m.length ? m : ' '.repeat(m.length)));
}

/** Words that join the items of a list: ", ", "; ", " and ", ", and ", " & ". */
// "Both Wigan, in the north west, and Luton": a place's aside between the names of a list.
export const listJoin = /^(?:\s*[,;]\s*(?:and\s+)?(?:again\s+)?|\s+(?:and|&)\s+(?:again\s+|then\s+)?|\s*([,–—-])\s*(?:in|near|on)\s+(?:the\s+)?[\w'’ -]{1,30}?\s*\1\s*(?:and\s+)?)$/i;

/**
 * The dates of a list ("in November 2022, March 2023 and June 2023") that holds the date nearest `at`; one date
 * or none when the clause has no such list. Offsets are the clause's.
 */
export function dateList(clause: string, dates: readonly DateMatch[], at: number): DateValue[] {
	// "the last inspection before 2017, in 2014,": a bound is not one of a list's dates.
	const listed = dates.filter((d) => !/\b(?:before|until|till|since|after|by)\s+(?:the\s+)?$/i.test(clause.slice(Math.max(0, d.start - 12), d.start)));
	if (listed.length < 2) return [];
	const sorted = [...listed].sort((a, b) => a.start - b.start);
	const runs: DateMatch[][] = [];
	for (const d of sorted) {
		const run = runs.at(-1);
		const gap = run ? clause.slice(run.at(-1)!.end, d.start).replace(/^\s*(in|on)\s+/i, ' ').replace(/\s+(in|on)\s+$/i, ' ').replace(/\s+(?:and|,)?\s*the\s+(?:second|third|fourth|next|other|last|latest|final)(?:\s+one)?\s*$/i, ' and ') : null;
		// ("the first in November and the second in February": a list too.)
		// "in June 2016 and in September the government appointed": a date that opens the next clause ends the list.
		const opensClause = /^\s+(?:the|a|an|its|his|her|their|ministers|councillors|Ofsted|inspectors|he|she|they|it)\s+[a-z]+/.test(clause.slice(d.end, d.end + 40));
		if (run && gap !== null && !opensClause && (listJoin.test(gap) || listJoin.test(clause.slice(run.at(-1)!.end, d.start)))) run.push(d);
		else runs.push([d]);
	}
	const near = sorted.reduce((best, d) => (distance(d, at) < distance(best, at) ? d : best));
	const run = runs.find((r) => r.includes(near))!;
	if (run.length < 2) return [];
	// "visited on 31 January and 1 February": days in a row are one event's days; the list is a span from its first.
	// So is "between 21 March 2022 and 1 April 2022" ("seven visits between 2020 and 2023" are many).
	const days = run.map((d) => (d.date.precision === 'day' && d.date.value ? Date.parse(d.date.value) / 86_400_000 : Number.NaN));
	if (days.every((n, i) => i === 0 || n - days[i - 1]! === 1) || (run.length === 2 && !/\b(?:visits|inspections)\b/i.test(clause) && /\bbetween\s+$/i.test(clause.slice(Math.max(0, run[0]!.start - 9), run[0]!.start + (/^between\s+/i.exec(run[0]!.text)?.[0].length ?? 0))))) return [run[0]!.date];
	return run.map((d) => d.date);
}

/** Words before an authority's name that make it a partner of the story's council, not its subject. */
const partnerBefore = new RegExp(String.raw`\b(?:(?:team|staff|officers|officials|experts?|managers|advisers?|help|support|leaders|directors?) from|(?:partnership|merger|partnering|partnered|link-up|collaboration|arrangement|agreement|deal|working|work) with|alongside|with help from|${supervisorBefore})\s+(?:the\s+)?(?:neighbouring\s+|nearby\s+)?$`, 'i');

/**
 * The authorities a sentence names as its subjects: not a partner ("a team from Essex County Council was sent in",
 * "a formal partnership with Leeds City Council") of the article's own council, whose events they are not.
 */
export function subjectMentions(sentence: string, own: string | null | undefined): ReturnType<typeof findAuthorityMentions> {
	const all = findAuthorityMentions(sentence);
	if (!own || all.length === 0) return all;
	// (A place in an NHS body's name is no council the sentence is about, even the story's own: bodies-named.ts.)
	const kept = all.filter((m) => !inNhsName(sentence, m.start, m.end) && (m.name === own || !namedAside(sentence, m.start)));
	// "Bolton's opposition demanded new leadership, Wigan's leader noted": the story's council named only as the teller
	// of another council's news is not its subject.
	const tail = reportingTail.exec(sentence);
	if (!tail || !kept.some((m) => m.name !== own && m.end <= tail.index)) return kept;
	return kept.filter((m) => m.name !== own || m.start < tail.index);
}
const reportingTail = /,\s+(?:and\s+)?(?:the\s+)?[A-Z][\w'’ -]{1,60}?\s+(?:noted|said|says|heard|hears|was told|were told|reported|added|warned|claimed|argued|remarked|told (?:councillors|members|the meeting))\b[^,;]{0,40}[.!?]?\s*$/;

/**
 * "Jo Bloggs (chief executive of Rutland County Council)", "Jo Bloggs, director at Rutland,": a council named in an aside
 * as someone's employer, not the story's ("The director at Rutland has resigned" is Rutland's).
 */
const employerBefore = /[(,]\s*(?:the\s+|its\s+|a\s+)?(?:former\s+|interim\s+|acting\s+)?(?:chief executive|(?:executive\s+|strategic\s+)?director(?:\s+of\s+[\w’' ]{3,30}?)?|(?:deputy\s+)?leader|head(?:\s+of\s+[\w’' ]{3,30}?)?|chair(?:man|woman)?|cabinet member(?:\s+for\s+[\w’' ]{3,30}?)?|councillor|officer|employee|boss)\s+(?:of|at)\s+(?:the\s+)?(?:neighbouring\s+|nearby\s+)?$/i;

/** Whether the authority named at `start` is a partner of the story's council or someone's employer. */
export function namedAside(text: string, start: number): boolean {
	const before = text.slice(Math.max(0, start - 60), start);
	return partnerBefore.test(before) || employerBefore.test(before);
}

/**
 * "Ofsted rated Bolton outstanding, while Wigan was judged good": a clause that names other
 * authorities and not the sentence's is about the first it names.
 */
export function clauseAuthority(named: readonly {name: string; start: number; end: number}[], clause: {start: number; end: number}, sentenceAuthority: string, sentence = ''): string {
	if (named.length < 2) return sentenceAuthority;
	const here = named.filter((m) => m.start >= clause.start && m.end <= clause.end);
	// "A team from Luton has been sent to help Rutland after its services were rated inadequate": "its" is the council
	// named just before the clause.
	if (here.length === 0 && /^\W*(?:\w+\s+)?(?:its|their)\s/i.test(sentence.slice(clause.start, clause.start + 30))) return named.filter((m) => m.end <= clause.start).at(-1)?.name ?? sentenceAuthority;
	return here.length > 0 && !here.some((m) => m.name === sentenceAuthority) ? here[0]!.name : sentenceAuthority;
}

/** The authorities of a list naming `main` ("Suffolk, Bury and Torbay were ..."), else `main` alone. */
/** What comes between one authority and those that shared its event: ", alongside those of", "as well as the councils in". */
const companions = /^[^.;]*?,?\s+(?:alongside|along with|as well as|together with)\s+(?:(?:those|that) of\s+|the (?:councils?|authorities) (?:in|of|at)\s+)?$/i;

export function authorityList(sentence: string, main: string): string[] {
	// (A council named only as the teller, ", Wigan's leader said", is no member of a list; a sentence naming fewer than
	// two has no list, whatever its tail.)
	const all = findAuthorityMentions(sentence);
	if (all.length < 2) return [main];
	const tail = reportingTail.exec(sentence);
	const found = all.filter((m) => !tail || m.start < tail.index);
	if (found.length < 2) return [main];
	const runs: (typeof found)[number][][] = [];
	for (const m of found) {
		const run = runs.at(-1);
		// ("services in Bournemouth and in Poole", "reports for Rutland and for Kingston": the list's preposition said again.)
		if (run && (listJoin.test(sentence.slice(run.at(-1)!.end, m.start)) || /^\s+(?:and|&)\s+(?:in|for|at)\s+$/i.test(sentence.slice(run.at(-1)!.end, m.start)))) run.push(m);
		else runs.push([m]);
	}
	// "Both Bury and Trafford were rated outstanding, while Wigan was rated good": an authority named on its own is not
	// the list's.
	const alone = found.some((m) => m.name === main);
	const run = runs.find((r) => r.length > 1 && r.some((m) => m.name === main)) ?? (alone ? undefined : runs.find((r) => r.length > 1 && r[0]!.start === found[0]!.start));
	if (run) return [...new Set(run.map((m) => m.name))];
	// "Ofsted judged Wigan's services inadequate, alongside those of Bolton, Stockport and Rutland": the same for each.
	const own = found.findIndex((m) => m.name === main);
	const others = own >= 0 ? runs.find((r) => r[0]!.start > found[own]!.end && companions.test(sentence.slice(found[own]!.end, r[0]!.start))) : undefined;
	return others ? [...new Set([main, ...others.map((m) => m.name)])] : [main];
}

/**
 * ", the same overall verdict as in 2015", ", the same grade it received in 2018" (or after a dash: " - the same grade
 * given at the previous full inspection in 2019"): an earlier grade, told with its date, right after the grade it
 * matches (`earlier`: never a description of that grade).
 */
export const sameEarlierGrade = /(?:,|\s[-–—])\s*(?:the same (?:overall )?(?:grade|rating|verdict|judgement|judgment)|as (?:was|were) (?:the one|that|the grade|the rating|the judgement|the verdict)\b)[^,;]*?\b(?:19|20)\d\d\b[^,;]*/gi;
/**
 * Whether sameEarlierGrade's words tell another's grade or one only hoped for: "the same grade Oldham had hoped for in
 * 2022", "the same verdict Bury received in 2018" (a name other than an inspectorate's before the year). The date is
 * still not the news grade's; it is no earlier grade of the council's either.
 */
export function notOursEarlier(words: string): boolean {
	const gap = words.replace(/^[\s,–—-]*(?:the same|as (?:was|were))\s+/i, '').replace(/\b(?:19|20)\d\d\b[^]*$/, '');
	return /\b(?:hop(?:e|es|ed|ing)|want(?:s|ed)?|aim(?:s|ed)?|expect(?:s|ed)?|would|could|predict(?:s|ed)?)\b/i.test(gap) || /\b(?!(?:Ofsted|CQC|HMI|HM|His|Her|Majesty['’]s|Inspectorate|Probation)\b)[A-Z][\w'’-]+/.test(gap);
}
/** Where sameEarlierGrade's words begin in its match ("the same ...", "as was the one ..."). */
export const sameEarlierWords = /the same|as (?:was|were)/i;

/**
 * The asides of a sentence that carry their own event and date, each with the event types it cannot describe (null
 * for any): ", who has led the service since 2021,", ", issued in March 2022,",
 * a clause about a place that ends the sentence (", where services were rated inadequate last month."; not
 * ", which will be debated on Wednesday.", which dates the event it follows),
 * and a "since" clause ("spent £20m since the service was rated inadequate in 2019").
 * A participle's aside is another event's only for events that aside cannot describe ("the notice, issued in
 * March 2022, was lifted"; "the notice, issued on Tuesday," is the notice's own date).
 */
export function asidesOf(sentence: string, lowered: string): {start: number; end: number; of: RegExp | null; earlier?: boolean}[] {
	const asides = [
		...(/who|which|where|ahead of|until|since/.test(lowered) ? matchesIn(/,\s*(?:who|whose|which|where)\b[^,;]*(?=,)|,\s*(?:whose|where)\b[^,;]*(?=[.!?]?\s*$)|\bahead of\b[^,;]*|(?<!\b(?:not|n['’]t)\b[^.;,]{0,60})\buntil\b[^,;]*|\bsince\b(?!\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|last|then)\b)(?:(?!\s(?:last|this|yesterday|earlier this)\b)[^,;])*/gi, sentence) : []),
	].map((m): {start: number; end: number; of: RegExp | null; earlier?: boolean} => ({start: m.index!, end: m.index! + m[0].length, of: null}));
	// ", the same grade the council received in 2018": the earlier grade's date, not this one's.
	if (/the same|as (?:was|were) /.test(lowered)) for (const m of matchesIn(sameEarlierGrade, sentence)) asides.push({start: m.index!, end: m.index! + m[0].length, of: null, earlier: true});
	// The participles' asides below sit between two commas: a sentence with fewer has none of them.
	if (sentence.indexOf(',', sentence.indexOf(',') + 1) < 0) return asides;
	// "The commissioner's review, published on Tuesday, concludes": a publication's date is a report's or a plan's own.
	for (const m of matchesIn(/,\s*(?:(?:first|originally|initially|previously|last)\s+)?(?:(issued|imposed|served|placed|introduced|appointed|set up)|(published|dated)|(rated|judged))\b[^,;]*(?=,)/gi, sentence))
		asides.push({start: m.index!, end: m.index! + m[0].length, of: m[1] ? notMadeByRe : m[2] ? notPublishedRe : notJudgementRe});
	// "A £2.4m bid, submitted in the autumn, has succeeded": a participle's date is the noun's before it, not the event's.
	for (const m of matchesIn(/,\s*(?!(?:issued|imposed|served|placed|introduced|appointed|published|dated|rated|judged|announced|revealed|released|unveiled|confirmed|reported)\b)(?:[a-z]+ed|made|sent|written|drawn up|set up|held|given|taken|brought)\s+(?:in|on|last|earlier|during|at|over)\b[^,;]*(?=,)/g, sentence))
		if (!asides.some((a) => a.start === m.index)) asides.push({start: m.index!, end: m.index! + m[0].length, of: null});
	return asides;
}

/**
 * Whether the date at `at` follows "until" after a negation in its clause ("is not expected to return until 2026"):
 * when the event happens, not the end of a span. asidesOf's "until" aside leaves out the same window.
 */
export function untilNegated(sentence: string, at: number): boolean {
	return /\b(?:not|n['’]t)\b[^.;,]{0,60}\buntil\s+(?:the end of\s+)?$/i.test(sentence.slice(Math.max(0, at - 100), at));
}

/**
 * How far a date is from a grade's words. A date right before "to" and a grade ("from the 'inadequate' given in 2014
 * to 'requires improvement'") is the grade the change came from, however near the new one.
 */
export function gradeApart(sentence: string, d: {start: number; end: number}, g: {index: number; end: number}): number {
	if (opensNextClause(sentence, d, g) || laterGradeDatedItself(sentence, d, g)) return Number.POSITIVE_INFINITY;
	if (d.end <= g.index && /^\s*,?\s*to\s+(?:an?\s+|the\s+)?['‘"“]?$/i.test(sentence.slice(d.end, g.index))) return Number.POSITIVE_INFINITY;
	// "In March 2016, Ofsted downgraded its judgement from good to requires improvement": a date told before the change
	// is the new grade's, never the one it left.
	if (d.end <= g.index && /\bfrom\s+(?:an?\s+|its\s+|their\s+|the\s+)?(?:overall\s+)?['‘"“]?$/i.test(sentence.slice(Math.max(d.end, g.index - 30), g.index)) && /^['’"”]?\s+(?:rating\s+|grade\s+)?to\b/i.test(sentence.slice(g.end, g.end + 20))) return Number.POSITIVE_INFINITY;
	// "rated good by Ofsted in 2019 and requires improvement in a report released this week": a date told after one grade
	// and right before "and" and the next grade is the first one's, however near the next.
	if (d.end <= g.index && /^\s*,?\s*and\s+(?:then\s+|now\s+|later\s+)?['‘"“]?$/i.test(sentence.slice(d.end, g.index)) && gradeThenDate.test(sentence.slice(Math.max(0, d.start - 60), d.start))) return Number.POSITIVE_INFINITY;
	return Math.max(0, g.index - d.end, d.start - g.end);
}

/** A grade and a few words ("good by Ofsted in"), right before a date. */
const gradeThenDate = /\b(?:outstanding|good|adequate|inadequate|requires?\s+improvement|poor|excellent)['’"”]?(?:\s+(?!and\b)[\w'’]+){0,4}\s*$/i;

/**
 * "Trafford Council, rated outstanding in 2015, will support Wigan": a grade in an aside right after an authority's
 * name is that authority's, whichever the sentence is about. `at` is the grade's offset in the sentence.
 */
export function gradeInApposition(sentence: string, named: readonly {name: string; start: number; end: number}[], at: number): string | null {
	const last = named.findLast((m) => m.end <= at);
	// "to oversee Bolton's 'inadequate' children's services": the council whose quoted grade it is, however many are named.
	if (last && /^['’]s?\s+['‘"“]$/.test(sentence.slice(last.end, at))) return last.name;
	if (!last || named.length < 2) return null;
	// "Wigan, whose staff came from Hackney, was rated good": a council inside a relative aside is not the subject the
	// aside's closing comma hands the grade back to; the one named before the aside is.
	const k = named.indexOf(last);
	const aside = k > 0 && /^\s*,/.test(sentence.slice(last.end, at)) ? /^(?:\s+(?:City|County|Borough|Metropolitan Borough|District)?\s*Council)?\s*,\s*(?:which|who|whose|where)\b[^,.;]*$/i.exec(sentence.slice(named[k - 1]!.end, last.start)) : null;
	if (aside) return named[k - 1]!.name;
	// "Camden was rated outstanding and Hackney was rated good": the council right before its grade's own passive verb.
	if (/^(?:\s+(?:City|County|Borough|Metropolitan Borough|District)?\s*Council)?(?:['’]s\s+(?:children['’]s\s+)?(?:services|social care))?\s+(?:was|were|is|are|has been|had been|have been)\s+(?:(?:also|now|then|only|instead)\s+)?(?:rated|judged|graded|deemed|found to be)\s+(?:as\s+)?['‘"“]?$/i.test(sentence.slice(last.end, at))) return last.name;
	return /^(?:\s+(?:City|County|Borough|Metropolitan Borough|District)?\s*Council)?,\s*(?:(?:which|who)\s+)?(?:(?:was|is|were|are|has been|had been|have been)\s+)?(?:(?:last|previously|recently|already|itself|also)\s+)?(?:rated|judged|graded|deemed|found to be)\s+(?:as\s+)?['‘"“]?$/i.test(sentence.slice(last.end, at)) ? last.name : null;
}
