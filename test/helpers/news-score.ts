/**
 * Scoring extraction against blind annotations of the real-news development set (test/fixtures/news), family by
 * family, so that a rule that helps one family and hurts another shows in the figures.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {resolveAuthorityQuery} from '../../source/corpus/authorities.js';
import {datesCompatible} from '../../source/corpus/date-value.js';
import type {ExtractedArticle} from '../../source/ingest/extract.js';
import {norm, type GoldArticle} from './gold.js';

export const quoteFamilies = ['same-paragraph', 'continuation', 'written', 'relative-clause', 'reported-then-quote', 'organisation', 'other'] as const;

export type NewsGold = GoldArticle & {
	quotes: {speaker: string; startsWith: string; family?: string}[];
	events: (GoldArticle['events'][number] & {status?: string; inspectorate?: string; service?: string; background?: boolean})[];
};

export function loadNewsGold(dir: string): NewsGold[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as NewsGold);
}

/** A count of hits out of a total, kept per family. */
export class Tally {
	readonly rows = new Map<string, {hit: number; of: number}>();
	add(family: string, hit: boolean): void {
		const r = this.rows.get(family) ?? {hit: 0, of: 0};
		r.of++;
		if (hit) r.hit++;
		this.rows.set(family, r);
	}
	total(): {hit: number; of: number} {
		let hit = 0;
		let of = 0;
		for (const r of this.rows.values()) {
			hit += r.hit;
			of += r.of;
		}
		return {hit, of};
	}
	rate(): number {
		const t = this.total();
		return t.of === 0 ? 1 : t.hit / t.of;
	}
	/** The rate and its counts, then one line per family. */
	lines(name: string): string[] {
		const {hit, of} = this.total();
		const out = [`  ${name.padEnd(22)} ${(100 * this.rate()).toFixed(1)}% (${hit}/${of})`];
		for (const [f, r] of [...this.rows].sort()) out.push(`      ${f.padEnd(26)} ${r.hit}/${r.of}`);
		return out;
	}
}

export type NewsScore = {
	quotesFound: Tally;
	speakersRight: Tally;
	/** Typed events (every type but `other`) found, by family. */
	eventsFound: Tally;
	judgementsFound: Tally;
	statusRight: Tally;
	serviceRight: Tally;
	extraQuotes: string[];
	wrongDates: string[];
	futureDates: string[];
	articleDatesWrong: number;
	misses: string[];
};

export function emptyNewsScore(): NewsScore {
	return {quotesFound: new Tally(), speakersRight: new Tally(), eventsFound: new Tally(), judgementsFound: new Tally(), statusRight: new Tally(), serviceRight: new Tally(), extraQuotes: [], wrongDates: [], futureDates: [], articleDatesWrong: 0, misses: []};
}

/** One authority however it is written ("Hull", "Kingston upon Hull"). */
const canonical = (name: string): string => {
	const r = resolveAuthorityQuery(name);
	return r.ok ? r.name : name;
};
const sameAuthority = (a: string, b: string) => a === b || canonical(a) === canonical(b);

/** One speaker however a council is written: "Suffolk County Council" is "Suffolk Council". */
const councilOf = (speaker: string): string | null => {
	const m = /^(.*?)\s+(?:(?:City|County|Borough|District|Metropolitan Borough|Metropolitan District)\s+)?Council$/.exec(speaker);
	return m ? canonical(m[1]!) : null;
};
export const sameSpeaker = (a: string | null, b: string): boolean => {
	if (a === b) return true;
	if (a === null) return false;
	const ca = councilOf(a);
	return ca !== null && ca === councilOf(b);
};

const eventFamily = (e: NewsGold['events'][number]): string => {
	if (e.type === 'inspection-judgement') {
		if (e.service && e.service !== "children's services") return 'judgement: other service';
		return e.background ? 'judgement: history' : 'judgement: news';
	}
	if (e.status && e.status !== 'happened') return `${e.status} events`;
	return e.background ? 'other typed: history' : 'other typed: news';
};

/** Adds one article's figures to `into`. */
export function scoreNews(g: NewsGold, x: ExtractedArticle, today: Date, into: NewsScore): void {
	const file = g.file;
	const quotes = x.quotes.filter((q) => !q.fragment);
	const used = new Set<number>();
	for (const q of g.quotes) {
		const family = q.family ?? 'other';
		const i = quotes.findIndex((c, k) => !used.has(k) && norm(c.text).startsWith(norm(q.startsWith)));
		into.quotesFound.add(family, i >= 0);
		if (i < 0) {
			into.misses.push(`${file}: missed quote [${family}] ${q.startsWith.slice(0, 50)}`);
			continue;
		}
		used.add(i);
		const right = sameSpeaker(quotes[i]!.speaker, q.speaker);
		into.speakersRight.add(family, right);
		if (!right) into.misses.push(`${file}: wrong speaker [${family}] ${q.startsWith.slice(0, 40)}: ${quotes[i]!.speaker} ≠ ${q.speaker}`);
	}
	for (const [k, q] of quotes.entries()) if (!used.has(k)) into.extraQuotes.push(`${file}: ${q.text.slice(0, 60)}`);

	for (const e of g.events) {
		if (e.type === 'other') continue;
		const gd = {value: e.date, precision: e.precision as 'day', approximate: false, basis: ''};
		const hit = x.events.find(
			(c) =>
				c.type === e.type &&
				sameAuthority(c.authority, e.authority) &&
				(e.rating == null || c.rating === e.rating) &&
				(e.date === null ? c.date.value === null || c.date.approximate : c.date.value !== null && datesCompatible(c.date, gd)),
		);
		const family = eventFamily(e);
		into.eventsFound.add(family, hit !== undefined);
		if (e.type === 'inspection-judgement') into.judgementsFound.add(family, hit !== undefined);
		if (!hit) {
			into.misses.push(`${file}: missed event [${family}] ${e.type} ${e.date ?? 'undated'} ${e.rating ?? ''} — ${e.summary.slice(0, 70)}`);
			continue;
		}
		const status = (hit as {status?: string}).status ?? 'happened';
		into.statusRight.add(e.status ?? 'happened', status === (e.status ?? 'happened'));
		if (e.type === 'inspection-judgement') {
			const service = (hit as {service?: string}).service ?? "children's services";
			into.serviceRight.add(e.service ?? "children's services", service === (e.service ?? "children's services"));
		}
	}
	// A confident date that the annotations contradict: no annotated event of the same kind has a compatible date.
	for (const c of x.events) {
		if (c.date.value === null) continue;
		if (c.date.value > today.toISOString().slice(0, 10)) into.futureDates.push(`${file}: ${c.type} ${c.date.value}`);
		if (c.date.approximate) continue;
		const same = g.events.filter((e) => e.type === c.type && sameAuthority(e.authority, c.authority) && (e.rating == null || c.rating === undefined || e.rating === c.rating));
		if (same.length === 0) continue;
		const ok = same.some((e) => e.date === null ? false : datesCompatible(c.date, {value: e.date, precision: e.precision as 'day', approximate: false, basis: ''}));
		const undatedInGold = same.every((e) => e.date === null);
		if (!ok && !undatedInGold) into.wrongDates.push(`${file}: ${c.type} ${c.rating ?? ''} ${c.date.value} (annotated: ${same.map((e) => e.date ?? 'undated').join(', ')})`);
		if (undatedInGold) into.wrongDates.push(`${file}: ${c.type} ${c.rating ?? ''} ${c.date.value} stated where the text gives no date`);
	}
	const acceptable = g.published.acceptable ?? [g.published.value];
	if (!acceptable.includes(x.published.value)) {
		into.articleDatesWrong++;
		into.misses.push(`${file}: article date ${x.published.value} not in ${JSON.stringify(acceptable)}`);
	}
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The report printed by the test: totals, then each family, then every miss. */
export function newsReport(title: string, s: NewsScore, articles: number, details = true): string[] {
	const line = (name: string, t: Tally) => t.lines(name);
	return [
		'',
		`${title} (${articles} articles)`,
		...line('quotes found', s.quotesFound),
		...line('speaker right', s.speakersRight),
		...line('typed events found', s.eventsFound),
		...line('judgements found', s.judgementsFound),
		...line('status right', s.statusRight),
		...line('service right', s.serviceRight),
		`  quotes not annotated   ${s.extraQuotes.length} (${(s.extraQuotes.length / Math.max(1, articles)).toFixed(2)} per article)`,
		`  confident wrong dates  ${s.wrongDates.length}`,
		`  dates after today      ${s.futureDates.length}`,
		`  article dates wrong    ${s.articleDatesWrong}`,
		...(details
			? [...s.misses.map((m) => `    ${m}`), ...s.extraQuotes.map((m) => `    extra quote: ${m}`), ...s.wrongDates.map((m) => `    wrong date: ${m}`)]
			: ['    (the held-back half prints figures only: its misses are not read while rules are tuned; SCRUTINY_HELD_DETAILS=1 lists them)']),
	];
}
