/**
 * Step 8 of ingestion: dated, typed events from the narrative, with the quoted sentences that state what was done
 * or decided put back (quoted-facts.ts); what someone hopes or supposes stays their claim, and a quoted "'good'
 * authority" is an aspiration, not a judgement.
 *
 * Each sentence is matched against rules for the event types of CONTRACT.md; a clause's own date wins, then a
 * date reckoned from a neighbouring event ("a month after"), then the article's own date for what the article
 * reports as news. A judgement told as history with no date stays undated: a confident wrong date is worse
 * than none. The rules are in event-rules.ts, what a sentence says beyond the type in event-facets.ts, the
 * merging of an article's mentions in event-settle.ts.
 */
import {actOwners} from './event-act-owner.js';
import {isAfter, monthsBetween, shiftDate, unknownDate} from '../corpus/date-value.js';
import type {DateValue, EventType, Rating} from '../corpus/schema.js';
import {datesOnce} from './dates/resolve.js';
import type {DateMatch} from './dates/types.js';
import {actBetween, asideWithoutDate, bindsFromInAside, inspectionLabelDate, publishedOn, listItemDate, possessiveOfAnother, gradedThen, inAsideApart, inspectionGraded, inspectionsOwnDate, judgedBefore, madeBeforeLifted, andAnother, eventWordsEnd, meetingsDay, notTheEventsDate, openingClauseApart, purposeDeadline, reckoningOf, toldSince} from './event-date-ties.js';
import {asidesOf, authorityList, clauseAuthority, clauses, subjectMentions, dateList, gradeApart, gradeInApposition, offsetBefore, untilNegated, participantsOf, toldAsHistory, withoutEarlierGradeAside, withParticipants} from './event-clauses.js';
import {goesOnTellingEarlier} from './event-history-paragraph.js';
import {historyOpenedBefore} from './event-history-opened.js';
import {serviceOf, statusOf, toldStatus, withoutAsides} from './event-facets.js';
import {aspiration, frameworkDateBefore, gradeNoun, ownPublication, embeddedEvent, future, inspectionBefore, judgedBy, judges, newsTense, notMadeBy, tenureSince, undatedPast, inspectionJustBefore, verdictAfter, visitBefore, reportIsSubject} from './event-cues.js';
import {ruleHit} from './event-rule-hit.js';
import {anchoredToStory, dayBefore, gradeLeftYearsAgo, gradeWeeksAgo, historyDates, inspectionsListed, isStoryDate, justBefore, lastTold, laterThan, laterWords, nextStory, recentDay, stepAfterEvent, storyYear, spanToCome, yearOfWhatCameAfter, type StoryDate} from './event-story-date.js';
import {datesEveryGrade, overallGrades, readJudgements} from './event-judgements.js';
import {datedRelativeVisits, datedVisitInClause, monthsSpanned, prepositionOf, visitOrEarlierJudgement, earlierJudgementsInClause} from './event-visits.js';
import {seriesJudgements} from './event-series.js';
import {ownAfterAnd, stepApart, stepOpensClause} from './event-step-clause.js';
import {repeatedGrades} from './event-repeated-grades.js';
import {noticeSpells} from './event-notice-spells.js';
import {boardSpans} from './event-board-spans.js';
import {callsBesideGoing} from './event-call-beside-going.js';
import {budgetsPeriod} from './event-funding-news.js';
import {articleWords, shortReferences} from './event-short-references.js';
import {publicationDate, summarise} from './event-settle.js';
import {articleWideEvents} from './event-article-wide.js';
import {issuedWhileInForce} from './event-notice-in-force.js';
import {gradedAfterInspectionTold} from './event-graded-after-told.js';
import {gradedAfterVisitTold} from './event-graded-after-visit.js';
import type {EventInput, ExtractedEvent, RawEvent} from './event-types.js';
import {inspectionDatedThen} from './event-background-visits.js';
import {visitBehindGrade} from './event-visit-behind-grade.js';
import {toldBeforeTold, toldInAside} from './event-telling-aside.js';
import {besideSpanBack, insideSpanBack, trailingSpanBack} from './event-span-back.js';
import {reportOfTheInspection, subjectInspectionDate} from './event-appositive-inspection.js';
import {toldCommissioner, visitsOfNewsListed} from './event-visits-listed.js';
import {sentenceSpans, squash} from './text.js';
import {eventWordsIn, paragraphsLowered, ratingCueIn, rulesFor, shortReferenceIn} from './event-words.js';
import {withoutOccasionVisits} from './event-grade-occasion.js';

export type {EventInput, ExtractedEvent, NamedMention, Participant} from './event-types.js';
export {summarise} from './event-settle.js';


/** Events reported in an article, one per event with the paragraphs that report it. Pure. */
export function extractEvents(input: EventInput): ExtractedEvent[] {
	const raw: RawEvent[] = [];
	let previousDate: DateValue | null = null;
	let lastDay: DateMatch | null = null;
	let previousLastDate: DateValue | null = null;
	let previousSentence = '', commissionerBefore = false;
	let story: StoryDate | null = null;
	let focus: string | null = null;
	// Each sentence's dates are found once: the report's publication and the event rules read the same sentences.
	const datesIn = datesOnce(input.published, {today: input.today});
	// Each paragraph split into sentences once, for the same two readings.
	const spansOf = input.narratives.map((n) => sentenceSpans(n));
	const reportDate = publicationDate(input.narratives, spansOf, datesIn);
	// The article's opening tells which service a judgement that names none is about (a SEND area inspection).
	const opening = `${input.title ?? ''} ${input.narratives.slice(0, 2).join(' ')}`;
	// Each paragraph lower-cased once, its event words found in one pass (event-words.ts).
	const {lower: lowerNarratives, wordsByPart} = paragraphsLowered(input.narratives);
	const inArticle = articleWords(input.narratives, lowerNarratives);

	for (const [k, narrative] of input.narratives.entries()) {
		focus = null;
		for (const sp of spansOf[k]!) {
			const sentence = narrative.slice(sp.start, sp.end);
			if (sentence.trim() === '') continue;
			const rawStart = raw.length;
			// A sentence that names the article's own authority among others is about it ("Hertfordshire will direct the
			// work to fix Harrow's services, months after Ofsted rated them"); else about the first it names.
			const inSentence = subjectMentions(sentence, input.authority);
			const named = input.authority && inSentence.some((m) => m.name === input.authority) ? input.authority : inSentence[0]?.name;
			// A sentence that names none is about the council an earlier sentence of its paragraph opened with ("The
			// government issued directions to Calderdale ... The council was subsequently rated ..."), else the article's.
			const authorityHere = named ?? focus ?? input.sections?.[k] ?? input.authority;
			if (named && inSentence[0]!.start < 60) focus = named;
			if (!authorityHere) continue;
			// A month without its year in a history is that history's month (event-story-date.ts).
			const dates: DateMatch[] = anchoredToStory(sentence, datesIn(sentence), story, k, input.published);
			const printed = input.paragraphs[k]!.slice(sp.start, sp.end);
			const sentenceDate = dates.find((d) => d.date.value !== null);
			let anchorUsed = false;
			const sentenceOffset = offsetBefore(sentence);
			// Where "a month after <X>" ends: the comma after it, else the sentence's end.
			const offsetComma = sentenceOffset ? sentence.indexOf(',', sentenceOffset.index) : -1;
			const offsetEnd = sentenceOffset?.pronoun ? sentenceOffset.index : offsetComma < 0 ? sentence.length : offsetComma;
			// "Mr Yarwood is due to report again in March": the commissioner the article named, by name.
			const commissioner = input.commissioners?.find((n) => sentence.includes(n) && !/\bcommissioner\b/i.test(sentence));
			const lowerNarrative = lowerNarratives[k], sentenceWords = wordsByPart[k];
			const lowerSentence = lowerNarrative ? lowerNarrative.slice(sp.start, sp.end) : sentence.toLowerCase();
			const lowered = commissioner ? `${lowerSentence} commissioner` : lowerSentence;
			const present = commissioner || !sentenceWords ? eventWordsIn(lowered) : sentenceWords(sp.start, sp.end);
			const possible = rulesFor(present);
			// Most sentences report no event: the clauses are read only if one of the tests below could pass, each of which needs a
			// rule's word, a rating word beside a judging verb (a pattern over the sentence, tried only then), or a short reference's.
			// "If the council fails to improve, ministers could send in a commissioner": a hypothetical reports nothing.
			const hypothetical = /^\W*(if|unless|should)\b/i.test(sentence) && /\b(could|would|might|may)\b/i.test(sentence);
			const ratingCue = ratingCueIn(present), shortReference = shortReferenceIn(present);
			const judging = !hypothetical && (possible.length > 0 || ratingCue || shortReference) && judges(sentence, lowered);
			const mayReport = !hypothetical && (possible.length > 0 || (judging && ratingCue) || shortReference);
			// The asides (looked for only where their words are, and only when an event's date asks), the sentence's judgement and its inspections' dates are read by the clauses alone.
			let asidesRead: ReturnType<typeof asidesOf> | undefined;
			const asides = () => (asidesRead ??= asidesOf(sentence, lowered));
			// The sentence's grades, read once: whether it judges, and which grade a date is nearest.
			const sentenceGrades = mayReport && judging ? overallGrades(sentence) : [];
			const sentenceJudged = sentenceGrades.length > 0 && !aspiration.test(sentence);
			// Dates that belong to an inspection named in the sentence ("following a visit in February", "after inspectors
			// spent a week in the county in April"; "A joint inspection in March has found": dated before its verdict's verb).
			const inspectionDates = !mayReport
				? []
				: dates.filter((d) => d.date.value !== null && !publishedOn(sentence, d) && (inspectionBefore.test(sentence.slice(Math.max(0, d.start - 70), d.start)) || (inspectionJustBefore.test(sentence.slice(Math.max(0, d.start - 70), d.start)) && verdictAfter.test(sentence.slice(d.end, d.end + 50))) || inspectionLabelDate(sentence, d)));
			// Any dated inspection a judgement's sentence names is a visit of its own ("judged good at its inspection in
			// August", "found by inspectors on their March visit"), whichever date the judgement keeps.
			const visitDates = sentenceJudged ? dates.filter((d) => d.date.value !== null && !publishedOn(sentence, d) && (inspectionDates.includes(d) || visitBefore.test(sentence.slice(Math.max(0, d.start - 45), d.start + prepositionOf(d))) || inspectionDatedThen(sentence, d) || /^\s*(visit|inspection)\b(?!\s+(?:framework|regime|handbook|criteria))/i.test(sentence.slice(d.end, d.end + 24)))) : [];
			let newsJudged = false;
			// Made per sentence, not per clause or event: the short references' context, the evidence's sentence.
			const references = {noConfidenceInArticle: inArticle.noConfidenceInArticle, noticeInArticle: inArticle.noticeInArticle, resignInArticle: inArticle.resignInArticle, commissionerInArticle: inArticle.commissionerInArticle, previousSentence, commissionerBefore};
			let evidenceSentence: string | undefined;
			for (const c of mayReport ? clauses(sentence) : []) {
				const clause = sentence.slice(c.start, c.end);
				// "runs through to June 2026", "in place until March": an end, not the event's date ("not expected to return
				// until 2026": what will not happen before then happens then).
				const inClause = dates.filter((d) => d.start >= c.start && d.end <= c.end && (untilNegated(sentence, d.start) || !/\b(until|till|through to|up to|runs? to)\s+(the end of\s+)?$/i.test(sentence.slice(Math.max(0, d.start - 25), d.start))));
				const clauseDates = inClause.filter((d) => d.date.value !== null);
				// A date the date rules put after the article's own is one the sentence schedules.
				const scheduledByDate = clauseDates.some((d) => isAfter(d.date, input.published));
				let futureHere: boolean | undefined; // (asked only of a clause that reports an event)
				const isFuture = () => (futureHere ??= future.test(clause) || scheduledByDate);
				const offset = sentenceOffset;
				// "It came a month after X was branded inadequate": X is reckoned back from the previous sentence's date,
				// but only when the event's own words come after "after".
				// Where this clause's notice is lifted: a notice "which had been served" before it takes no date after it.
				let liftedAt = -1;
				const dateFor = (at: number, type: EventType, cueEnd: number, news = false): DateValue | null => {
					// The date nearest the event's own words: "notice, issued on Tuesday, follows a report published last month".
					// A date after a participle that starts another event ("lifted the notice imposed in 2019") is that one's.
					const pos = c.start + at;
					// "ruled today that they are no longer 'inadequate'": the grade left behind, not given on that day (though
					// "no longer inadequate for the first time since 2013" says when it was).
					if (type === 'inspection-judgement' && !/\bsince\b/i.test(sentence) && /\bno longer\s+(?:(?:rated|judged|graded|being|considered)\s+)?(?:as\s+)?['‘"“]?$/i.test(sentence.slice(Math.max(0, pos - 40), pos))) return null;
					// "in 2014, two years after it was rated inadequate": a span counted back from the date before it (event-span-back.ts).
					const spanned = (type === 'inspection-judgement' ? (insideSpanBack(sentence, pos, dates) ?? trailingSpanBack(sentence, pos, dates) ?? subjectInspectionDate(sentence, pos, dates, input.published) ?? reportOfTheInspection(sentence, pos, dates, input.published)) : null) ?? besideSpanBack(sentence, pos, dates);
					if (spanned) return spanned;
					const ownDates = clauseDates.filter(
						(d) =>
							(type !== 'improvement-notice' || liftedAt < 0 || d.end <= c.start + liftedAt || (pos > c.start + liftedAt && d.start > pos)) &&
							// "lifted the supervision it has been under since 2009": when it began, not when it ended. "their early-2021
							// visit": an inspection's date, not another event's (unless it came "after the 2015 inspection").
							!(type === 'improvement-notice-lifted' && (/\bsince\s+$/i.test(sentence.slice(Math.max(0, d.start - 8), d.start)) || madeBeforeLifted(sentence, d, pos, c.start))) &&
							!(type !== 'inspection-visit' && type !== 'inspection-judgement' && inspectionsOwnDate(sentence, d)) &&
							// "Before the 2014 inspection, it had been judged adequate in 2011": a bound, not the event's date.
							!/\bbefore (the |its |their )?$/i.test(sentence.slice(Math.max(0, d.start - 12), d.start)) &&
							(!notMadeBy.has(type) || d.start < c.start + cueEnd || !embeddedEvent.test(sentence.slice(c.start + cueEnd, d.start)) || ownPublication(type, sentence.slice(c.start + cueEnd, d.start))) &&
							// "A re-visit ... has found progress on the weaknesses identified at its SEND inspection in 2018" (or "identified in
							// 2018"): the date of another inspection, named right before it, away from this visit's words.
							// ("carried out their fourth monitoring visit in June" names this visit again: nothing else comes between.)
							!(type === 'inspection-visit' && d.start > c.start + cueEnd + 30 && /\b(?:inspection|visit)s?\s*$|\b(?:weaknesses|failings|concerns|areas|shortcomings)\s+(?:identified|found|raised|highlighted)\s+$/i.test(sentence.slice(Math.max(0, d.start - 40), d.start)) && /\b(?:identified|found|raised|highlighted|since|after|following|at|from|during|than)\b/i.test(sentence.slice(c.start + cueEnd, d.start))) &&
							!((type === 'inspection-visit' || type === 'inspection-judgement' || type === 'improvement-notice') && meetingsDay(sentence, d, pos)) && !notTheEventsDate(sentence, d, type, pos) && !toldInAside(sentence, d, clauseDates, type) && !toldBeforeTold(sentence, d, clauseDates, type) && !budgetsPeriod(sentence, type, d, input.published) &&
							// "according to a letter published on Monday": the letter's day, after the visit it reports.
							!(type === 'inspection-visit' && /\b(?:published|released)\s+$/i.test(sentence.slice(Math.max(0, d.start - 12), d.start))) &&
							// "X, who has led the service since 2021, said an action plan had been agreed": the aside's date is the aside's.
							// An aside right after the event's own words describes them: "The commissioner's report, which reached the DfE in December,".
							// "since it was last inspected in 2019, when services were judged ...": the when-clause shares the aside's date.
							// An earlier grade told in an aside (", the same verdict as in 2015") has only the aside's dates.
							!asides().some((a) => a.earlier && pos >= a.start && pos < a.end && !(d.start >= a.start && d.end <= a.end)) &&
							!asides().some((a) => d.start >= a.start && d.end <= a.end && !(pos >= a.start && pos < a.end) && (a.of === null || a.of.test(type)) && (a.earlier || (!(sentence[a.start] === ',' && a.start >= c.start + cueEnd && a.start <= c.start + cueEnd + 1) && !(a.start >= pos && a.end <= c.start + cueEnd) && !(sentence[a.start] === ',' && a.start >= pos && a.start <= c.start + cueEnd) && !(pos >= a.end && /^,\s*when\b/i.test(sentence.slice(a.end, pos)))))),
					);
					// A judgement is not dated by the inspection behind it ("rated good after a visit in June"): news takes the
					// article's date and the visit its own; told as history, the inspection dates it approximately.
					const judgement = type === 'inspection-judgement';
					// With two grades in a sentence ("rated outstanding, up from the good grade it had in 2015"), a date is the
					// grade's nearest to it; a grade's noun is part of it ("from an inadequate rating in 2015 to good last year").
					const grades = judgement ? sentenceGrades.map((g) => ({...g, end: g.end + (gradeNoun.exec(sentence.slice(g.end, g.end + 20))?.[0].length ?? 0)})) : [];
					const mine = grades.find((g) => g.index === pos) ?? {index: pos, end: pos};
					const cueSpan = {index: pos, end: judgement ? mine.end : eventWordsEnd(sentence, pos, c.start + cueEnd)};
					const fromCue = (d: DateMatch) => Math.max(0, cueSpan.index - d.end, d.start - cueSpan.end);
					const apart = (d: DateMatch, g: {index: number; end: number}) => gradeApart(sentence, d, g);
					const ownGrade = (d: DateMatch) => grades.every((g) => apart(d, mine) <= apart(d, g)) || datesEveryGrade(sentence, d, grades);
					// A date that ends the clause before the event's words ("As officials confirmed on 23 August, the board met
					// ... on 21 August") is that clause's when the event's own words have one after them.
					const behindComma = (d: DateMatch) => d.end <= cueSpan.index && /,/.test(sentence.slice(d.end, cueSpan.index)) && /\b(confirmed|said|told|announced|wrote|agreed|decided|revealed)\b/i.test(sentence.slice(0, d.start)) && ownDates.some((x) => x.start >= cueSpan.end);
					// "drew £4m from reserves to cover last year's overspend": the period a sum was over- or underspent is not
					// when money was found (while "last year's inspection" is the inspection's date).
					// A grade told in a when- or which-clause on a dated inspection is of that day, however recent (event-date-ties.ts).
					const recentVisit = (d: DateMatch) => visitDates.includes(d) && !gradedThen(sentence, d, pos) && (monthsBetween(d.date, input.published) ?? Number.POSITIVE_INFINITY) <= 4;
					const possessiveElsewhere = (d: DateMatch) => possessiveOfAnother(sentence, d, type) && !(cueSpan.index >= d.end && cueSpan.index <= d.end + 30);
					// "Rutland, last inspected in 2019, expects Ofsted to return within months": a year or more gone by, in an
					// aside, is not when something still to come will happen.
					const yearsGone = (d: DateMatch) => isFuture() && !judgement && (monthsBetween(d.date, input.published) ?? 0) >= 12 && inAsideApart(sentence, d, pos);
					// "which were previously rated good": a later date is not a past grade's.
					const aheadOfPastGrade = (d: DateMatch) => judgement && isAfter(d.date, input.published) && judgedBefore(sentence, pos);
					const reckonedFrom = (d: DateMatch) => reckoningOf(sentence, dates, d, cueSpan.index) !== undefined;
					// "a board ... has met monthly since April": its own start, before a nearer date of another event.
					const ownSince = (d: DateMatch) => type === 'improvement-board' && d.start > cueSpan.end && /\bsince\s+$/i.test(sentence.slice(Math.max(0, d.start - 8), d.start));
					const rank = (d: DateMatch) => fromCue(d) + (behindComma(d) ? 200 : 0) - (ownSince(d) ? 500 : 0);
					// "Following the inspection in 2012 which found it inadequate the DfE issued a notice in April 2013": a date after another body's act is that act's.
					const graderLater = (d: DateMatch) => d.start > pos && [...inspectionDates, ...visitDates].some((x) => inspectionGraded(sentence, x, pos)) && actBetween.test(sentence.slice(pos, d.start));
					const own = [...ownDates]
						.filter((d) => !stepApart(sentence, d, pos) && !possessiveElsewhere(d) && !yearsGone(d) && !reckonedFrom(d) && !aheadOfPastGrade(d) && !purposeDeadline(sentence, d, cueSpan.end, type) && !openingClauseApart(sentence, d, pos, judgement))
						// "She had led the department since 2021 and oversaw the response to an inspection that rated it inadequate": a
						// span's start away from the grade is someone's time in post, not the grade's date.
						.filter((d) => !judgement || (!frameworkDateBefore.test(sentence.slice(Math.max(0, d.start - 50), d.start)) && (!inspectionDates.includes(d) || (d.start > pos && gradedThen(sentence, d, pos))) && !(news && recentVisit(d)) && !graderLater(d) && ownGrade(d) && !(tenureSince.test(sentence.slice(Math.max(0, d.start - 60), d.start)) && apart(d, mine) > 40)))
						// Measured from the event's own words ("issued in February 2020 and lifted in May 2022": May is the lifting's).
						.sort((a, b) => rank(a) - rank(b));
					// Where other dates compete and the one taken is not beside the event's words, the choice is a reading
					// of the sentence, not something it states: approximate.
					const chosen = ownAfterAnd(sentence, own, cueSpan, judgement);
					if (chosen && toldSince(sentence, chosen, pos)) return {...chosen.date, approximate: true, basis: `${chosen.date.basis}; told in a since-clause, so no later than this`};
					// The reckoned date is then the event's ("Three years after the July 2012 report ..." : about 2015).
					const reckoning = chosen ? undefined : ownDates.map((d) => reckoningOf(sentence, dates, d, cueSpan.index)).find((x) => x !== undefined);
					if (reckoning) return reckoning.date;
					if (chosen) return stepAfterEvent(sentence, pos, c.end, chosen) ?? (own.length > 1 && chosen === own[0] && fromCue(chosen) > 30 && !chosen.date.approximate ? {...chosen.date, approximate: true, basis: `${chosen.date.basis}; the nearest of ${own.length} dates in the clause`} : !chosen.date.approximate && !judgement && andAnother(sentence, chosen, pos) ? {...chosen.date, approximate: true, basis: `${chosen.date.basis}; told of what came before 'and'`} : chosen.date);
					// "A year later, the government appointed a commissioner": reckoned from the date told before it.
					// The clauses split before "following": the words may start just before the clause or run past its end (not past another grade: "inadequate that autumn, adequate in 2012 and good the following year").
					const from = Math.max(0, c.start - 15);
					const step = laterWords(sentence.slice(from, c.end + 30));
					if (step && from + step.index <= pos + 60 && from + step.index + step.words.length >= c.start && !(judgement && sentenceGrades.some((g) => g.index > pos && g.end <= from + step.index))) {
						const earlier = dates.filter((d) => d.date.value !== null && d.end <= from + step.index).at(-1)?.date ?? previousDate;
						const when = earlier ? laterThan(earlier, stepOpensClause(sentence, from + step.index, from + step.index + step.words.length, pos) ? {...step, n: -step.n} : step) : null;
						if (when) return when;
					}
					// Told as news, the grade is the report's; a recent inspection named beside it ("remain inadequate,
					// according to an inspection carried out in September") is the visit's date, not the grade's.
					// (Not inside "Two years after the inspection that rated it good": that grade is reckoned back below.)
					const insideOffset = offset !== null && pos >= offset.index && pos < offsetEnd;
					const cameBefore = judgement && inspectionDates.length === 0 ? yearOfWhatCameAfter(sentence, c.start, at, dates, input.published) : null;
					if (cameBefore) return cameBefore;
					if (judgement && news && !insideOffset && visitDates.some(recentVisit)) return null;
					// "The inadequate rating comes five years after the last inspection, published in June 2016": a bound, not its date.
					const inspection = inspectionDates.find((d) => !/\b(?:comes|came|follows|followed)\b[^.;]{0,30}\bafter\b/i.test(sentence.slice(pos, d.start)));
					if (judgement && inspection) {
						// A report comes out within months of its inspection: one dated long before the article is history.
						if (news && (monthsBetween(inspection.date, input.published) ?? Number.POSITIVE_INFINITY) <= 4) return null;
						return {...inspection.date, approximate: true, basis: `the inspection's date ('${inspection.text}'); the judgement came out after it`};
					}
					// "By the summer of 2014 things looked up. Ofsted rated ... good": the year the history's last sentence opened on.
					const opened = judgement && c.start === 0 && !dates.some((d) => d.date.value !== null && d.start < c.end) ? historyOpenedBefore(previousSentence, previousLastDate, sentence, narrative, input.published, authorityHere, reportDate?.paragraph === k + 1) : null; if (opened) return opened;
					// "At that inspection the inspectorate rated ...", "The last inspection was in June 2012. It was judged good.": the date of the inspection told just before.
					const thatOne = /\b(?:at|during|after|following|in|from|in the wake of|in response to) (?:that|this) (?:inspection|visit|time|point|meeting|stage|judgement|judgment|report|rating|verdict)\b|^\s*(?:That|This) (?:inspection|visit)\b|^\s*The (?:outcome|result|findings|report|verdict) (?:of|from) (?:the|that|this) (?:inspection|visit)\b/i.exec(clause) ?? (c.start === 0 && /\b(?:inspection|inspected|visit)\b/i.test(previousSentence) ? /^\s*(?:(?:It|They|The (?:council|authority|service|department)|(?:Its |Children['’]s )?[Ss]ervices)\s+(?:was|were)\s+(?:then\s+)?(?:rated|judged|graded|found)|(?:They|Inspectors|The inspectors|Ofsted|The inspectorate|The watchdog)\s+(?:then\s+|have\s+|has\s+)?(?:rated|judged|graded)|The (?:overall )?(?:judgement|judgment|rating|grade|verdict) was)\b/i.exec(clause) : null) ?? gradedAfterInspectionTold(clause, c.start, previousSentence) ?? gradedAfterVisitTold(clause, c.start, previousSentence, previousLastDate, input.published);
					if (thatOne) {
						// The one named last: "since its last full inspection in November 2019. At that inspection ...". ("They rated it good" too.)
						const earlier = dates.filter((d) => d.date.value !== null && d.end <= c.start + thatOne.index).at(-1)?.date ?? previousLastDate;
						// (Told as news, an inspection a few months before the article is the one behind today's report.)
						if (earlier?.value) return judgement && news && (monthsBetween(earlier, input.published) ?? 99) <= 4 ? null : {...earlier, approximate: true, basis: `'${thatOne[0]}': the ${earlier.value} told before it`};
					}
					// "an improvement notice issued that autumn", after "in June 2015": the year of the date named before it.
					const that = /\bthat (spring|summer|autumn|winter|year)\b/i.exec(clause);
					if (that) {
						const earlier = dates.filter((d) => d.date.value !== null && d.end <= c.start + that.index).at(-1)?.date ?? previousLastDate ?? previousDate;
						if (earlier?.value) return {value: earlier.value.slice(0, 4), precision: 'year', approximate: true, basis: `'${that[0]}': the year of ${earlier.value} named before it`};
					}
					// "will return within about 18 months": to come by the end of that span.
					if (isFuture()) {
						const by = spanToCome(clause, input.published, at);
						// Never a date after the real today: the span would run past it (today is read only when there is a span).
						if (by?.value && by.value <= (input.today ?? new Date()).toISOString().slice(0, 10).slice(0, by.value.length)) return by;
					}
					// "eight months after Ofsted rated them" with nothing dated before: reckoned back from the article's day.
					if (offset && offset.months > 0 && (!previousDate || previousDate.value === null) && input.published.value !== null && insideOffset) {
						anchorUsed = true;
						const back = shiftDate(input.published, {months: -offset.months}, `'${offset.words}' the news of the article of ${input.published.value}`);
						if (back.value === null) return null;
						return back.precision === 'day' ? {...back, value: back.value.slice(0, 7), precision: 'month', approximate: true} : {...back, approximate: true};
					}
					// "A focused visit in the summer of 2022 ..., and a further visit was made a year after that": the date told
					// before it in this sentence, else the previous sentence's.
					const told = dates.filter((d) => d.date.value !== null && offset !== null && d.end <= offset.index).at(-1);
					if (offset && told && offset.months > 0 && !insideOffset) {
						anchorUsed = true;
						return {...shiftDate(told.date, {months: offset.months}, `'${offset.words}' the ${told.date.value} named before it`), approximate: true};
					}
					if (offset && previousDate && previousDate.value !== null && offset.months > 0) {
						// Inside "a month after <X>" the X is the earlier event; in the clause around it, the later one.
						anchorUsed = true;
						return shiftDate(previousDate, {months: insideOffset ? -offset.months : offset.months}, `'${offset.words}' the ${previousDate.value} event in the previous sentence`);
					}
					return judgement ? (gradeLeftYearsAgo(sentence, pos, input.published) ?? gradeWeeksAgo(sentence, pos, input.published)) : null;
				};
				// The clause names a date the rules would not accept (after the article, or unresolvable): undated, not the article's.
				const refused = clauseDates.length === 0 && inClause.some((d) => d.date.value === null);
				const push = (type: EventType, at: number, rating?: Rating, cue = '') => {
					const named = withParticipants.has(type) && input.mentionsOf ? participantsOf(input.mentionsOf(k), narrative, sp.start, sp.start + c.start + at, sp.end) : [];
					// "A commissioner appointed by the DfE, Patricia Greaves, will spend 12 weeks ...": the participle tells an
					// appointment made; the future and its date are the commissioner's work.
					// So does "A government-appointed commissioner, Jane Marsh, will now oversee ...".
					const madeBy = type === 'commissioner-appointed' && ((/^(appointed|installed|named|sent in(?:to)?|brought in)\b/i.test(clause.slice(at)) && /\bcommissioners?\s*$/i.test(clause.slice(Math.max(0, at - 20), at))) || /^commissioners?\s+(?:appointed|installed|sent in(?:to)?|brought in)\b/i.test(clause.slice(at)) || (clause[at - 1] === '-' && /^appointed\s+commissioners?\b/i.test(clause.slice(at))));
					// "A visit is scheduled for February, the first since the good rating two years ago": a grade the clause
					// also dates in the past is not the one scheduled.
					// "which were previously rated 'good'": a grade told in the past tense is not the one a later date schedules.
					const pastGrade = type === 'inspection-judgement' && (clauseDates.some((d) => !isAfter(d.date, input.published)) || judgedBefore(clause, at));
					// "has resigned ahead of a report due later this week": the date after "ahead of" is the report's (nor does the day an aside says the thing takes effect schedule it: event-date-ties.ts).
					const scheduledHere = scheduledByDate && clauseDates.some((d) => isAfter(d.date, input.published) && !/\b(?:ahead of|in advance of)\b/i.test(sentence.slice(c.start + at, d.start)) && !asideWithoutDate(sentence, c.start + at, d) && !bindsFromInAside(sentence, d, c.start + at));
					const told = madeBy ? undefined : toldStatus(clause, type, at);
					const stated = madeBy ? undefined : statusOf(clause, type, at, told);
					const status = stated ?? (!madeBy && type !== 'resignation-refused' && scheduledHere && !pastGrade && told !== 'happened' ? 'planned' : undefined);
					const facet = type === 'inspection-judgement' ? serviceOf(sentence, narrative, opening, clause, c.start + at) : {};
					// "monitoring visits in November 2022, March 2023 and June 2023": one event per date of a list.
					// "over four weeks in May and June" is one visit that spanned them: its first date (a list needs two dates at least).
					const spans = clauseDates.length > 1 && (/\b(over|across|during|lasting|spent|spend|spends)\b[^.]{0,20}\b(days|weeks|months)\b|\b(\w+|\d+)[- ](day|week|month) (re-?inspection|inspection|visit)\b/i.test(clause) || monthsSpanned(clause));
					// "lifted from the 'inadequate' given in 2012 and 2014 to 'requires improvement'": a list of dates is the grade's nearest them.
					const nearestGrade = (d: DateMatch) => sentenceGrades.reduce((best, g) => (gradeApart(sentence, d, g) < gradeApart(sentence, d, best) ? g : best)).index;
					const listedAll = spans || clauseDates.length < 2 ? [] : dateList(clause, clauseDates.map((d) => ({...d, start: d.start - c.start, end: d.end - c.start})), at);
					const listHead = clauseDates.find((d) => d.date === listedAll[0]);
					const listed = type === 'inspection-judgement' && sentenceGrades.length > 1 && listHead && nearestGrade(listHead) !== c.start + at ? [] : listedAll;
					// "working under an improvement notice until ... later this year": the clause's date is not the notice's.
					const inForce = /^(under|remains? under|working under|subject to)\b|\b(?:is|are|remains?|remained)\s+(?:still\s+)?in (?:place|force)$/i.test(cue);
					// A judgement told as the story's news ("after Ofsted rated it 'inadequate'"), not as history.
					// (Without an aside that gives another, earlier grade: "its fostering agency, previously rated outstanding, has been downgraded".)
					const ownClause = type === 'inspection-judgement' ? withoutEarlierGradeAside(clause, at) : clause;
					const pastWords = undatedPast.test(ownClause); // (read for the news and for every event pushed: once each, as history())
					let historyRead: boolean | undefined; const history = () => (historyRead ??= toldAsHistory(clause, at, sentence.slice(0, c.start)));
					const news = type === 'inspection-judgement' && (judgedBy.test(sentence) || newsTense.test(sentence) || k === 0 || reportIsSubject(sentence, previousSentence)) && !pastWords && (!/\b(previous|previously|last|earlier|later)\b(?!\s+(?:this|today|in the)\b|\s+(?:week|month)\b)/i.test(ownClause) || /\b(?:are|is)\s+now\b/i.test(clause)) && !history() && !goesOnTellingEarlier(previousSentence, sentence, narrative);
					// "under an improvement notice since 2017" (or "from 2011", "between 2012 and 2013"): in force since then, so issued then.
					const sinceDate = inForce ? clauseDates.find((d) => /\b(?:since|from|between)\s+$/i.test(sentence.slice(Math.max(0, d.start - 8), d.start)))?.date ?? issuedWhileInForce(sentence, clauseDates, c.start + at + cue.length) : null;
					const phraseEnd = madeBy ? (clause.indexOf(',', at) < 0 ? clause.length : clause.indexOf(',', at)) : -1;
					const madeOn = madeBy ? (clauseDates.find((d) => d.start >= c.start + at && d.end <= c.start + phraseEnd)?.date ?? listItemDate(clause, clauseDates, c.start)) : null;
					// "judged to require improvement after inspections in 2014 and 2017": a grade from each inspection.
					const each = type === 'inspection-judgement' && !news && inspectionDates.length > 0 && /\binspections\b/i.test(sentence) ? inspectionsListed(sentence, inspectionDates[0]!, dates) : [];
					const when = listed.length > 0 && !madeBy ? listed : each.length > 0 ? each : [inForce ? sinceDate : madeBy ? madeOn : dateFor(at, type, at + cue.length, news)];
					// "A re-inspection in 2013 judged it adequate, and ministers lifted the notice within months": the sentence's
					// own history goes first.
					if (when.length === 1 && when[0] === null && type !== 'inspection-judgement' && !isFuture() && !status && !inForce && !refused) {
						const earlierHere = dates.filter((d) => d.end <= c.start && isStoryDate(d.date, input.published)).at(-1);
						// ("and an improvement notice | followed": the clauses split before its verb, which tells the tense.)
						const told = /^\s*(?:followed|came|arrived)\b/i.test(sentence.slice(c.end)) ? `${clause} followed` : clause;
						when[0] = storyYear(earlierHere ? {date: earlierHere.date, text: earlierHere.text, paragraph: k} : story, k, input.published, told);
						if (when[0] === null && !dates.some((d) => d.date.value !== null)) when[0] = dayBefore(lastDay);
						when[0] ??= justBefore(sentence, c.start, at, dates);
					}
					// "a notice which had been served ... has been lifted": the notice is named, its serving not told unless dated.
					if (type === 'improvement-notice' && liftedAt >= 0 && when.every((d) => d === null)) return;
					// (Also when the grade took its inspection's day: "judged good at its inspection in August".)
					// (Also when it took the day its report came out: "a full inspection in July and a report published in September which rated ...".)
					if (news && (when[0] === null || [...inspectionDates, ...visitDates].some((d) => d.date === when[0] && d.start > c.start + at && gradedThen(sentence, d, c.start + at)) || dates.some((d) => d.date === when[0] && publishedOn(sentence, d)))) newsJudged = true;
					// "Suffolk, Bury and Torbay were found to have ...": one event per authority of a list.
					const about = type === 'inspection-judgement' ? (gradeInApposition(sentence, inSentence, c.start + at) ?? clauseAuthority(inSentence, c, authorityHere, sentence)) : clauseAuthority(inSentence, c, authorityHere);
					const where = type === 'inspection-judgement' || type === 'inspection-visit' || type === 'commissioner-appointed' ? authorityList(sentence, about) : [about];
					// (The optional fields set after the literal: spreading small objects into it cost more than the rest of it.)
					for (const date of when) for (const authority of where) {
						const e: RawEvent = {
							date: date ?? unknownDate(), authority, type,
							evidence: {sentence: (evidenceSentence ??= squash(printed).slice(0, 400)), cue: squash(cue).slice(0, 80)},
							summary: summarise(printed, c.start + at), paragraph: k + 1, alsoIn: [], dated: date !== null,
							future: isFuture() && !madeBy && !(type === 'resignation-call' && !status), scheduled: isFuture() && !madeBy && !(type === 'resignation-call' && !status) && future.test(withoutAsides(clause, at)),
							undatedPast: pastWords || refused || inForce || (type === 'inspection-judgement' && history()),
							reportsNews: news};
						if (named.length) e.participants = named;
						if (rating) e.rating = rating;
						// "The notice, dated 18 January, requires ... by the end of April": a date of its own gone by is no plan.
						if (status && !(status === 'planned' && !stated && date?.value && !date.approximate && !isAfter(date, input.published))) e.status = status;
						raw.push(Object.assign(e, facet, refused && date === null ? {unresolved: inClause.find((d) => d.date.value === null)!.text} : undefined));
					}
				};
				// Judgements: every rating word next to a judging verb, unless it is an aim (event-judgements.ts).
				const judged = readJudgements(clause, sentence, {judging, dated: clauseDates.length > 0, lowered: lowerNarrative ? lowerSentence.slice(c.start, c.end) : undefined}, raw, push);
				let typed = false;
				const groups = new Set<string>();
				for (const rule of possible) {
					if (groups.has(rule.group)) continue;
					if (rule.type === 'inspection-visit' && visitBehindGrade(clause, {scheduled: scheduledByDate, judged, dated: clauseDates.length > 0, sentenceJudged, undatedWords: inClause.some((d) => d.date.value === null)})) continue;
					const hit = ruleHit(rule, clause, sentence, commissioner, {clauseStart: c.start, previousSentence, authority: input.authority, councils: inSentence});
					if (!hit) continue;
					if (hit.byVerb && rule.type === 'improvement-notice-lifted') liftedAt = hit.at;
					push(visitOrEarlierJudgement(rule.type, hit.cue, sentence), hit.at, undefined, hit.cue);
					groups.add(rule.group);
					typed = true;
				}
				for (const v of groups.has('visit') ? datedRelativeVisits(clause, c.start, dates) : judged ? [] : datedVisitInClause(clause, c.start, dates, sentence)) push('inspection-visit', v.at, undefined, v.cue);
				for (const j of earlierJudgementsInClause(clause, c.start, dates, judged, (cue) => raw.some((e) => e.paragraph === k + 1 && e.type === 'inspection-judgement' && e.evidence?.cue.startsWith(cue) === true))) push('inspection-judgement', j.at, undefined, j.cue);
				for (const ref of shortReferences(sentence, c, groups, references, lowerSentence, present)) push(ref.type, ref.at, undefined, ref.cue);
			}
			const typedHere = raw.slice(rawStart);
			callsBesideGoing(typedHere);
			actOwners(typedHere, input.authority);
			raw.push(...seriesJudgements(sentence, inSentence, dates, typedHere, {subject: focus ?? input.sections?.[k] ?? input.authority ?? authorityHere, fallback: input.authority ?? null, paragraph: k + 1, printed}), ...repeatedGrades(sentence, dates, typedHere, input.published), ...noticeSpells(sentence, dates, typedHere, input.published), ...boardSpans(sentence, dates, typedHere, previousDate));
			if (newsJudged) raw.push(...visitsOfNewsListed({sentence, dates, inspectionDates, visitDates, undatedPage: input.published.value === null}, raw, {authority: authorityHere, printed, paragraph: k + 1}, inSentence.length));
			previousSentence = sentence;
			commissionerBefore = commissioner !== undefined || toldCommissioner(raw, rawStart);
			if (sentenceDate && !anchorUsed) previousDate = sentenceDate.date;
			lastDay = recentDay(dates, input.published, sentence, input.authority);
			const toldHere = raw.slice(rawStart);
			previousLastDate = lastTold(dates.findLast((d) => d.date.value !== null)?.date ?? null, toldHere);
			story = nextStory(story, historyDates(sentence, dates), toldHere, k, input.published);
		}
	}
	return articleWideEvents(withoutOccasionVisits(raw), input, {opening, report: reportDate, datesIn, spansOf});
}
