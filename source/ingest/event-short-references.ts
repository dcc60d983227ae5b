/**
 * Short references to what the story is about, read where no rule typed the clause: "A vote will be held in
 * February" (the no-confidence vote the article reports), "The notice, published on Monday", "it was lifted"
 * after a sentence about a direction, "An improvement notice followed", "made the call" (to resign), the calls a
 * refusal answers, "He will report back" after a sentence about the commissioner, "It started on 3 March" after one
 * about an inspection.
 */
import {aboutChildrensServices, councilsCommissioner} from './event-context.js';
import type {EventType} from '../corpus/schema.js';
import {untilLifted} from './event-cues.js';
import {commissionerActs, commissionerWork, commissionerWorkNeeds} from './event-commissioner-work.js';
import {pronounsReport} from './event-own-report.js';
import type {WordsPresent} from './word-set.js';

/** What the article as a whole talks about, and the sentence before: the references need them. */
export type ReferenceContext = {
	readonly noConfidenceInArticle: boolean;
	readonly noticeInArticle: boolean;
	readonly resignInArticle: boolean;
	/** The article names a commissioner anywhere ("commissioner", not a police or England's one). */
	readonly commissionerInArticle?: boolean;
	readonly previousSentence: string;
	/** The sentence before told of a commissioner's appointment or work, or named the article's commissioner. */
	readonly commissionerBefore?: boolean;
};

const noticeNoun = /\b(?:an?|the) (?:improvement notice|statutory direction|notice to improve|(?:revised|new|fresh|second|further) (?:improvement )?notice)\s*$/i;

/** What the whole article says that a short reference leans on ("the vote" where a no-confidence motion was named). */
export function articleWords(narratives: readonly string[], lowered?: readonly (string | null)[]): Omit<ReferenceContext, 'previousSentence'> {
	// (`lowered`: each paragraph lower-cased, where the caller has it. A pattern below matches a paragraph only where it
	// holds one of the words given with it: the patterns' letters are ASCII, which under the i flag match only ASCII
	// letters, so a match lower-cased is the word.)
	const any = (re: RegExp, words: readonly string[], also?: (n: string) => boolean) =>
		narratives.some((n, i) => {
			const lower = lowered?.[i];
			return (lower == null || words.some((w) => lower.includes(w))) && re.test(n) && (also === undefined || also(n));
		});
	return {
		noConfidenceInArticle: any(/\bno[- ]confidence\b/i, ['confidence']),
		noticeInArticle: any(/\bimprovement notice\b/i, ['improvement notice']),
		resignInArticle: any(/\b(resign|resignation|step down|stand down|step aside)\b/i, ['resign', 'step down', 'stand down', 'step aside']),
		commissionerInArticle: any(/\bcommissioner\b/i, ['commissioner'], councilsCommissioner),
	};
}

/** The verbs itRan cannot match without; those ownReport cannot (both patterns are written in lower case). */
const startedWords = ['started', 'began', 'took place', 'ran', 'lasted', 'was carried out', 'was conducted'];
const publishedWords = ['published', 'released', 'presented', 'submitted', 'sent', 'delivered'];

/** Every word shortReferences asks a clause for: a caller that finds a sentence's words gives it these too. */
export const referenceWords = ['vote', 'motion', 'it was ', 'notice', 'made the call', 'declined', 'refused', 'rejected', 'turned down', 'report', 'verdict', 'recommendations', 'findings', 'direction', 'appointment', 'review', 'assessment', ...commissionerWorkNeeds, 'followed', ...startedWords, ...publishedWords];

/** The events a clause refers to in a few words, with where their words start in the clause. */
export function shortReferences(sentence: string, c: {start: number; end: number}, groups: ReadonlySet<string>, ctx: ReferenceContext, sentenceLower?: string, sentenceWords?: WordsPresent): {type: EventType; at: number; cue?: string}[] {
	const clause = sentence.slice(c.start, c.end);
	// Most clauses refer to nothing: each pattern below is tried only where the lower-cased clause holds the words it
	// cannot match without, and a reference's own words are looked for before the sentence around them is read.
	// The sentence lower-cased, where the caller has it and lower-casing kept every offset: the same letters (the words
	// looked for are ASCII, and only a sigma's form can depend on the letters around it).
	let loweredRead: string | undefined;
	const lowered = () => (loweredRead ??= sentenceLower !== undefined && sentenceLower.length === sentence.length ? sentenceLower.slice(c.start, c.end) : clause.toLowerCase());
	// (A word the lower-cased sentence lacks no clause of it holds: the sentence's words, where the caller found them, are
	// asked first, once for all its clauses. `sentenceWords`: what a finder given referenceWords found in the lower-cased
	// sentence, or in it and more.)
	const hasAny = (words: readonly string[]) => {
		for (const w of words) if ((sentenceWords === undefined || sentenceWords.has(w)) && lowered().includes(w)) return true;
		return false;
	};
	const has = (...words: string[]) => hasAny(words);
	// (For the patterns read from the sentence's start, past this clause: the sentence's words alone.)
	const sentenceHasAny = (words: readonly string[]) => sentenceWords === undefined || words.some((w) => sentenceWords.has(w));
	const out: {type: EventType; at: number; cue?: string}[] = [];
	if (!groups.has('vote') && ctx.noConfidenceInArticle && has('vote') && /\bvote\b/i.test(clause) && /\b(held|take place|debated|won|lost|survived|survives|result)\b/i.test(clause)) out.push({type: 'no-confidence-vote', at: clause.search(/\bvote\b/i)});
	// "When the motion was put to full council on Tuesday, 19 members voted for it": the vote on the article's motion to
	// remove someone, told by the motion alone.
	if (!groups.has('vote') && ctx.resignInArticle && has('motion') && /\b(?:the|this|that) motion\b/i.test(clause) && /\b(?:put to (?:a |the )?(?:vote|full council|councillors)|voted (?:for|against|on) it|(?:was|were) (?:defeated|carried|passed|lost|tied)|votes? (?:for|against) (?:it|the motion))\b/i.test(clause)) out.push({type: 'no-confidence-vote', at: clause.search(/\bmotion\b/i)});
	// "An improvement notice followed a month later": the clauses split before "followed".
	// The anchored test first: the noun's pattern, anchored at the clause's end, is tried from every position.
	if (!groups.has('notice') && has('notice', 'direction') && /^\s*(?:followed|came|arrived)\b/i.test(sentence.slice(c.end)) && noticeNoun.test(clause)) out.push({type: 'improvement-notice', at: clause.search(noticeNoun)});
	// "An improvement notice followed in June": one clause, with its date. (A direction that followed may be the
	// appointment of the commissioner it names: typed by the rules, not here.)
	const followedIn = has('notice') ? /^\s*(?:an?|the) (?:new |formal |non-statutory )?(?:improvement notice|notice to improve) followed (?:in|on|during|that)\b/i.exec(clause) : null;
	if (!groups.has('notice') && followedIn) out.push({type: 'improvement-notice', at: followedIn[0].search(/\S/)});
	// "The borough was put under a direction in December 2008; it was lifted in the autumn of 2011." Or in the sentence
	// before: "... and an improvement notice followed. It was lifted in 2021."
	if (!groups.has('notice-lifted') && has('it was ') && /\bit was (lifted|removed|revoked|withdrawn)\b/i.test(clause) && /\b(direction|notice|intervention)\b/i.test(`${sentence.slice(0, c.start)} ${c.start === 0 ? ctx.previousSentence : ''}`)) out.push({type: 'improvement-notice-lifted', at: clause.search(/\bit was\b/i)});
	else if (!groups.has('notice') && ctx.noticeInArticle) {
		const m = has('notice') ? /\b(the|a|this) notice\b[^.]*\b(lifted|removed|withdrawn|revoked)\b|\b(lifted|removed|revoked)\b (the|a|this) notice\b/i.exec(clause) : null;
		const n = has('notice', 'it was ') && /\b(the|a|this) notice\b(?! of motion)[^.]*\b(issued|served|published|imposed)\b|\b(issued|served|published|imposed)\b[^.]*\b(the|a|this) notice\b(?! of motion)|\bit was (issued|served|imposed)\b/i.exec(clause);
		if (m && !untilLifted.test(clause)) out.push({type: 'improvement-notice-lifted', at: m.index});
		else if (n) out.push({type: 'improvement-notice', at: n.index});
	}
	// "rejected the calls", "dismissed calls to stand down", "Despite repeated demands ..., have refused to go": the
	// refusal typed the clause; the calls it answers were made.
	if (groups.has('resign') && /\b(rejected|dismissed|brushed aside|shrugged off|resisted|rebuffed|ignored|despite)\b/i.test(clause)) {
		const calls = /\b(calls?|calling|demands?|demanding)\b/i.exec(clause);
		if (calls) out.push({type: 'resignation-call', at: calls.index});
	}
	// "was asked to consider her position but declined": she was asked to go, and refused.
	const asked = groups.has('resign') ? /\b(asked|urged|told) to (consider|reconsider) (his|her|their) (position|future)\b/i.exec(clause) : null;
	if (asked) out.push({type: 'resignation-call', at: asked.index});
	if (!groups.has('resign') && ctx.resignInArticle && has('made the call') && /\bmade the call\b/i.test(clause)) out.push({type: 'resignation-call', at: clause.search(/\bmade the call\b/i)});
	// "Ofsted was part of a joint inspection of child protection in the city. It started on 3 March and ended on 14 March
	// 2024.": the inspection named in the sentence before, dated by this one.
	const itRan = c.start === 0 && hasAny(startedWords) ? /^\s*It\s+(?:started|began|took place|ran|lasted|was carried out|was conducted)\s+(?:on|in|between|from|over|during|last|this)\b/.exec(clause) : null;
	if (!groups.has('visit') && itRan && /\b(?:inspection|visit)\b/i.test(ctx.previousSentence) && !/\b(?:inspection|visit)\s+(?:report|letter|findings)\b/i.test(ctx.previousSentence)) out.push({type: 'inspection-visit', at: itRan[0].search(/\S/)});
	// "The leader resigned on Monday. He was quickly followed by the cabinet member for children": a second departure.
	// (The clauses split before "followed": the sentence is read from its start.)
	const followed = c.start === 0 && sentenceHasAny(['followed']) ? /^\s*(?:He|She|They|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s+(?:was|were|has been|had been)\s+(?:quickly\s+|soon\s+|swiftly\s+|later\s+|then\s+)?followed\s+(?:out(?: of the door)?\s+)?by\b/.exec(sentence) : null;
	if (!groups.has('resign') && followed && /\b(?:resigned|stepped down|stood down|quit|left)\b/i.test(ctx.previousSentence)) out.push({type: 'resignation', at: followed[0].search(/followed/)});
	// "both offered their resignations, but the leader refused to accept them": the offers refused.
	const declinedOffer = !groups.has('resign') && has('declined', 'refused', 'rejected', 'turned down') ? /\b(?:declined|refused|rejected|turned down)\s+(?:to accept\s+)?(?:them|it|either(?: offer)?|both(?: offers)?|the offers?)\b/i.exec(clause) : null;
	if (declinedOffer && /\boffered\s+(?:(?:his|her|their)\s+resignations?|to\s+(?:resign|stand down|step down|quit))\b/i.test(`${ctx.previousSentence} ${sentence.slice(0, c.start)}`)) out.push({type: 'resignation-refused', at: declinedOffer.index});
	// "He will report back ... at the end of March" right after a sentence about the commissioner.
	// So does "before giving her recommendations to the Government by the end of December", and "She will decide ... and
	// report by 9 September".
	const reports = !groups.has('commissioner-report') && has('report', 'verdict', 'recommendations', 'findings') && /\b(?:report back|will report|to report|(?:and|then) report (?:by|in|on|before|to)|(?:giv|deliver|hand|present|send|submitt?)(?:e|es|ing|s)? (?:her|his|their) (?:verdict|recommendations|findings|report))\b/i.exec(clause);
	// (A police, crime, traffic or information commissioner, or England's children's commissioner, is not the DfE's.)
	const namedBefore = () => /\bcommissioner\b/i.test(`${ctx.previousSentence} ${sentence.slice(0, c.start)}`) && councilsCommissioner(`${ctx.previousSentence} ${sentence.slice(0, c.start)}`);
	// (Another body's report, deadline or review, right after a sentence about the commissioner, is its own.)
	const ours = (at: number) => aboutChildrensServices({sentence, hitStart: c.start + at, hitEnd: c.end, previousSentence: ctx.previousSentence});
	const toldBefore = (at: number) => (ctx.commissionerBefore === true || namedBefore()) && ours(at);
	if (reports && toldBefore(reports.index) && commissionerActs(sentence, c.start + reports.index)) out.push({type: 'commissioner-report', at: reports.index});
	// "which she must hand to the minister by the end of April", "will carry out a three-month assessment of whether ...":
	// the work the commissioner just told of is set (event-commissioner-work.ts).
	const work = !reports && !groups.has('commissioner-report') && (ctx.commissionerBefore === true || ctx.commissionerInArticle === true) && hasAny(commissionerWorkNeeds) ? commissionerWork(clause) : null;
	if (work && ours(work.index) && ((work.toMinister && ctx.commissionerInArticle === true) || toldBefore(work.index) || (/\bcommissioner\b/i.test(clause) && councilsCommissioner(clause)))) out.push({type: 'commissioner-report', at: work.index});
	// "The DfE has appointed a commissioner ... The direction was issued on Friday.": the direction that appoints the
	// commissioner the sentence before named, dated by this one.
	const direction = c.start === 0 && has('direction') ? /^\s*(?:The|This|That|Its) (?:statutory )?direction,?\s+(?:was|had been|has been)\s+(?:formally\s+)?(?:issued|made|given|served|signed)\b/.exec(clause) : null;
	if (direction && councilsCommissioner(ctx.previousSentence) && /\b(?:appoint\w*|install\w*|sen[dt] in)\b[^.]{0,60}\bcommissioner\b|\bcommissioner\b[^.]{0,40}\b(?:appointed|installed|sent in)\b/i.test(ctx.previousSentence)) out.push({type: 'commissioner-appointed', at: direction[0].search(/\S/)});
	// "A government adviser has been appointed to support the council. The appointment was announced on Wednesday.": the
	// appointment the sentence before told, dated by this one.
	const announced = c.start === 0 && ctx.commissionerBefore === true && !groups.has('commissioner-appointed') && has('appointment') ? /^\W*(?:The|This|That|Her|His|Their)\s+appointment,?\s+(?:was|has been|had been)\s+(?:formally\s+|officially\s+)?(?:announced|confirmed|made)\b(?!\s+of\b)/.exec(clause) : null;
	// (Not another body's appointment, nor one the sentence before denied: "The council denied that a commissioner had been appointed".)
	if (announced && ours(announced.index) && !/\b(?:denied|denies|deny|not|no|never|if)\b|n['’]t\b/i.test(ctx.previousSentence)) out.push({type: 'commissioner-appointed', at: announced[0].search(/\S/), cue: announced[0].trim()});
	// "His report, published on 14 September, said ...", "The report was presented to the committee on 21 October" right
	// after a sentence about the commissioner's or the DfE adviser's report: that report, dated.
	// (The report's words are the cue, so that the aside after them is theirs.)
	const ownReport = c.start === 0 && !groups.has('commissioner-report') && sentenceHasAny(publishedWords) ? /^\s*((?:His|Her|Their|The|That|This) (?:(?:final|latest|first|interim|progress)\s+)*(?:report|review|assessment)|It),?\s+(?:which\s+)?(?:was\s+)?(?:published|released|presented|submitted|sent|delivered)\b/.exec(sentence) : null;
	if (ownReport && /\b(?:commissioner|(?:DfE|improvement|government|departmental)\s+adviser)\b[^.]*\b(?:report\w*|recommend\w*|conclu\w*|found|finds|review)\b/i.test(ctx.previousSentence) && !/\b(?:for England|police|crime|Metropolitan|constabulary|information|victims)\b/i.test(ctx.previousSentence)) out.push({type: 'commissioner-report', at: ownReport[0].search(/\S/), cue: ownReport[1]});
	// "Her report, dated 28 June, says ...", "Writing in his report dated ...", after a sentence about the commissioner.
	const pronouns = c.start === 0 && !groups.has('commissioner-report') && !out.some((o) => o.type === 'commissioner-report') && has('report', 'review', 'assessment') ? pronounsReport(clause, ctx.previousSentence, ctx.commissionerBefore === true) : null;
	if (pronouns && ours(pronouns.at)) out.push({type: 'commissioner-report', at: pronouns.at, cue: pronouns.cue});
	return out;
}
