/**
 * The responses to an 'inadequate' judgement that the comparison and the cohort look for: which timeline lines
 * answer each response type, which of them count as a response, and how one is said in words.
 *
 * Only what took place counts. A plan, a proposal or a refusal of the thing itself ("the minister declined to
 * appoint a commissioner") does not. Three refusals are themselves what took place: a resignation refused is the
 * refusal to go; a call to resign that was rejected was still a call, and its rejection a refusal to go; a
 * no-confidence vote that was defeated was a vote held.
 */
import {dateOnlyReported, formatDate} from './date-value.js';
import {describeElapsed, elapsedBetween, elapsedMonths} from './elapsed.js';
import {inEpisode, type Episode} from './episodes.js';
import {happened} from './event-kinds.js';
import type {EventView} from './queries.js';
import type {EventStatus, EventType} from './schema.js';

export type ResponseType = EventType | 'next-better-rating';

export const responseTypes: ReadonlyArray<[ResponseType, string]> = [
	['resignation-call', 'calls to resign'],
	['resignation-refused', 'refused to go'],
	['resignation', 'resigned'],
	['no-confidence-vote', 'no-confidence vote'],
	['improvement-board', 'improvement board'],
	['commissioner-appointed', 'commissioner appointed'],
	['improvement-notice', 'improvement notice'],
	['improvement-notice-lifted', 'improvement notice lifted'],
	['next-better-rating', 'next better rating'],
];

/** One response to the judgement: when, how long after, who, and what the article said. */
export type Response = {
	type: ResponseType;
	date: string;
	/** `happened` (counted as a response), or what was only spoken of or declined: `planned`, `proposed`, `refused`. */
	status: EventStatus;
	/**
	 * How a refusal that took place ended: a no-confidence vote `defeated`, a call to resign `rejected`. Absent
	 * otherwise (a resignation refused is its own refusal).
	 */
	outcome?: 'defeated' | 'rejected';
	/** The text gives no date: `date` is the reporting article's (and not, for a plan, the date planned). */
	dateOnlyReported?: true;
	/** How long after the judgement, in words with its uncertainty (`~2 weeks after`, `5-7 months after`). */
	elapsed: string | null;
	/** The middle of that span in months (to a tenth); null where either date is unknown. */
	months: number | null;
	by: string[];
	about: string[];
	summary: string;
};

export const missing = 'missing';

/**
 * Whether a line is of a response type. A refusal to go is a `resignation-refused`, a `resignation` whose status
 * is `refused`, or a `resignation-call` whose status is `refused` (the call rejected).
 */
export function isResponseOf(e: Pick<EventView, 'type' | 'status'>, type: ResponseType): boolean {
	if (type === 'resignation-refused') return e.type === 'resignation-refused' || ((e.type === 'resignation' || e.type === 'resignation-call') && e.status === 'refused');
	if (type === 'resignation') return e.type === 'resignation' && e.status !== 'refused';
	return e.type === type;
}

/** Whether a line of the type counts as a response: it took place (see the module's comment). */
export function countsAsResponse(e: Pick<EventView, 'type' | 'status'>, type: ResponseType): boolean {
	if (happened(e)) return true;
	return e.status === 'refused' && (type === 'resignation-refused' || type === 'resignation-call' || type === 'no-confidence-vote');
}

/** How a refusal that took place ended, for the line as a response of `type`. */
function outcomeOf(e: EventView, type: ResponseType): Response['outcome'] {
	if (e.status !== 'refused' || !countsAsResponse(e, type)) return undefined;
	if (e.type === 'no-confidence-vote') return 'defeated';
	return e.type === 'resignation-call' ? 'rejected' : undefined;
}

export function responseOf(e: EventView, type: ResponseType, judgement: EventView | null): Response {
	const span = judgement ? elapsedBetween(judgement.date, e.date) : null;
	const outcome = outcomeOf(e, type);
	return {
		type,
		date: formatDate(e.date),
		status: countsAsResponse(e, type) ? 'happened' : (e.status ?? 'happened'),
		...(outcome ? {outcome} : {}),
		...(dateOnlyReported(e.date) ? {dateOnlyReported: true as const} : {}),
		elapsed: span ? describeElapsed(span) : null,
		months: span ? elapsedMonths(span) : null,
		by: (e.participants ?? []).filter((p) => p.role === 'by').map((p) => p.name),
		about: (e.participants ?? []).filter((p) => p.role === 'about').map((p) => p.name),
		summary: e.summary,
	};
}

/** The first line of a type in the pool: one that counts (dated before undated), else one only spoken of. */
function firstResponse(pool: readonly EventView[], type: ResponseType): EventView | undefined {
	const of = pool.filter((e) => isResponseOf(e, type));
	const done = (e: EventView) => countsAsResponse(e, type);
	return of.find((e) => done(e) && e.date.value !== null) ?? of.find(done) ?? of.find((e) => e.date.value !== null) ?? of[0];
}

/**
 * The line that answers each response type in an episode (without one: in all the lines). Undated lines can be
 * of any episode: they count only when the authority has one episode (or none), and never with `datedOnly`.
 */
export function episodeResponses(lines: readonly EventView[], all: readonly Episode[], ep: Episode | null, opts: {datedOnly?: boolean} = {}): Map<ResponseType, EventView> {
	const undatedToo = !opts.datedOnly && all.length <= 1;
	const pool = lines.filter((e) => (e.date.value === null ? undatedToo : !ep || inEpisode(e, ep)) && e !== ep?.judgement && e !== ep?.end);
	// An improvement notice outlives the rating that ends the episode: its lifting is looked for until the next
	// episode's judgement.
	const next = ep ? all[ep.index + 1] : undefined;
	const lifted = ep?.endKind === 'better' ? lines.filter((e) => e.type === 'improvement-notice-lifted' && e.date.value !== null && inEpisode(e, {...ep, end: next?.judgement ?? null})) : pool;
	const out = new Map<ResponseType, EventView>();
	for (const [type] of responseTypes) {
		if (type === 'next-better-rating') {
			if (ep?.end && ep.endKind === 'better') out.set(type, ep.end);
			continue;
		}
		const first = firstResponse(type === 'improvement-notice-lifted' ? lifted : pool, type);
		if (first) out.set(type, first);
	}
	return out;
}

const and = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

/** Who did what, in words: "Tony Williams called for Simon Blackburn and Graham Cain to resign". */
export function whoInWords(r: Response): string {
	const {by, about} = r;
	switch (r.type) {
		case 'resignation-call':
			if (by.length === 0 && about.length === 0) return '';
			return `${by.length ? `${and(by)} called` : 'a call'} for ${about.length ? and(about) : 'resignations'} to resign`;
		case 'resignation-refused': {
			// A call rejected: who was called on to go stayed; who rejected it the text may not say.
			if (r.outcome === 'rejected') return `a call for ${about.length ? `${and(about)} ` : ''}to resign, rejected`;
			const who = by.length ? by : about;
			if (who.length === 0) return '';
			const also = by.length ? about.filter((n) => !by.includes(n)) : [];
			return refusalInWords(who, also, r.summary);
		}
		case 'resignation': {
			const who = about.length ? about : by;
			return who.length ? `${and(who)} resigned` : '';
		}
		default:
			return [by.length ? `by ${and(by)}` : '', about.length ? `concerning ${and(about)}` : ''].filter(Boolean).join(', ');
	}
}

/**
 * A refusal to go in words, from what its report says of the others it names (the people named in the
 * refusal's own sentence): a refusal to accept another's resignation ("refused to accept Coun Cain's
 * resignation"); others who stay with the one refusing ("he is the right person ..., along with Coun Cain": both
 * refuse); else only that the report names them beside the refusal, never as refusing.
 */
export function refusalInWords(who: readonly string[], others: readonly string[], summary: string): string {
	if (others.length === 0) return `${and(who)} refused to resign`;
	const possessive = others.length === 1 ? `${others[0]}'s resignation` : `the resignations of ${and(others)}`;
	if (/\brefus\w*\s+to\s+accept\b[^.]*\bresignation/i.test(summary)) return `${and(who)} refused to accept ${possessive}`;
	if (/\b(?:along|together)\s+with\b|\bboth\b/i.test(summary)) return `${and([...who, ...others])} refused to resign`;
	return `${and(who)} refused to resign; the report names ${and(others)} beside the refusal`;
}

/** How a refusal that took place ended, in words after the response (none where `whoInWords` says it). */
function outcomeWords(r: Response): string {
	if (r.outcome === 'defeated') return ' (held; the motion was defeated)';
	if (r.outcome === 'rejected' && r.type !== 'resignation-refused') return ' (rejected)';
	return '';
}

/**
 * "~Feb 2019, ~2 weeks after: Tony Williams called for Simon Blackburn to resign"; "planned for Feb 2022 (not
 * yet a response)" for what was only spoken of, "planned (no date given; reported ~Jan 2022; not yet a
 * response)" when the text names no date; "refused 2023-05-09 (not a response)" for what was declined.
 */
export function describeResponse(r: Response | undefined): string {
	if (!r) return missing;
	const who = whoInWords(r);
	if (r.status !== 'happened') {
		const not = r.status === 'refused' ? 'not a response' : 'not yet a response';
		const when =
			r.date === 'undated'
				? `${r.status} (undated; ${not})`
				: r.dateOnlyReported
					? `${r.status} (no date given; reported ${r.date}; ${not})`
					: `${r.status}${r.status === 'refused' ? '' : ' for'} ${r.date} (${not})`;
		return `${when}${who ? `: ${who}` : ''}`;
	}
	const when = r.elapsed ? `${r.date}, ${r.elapsed}` : r.date;
	return `${when}${who ? `: ${who}` : ''}${outcomeWords(r)}`;
}
