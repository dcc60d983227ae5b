/**
 * What an event's sentence says about it beyond its type: which rating words of which framework a judgement
 * uses, which inspectorate judged which service, and whether the event happened or is only planned, proposed or
 * refused. Pure functions of the sentence (and, for the service, of the article's opening).
 */
import {starRatingCues, starRatingWords} from './event-star-ratings.js';
import {probationGradeCues, probationGradeWords} from './event-probation-grades.js';
import {ratedSubjectService} from './event-rated-subject.js';
import {aboutChildrensServices} from './event-context.js';
import type {EventStatus, InspectedService, Rating} from '../corpus/schema.js';
import {dueToFuture, purposeParticiple} from './event-cues.js';
import {expectedWithin} from './event-expected-within.js';
import {foundGrade} from './event-found-grade.js';
import {listedGrade} from './event-graded-list.js';
import {toldStatus} from './event-told-status.js';
import {matchesIn} from './text.js';
import {sendOutcomeCues, sendOutcomeWords} from './event-send-outcomes.js';
import {wordFinder, anyWord} from './word-set.js';
import {keptAnswers} from '../text/kept-answers.js';

export {toldStatus};

/**
 * Rating words of every framework, with the judging verbs some of them need: 'failing' and 'poor' are
 * everyday words, a grade only when something is judged so.
 */
const ratingWords: readonly [RegExp, Rating, readonly string[]][] = [
	[/\brequir(?:es?|ing|ed) ['‘"“]?improvement\b/gi, 'requires improvement', ['improvement']],
	[/\binadequate\b/gi, 'inadequate', ['inadequate']],
	[/\boutstanding\b/gi, 'outstanding', ['outstanding']],
	[/\bgood\b/gi, 'good', ['good']],
	[/\badequate\b/gi, 'adequate', ['adequate']],
	[/\bspecial measures\b/gi, 'inadequate', ['special measures']],
	// Ofsted's own words for an inadequate service: "widespread or serious failures"; "no widespread or serious failures"
	// is how a visit that found none says so.
	[/(?<!\b(?:no|any|without|free of)\s)\bwidespread (?:and\/or |and |or )?(?:systemic )?failings\b/gi, 'inadequate', ['failings']],
	[/(?<!\b(?:no|any|without|free of)\s)\b(?:widespread (?:and|or) serious|serious (?:and|or) widespread) (?:failures|failings)\b/gi, 'inadequate', ['failures', 'failings']],
	// The area SEND framework's other two outcomes.
	[/\bpositive experiences and outcomes\b/gi, 'good', ['experiences and outcomes']],
	[/\binconsistent experiences and outcomes\b/gi, 'requires improvement', ['experiences and outcomes']],
	...sendOutcomeWords,
	...starRatingWords,
	...probationGradeWords,
	[/\b(?:up|down) from ['‘"“]?(?:poor|failing)\b/gi, 'inadequate', ['poor', 'failing']],
	[/\b(?:rated|judged|graded|deemed|declared|found|labelled|branded)\b(?: (?:the|its|it|as|to be|them|council|council['’]s|service|services|department|authority|children['’]s|social|care|\w+ly)){0,5} ['‘"“]?(?:failing|poor|performing ['‘"“]?poorly)\b/gi, 'inadequate', ['poor', 'failing']],
	// "the lowest 'poor' rating in 2010": the old bottom grade, quoted as a grade.
	[/['‘"“]poor['’"”] (?:rating|grade|judgement|judgment)\b/gi, 'inadequate', ['poor']],
	// The annual performance assessment's grades before 2009: "performed poorly in 2011", "continue to perform well".
	[/\bperform(?:s|ed|ing)? ['‘"“]?poorly\b/gi, 'inadequate', ['poorly']],
	[/\bperform(?:s|ed|ing)? ['‘"“]?adequately\b/gi, 'adequate', ['adequately']],
	[/\bperform(?:s|ed|ing)? ['‘"“]?well\b/gi, 'good', ['perform well', 'performs well', 'performed well', 'performing well']],
	[/\bperform(?:s|ed|ing)? ['‘"“]?excellently\b/gi, 'outstanding', ['excellently']],
	// "have been told by Ofsted that they are failing".
	[/\btold by (?:Ofsted|inspectors|the watchdog|the inspectorate) that (?:they|it|its [\w' ]{1,30}|their [\w' ]{1,30}) (?:are|is|were|was) ['‘"“]?failing\b/gi, 'inadequate', ['failing']],
	// "Leeds council still failing on child protection, say inspectors": the inspectors' verdict, told by the verb after it.
	[/\b(?:still |is |are )?failing\b(?=[^.;]{0,60},\s*(?:say|says|said) (?:inspectors|Ofsted|the watchdog)\b)/gi, 'inadequate', ['failing']],
	// The annual performance assessment's grades before 2013 ("performs excellently", "performs well", "performs
	// adequately", "performs poorly") and its top word, "excellent": grades only where something is judged so or quoted.
	[/(?:\b(?:rated|judged|graded|deemed|declared|found|assessed|grade to|as|to be)\s+(?:as\s+)?['‘"“]?|['‘"“])(?:performs?|performing) ['‘"“]?excellently\b/gi, 'outstanding', ['excellently']],
	[/(?:\b(?:rated|judged|graded|deemed|declared|found|assessed|grade to|as|to be)\s+(?:as\s+)?['‘"“]?|['‘"“])(?:performs?|performing) ['‘"“]?well\b/gi, 'good', ['perform']],
	[/(?:\b(?:rated|judged|graded|deemed|declared|found|assessed|grade to|as|to be)\s+(?:as\s+)?['‘"“]?|['‘"“])(?:performs?|performing) ['‘"“]?adequately\b/gi, 'adequate', ['adequately']],
	[/(?:\b(?:rated|judged|graded|deemed|declared|found|assessed|grade to|as|to be)\s+(?:as\s+)?['‘"“]?|['‘"“])performs? ['‘"“]?poorly\b/gi, 'inadequate', ['poorly']],
	[/\b(?:rated|judged|graded|deemed|declared|assessed)\s+(?:as\s+)?['‘"“]?excellent\b/gi, 'outstanding', ['excellent']],
	// "the lowest possible rating", "the lowest of the three outcomes", "the worst possible grade".
	// "rated it the lowest score possible", "the lowest grade there is".
	// ("the second-highest rating, good", "the second lowest grade": a step from the end, named after it.)
	[/(?<!\b(?:second|third|next)[- ])\b(?:lowest|worst)(?: possible| of (?:the )?(?:three|four)(?: possible)?)? (?:rating|grade|outcome|judgement|judgment|mark|score|category)s?\b|\bbottom (?:category|grade|rating)\b/gi, 'inadequate', ['lowest', 'worst', 'bottom']],
	// ("the highest of three possible outcomes": the area SEND framework's top outcome, as the lowest one above.)
	[/(?<!\b(?:second|third|next)[- ])\b(?:highest|best|top)(?: possible| of (?:the )?four(?: possible)?)? (?:rating|grade|judgement|judgment)\b|(?<!\b(?:second|third|next)[- ])\b(?:highest|best|top) of (?:the )?four(?: possible)? (?:outcomes|ratings|grades|judgements|judgments|categories)\b/gi, 'outstanding', ['highest', 'best', 'top']],
	// (Of three, the area SEND framework's: its top outcome is read as "positive experiences and outcomes" is.)
	[/(?<!\b(?:second|third|next)[- ])\b(?:highest|best|top) of (?:the )?three(?: possible)? (?:outcomes|ratings|grades|judgements|judgments|categories)\b/gi, 'good', ['highest', 'best', 'top']],
];

/**
 * Whether quoted words are only a grade ('inadequate', "requires improvement to be good"): such marks quote the
 * inspectorate's verdict, which the events read like any narrative.
 */
export function onlyRatingWords(quoted: string): boolean {
	return /^(?:rated |judged |an? |the )?(?:inadequate|(?:requires?|required|requiring) improvement(?: to be good)?|improvement to be good|good|outstanding|adequate|excellent|excellently|adequately|poorly|perform(?:s|ing) (?:excellently|well|adequately|poorly)|special measures|failing|poor|widespread and\/or systemic failings|(?:widespread (?:and |or )(?:serious|systemic)|serious (?:and |or )widespread) (?:failures|failings)|significant (?:areas of )?weakness(?:es)?|(?:minimum|moderate|substantial|drastic) improvement(?: required| needed)?|above(?: the)?(?: England and Wales| national)? average)(?: overall| in (?:all|every) areas?)?[.,!]?$/i.test(quoted.trim());
}

/** The length of a grade that opens quoted words ("widespread and/or systemic failings leading to ..."), else 0. */
export function leadingRatingWords(quoted: string): number {
	return /^(?:widespread and\/or systemic failings|(?:widespread (?:and |or )(?:serious|systemic)|serious (?:and |or )widespread) (?:failures|failings)|inadequate|(?:requires?|required|requiring) improvement(?: to be good)?|outstanding)\b/i.exec(quoted)?.[0].length ?? 0;
}

/**
 * Where quoted words give the report's overall grade inside a longer quotation ("the overall effectiveness of services
 * is inadequate"): the span from "overall" to the grade, or null.
 */
export function overallGradeQuoted(quoted: string): {start: number; end: number} | null {
	const m = /\boverall effectiveness\b[^.;"“”]{0,60}?(?:\b(?:is|was|are|were|as|remains)\s+|:\s*)['‘]?(?:inadequate|(?:requires?|required|requiring) improvement(?: to be good)?|good|outstanding)\b/i.exec(quoted);
	return m ? {start: m.index, end: m.index + m[0].length} : null;
}

/** The words a sentence must hold one of for ratingsIn to find anything: a cheap test first. */
export const ratingCueWords = [...sendOutcomeCues, ...starRatingCues, ...probationGradeCues, 'improvement to be good', 'top grade', 'top rating', 'requires improvement', 'require improvement', 'requiring improvement', 'required improvement', 'widespread', 'experiences and outcomes', 'from poor', 'from failing', 'inadequate', 'outstanding', 'good', 'adequate', 'special measures', 'systemic failings', 'failing', 'poor', 'lowest', 'worst', 'bottom category', 'bottom grade', 'bottom rating', 'highest', 'best possible', 'perform well', 'performing well', 'performs well', 'performed well', 'poorly', 'adequately', 'excellently', 'excellent'];

/**
 * 'good' and 'outstanding' are everyday words: a grade only where the sentence gives them as one ("rated two of its
 * homes good", "judged services for looked-after children good", "are now good", "remains outstanding", "Ofsted's
 * verdict - good -", "a good rating", a list's "; and good again", "Good, inspectors said", the annual performance
 * assessment's numbered grade glossed "graded 3, or good").
 */
/**
 * A numbered grade is the annual performance assessment's only where the clause names that assessment or the children's
 * services it graded: a school's, a road's or a survey's "1, or outstanding" is none.
 */
const numberedOf = String.raw`(?:(?=[^]*\b(?:annual performance assessment|APA|children['’]s services|services (?:to|for) (?:children|young people)|staying safe)\b)|(?<=\b(?:annual performance assessment|APA|children['’]s services|services (?:to|for) (?:children|young people)|staying safe)\b[^]*))`;
const gradeCues = new Map<string, RegExp>();
function gradeCue(word: 'good' | 'outstanding'): RegExp {
	let re = gradeCues.get(word);
	if (!re) {
		re = new RegExp(
			`['‘’"“”]${word}[.,!?]?['’"”]|\\b(?:rated|judged|graded|deemed|rates|judges|rating|grading) (?:[\\w'’-]+ ){0,12}['‘"“]?${word}\\b|${numberedOf}\\b(?:graded|rated|scored|grade)(?: [\\w'’-]+){0,5} [1-4](?: out of (?:4|four))?,? (?:or |\\()['‘"“]?${word}\\b|\\b(?:inspectors|Ofsted|the report|the watchdog)\\b[^.]{0,80}\\b(?:are|is|was|were) (?:now |still |also )?${word}\\b|as ${word}\\b|an? ${word} (?:rating|grade|judgement|judgment)|${word} (?:Ofsted |overall |inspection )?(?:rating|grade|judgement|judgment)|from ${word}\\b|overall ${word}\\b|${word} overall\\b|to ${word}\\b|\\b(?:rating|grade|judgement|judgment) of ${word}\\b|\\b(?:are|is|was|were) now ${word}\\b|\\b(?:are|is) ${word},? (?:(?:with|but with|though with|and have) [^,.;]{1,60},\\s*)?(?:(?:Ofsted|the|government|HM|the (?:education|schools|children['’]s services)|education)\\s+)?(?:inspectors|Ofsted|watchdog|inspectorate) (?:has |have )?(?:said|says|concluded|concludes|found|finds|ruled|decided|judged|reported)\\b|\\b(?:are|is|was|were) (?:now |still |also )?${word},? (?:(?:says?|said) (?:the )?(?:inspectors|Ofsted|watchdog|inspectorate)|according to (?:(?:an?|the|its|their)\\s+)?(?:(?:new|latest|recent|Ofsted|inspection|inspectors['’]?)\\s+)*(?:inspectors|Ofsted|watchdog|inspectorate|report|HM Inspectorate))\\b|\\bremains? ${word}\\b|\\b(?:rating|verdict|grade|outcome)\\b\\W{1,4}${word}\\b|${word} in (?:all|every) (?:areas?|respects?|categor(?:y|ies))|${word},? across the board\\b(?<=\\b(?:children|social work|social care|Ofsted|inspectors)\\b[^.]{0,160})|\\b(?:effectiveness|protection|care|leavers|practice)\\s*(?::|\\s[-–—])\\s*['‘"“]?${word}\\b|\\boverall effectiveness(?: of (?:[\\w'’-]+ ){0,3}?(?:children['’]s (?:services|social care)|services for children(?: and families)?|social care)(?: in [A-Z][\\w'’-]*(?: [A-Z][\\w'’-]*){0,3})?)?\\s+(?:is|was|are|were|remains?)\\s+(?:(?:now|still|also)\\s+)?(?:judged\\s+(?:to be\\s+|as\\s+)?)?['‘"“]?${word}\\b|\\b${word},? (?:again )?in (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:19|20)\\d\\d\\b|\\b${word} (?:again )?at (?:the|its|their) (?:next |last |latest |most recent |previous |first |following )?(?:full |standard )?(?:inspection|visit|re-?inspection)\\b|^\\W*(?:and\\s+|but\\s+|then\\s+)?${word}\\s+again\\b|^\\W*${word}[.!]?['’"”]?,\\s+(?:according to\\s+)?(?:the\\s+)?(?:inspectors|Ofsted|watchdog|inspectorate|report)\\b|\\b(?:second|third|fourth|fifth|repeat)\\s+(?:(?:consecutive|successive|straight)\\s+)?(?:Ofsted\\s+)?['‘"“]?${word}['’"”]?(?:\\s+(?:from|by|for|in a row)\\b|[.,;]|$)|\\b(?:inspection|re-?inspection|inspectors|Ofsted|report|watchdog)\\b[^.;]{0,60}\\b(?:found|judged|considered)\\s+(?:[\\w'’-]+\\s+){1,7}to be\\s+['‘"“]?${word}\\b(?!\\s+(?:at|for|with|to|in places)\\b)` +
				// "was found to be good by HM Inspectorate of Probation", "were found to be outstanding, Ofsted said": the passive, its inspectorate after it.
				// (Not a part of a service: "the youth offending team's case files were found to be good" grades its files.)
				`|(?<!\\b(?:team|service|services|department|YOT|YOS)['’]s\\s+(?:[\\w-]+\\s+){1,3})\\b(?:was|were|is|are|has been|have been|had been)\\s+(?:now\\s+|also\\s+)?found\\s+to\\s+be\\s+['‘"“]?${word}\\b(?!\\s+(?:at|for|with|to|in places)\\b)(?=[^.;]{0,80}\\b(?:Ofsted|inspectors|[Ii]nspectorate|HMI Probation|watchdog|CQC)\\b)` +
				// "When Ofsted last visited, in 2019, the service was found to be outstanding", "since the previous inspection, when
				// services were found to be good": the passive with the inspectorate or its inspection told before it.
				`|(?<=\\b(?:Ofsted|inspectors|inspection|inspectorate|watchdog|inspected)\\b[^.;]{0,80})(?<!\\b(?:team|service|services|department|YOT|YOS)['’]s\\s+(?:[\\w-]+\\s+){1,3})\\b(?:was|were|is|are|has been|have been|had been)\\s+(?:now\\s+|also\\s+)?found\\s+to\\s+be\\s+['‘"“]?${word}\\b(?!\\s+(?:at|for|with|to|in places)\\b)`,
			'i',
		);
		gradeCues.set(word, re);
	}
	return re;
}

/** Words of which a clause must hold one (lower-cased) for any of ratingWords to match: most clauses hold none. */
const ratingWordNeeds = [...sendOutcomeCues, 'star', 'average', 'improvement', 'adequate', 'outstanding', 'good', 'special measures', 'failing', 'failures', 'experiences and outcomes', 'poor', 'lowest', 'worst', 'bottom', 'highest', 'best', 'top', 'perform', 'excellent'];
const hasRatingWordNeed = anyWord(ratingWordNeeds);
const ratingWordsIn = wordFinder(ratingWords.flatMap(([, , needs]) => needs));

type Ratings = readonly {readonly rating: Rating; readonly index: number; readonly end: number}[];

/**
 * Rating mentions in a clause, in text order, one per rating ("requires improvement to be good" is one). Shared: do not
 * modify it (the type is read-only, where freezing it cost more than finding the ratings). The last four clauses'
 * answers are kept: the events ask of a sentence, then of each clause, then of the sentence again.
 */
export const ratingsIn: (clause: string) => Ratings = keptAnswers(4, findRatings);

/** Nouns a bare "good" or "outstanding" describes when it is no grade. */
const phraseNoun = /^\s+(?:progress|practice|work|news|start|example|job|idea|relationships?|evidence|value|faith|deal|reason|things?|partnerships?|contributions?)\b/i;

function findRatings(clause: string): {rating: Rating; index: number; end: number}[] {
	const lowered = clause.toLowerCase();
	if (!hasRatingWordNeed(lowered)) return [];
	const text = clause.replace(/requir(?:es?|ed|ing) ['‘"“]?improvement to be good/gi, (m) => `requires improvement${' '.repeat(m.length - 20)}`);
	const out: {rating: Rating; index: number; end: number}[] = [];
	const taken: [number, number][] = [];
	// The patterns' words the clause holds, found in one pass (the same answer as asking includes() of each).
	const present = ratingWordsIn(lowered);
	for (const [re, rating, needs] of ratingWords) {
		// Each pattern's own words first: a clause with "good" is spared the other thirteen patterns.
		if (!needs.some((w) => present.has(w))) continue;
		for (const m of matchesIn(re, text)) {
			const s = m.index!;
			const e = s + m[0].length;
			if (taken.some(([a, b]) => s < b && e > a)) continue;
			taken.push([s, e]);
			// Only the bare words need the cue: "the top grade", "positive experiences and outcomes" are grades as they stand.
			// "the ‘good progress’ made", "outstanding work": the word describes something else, and is no grade.
			if ((rating === 'good' || rating === 'outstanding') && /^(?:good|outstanding)$/i.test(m[0]) && phraseNoun.test(clause.slice(e, e + 16))) continue;
			// (Or a grade by its place in a list of the council's grades, each with its time: event-graded-list.ts.)
			if (rating === 'good' && /^good$/i.test(m[0]) && !gradeCue('good').test(clause) && !foundGrade(clause, 'good') && !listedGrade(clause, s, m[0].length)) continue;
			if (rating === 'outstanding' && /^outstanding$/i.test(m[0]) && !gradeCue('outstanding').test(clause) && !foundGrade(clause, 'outstanding') && !listedGrade(clause, s, m[0].length)) continue;
			out.push({rating, index: s, end: s + (/^requir(?:es?|ed|ing) ['‘"“]?improvement to be good/i.exec(clause.slice(s))?.[0].length ?? m[0].length)});
		}
	}
	// A grade said twice is one, unless a year comes between ("performed poorly in 2011, and rated them inadequate in 2016").
	const seen = new Map<Rating, number>();
	return out
		.sort((a, b) => a.index - b.index)
		.filter((r) => {
			const before = seen.get(r.rating);
			seen.set(r.rating, r.end);
			return before === undefined || /\b(?:19|20)\d\d\b/.test(clause.slice(before, r.index));
		});
}

/**
 * The grades of a clause that judge the service as a whole. Beside an overall grade ("rated children in care
 * requires improvement but overall effectiveness inadequate"), or where grades are counted out over areas
 * ("outstanding in eight of the 12 areas and good in the other four"), the other grades are of parts of one report.
 */
/** A grade the clause tells as an earlier one: replaced, or given in a year of its own within its phrase. */
function earlierGradeBeside(clause: string, r: {index: number; end: number}): boolean {
	return /\b(?:replac(?:es|ed|ing)|previous|earlier|last)\s+(?:(?:the|its|their|an?)\s+)?['‘"“]?$/i.test(clause.slice(Math.max(0, r.index - 30), r.index)) && /^[^,;.]{0,60}?\b(?:19|20)\d\d\b/.test(clause.slice(r.end, r.end + 70));
}

export function headlineRatings(clause: string): readonly {readonly rating: Rating; readonly index: number; readonly end: number}[] {
	const all = ratingsIn(clause);
	if (all.length < 2) return all;
	// "outstanding in eight of the 12 areas and good in the other four": the grade of the rest is a part's.
	const rest = all.filter((r) => /^['’"”]?\s+in (?:the )?(?:other|remaining)\b/i.test(clause.slice(r.end, r.end + 30)));
	if (rest.length > 0 && rest.length < all.length) return all.filter((r) => !rest.includes(r));
	// "downgraded from an overall good to requires improvement": a change between two grades, each one given.
	if (/\bfrom\s+(?:an?\s+|its\s+|their\s+)?(?:Ofsted\s+)?overall\b[^.;]{0,60}?\bto\b/i.test(clause)) return all;
	for (const m of matchesIn(/\boverall\b/gi, clause)) {
		const tail = clause.slice(m.index!, m.index! + 160);
		const lead = /^overall(?: effectiveness| judgement| judgment| rating| grade)?(?:\s+(?:is|was|were|as|of|rated|judged|graded|to be|remains|remained|been|has|had|now|still))*\s*[:\-–—]?\s*/i.exec(tail)![0].length;
		const after = ratingsIn(tail.slice(0, lead + 40)).find((r) => r.index <= lead + 1);
		const before = /\b(inadequate|outstanding|good|requires improvement|adequate)['’"”]?\s+overall\b/i.exec(clause.slice(Math.max(0, m.index! - 30), m.index! + 7));
		const rating = (before?.[1]?.toLowerCase() as Rating | undefined) ?? after?.rating;
		const overall = all.find((r) => r.rating === rating);
		// ("The overall judgement of requires improvement replaces the adequate rating given in 2011": an earlier grade,
		// with its own year, beside the overall one is no part of it.)
		if (overall) return all.filter((r) => r === overall || earlierGradeBeside(clause, r));
	}
	return all;
}

const serviceCues: readonly [RegExp, InspectedService, string | null][] = [
	// ("core case inspection": the probation inspectorate's inspection of youth offending work, 2009-2012.)
	[/\b(youth offending|youth justice|YOT|YOS|core case inspections?|HM Inspectorate of Probation|HMI Probation|His Majesty['’]s Inspectorate of Probation|Her Majesty['’]s Inspectorate of Probation|probation inspectorate)\b/i, 'youth justice', 'HM Inspectorate of Probation'],
	[/\b(SEND|special educational needs|area SEND|local area (?:SEND )?inspection|[Ww]ritten statement of action|local area partnership['’]?s?)\b/, 'send', null],
	// ("two children's homes were judged inadequate", "a quarter of nurseries inspected": plurals too.)
	[/\b(fostering (?:service|services|agency|work|team)|adoption (?:service|services|agency|work|team|performance)|children['’]s homes?|residential homes?|(?:residential\s+)?short[- ]breaks?\s+(?:units?|homes?|centres?|services?)|secure (?:units?|children['’]s homes?))\b/i, 'other', null],
	[/\b(the school|(?:primary|secondary|special|infant|junior) schools?|schools (?:inspected|in the)|academ(?:y|ies)|nurser(?:y|ies)|childminders?)\b/i, 'school', null],
];

const safeguardingBoard = /\b(?:Local )?Safeguarding Children['’]?s? (?:Board|Partnership)\b|\bLSCB\b/i;

const childrensServicesCue = /\bchildren['’]s (?:social care|services|social work|safeguarding)|\bservices for (?:vulnerable )?children\b(?! with (?:special|SEND|disabilit))|\bsafeguarding\b|\bchild protection\b|\bchildren in care\b|\blooked[- ]after\b|\bILACS\b|\bsingle inspection\b/i;

export type ServiceFacet = {service?: InspectedService; inspectorate?: string};

/**
 * Which service a judgement is about and who judged it: the sentence's own words first, then its paragraph's; an
 * article whose opening names only one other service (a SEND area inspection, a youth justice inspection) lends
 * it to judgements that name none. Absent service means the council's children's services.
 */
export function serviceOf(whole: string, paragraph: string, opening: string, clause?: string, at?: number): ServiceFacet {
	// The thing graded just before the grade at `at` ("a secondary academy has been rated", "the youth justice service
	// requires") decides over the sentence's other words (event-rated-subject.ts).
	const subject = at === undefined ? null : ratedSubjectService(whole, at);
	if (subject) return {service: subject.service, inspectorate: subject.inspectorate ?? inspectorateOf(whole, subject.service)};
	// A clause that names a service of its own decides for its judgement ("rated good; two of its homes were judged outstanding").
	const sentence = clause !== undefined && (childrensServicesCue.test(clause) || serviceCues.some(([re]) => re.test(clause))) ? clause : whole;
	// The sentence decides; a paragraph's other sentence ("a month after the Youth Offending Team was branded ...")
	// is about another judgement.
	// "Ofsted also rated the Local Safeguarding Children Board as good": the board's review, not the services'.
	if (safeguardingBoard.test(sentence) && !/\bchildren['’]s (?:social care|services)\b/i.test(sentence)) return {service: 'other', inspectorate: inspectorateOf(sentence, 'other')};
	if (childrensServicesCue.test(sentence)) return {inspectorate: inspectorateOf(sentence)};
	for (const [re, service, inspectorate] of serviceCues) if (re.test(sentence)) return {service, inspectorate: inspectorate ?? inspectorateOf(sentence, service)};
	if (!childrensServicesCue.test(opening) && !childrensServicesCue.test(paragraph)) {
		const named = serviceCues.filter(([re]) => re.test(opening));
		if (named.length === 1) {
			const [, service, inspectorate] = named[0]!;
			return {service, inspectorate: inspectorate ?? inspectorateOf(`${sentence} ${opening}`, service)};
		}
	}
	// "The police watchdog rated the force good": another body's judgement, marked so (event-context.ts).
	if (!aboutChildrensServices({sentence})) return {service: 'other', inspectorate: inspectorateOf(sentence, 'other')};
	return {inspectorate: inspectorateOf(sentence)};
}

function inspectorateOf(text: string, service?: InspectedService): string | undefined {
	if (/\bProbation\b/.test(text)) return 'HM Inspectorate of Probation';
	if (service === 'send' || /\b(CQC|Care Quality Commission)\b/.test(text)) return /\b(CQC|Care Quality Commission)\b/.test(text) ? 'Ofsted and CQC' : 'Ofsted';
	return 'Ofsted';
}

const planned = new RegExp(String.raw`\b((?:will|would|shall)(?!\s+(?:remain|stay|continue)\b)|must(?! have)|facing|faces|face a|is due|are due|${dueToFuture}|is to|are to|to be (?:held|set up|appointed|published|considered|discussed)|is expected to|expects to|expecting to|expects? (?:Ofsted|inspectors|the inspectorate) to|are expected to|expected (?:to|later|next)|scheduled|is set to|are set to|(?<!\b(?:action|improvement|recovery|a|an|the|its|their|new|revised|detailed)\s)(?<!\b(?:a|an|its|their|this|that)\s[\w-]+\s)(?<!\bof\s)plans? to (?!(?:the|a|an|its|their|his|her|our|ministers|councillors|cabinet|government|Ofsted)\b)[a-z]+|planning to|intends? to|(?<!(?:^|[.,;]\s*|\b(?:and|but|then)\s+)the\s)next (?:week|month|year)|later this (?:year|month)|in the coming|${expectedWithin})\b`, 'i');
// "may" only in lower case: "an inspection in May" proposes nothing.
const proposedMay = /\bmay\b/;
const proposed = /\b(could|might|consider(?:ing|s|ed)?|weighing(?: up)?|whether to|propos(?:al|ed|es|ing)|recommend(?:ed|s|ing)? (?:that|the|a)|suggest(?:ed|s|ing)?|calls? for|called for|calling for|urged?|urging|demand(?:ed|s|ing)?)\b/i;
const judgedLater = /\b(be|being|get|gets|receive|receives|achieve|achieves|retain|keep|earn|given|awarded|rated|judged|graded)\b[^.]*$/i;
// ("I have asked for a plan to be in front of me", "asked officers for a plan": one asked for is still to come.)
const askedFor = /\b(?:wants?|wanted|asked|asks)\s+(?:the\s+)?(?:council|authority|it|them)\s+to\s+(?:draw up|put|produce|submit|publish|write|prepare|set out|agree|develop)\b|\b(?:asked|asks|asking|commissioned|instructed)\s+(?:[\w'’]+\s+){0,3}?for\s+(?:a|an)\s+(?:[\w-]+\s+)?plan\b/i;
// ("Declined" as a refusal has an object: "services had seriously declined since 2015" is a fall.)
const refused = /\b(rejected|voted down|defeated|declined(?=\s+(?:to|the|an?|this|that|his|her|their|its|any)\b)|refused|turned down|ruled out|thrown out|voted against)\b/i;

/**
 * The clause without its relative clauses (", under which officials will ..."), except one that holds the event's
 * own words at `at`: what an aside says will happen is not the event's tense.
 */
export function withoutAsides(clause: string, at: number): string {
	// An aside needs a comma and one of its words: most clauses have neither and are returned as they are.
	if (!clause.includes(',') || !/which|who|where/i.test(clause)) return clause;
	return clause.replace(/,\s*(?:under |in |by |through )?(?:which|who|whom|where)\b[^,;]*/gi, (m, offset: number) => (at >= offset && at < offset + m.length ? m : ''));
}

/** What follows an event's words that is another verb's: "saying", "because", a participle's purpose. */
// And what the event is hoped to do (", a visit which the council hopes will show that things have changed").
// (The first kind starts at a comma or where its white space starts: inside a run of white space, a quote blanked out,
// it could match only where it matched at the run's start, tried first; from each space the run was read to its end.)
const otherVerbAfter = new RegExp(`(?:,|(?<!\\s))\\s+(?:saying|adding|because|as|so that|setting out|requiring|telling|ordering|instructing|ahead of|in advance of)\\b|,\\s+${purposeParticiple.source}|,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:visit|inspection|re-inspection)\\s+(?:which|that)\\b`, 'i');

const visitAwaited = /\b(?:expects|expecting|anticipates|anticipating|awaits|awaiting)\s+(?:an?\s+(?:[\w-]+\s+)?(?:visit|inspection|return)\s+(?:from|by)\s+)?(?:Ofsted|inspectors|the inspectorate|the watchdog|(?:HM\s+)?Inspectorate of Probation|HMI Probation|probation inspectors)\b/i;

/**
 * Whether the clause tells of an event that happened or only of one planned, proposed or refused. A call for a
 * resignation is itself an event that happened; a refusal to resign is one too.
 */
const gradeAwaited = /\b(?:rating|grade|judgement|judgment|verdict)\s+of\s+['‘"“]?(?:inadequate|requires? improvement|good|outstanding)['’"”]?\s+(?:is|was)\s+(?:widely\s+|now\s+)?(?:expected|anticipated|predicted|likely)\b|\bbrac(?:ed|ing) (?:itself |themselves )?for\s+(?:an?\s+|another\s+)?['‘"“]?(?:inadequate|requires? improvement|good|outstanding)['’"”]?\s+(?:rating|grade|judgement|judgment|verdict)\b/i;
export function statusOf(whole: string, type: string, at = 0, told = toldStatus(whole, type, at)): EventStatus | undefined {
	if (type === 'resignation-refused') return undefined;
	// What the event's own words say was done, or asked for (event-told-status.ts); a caller that needs to know
	// "done" as well asks toldStatus once and hands its answer in.
	if (told) return told === 'happened' ? undefined : told;
	// "ministers lifted the notice, saying the borough could sustain the momentum": what follows the event's words
	// after "saying", "because", "as" is another verb's, whose modal is not the event's.
	// So is what a notice sets out ("an improvement notice setting out what it must do").
	// And what comes "ahead of" it ("has resigned ahead of a critical report due later this week").
	// So is a purpose told by a participle (", meant to make sure the service improved").
	const after = otherVerbAfter.exec(whole.slice(at + 1));
	const clause = after ? whole.slice(0, at + 1 + after.index) : whole;
	// "issued an improvement notice, under which officials will check ...": what a relative clause says will happen
	// is about the notice's work, not the notice.
	// An event told inside an aside (", which has been subject to a direction since 2019, will now ...") takes the
	// aside's tense, not the sentence's.
	const aside = matchesIn(/,\s*(?:who|whose|which|that)\b[^,;]*(?=,)/gi, clause).find((m) => at >= m.index! && at < m.index! + m[0].length);
	const own = aside ? aside[0] : withoutAsides(clause, at);
	if (refused.test(clause) && type !== 'resignation-call') return 'refused';
	if (type === 'resignation-call' && /\b(voted down|defeated|thrown out)\b|\b(motion|vote)\b[^.]*\b(rejected|fell|failed)\b|\bcalls?\b[^.]*\b(?:were|was|have been|had been) (?:rejected|turned down)\b/i.test(clause)) return 'refused';
	// "councillors agreed at last week's meeting to approve plans to spend £500,000": the money agreed, not still a plan.
	if (type === 'funding' && /\b(?:agreed|approved|voted|signed off|backed)\b[^.;]{0,40}\b(?:plans?|proposals?)\s+to\s+(?:spend|invest|put)\b/i.test(clause) && !/\b(?:will|would|is to|are to|due to|expected to|set to)\s+(?:be\s+)?(?:agree|approve|vote|decide|consider|sign|back)/i.test(clause)) return undefined;
	// "a rating of inadequate is expected", "braced for an inadequate rating": a grade awaited, its report still to come.
	if (type === 'inspection-judgement' && gradeAwaited.test(clause.slice(Math.max(0, at - 60), at + 60))) return 'planned';
	// "ahead of the next Ofsted monitoring visit": a visit to come.
	if (type === 'inspection-visit' && /\b(?:ahead of|before|in advance of|preparing for|prepare for|prepares for|in readiness for)\s+(?:the|its|their|a|an)\s+(?:next|forthcoming|upcoming|coming|expected|planned)\b/i.test(clause)) return 'planned';
	// "is expecting HM Inspectorate of Probation in the spring", "expects inspectors back": an inspectorate awaited comes later.
	if (type === 'inspection-visit' && visitAwaited.test(clause)) return 'planned';
	// "when Ofsted next visits, which is likely to be in the spring": the next visit is to come, whatever its date.
	if (type === 'inspection-visit' && /^[^.;]{0,40}?\bnext\s+(?:visits?|inspects?|calls?)\b[^.;]{0,30}?\b(?:expected|due|scheduled|likely)\b/i.test(clause.slice(at))) return 'planned';
	// "said the leader must resign", "must be replaced": the modal is the call's own words, made now (and not to come:
	// events.ts does not schedule a call with no status).
	if (type === 'resignation-call' && /\bmust\s+(?:be\s+(?:replaced|sacked|removed)|resign|go|step down|stand down|quit|consider)\b/i.test(clause) && !/\b(?:will|would|is to|are to)\s+(?:call|demand|urge|ask)\b/i.test(clause)) return undefined;
	// A judgement is planned only when the future governs its own words ("is expected to be rated"), not when an aside
	// names a past one ("a department, judged inadequate last year, will remain under supervision").
	// For a judgement the future must govern its own verb ("is expected to be rated", "will be judged"), not another's
	// ("nobody would rest on a 'requires improvement' verdict").
	// "must show real change within six months, its commissioner has concluded": the report is made; what it asks is to come.
	if (type === 'commissioner-report' && /^commissioners?\b[^.,;]{0,30}?\b(?:concluded|found|recommended|advised|said|reported)\b/i.test(clause.slice(at)) && !planned.test(clause.slice(at))) return undefined;
	// "appointed a commissioner to oversee improvements and recommend next steps": the commissioner's task, still to come.
	if (type === 'commissioner-report' && /^commissioners?\s+to\s+[^.;]{0,80}?\b(?:recommend|report|advise|review|assess)\b/i.test(clause.slice(at))) return 'planned';
	// ("the council's plan to turn around its services was agreed": the plan's own noun, no intention.)
	const ownWords = type === 'improvement-plan' ? own.replace(/\b(?:[\w-]+['’]s|an?|the|its|their)\s+(?:[\w-]+\s+)?plan to\b/gi, 'the plan for') : own;
	if (type === 'inspection-judgement' ? planned.test(clause.slice(Math.max(0, at - 40), at)) && judgedLater.test(clause.slice(Math.max(0, at - 40), at)) : planned.test(ownWords)) return 'planned';
	// "The minister wants the council to put in place an action plan": a plan asked for is still to come.
	if (type === 'improvement-plan' && askedFor.test(own)) return 'planned';
	// A commissioner's report that recommends is a report made: what it recommends is not the event.
	if (type !== 'resignation-call' && type !== 'inspection-judgement' && type !== 'commissioner-report' && (proposed.test(own) || proposedMay.test(own))) return 'proposed';
	return undefined;
}
