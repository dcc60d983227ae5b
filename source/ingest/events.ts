/**
 * Step 8 of ingestion: dated, typed events from the narrative (never from inside quotations: what someone says
 * happened is their claim, and a quoted "'good' authority" is an aspiration, not a judgement).
 *
 * Each sentence is matched against rules for the event types of CONTRACT.md; a clause's own date wins, then a
 * date reckoned from a neighbouring event ("a month after"), then the article's own date for what the article
 * reports as news. A judgement with no date stays undated: a confident wrong date is worse than none.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {compareDates, isAfter, shiftDate, unknownDate} from '../corpus/date-value.js';
import type {DateValue, EventStatus, EventType, InspectedService, Rating} from '../corpus/schema.js';
import {findDates, type DateMatch} from './dates.js';
import {ratingCueWords, ratingsIn, serviceOf, statusOf} from './event-facets.js';
import {rules} from './event-rules.js';
import {sentenceSpans, squash, type Span} from './text.js';

/** A named person or party in an event's sentence: who acted (`by`) and who it was about (`about`). */
export type Participant = {name: string; role: 'by' | 'about'};

/** A person or party mentioned in a paragraph, offsets into the paragraph. */
export type NamedMention = {name: string; start: number; end: number; kind: 'person' | 'party'};

export type ExtractedEvent = {
	participants?: Participant[];
	date: DateValue;
	authority: string;
	type: EventType;
	rating?: Rating;
	summary: string;
	paragraph: number;
	/** Further paragraphs of the same article that report the same event. */
	alsoIn: number[];
	status?: EventStatus;
	inspectorate?: string;
	service?: InspectedService;
	/** The sentence the event was read from and the words that typed it. */
	evidence?: {sentence: string; cue: string};
};

/** The words the short references below need ("vote", "the notice", ...). */
const shortReferenceWords = ['vote', 'notice', 'it was ', 'made the call', 'report'];
const judgementVerb = /\b(rated|rating|ratings|branded|judged|graded|gave|given|found|declared|deemed|labelled|verdict|judgement|judgment|report|inspection|Ofsted|inspectors|placed|moved|upgraded|downgraded|outcome|grade|improved|rise|risen|jump)\b/i;
const aspiration = /\b(aiming for|aim for|aims to|hope|hoped|hopes|want|wants|wanted|strive|target|goal|ambition|to become|to be rated|to achieve)\b/i;
const undatedPast = /\b(previously|in the past|once|at one time)\b/i;
const future = /\b(will|would|due to|is due|are due|is to|are to|to be (held|set up|appointed)|next|expected to|scheduled|plans? to|facing|faces|is set to|are set to)\b/i;

/** A clause: a stretch of a sentence between strong breaks, so "rated X in 2012, although it later ... Y" splits. */
function clauses(sentence: string): {start: number; end: number}[] {
	const out: {start: number; end: number}[] = [];
	// The split is made at the space before "after": a plain alternative rather than a lookahead tried at every space.
	const re = /,\s+(although|though|but|while|whereas|before|after|and later|and then|down from|up from|compared with)\b|;\s+|\s(?:after|following|follows|followed|a (?:fall|drop|rise) from)\b/gi;
	let at = 0;
	for (const m of sentence.matchAll(re)) {
		out.push({start: at, end: m.index!});
		at = m.index! + 1;
	}
	out.push({start: at, end: sentence.length});
	return out;
}

const distance = (d: {start: number; end: number}, pos: number) => (pos < d.start ? d.start - pos : pos > d.end ? pos - d.end : 0);

const offsetWords: Record<string, number> = {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18};

/** "just a month after <event>": the event in the after-clause is that long before the anchor. */
function offsetBefore(clause: string): {months: number; words: string; index: number} | null {
	const m = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|\d+) (week|month|year)s? after\b/i.exec(clause);
	if (!m) return null;
	const n = offsetWords[m[1]!.toLowerCase()] ?? Number(m[1]);
	const unit = m[2]!.toLowerCase();
	return {months: unit === 'year' ? n * 12 : unit === 'month' ? n : 0, words: m[0], index: m.index + m[0].length};
	// (the index is where the after-clause's own words begin)
}

export type EventInput = {
	readonly paragraphs: readonly string[];
	/** The paragraphs with quotations blanked out. */
	readonly narratives: readonly string[];
	readonly published: DateValue;
	/** The article's main authority; events name another only where the sentence does. */
	readonly authority: string | null;
	readonly today?: Date;
	/** The headline, whose words tell which service a story is about. */
	readonly title?: string;
	/** Named people and parties of paragraph k (0-based), for the participants of resignation stories. */
	readonly mentionsOf?: (k: number) => readonly NamedMention[];
};

/** Event types whose actors a researcher compares: who called, who refused, who resigned. */
const withParticipants = new Set<EventType>(['resignation-call', 'resignation-refused', 'resignation', 'no-confidence-vote']);

/**
 * Who acted and who it was about: named mentions before the keyword are the actors (the first of them, or all
 * when the keyword follows "X said Y should ..."), those after it are its objects.
 */
function participantsOf(mentions: readonly NamedMention[], text: string, from: number, at: number, to: number): Participant[] {
	// The objects end where a new clause starts: "facing a vote ... after Labour said" is not about Labour.
	const rest = /\b(after|because|while|when|since|although|though|but|before)\b/.exec(text.slice(at + 1, to));
	if (rest) to = at + 1 + rest.index;
	const before = mentions.filter((m) => m.start >= from && m.end <= at);
	const after = mentions.filter((m) => m.start >= at && m.end <= to);
	const out: Participant[] = [];
	const add = (name: string, role: Participant['role']) => {
		if (!out.some((p) => p.name === name)) out.push({name, role});
	};
	if (before[0]) add(before[0].name, 'by');
	for (const m of before.slice(1)) add(m.name, 'about');
	for (const m of after) add(m.name, 'about');
	return out;
}

/** "since the council was found 'inadequate'", "up from 'requires improvement'": a rating named as the past. */
function toldAsHistory(clause: string, at: number): boolean {
	return /\b(since|from|previously|formerly|had been|after being|once|last)\b[^.]{0,40}$/i.test(clause.slice(Math.max(0, at - 50), at));
}

/** Words that join the items of a list: ", ", " and ", ", and ", " & ". */
const listJoin = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)$/i;

/**
 * The dates of a list ("in November 2022, March 2023 and June 2023") that holds the date nearest `at`; one date
 * or none when the clause has no such list. Offsets are the clause's.
 */
function dateList(clause: string, dates: readonly DateMatch[], at: number): DateValue[] {
	if (dates.length < 2) return [];
	const sorted = [...dates].sort((a, b) => a.start - b.start);
	const runs: DateMatch[][] = [];
	for (const d of sorted) {
		const run = runs.at(-1);
		const gap = run ? clause.slice(run.at(-1)!.end, d.start).replace(/^\s*(in|on)\s+/i, ' ').replace(/\s+(in|on)\s+$/i, ' ') : null;
		if (run && gap !== null && (listJoin.test(gap) || listJoin.test(clause.slice(run.at(-1)!.end, d.start)))) run.push(d);
		else runs.push([d]);
	}
	const near = sorted.reduce((best, d) => (distance(d, at) < distance(best, at) ? d : best));
	const run = runs.find((r) => r.includes(near))!;
	return run.length > 1 ? run.map((d) => d.date) : [];
}

/** The authorities of a list naming `main` ("Suffolk, Bury and Torbay were ..."), else `main` alone. */
function authorityList(sentence: string, main: string): string[] {
	const found = findAuthorityMentions(sentence);
	if (found.length < 2) return [main];
	const runs: (typeof found)[] = [];
	for (const m of found) {
		const run = runs.at(-1);
		if (run && listJoin.test(sentence.slice(run.at(-1)!.end, m.start))) run.push(m);
		else runs.push([m]);
	}
	const run = runs.find((r) => r.length > 1 && r.some((m) => m.name === main)) ?? runs.find((r) => r.length > 1 && r[0]!.start === found[0]!.start);
	return run ? [...new Set(run.map((m) => m.name))] : [main];
}

/** Events reported in an article, one per event with the paragraphs that report it. Pure. */
export function extractEvents(input: EventInput): ExtractedEvent[] {
	const raw: RawEvent[] = [];
	let previousDate: DateValue | null = null;
	let previousSentence = '';
	const noConfidenceInArticle = input.narratives.some((n) => /\bno[- ]confidence\b/i.test(n));
	const noticeInArticle = input.narratives.some((n) => /\bimprovement notice\b/i.test(n));
	const resignInArticle = input.narratives.some((n) => /\b(resign|resignation|step down|stand down|step aside)\b/i.test(n));
	// Each sentence's dates are found once: the report's publication and the event rules read the same sentences.
	const found = new Map<string, DateMatch[]>();
	const datesIn = (sentence: string): DateMatch[] => {
		let dates = found.get(sentence);
		if (!dates) found.set(sentence, (dates = findDates(sentence, input.published, {today: input.today})));
		return dates;
	};
	// Each paragraph split into sentences once, for the same two readings.
	const spansOf = input.narratives.map((n) => sentenceSpans(n));
	const reportDate = publicationDate(input.narratives, spansOf, datesIn);
	// The article's opening tells which service a judgement that names none is about (a SEND area inspection).
	const opening = `${input.title ?? ''} ${input.narratives.slice(0, 2).join(' ')}`;

	for (const [k, narrative] of input.narratives.entries()) {
		for (const sp of spansOf[k]!) {
			const sentence = narrative.slice(sp.start, sp.end);
			if (sentence.trim() === '') continue;
			const authorityHere = findAuthorityMentions(sentence)[0]?.name ?? input.authority;
			if (!authorityHere) continue;
			const dates = datesIn(sentence);
			const printed = input.paragraphs[k]!.slice(sp.start, sp.end);
			const sentenceDate = dates.find((d) => d.date.value !== null);
			let anchorUsed = false;
			const sentenceOffset = offsetBefore(sentence);
			const lowered = sentence.toLowerCase();
			const possible = rules.filter((rule) => rule.needs.some((w) => lowered.includes(w)));
			const judging = judgementVerb.test(sentence);
			// Most sentences report no event: the clauses are read only if one of the tests below could pass, each of
			// which needs a rule's word, a rating word beside a judging verb, or a word of the short references.
			const mayReport =
				possible.length > 0 ||
				(judging && ratingCueWords.some((w) => lowered.includes(w))) ||
				shortReferenceWords.some((w) => lowered.includes(w));

			for (const c of mayReport ? clauses(sentence) : []) {
				const clause = sentence.slice(c.start, c.end);
				const clauseDates = dates.filter((d) => d.start >= c.start && d.end <= c.end && d.date.value !== null);
				const isFuture = future.test(clause);
				const offset = sentenceOffset;
				// "It came a month after X was branded inadequate": X is reckoned back from the previous sentence's date,
				// but only when the event's own words come after "after".
				const dateFor = (at: number, type: EventType): DateValue | null => {
					// The date nearest the event's own words: "notice, issued on Tuesday, follows a report published last month".
					const pos = c.start + at;
					const own = [...clauseDates].sort((a, b) => distance(a, pos) - distance(b, pos))[0]?.date ?? null;
					if (own) return own;
					// "judged inadequate following a full inspection in February 2022": the inspection dates the judgement.
					if (type === 'inspection-judgement') {
						const inspection = dates.find((d) => d.date.value !== null && /\b(inspect\w*|visit)\b[^.]{0,40}$/i.test(sentence.slice(Math.max(0, d.start - 60), d.start)));
						if (inspection) return {...inspection.date, approximate: true, basis: `the inspection's date ('${inspection.text}'); the judgement came out after it`};
					}
					if (offset && previousDate && previousDate.value !== null && offset.months > 0) {
						// Inside "a month after <X>" the X is the earlier event; in the clause around it, the later one.
						const afterEnd = sentence.indexOf(',', offset.index) < 0 ? sentence.length : sentence.indexOf(',', offset.index);
						anchorUsed = true;
						const inside = pos >= offset.index && pos < afterEnd;
						return shiftDate(previousDate, {months: inside ? -offset.months : offset.months}, `'${offset.words}' the ${previousDate.value} event in the previous sentence`);
					}
					return null;
				};
				// The clause names a date the rules would not accept (after the article, or unresolvable): undated, not the article's.
				const refused = clauseDates.length === 0 && dates.some((d) => d.start >= c.start && d.end <= c.end && d.date.value === null);
				const push = (type: EventType, at: number, rating?: Rating, cue = '') => {
					const named = withParticipants.has(type) && input.mentionsOf ? participantsOf(input.mentionsOf(k), narrative, sp.start, sp.start + c.start + at, sp.end) : [];
					const status = statusOf(clause, type);
					const facet = type === 'inspection-judgement' ? serviceOf(sentence, narrative, opening) : {};
					// "monitoring visits in November 2022, March 2023 and June 2023": one event per date of a list.
					// "over four weeks in May and June" is one visit that spanned them: its first date.
					const spans = /\b(over|across|during|lasting|spent|spend|spends)\b[^.]{0,20}\b(days|weeks|months)\b/i.test(clause);
					const listed = spans ? [] : dateList(clause, clauseDates.map((d) => ({...d, start: d.start - c.start, end: d.end - c.start})), at);
					// "working under an improvement notice until ... later this year": the clause's date is not the notice's.
					const inForce = /^(under|remains? under|working under|subject to)\b/i.test(cue);
					const when = listed.length > 1 ? listed : [inForce ? null : dateFor(at, type)];
					// "Suffolk, Bury and Torbay were found to have ...": one event per authority of a list.
					const where = type === 'inspection-judgement' || type === 'inspection-visit' ? authorityList(sentence, authorityHere) : [authorityHere];
					for (const date of when) for (const authority of where) raw.push({
						...(named.length ? {participants: named} : {}),
						date: date ?? unknownDate(),
						authority,
						type,
						...(rating ? {rating} : {}),
						...(status ? {status} : {}),
						...facet,
						evidence: {sentence: squash(printed).slice(0, 400), cue: squash(cue).slice(0, 80)},
						summary: summarise(printed, c.start + at),
						paragraph: k + 1,
						alsoIn: [],
						dated: date !== null,
						future: isFuture,
						undatedPast: undatedPast.test(clause) || refused || inForce || (type === 'inspection-judgement' && toldAsHistory(clause, at)),
						// A judgement told as the story's news ("after Ofsted rated it 'inadequate'"), not as history.
						reportsNews: type === 'inspection-judgement' && /\b(Ofsted|report|inspectors?|inspection)\b/i.test(sentence) && !undatedPast.test(clause) && !/\b(previous|previously|last|earlier|later)\b/i.test(clause) && !toldAsHistory(clause, at),
					});
				};

				// Judgements: every rating word next to a judging verb, unless it is an aim.
				let judged = false;
				if (judging && !aspiration.test(clause)) {
					for (const r of ratingsIn(clause)) {
						push('inspection-judgement', r.index, r.rating, clause.slice(r.index, r.index + 40));
						judged = true;
					}
				}
				let typed = false;
				const groups = new Set<string>();
				for (const rule of possible) {
					if (groups.has(rule.group)) continue;
					// The inspection behind a judgement is not a separate visit.
					if (rule.type === 'inspection-visit' && judged) continue;
					const hit = rule.test.exec(clause);
					if (!hit || rule.unless?.test(sentence)) continue;
					push(rule.type, hit.index, undefined, hit[0]);
					groups.add(rule.group);
					typed = true;
				}
				// Short references to what the story is about: "A vote will be held in February" (the no-confidence vote),
				// "The notice, published on Monday" (the improvement notice), "made the call" (to resign).
				if (!groups.has('vote') && noConfidenceInArticle && /\bvote\b/i.test(clause) && /\b(held|take place|debated|won|lost|survived|survives|result)\b/i.test(clause)) push('no-confidence-vote', clause.search(/\bvote\b/i));
				if (!groups.has('notice') && noticeInArticle) {
					const m = /\b(the|a|this) notice\b[^.]*\b(lifted|removed|withdrawn|revoked)\b|\b(lifted|removed|revoked)\b (the|a|this) notice\b/i.exec(clause);
					const n = /\b(the|a|this) notice\b(?! of motion)[^.]*\b(issued|served|published|imposed)\b|\b(issued|served|published|imposed)\b[^.]*\b(the|a|this) notice\b(?! of motion)|\bit was (issued|served|imposed)\b/i.exec(clause);
					if (m) push('improvement-notice-lifted', m.index);
					else if (n) push('improvement-notice', n.index);
				}
				if (!groups.has('resign') && resignInArticle && /\bmade the call\b/i.test(clause)) push('resignation-call', clause.search(/\bmade the call\b/i));
				// "He will report back ... at the end of March" right after a sentence about the commissioner.
				if (!typed && /\b(report back|will report|to report)\b/i.test(clause) && /\bcommissioner\b/i.test(previousSentence)) push('commissioner-report', 0);
			}
			previousSentence = sentence;
			if (sentenceDate && !anchorUsed) previousDate = sentenceDate.date;
		}
	}
	for (const e of raw) if (e.type === 'inspection-judgement' && !e.dated && e.reportsNews && reportDate) {
		e.date = reportDate;
		e.dated = true;
	}

	return settle(raw, input.published);
}

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
type RawEvent = ExtractedEvent & {dated: boolean; future: boolean; undatedPast: boolean; reportsNews: boolean};

/** When the report the article is about came out: "The report, published last Thursday, ...". */
function publicationDate(narratives: readonly string[], spansOf: readonly (readonly Span[])[], datesIn: (sentence: string) => readonly DateMatch[]): DateValue | null {
	for (const [k, narrative] of narratives.entries()) {
		for (const sp of spansOf[k]!) {
			const sentence = narrative.slice(sp.start, sp.end);
			const m = /\b(report|judgement|judgment|findings|inspection)\b[^.]{0,60}?\b(published|released|came out|made public)\b|\b(published|released)\b[^.]{0,30}\b(report|judgement|findings)\b/i.exec(sentence);
			// A monitoring visit's letter or a commissioner's report is not the judgement's report.
			if (!m || /\b(monitoring|commissioner)/i.test(sentence)) continue;
			const d = datesIn(sentence).filter((x) => x.date.value !== null).sort((a, b) => distance(a, m.index + m[0].length) - distance(b, m.index + m[0].length))[0];
			if (d) return {...d.date, basis: `${d.date.basis}; the report's publication`};
		}
	}
	return null;
}

function settle(raw: RawEvent[], published: DateValue): ExtractedEvent[] {
	// `future`: whether the mention that gave the date schedules it ("will be held in February").
	const out: (ExtractedEvent & {dated: boolean; future: boolean})[] = [];
	for (const e of raw) {
		const same = out.filter((o) => key(o) === key(e));
		// A visit that will happen is not the visit that happened: scheduled and past mentions stay apart.
		const match = same.find((o) => o.future === e.future && (e.dated && o.dated ? compareDates(o.date, e.date) === 0 || prefixCompatible(o.date, e.date) : !e.dated || !o.dated));
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
		out.push({...e, future: e.future});
	}
	const byKey = new Map<string, (typeof out)[number][]>();
	for (const e of out) byKey.set(key(e), [...(byKey.get(key(e)) ?? []), e]);
	const final: ExtractedEvent[] = [];
	for (const e of out) {
		if (!e.dated) {
			const info = raw.find((r) => r.paragraph === e.paragraph && key(r) === key(e));
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
					value: info?.future ? published.value!.slice(0, 7) : published.value,
					precision: info?.future ? (published.precision === 'day' ? 'month' : published.precision) : published.precision,
					approximate: true,
					basis: `no date in the text; reported in the article of ${published.value}`,
				};
			}
		}
		// Nothing happens after the article reporting it unless the text schedules it: such a date is a misreading.
		if (e.dated && !e.future && published.value !== null && isAfter(e.date, published)) {
			e.date = unknownDate(`'${e.date.value}' would be after the article's date ${published.value}; set aside`);
		}
		const {dated: _d, ...rest} = e as ExtractedEvent & {dated: boolean; future?: boolean; undatedPast?: boolean};
		final.push({
			...(rest.participants?.length ? {participants: rest.participants} : {}),
			date: rest.date,
			authority: rest.authority,
			type: rest.type,
			...(rest.rating ? {rating: rest.rating} : {}),
			...(rest.status ? {status: rest.status} : {}),
			...(rest.inspectorate ? {inspectorate: rest.inspectorate} : {}),
			...(rest.service ? {service: rest.service} : {}),
			...(rest.evidence ? {evidence: rest.evidence} : {}),
			summary: rest.summary,
			paragraph: rest.paragraph,
			alsoIn: rest.alsoIn,
		});
	}
	return final;
}

function prefixCompatible(a: DateValue, b: DateValue): boolean {
	if (a.value === null || b.value === null) return false;
	return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

function moreExact(a: DateValue, b: DateValue): boolean {
	const rank = {day: 3, month: 2, year: 1, unknown: 0} as const;
	return rank[a.precision] > rank[b.precision] || (rank[a.precision] === rank[b.precision] && b.approximate && !a.approximate);
}
