/**
 * The extraction pipeline for one article: metadata, furniture, authorities, people, quotes, dates, events.
 * Pure: text in, records out. The store module decides ids and merges with what the store already holds.
 */
import {withoutLinkMarks} from './link-marks.js';
import {authorityNames, findAuthorityMentions, resolveAuthorityQuery} from '../corpus/authorities.js';
import type {AttributionKind, DateValue, Furniture} from '../corpus/schema.js';
import {inferArticleDate} from './dates/article-date.js';
import {yearlessOwnDate} from './dates/article-date-yearless.js';
import {forgetScans} from './dates/scan.js';
import {forgetSentenceSpans} from './text.js';
import {extractEvents, type ExtractedEvent, type NamedMention} from './events.js';
import {calibrateDates} from './event-date-calibration.js';
import {namedAside} from './event-clauses.js';
import {withListedDemands} from './listed-demands.js';
import {sectionAuthorities} from './section-headings.js';
import {setAsideFurniture} from './furniture.js';
import {findMentions, mentionsAndWords, sentenceCase, surnameMentions, type Mention} from './mentions.js';
import type {WordsPresent} from './word-set.js';
import {datelineDate} from './dateline.js';
import {checkIsoDay, parseMetadata, titleFromLede} from './metadata.js';
import {collectPeople} from './people.js';
import {leadingRatingWords, onlyRatingWords, overallGradeQuoted} from './event-facets.js';
import {findQuoteSpans, narrativeOf, type QuoteSpan} from './quote-spans.js';
import {failuresNotFound} from './quoted-failures.js';
import {carryBlockQuotes} from './quote-blocks.js';
import {carryRunOnQuotes, restoreLostOpenings} from './quote-runs.js';
import {quotedRefusals} from './quoted-refusals.js';
import {withoutPullQuotes} from './pull-quotes.js';
import {commonQuoteMarks} from './quote-mark-forms.js';
import {citationsAfter, citedSpans} from './quote-citations.js';
import {withQuotedFacts} from './quoted-facts.js';
import {departmentOn} from './council-speaker.js';
import {Attributor, type ExtractedQuote} from './quotes.js';

export type ExtractedPerson = {
	name: string;
	titles: string[];
	roles: string[];
	party: string | null;
	paragraphs: number[];
};

export type ExtractedArticle = {
	title: string;
	titleSource: 'header' | 'line' | 'lede';
	source: string | null;
	/** Who wrote it, where an export or a page states it. */
	byline?: string | null;
	/** The page's canonical URL, where known. */
	url?: string | null;
	published: DateValue;
	/** Why a printed date was set aside, if one was. */
	dateProblem: string | null;
	authorities: string[];
	paragraphs: string[];
	furniture: Furniture[];
	people: ExtractedPerson[];
	quotes: {paragraph: number; text: string; speaker: string | null; speakerIsPerson: boolean; fragment: boolean; attribution: {kind: AttributionKind; cue: string}}[];
	events: ExtractedEvent[];
};

/**
 * "published today (Friday, 19 February 2016)", "published today, Tuesday 4 June 2019": press releases print the day
 * they mean by "today" beside it, which dates the article itself.
 */
function todayStated(paragraphs: readonly string[], today: Date): DateValue | null {
	for (const p of paragraphs.slice(0, 4)) {
		const m = /\b(?:today|this (?:morning|afternoon))\s*(?:\(([^)]{6,40})\)|,\s*((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}))/i.exec(p);
		const value = m ? datelineDate((m[1] ?? m[2])!) : null;
		if (value && checkIsoDay(value, today) === null) return {value, precision: 'day', approximate: false, basis: `stated: '${m![0]}'`};
	}
	return null;
}

/** How a quote's speaker was found, in the store's words. */
function attributionKind(q: ExtractedQuote): AttributionKind {
	if (q.how === 'none' || !q.speaker) return 'none';
	if (q.how === 'continues') return 'continuation';
	if (q.how === 'previous-paragraph') return 'previous-paragraph';
	if (q.how === 'reported-speech') return 'reported-speech';
	if (q.speaker.written) return 'written';
	return q.speaker.person ? 'same-paragraph' : 'organisation';
}

/**
 * What an export or a saved page states beside the text (source/ingest/formats/): the title, date and source go in
 * the text's header block; these say where the date was read and carry what a header has no key for.
 */
export type StatedMeta = {readonly dateBasis?: string; readonly byline?: string | null; readonly url?: string | null};

/** Runs every extraction step on an article's decoded text. */
export function extractArticle(text: string, opts: {today?: Date; meta?: StatedMeta} = {}): ExtractedArticle {
	const today = opts.today ?? new Date();
	forgetScans();
	forgetSentenceSpans();
	const parsed = parseMetadata(commonQuoteMarks(text), today);
	const meta = parsed.date && opts.meta?.dateBasis && parsed.dateBasis === "stated: the header's date" ? {...parsed, dateBasis: opts.meta.dateBasis} : parsed;
	const clean = setAsideFurniture(meta.body);
	const paragraphs = clean.paragraphs;

	const published: DateValue = meta.date
		? {value: meta.date, precision: meta.date.length === 7 ? 'month' : 'day', approximate: false, basis: meta.dateBasis}
		: (todayStated(paragraphs, today) ?? yearlessOwnDate(meta.body, paragraphs, {today}) ?? inferArticleDate(paragraphs, {today}));

	// Authorities: the header's, else the one the article names most; the rest in order of mentions.
	// A council named as a partner or as someone's employer ("Jo Bloggs, chief executive of Rutland County Council") counts
	// only between councils named as often otherwise.
	const counts = new Map<string, {own: number; all: number}>();
	// "TRAFFORD council's children's services ...": a lede's capitalised first word is still the name.
	// A meeting's venue or an office's address ("Civic Offices, Grays, Essex, RM17 6SL") names a county, not the subject.
	const address = /^\s*(?:venue|address|location)\s*:|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;
	for (const p of [meta.title ?? '', ...paragraphs]) {
		if (p.length < 240 && address.test(p)) continue;
		const text = sentenceCase(p);
		for (const m of findAuthorityMentions(text)) {
			const c = counts.get(m.name) ?? {own: 0, all: 0};
			c.all++;
			if (!namedAside(text, m.start)) c.own++;
			counts.set(m.name, c);
		}
	}
	const ranked = [...counts.entries()].sort((a, b) => b[1].own - a[1].own || (a[1].own === 0 ? b[1].all - a[1].all : 0)).map(([n]) => n);
	// A council's own page ("democracy.reading.gov.uk", "news.hull.gov.uk") is about that council unless the header says.
	const host = meta.authority ? null : /^https?:\/\/(?:[\w-]+\.)*?([a-z-]{4,})\.gov\.uk(?:[/:?#]|$)/i.exec(meta.url ?? '')?.[1];
	// Only a host that is the council's whole name: "london.gov.uk" is the Greater London Authority's, not the City's.
	// ("moderngov.cheshireeast.gov.uk": the name's words run together.)
	const compact = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
	const fromHost = host ? resolveAuthorityQuery(host) : null;
	const runTogether = host && !fromHost?.ok ? authorityNames.find((n) => compact(n) === compact(host)) : undefined;
	const hostCouncil = fromHost?.ok && compact(fromHost.name) === compact(host!) ? fromHost : runTogether ? ({ok: true, name: runTogether} as const) : null;
	// A council's own release or minutes that never name it ("The local authority received ..."): the council the
	// source line names ("source: Wigan Council"), when neither the title nor the text names any.
	const publisher = !meta.authority && !hostCouncil && ranked.length === 0 && meta.source ? findAuthorityMentions(meta.source)[0]?.name : undefined;
	const declared = meta.authority ? resolveAuthorityQuery(meta.authority) : (hostCouncil ?? (publisher ? ({ok: true, name: publisher} as const) : null));
	const authorities = declared?.ok ? [declared.name, ...ranked.filter((n) => n !== declared.name)] : ranked;
	const main = authorities[0] ?? null;

	// (A source line that names no one and no body gives no speaker.)
	const cites = citationsAfter(clean).map((c) => {
		const mentions = c ? findMentions(c.text) : [];
		return c && mentions.some((m) => m.kind !== 'pronoun') ? {...c, mentions} : null;
	});
	const allSpans = restoreLostOpenings(paragraphs, carryBlockQuotes(paragraphs, carryRunOnQuotes(paragraphs, paragraphs.map(findQuoteSpans)))).map((spans, k) => citedSpans(paragraphs[k]!, spans, cites[k] ?? null));
	const analysed = paragraphs.map((p, k) => {
		const spans = allSpans[k]!;
		const narrative = narrativeOf(p, spans);
		const cite = cites[k];
		// (`cite` set after the literal, not spread into it: V8 makes that many times slower.)
		const {mentions, words} = mentionsAndWords(narrative);
		const a: {text: string; spans: typeof spans; narrative: string; mentions: Mention[]; words: WordsPresent; cite?: {text: string; mentions: Mention[]}} = {text: p, spans, narrative, mentions, words};
		if (cite) a.cite = {text: cite.text, mentions: cite.mentions};
		return a;
	});
	// What the events read: the narrative with quoted grades put back ("are "inadequate", the watchdog said").
	// And the quoted sentences that state what was done or decided (quoted-facts.ts).
	// (A document's words printed as a block without marks read as the page's own text too: its facts are events.)
	const eventNarratives = withListedDemands(
		analysed.map((a) => {
			const spans = a.spans.filter((s) => !s.block);
			const narrative = spans.length === a.spans.length ? a.narrative : narrativeOf(a.text, spans);
			return withoutLinkMarks(withQuotedFacts(a.text, spans, spans.some((s) => onlyRatingWords(s.text) || leadingRatingWords(s.text) > 0 || overallGradeQuoted(s.text) !== null) ? gradesKept(a.text, spans) : narrative));
		}),
	);
	const people = collectPeople(analysed);
	// "said Tate": a bare surname beside a reporting verb, once the article has printed the full name.
	const surnames = new Set(people.people.filter((p) => p.name.includes(' ')).map((p) => p.name.split(' ').at(-1)!));
	for (const a of analysed) a.mentions = surnameMentions(a.narrative, a.mentions, surnames);
	const attributor = new Attributor(people, main ? `${main} Council` : null, departmentOn(published.value));
	const quotes = withoutPullQuotes(analysed.flatMap((p, k) => attributor.paragraph(k + 1, p, analysed[k + 1] ?? null)));

	const partyOrgs = new Set(['Labour', 'Conservatives', 'Liberal Democrats', 'Green Party', 'Reform UK']);
	const mentionsOf = (k: number): NamedMention[] =>
		analysed[k]!.mentions.flatMap((m): NamedMention[] => {
			if (m.kind === 'person') {
				const p = people.resolve(m);
				return p ? [{name: p.name, start: m.start, end: m.end, kind: 'person'}] : [];
			}
			if (m.kind === 'org' && partyOrgs.has(m.org)) return [{name: m.org, start: m.start, end: m.end, kind: 'party'}];
			return [];
		});
	// The quotes as the store keeps them, made once: the refusals in the refuser's own words read them too.
	const stored = quotes.map((q) => ({
		paragraph: q.paragraph,
		text: q.text,
		speaker: q.speaker?.name ?? null,
		speakerIsPerson: q.speaker?.person != null,
		fragment: q.fragment,
		attribution: {kind: attributionKind(q), cue: q.cue},
	}));
	const refusals = quotedRefusals(stored);
	// A commissioner named once is named again by surname: "Mr Yarwood is due to report again".
	// So is one the text says was made commissioner: "Mr Pellow was appointed children's services commissioner".
	// The pattern starts at every capitalised word: only narratives with its nouns and verbs are read.
	const madeCommissioner = analysed.map((a) => a.narrative).filter((n) => n.includes('ommissioner') && /appointed|named|installed|made/.test(n)).flatMap((n) => [...n.matchAll(/\b([A-Z][a-z'’-]+)\s+(?:was|has been|had been|is)\s+(?:appointed|named|installed|made)\s+(?:as\s+)?(?:the\s+)?(?:[\w'’]+\s+){0,3}commissioner\b/g)].map((m) => m[1]!));
	const commissioners = [...new Set([...people.people.filter((p) => p.roles.some((r) => /\bcommissioner\b/i.test(r))).map((p) => p.name.split(' ').at(-1)!), ...madeCommissioner])].filter((n) => n.length > 2);
	// How confident each date is follows from how it was found, whatever step found it.
	const events = calibrateDates(extractEvents({commissioners, refusals, title: meta.title ?? undefined, paragraphs, narratives: eventNarratives, published, authority: main, sections: sectionAuthorities(clean), today, mentionsOf}), published);

	return {
		title: meta.title ?? titleFromLede(paragraphs[0] ?? ''),
		titleSource: meta.titleSource ?? 'lede',
		source: meta.source,
		// A text file's header may give its address ("url: https://..."): kept for the citation, as an export's is.
		...(opts.meta ? {byline: opts.meta.byline ?? null, url: opts.meta.url ?? null} : meta.url ? {url: meta.url} : {}),
		published,
		dateProblem: meta.dateProblem,
		authorities,
		paragraphs,
		furniture: clean.furniture,
		people: people.people.map((p) => ({name: p.name, titles: [...p.titles], roles: p.roles, party: p.party, paragraphs: [...p.paragraphs].sort((a, b) => a - b)})),
		quotes: stored,
		events,
	};
}

/**
 * The narrative the events read: quotations blanked as for people, but a quoted grade kept, whole when the marks
 * hold only the grade, and its words alone when it opens a longer quotation from the report.
 */
function gradesKept(paragraph: string, spans: readonly QuoteSpan[]): string {
	// (Ofsted's failures words denied, or said of a hospital or police force, are no grade: blanked whole.)
	const blanked = spans.filter((s) => !onlyRatingWords(s.text) || failuresNotFound(paragraph, s.text, s.start));
	let out = narrativeOf(paragraph, blanked);
	for (const s of blanked) {
		const at = paragraph.indexOf(s.text, s.start);
		if (at < 0 || failuresNotFound(paragraph, s.text, s.start)) continue;
		const n = leadingRatingWords(s.text);
		// ("found 'the overall effectiveness of services is inadequate'": the grade's own words, further in.)
		const span = n > 0 ? {start: 0, end: n} : overallGradeQuoted(s.text);
		if (span) out = out.slice(0, at + span.start) + paragraph.slice(at + span.start, at + span.end) + out.slice(at + span.end);
	}
	return out;
}
