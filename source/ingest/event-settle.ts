/**
 * After the sentence rules: the publication date of the report an article is about, the summary of an event,
 * and the merging of one article's mentions of one event into one record with its date.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {compareDates, dayRange, isAfter, monthsBetween, unknownDate} from '../corpus/date-value.js';
import {twoDepartures} from '../corpus/departures.js';
import type {DateValue, EventType, Rating} from '../corpus/schema.js';
import {fullMonth, monthNumber} from './dates/patterns.js';
import type {DateMatch} from './dates/types.js';
import {anotherBodysReport, personsReport} from './event-dates-of-others.js';
import {publishedOn} from './event-date-ties.js';
import {distance} from './event-clauses.js';
import {earlierInspection, sameGrade, visitBefore} from './event-cues.js';
import type {ExtractedEvent, RawEvent} from './event-types.js';
import {squash, type Span} from './text.js';
import {reportNotOfTheDay} from './event-report-named.js';
import {leftBehindGrade} from './event-last-inspection.js';

/**
 * The sentence as the summary; a long one is cut to a window around the words that made the event, so that
 * "two Conservative councillors to join the Improvement Board" survives the cut.
 */
export function summarise(sentence: string, at = 0, max = 240): string {
	const lead = /^\s*(But|And|However,|Meanwhile,)\s+/.exec(sentence)?.[0].length ?? 0;
	const raw = sentence.slice(lead);
	const pos = Math.max(0, at - lead);
	const whole = squash(raw);
	if (whole.length <= max) return whole.charAt(0).toUpperCase() + whole.slice(1);
	// Keep the sentence's start whenever the event's words are within reach of it.
	let start = pos < max - 60 ? 0 : Math.max(0, Math.min(pos - Math.floor(max / 2), raw.length - max));
	if (start > 0) start = raw.indexOf(' ', start) + 1;
	let end = Math.min(raw.length, start + max);
	if (end < raw.length) end = raw.lastIndexOf(' ', end);
	const body = squash(raw.slice(start, end));
	const text = start === 0 ? body.charAt(0).toUpperCase() + body.slice(1) : `…${body}`;
	return end < raw.length ? `${text}…` : text;
}

const key = (e: {type: EventType; authority: string; rating?: Rating; service?: string}) => `${e.type}|${e.authority}|${e.rating ?? ''}|${e.service ?? ''}`;

/**
 * Merges the mentions of one event within the article and gives undated news its date: an undated mention
 * joins a dated one of the same kind; what is left and is news takes the article's date, approximately.
 */

const publishing = /published|released|came out|made public/i;
/** A rating or verdict that is no inspectorate's grade of children's services: a court's, a hygiene or exam rating, another service's. */
const notInspectorsGrade = /\b(?:jury|court|trial|inquest|coroner|judge|hygiene|exam|GCSE|A-level|SATs|results|adult social care|police|hospital|CQC|Care Quality Commission|HMICFRS|Constabulary)\b/i;


/** When the report the article is about came out: "The report, published last Thursday, ...". */
export function publicationDate(narratives: readonly string[], spansOf: readonly (readonly Span[])[], datesIn: (sentence: string) => readonly DateMatch[]): {date: DateValue; authorities: string[]; paragraph: number} | null {
	for (const [k, narrative] of narratives.entries()) {
		// (A sentence's publishing word is its paragraph's: a paragraph without one is passed over whole.)
		if (!publishing.test(narrative)) continue;
		for (const sp of spansOf[k]!) {
			const sentence = narrative.slice(sp.start, sp.end);
			// Both alternatives need a publishing word: the plain test first.
			// ("The new rating, published yesterday", "Its verdict, released on Tuesday": the report named by its grade, not a
			// court's verdict or a hygiene or exam rating.)
			const m = publishing.test(sentence) ? /\b(report|judgement|judgment|findings|inspection|ratings?|verdict|grades)\b[^.]{0,60}?\b(published|released|came out|made public)\b|\b(published|released)\b[^.]{0,30}\b(report|judgement|findings)\b/i.exec(sentence) : null;
			if (m && /^(?:rating|verdict|grade)/i.test(m[0]) && notInspectorsGrade.test(sentence)) continue;
			// (Nor another body's rating, nor a report not yet out: event-report-named.ts.)
			if (m && reportNotOfTheDay(sentence, m)) continue;
			// A monitoring visit's letter or a commissioner's report is not the judgement's report, nor one a person wrote.
			// Nor is an earlier one's ("five years after the last inspection, published in June 2016").
			if (!m || /\b(monitoring|commissioner)/i.test(sentence) || anotherBodysReport(sentence, m.index) || personsReport(sentence, m.index) || /\b(?:last|previous|earlier|prior|last year['’]s)\s+(?:full\s+|Ofsted\s+)?(?:inspection|report|judgement|judgment|ratings?|verdict|grades)\b/i.test(sentence.slice(Math.max(0, m.index - 30), m.index + m[0].length))) continue;
			// Only a date beside the publishing words: "member since 2012, ... after the report was published" is not it.
			// (Nor the visit's: "Ofsted visited Wigan in April and the newly published report rates it good"; though "an
			// inspection report published on 9 February" names the publishing right before its date.)
			const near = (x: DateMatch) => distance(x, m.index + m[0].length) <= 40 && !/\bsince\s+$/i.test(sentence.slice(Math.max(0, x.start - 6), x.start)) && !/^since\b/i.test(x.text) && !(visitBefore.test(sentence.slice(Math.max(0, x.start - 45), x.start + (/^(?:in|on|during|from|of)\s+/i.exec(x.text)?.[0].length ?? 0))) && !publishedOn(sentence, x));
			const d = datesIn(sentence).filter((x) => x.date.value !== null && near(x)).sort((a, b) => distance(a, m.index + m[0].length) - distance(b, m.index + m[0].length))[0];
			// The authorities the sentence names: in a story about two councils, the report of those (or of any, if it names none).
			// A report named only by a grade word ("the new ratings, published yesterday") may be a round of many councils'
			// ratings: the grades the article tells take its day as a reading, approximately.
			const named = /^(?:rating|verdict|grade)/i.test(m[0]);
			if (d) return {date: {...d.date, approximate: d.date.approximate || named, basis: `${d.date.basis}; the report's publication${named ? ', named by its grade word' : ''}`}, authorities: findAuthorityMentions(sentence).map((a) => a.name), paragraph: k + 1};
		}
	}
	return null;
}

/**
 * Judgements with no date of their own take the day their report was published, where it names them: those told as
 * news, and a grade told in the paragraph that says when the report came out ("The inspectorate published its report
 * on 4 March. Overall the service was judged inadequate").
 */
export function datedByReport(raw: RawEvent[], report: {date: DateValue; authorities: string[]; paragraph: number} | null, published: DateValue = unknownDate()): void {
	if (!report) return;
	// A report out most of a year before the article at the least is history the article recalls ("Ofsted found serious
	// failures in a report published in August 2019"), not the report of the grade it tells as news: only the grade of
	// its own paragraph takes its day.
	// (The grade its paragraph gives, told again as news elsewhere, is still that report's.)
	const recalled = reportRecalled(report.date, published);
	const recalledGrades = new Set(raw.filter((e) => e.type === 'inspection-judgement' && e.paragraph === report.paragraph && e.rating).map((e) => e.rating));
	for (const e of raw) if (e.type === 'inspection-judgement' && !e.dated && ((e.reportsNews && (!recalled || recalledGrades.has(e.rating))) || (e.paragraph === report.paragraph && !e.undatedPast)) && (report.authorities.length === 0 || report.authorities.includes(e.authority))) {
		e.date = report.date;
		e.dated = true;
	}
}

/** Whether a report's date ends at least ten months before the article's earliest day. */
function reportRecalled(report: DateValue, published: DateValue): boolean {
	const r = dayRange(report);
	const p = dayRange(published);
	return r !== null && p !== null && p[0] - r[1] >= 300;
}

/** "The Conservative motion was defeated by 33 votes to 21": the call the motion made was refused. */
export function refusedByVote(raw: RawEvent[], narratives: readonly string[]): void {
	if (!narratives.some((n) => /\bmotion\b[^.]*\b(defeated|rejected|voted down|thrown out|fell|failed|lost)\b/i.test(n))) return;
	for (const e of raw) if (e.type === 'resignation-call' && /\bmotion\b/i.test(e.evidence?.sentence ?? '') && !e.status) e.status = 'refused';
}

export function settle(raw: RawEvent[], published: DateValue): ExtractedEvent[] {
	// `future`: whether the mention that gave the date schedules it ("will be held in February").
	const out: (ExtractedEvent & {dated: boolean; future: boolean; reportsNews?: boolean; earlierOfRun?: boolean})[] = [];
	// Each mention's key made once (its type, authority, rating and service never change here): comparing every
	// mention with every record made the same strings again and again.
	const rawKeys = raw.map(key);
	const outKeys: string[] = [];
	// The records of each key, in the records' order: filtering every record for each mention was quadratic.
	const byKey = new Map<string, typeof out>();
	for (const [i, e] of raw.entries()) {
		const own = rawKeys[i]!;
		const same = byKey.get(own) ?? [];
		// A visit that will happen is not the visit that happened: scheduled and past mentions stay apart.
		// A judgement told as the news ("have been judged inadequate for the third time") is not the same one told as
		// history a year or more before the article ("a full inspection in 2012 rated it inadequate").
		// On a page with no date, "rated outstanding again", "remain inadequate" tell a grade given before (and dated), and
		// "had given the same rating in 2017", "has been rated inadequate since 2015" a grade before the one the page reports.
		const newsAndHistory = (o: {dated: boolean; date: DateValue; reportsNews?: boolean; evidence?: {sentence: string}}) => {
			if (e.type !== 'inspection-judgement' || e.dated === o.dated) return false;
			const [history, news] = e.dated ? [e, o] : [o, e];
			if (news.reportsNews !== true) return false;
			if (longBefore(history.date, published)) return true;
			const told = history.evidence?.sentence ?? '';
			return published.value === null && (repeatedGrade.test(news.evidence?.sentence ?? '') || [sameGrade, gradedSince, gradedBefore].some((re) => re.test(told)));
		};
		// An earlier inspection named with its date is not a report of no date the article tells without its grade.
		const earlierAndUndated = (o: {dated: boolean; type: EventType; rating?: Rating; evidence?: {cue: string}}) => (!e.dated || !o.dated) && [e, o].some((x) => x.type === 'inspection-judgement' && !x.rating && earlierInspection.test(x.evidence?.cue ?? ''));
		// The earlier grade a run tells of ("rated outstanding again") is not the grade of now: not its sentence's other
		// grade, nor one the article tells as its news.
		// (A grade dated a year or more back is history, whatever the sentence's tense: "in the summer of 2012 reached the same verdict".)
		const runAndNow = (o: {reportsNews?: boolean; earlierOfRun?: boolean; dated: boolean; date: DateValue; evidence?: {sentence: string}}) => {
			if (!e.earlierOfRun === !o.earlierOfRun) return false;
			const now = e.earlierOfRun ? o : e;
			return (now.reportsNews === true && !(now.dated && longBefore(now.date, published))) || o.evidence?.sentence === e.evidence?.sentence;
		};
		const match = same.find((o) => !runAndNow(o) && (o.future === e.future || e.type === 'inspection-judgement') && !newsAndHistory(o) && !twoDepartures(e, o) && !earlierAndUndated(o) && !apartByTheirDates(e, o) && (e.dated && o.dated ? compareDates(o.date, e.date) === 0 || prefixCompatible(o.date, e.date) : !e.dated || !o.dated));
		if (match) {
			if (match.paragraph !== e.paragraph && !match.alsoIn.includes(e.paragraph)) {
				match.alsoIn.push(e.paragraph);
				// The next paragraph often says what the first left out ("The cross-party group would offer two spaces").
				if (match.alsoIn.length === 1 && match.summary.length + e.summary.length < 360) match.summary = `${match.summary} ${e.summary}`;
			}
			for (const p of e.participants ?? []) {
				match.participants ??= [];
				const known = match.participants.find((q) => q.name === p.name);
				if (!known) match.participants.push(p);
				else if (p.role === 'by') known.role = 'by';
			}
			if (e.dated && (!match.dated || moreExact(e.date, match.date))) {
				match.date = e.date;
				match.dated = true;
				match.future = e.future;
			}
			continue;
		}
		const record = {...e, future: e.future};
		out.push(record);
		outKeys.push(own);
		const ofKey = byKey.get(own);
		if (ofKey) ofKey.push(record);
		else byKey.set(own, [record]);
	}
	const final: ExtractedEvent[] = [];
	const earlierOfRuns = new Set<ExtractedEvent>();
	for (const [i, e] of out.entries()) {
		if (!e.dated) {
			const info = raw.find((r, j) => r.paragraph === e.paragraph && rawKeys[j] === outKeys[i] && !r.earlierOfRun === !e.earlierOfRun);
			// A judgement the article tells as its news ("Ofsted has today published its verdict") is news of the day:
			// the article's date, approximate unless the sentence says today. One told as history, or anything said
			// to be earlier or later, is not dated from the article.
			if (e.type === 'inspection-judgement') {
				if (info?.reportsNews && !info.undatedPast && !e.status && published.value !== null) {
					const today = /\b(today|this morning|this afternoon)\b/i.test(e.evidence?.sentence ?? '') && published.precision === 'day';
					e.date = {value: published.value, precision: published.precision, approximate: !today, basis: today ? `'today' in the article of ${published.value}` : `reported as news in the article of ${published.value}`};
				}
			} else if (!info?.undatedPast && published.value !== null) {
				e.date = {
					value: info?.scheduled ? published.value!.slice(0, 7) : published.value,
					precision: info?.scheduled ? (published.precision === 'day' ? 'month' : published.precision) : published.precision,
					approximate: true,
					basis: `no date in the text; reported in the article of ${published.value}`,
				};
			}
		}
		// Nothing happens after the article reporting it unless the text schedules it: such a date is a misreading.
		if (e.dated && !e.future && published.value !== null && isAfter(e.date, published)) {
			e.date = unknownDate(`'${e.date.value}' would be after the article's date ${published.value}; set aside`);
		}
		// The record's fields in the store's order, each optional one set only where it has a value (assigned in turn:
		// spreading small objects into a literal is many times slower in V8).
		const f = (e.participants?.length ? {participants: e.participants} : {}) as ExtractedEvent;
		f.date = e.date;
		f.authority = e.authority;
		f.type = e.type;
		if (e.rating) f.rating = e.rating;
		if (e.status) f.status = e.status;
		if (e.inspectorate) f.inspectorate = e.inspectorate;
		if (e.service) f.service = e.service;
		if (e.evidence) f.evidence = e.evidence;
		f.summary = e.summary;
		f.paragraph = e.paragraph;
		f.alsoIn = e.alsoIn;
		final.push(f);
		if (e.earlierOfRun) earlierOfRuns.add(f);
	}
	return withoutUngradedTwins(final, earlierOfRuns);
}

/**
 * A judgement whose grade the sentence did not give ("a damning Ofsted report") is the graded one of the same council
 * and service the article tells elsewhere, when their dates agree or one has none: one timeline line, not two.
 */
function withoutUngradedTwins(events: ExtractedEvent[], earlierOfRuns: ReadonlySet<ExtractedEvent>): ExtractedEvent[] {
	// (Not the earlier grade a run tells of, undated: a report of no grade is the grade of now, or one the article dates.)
	const graded = events.filter((e) => e.type === 'inspection-judgement' && e.rating && !earlierOfRuns.has(e));
	return events.filter((u) => {
		if (u.type !== 'inspection-judgement' || u.rating) return true;
		// An earlier inspection named with its own date ("since its previous inspection in 2015") is the graded one of that
		// date only, never an undated grade the headline gives.
		// So is one told as the last ("The service was last inspected in 2016, when ..."), beside the grade of a new report;
		// but it is the inspection that gave a grade left behind ("now good, up from inadequate").
		const earlier = earlierInspection.test(u.evidence?.cue ?? '');
		const last = lastInspectedCue.test(u.evidence?.cue ?? '');
		const own = (g: ExtractedEvent) => earlier || (last && !leftBehindGrade(g));
		const twin = graded.find((g) => g.authority === u.authority && g.service === u.service && (own(g) ? prefixCompatible(u.date, g.date) : u.date.value === null || g.date.value === null || prefixCompatible(u.date, g.date) || (u.date.approximate && g.date.approximate)));
		// Left alone, its date is a reading of which report the words mean: approximate.
		if (!twin) {
			if (u.date.value !== null && !u.date.approximate) u.date = {...u.date, approximate: true, basis: `${u.date.basis}; a report told without its grade`};
			return true;
		}
		for (const k of [u.paragraph, ...u.alsoIn]) if (k !== twin.paragraph && !twin.alsoIn.includes(k)) twin.alsoIn.push(k);
		if (twin.date.value === null && u.date.value !== null) twin.date = u.date;
		return false;
	});
}

const lastInspectedCue = /^(?:was|were|been)\s+last\s+inspected\b/i;
const gradedSince = /\b(?:rated|judged|graded)\b[^.;]{0,40}\bsince\b/i;
/** "The service was also judged good at its last inspection in 2019", "had previously been rated good": another, earlier grade. */
const gradedBefore = /\b(?:also|previously|before that)\b[^.;]{0,30}\b(?:rated|judged|graded)\b|\bat (?:its|their|the) (?:previous|earlier|prior) (?:full |standard )?inspection\b/i;
const repeatedGrade = /\b(?:again|once more|remains?|remained|still|retained|retains|kept|keeps)\b/i;
const monthNamed = new RegExp(`\\b(${fullMonth})\\b`);
const bare = (words: string) => monthNamed.exec(words)?.[1] ?? words.toLowerCase().replace(/^(?:in|on|at|during|from|last|this)\s+/, '');
type Dated = {dated: boolean; date: DateValue; unresolved?: string; evidence?: {sentence: string}};
/** "first raised at an inspection in August 2011": an earlier inspection than the one of "last August". */
const earlierOne = /\b(?:first|earlier|previous|prior|original|initial)\b/i;

/**
 * "A full inspection in May ..." and "a focused visit on 31 July and 1 August" on a page with no date: two visits, each
 * with words of its own date though neither can be placed; nor is "in March" the visit of January 2020.
 */
function apartByTheirDates(a: Dated, b: Dated): boolean {
	// "in March" and "the March visit": one month named alike.
	if (a.unresolved && b.unresolved) return bare(a.unresolved) !== bare(b.unresolved);
	const [words, other] = a.unresolved ? [a.unresolved, b] : b.unresolved ? [b.unresolved, a] : [null, null];
	if (words === null || !other.dated || other.date.value === null || other.date.precision === 'year') return false;
	if (/^last\s/i.test(words) && earlierOne.test(other.evidence?.sentence ?? '')) return true;
	const month = monthNamed.exec(words)?.[1];
	if (!month) return false;
	const named = monthNumber(month);
	return Number(other.date.value.slice(5, 7)) !== named;
}


/** A date a year or more before the article's. */
function longBefore(d: DateValue, published: DateValue): boolean {
	const months = monthsBetween(d, published);
	return months !== null && months >= 12;
}

function prefixCompatible(a: DateValue, b: DateValue): boolean {
	if (a.value === null || b.value === null) return false;
	return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

function moreExact(a: DateValue, b: DateValue): boolean {
	const rank = {day: 3, month: 2, year: 1, unknown: 0} as const;
	// A date the text states is not given up for a finer one reckoned or read, and takes the place of one ("rated
	// inadequate in 2017" against the headline's "Two years after inadequate rating", reckoned to about November 2017).
	if (a.approximate !== b.approximate) return !a.approximate;
	return rank[a.precision] > rank[b.precision] || (rank[a.precision] === rank[b.precision] && b.approximate && !a.approximate);
}
