/**
 * The search box's language: Fuse's extended syntax (`'exact`, `^prefix`, `suffix$`, `!not`, `|` for or) plus
 * filters typed in the box: `speaker:blackburn`, `authority:"north east"`, `year:2019` (or `2018-2020`),
 * `type:resignation-call` (or an unambiguous start of a type, or either with a typo: `type:resignaton-call`). Pure:
 * no store needed.
 */
import {eventTypes} from '../corpus/vocabulary.js';
import {NameIndex} from './approximate-names.js';

export const filterKeys = ['speaker', 'authority', 'year', 'type'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** The filters as typed; the authority is resolved against a store later. */
export type QueryFilters = {
	speaker?: string;
	authority?: string;
	years?: {from: number; to: number};
	type?: string;
};

/** A parsed search box: the text for Fuse, the filters, and what could not be understood (said, not thrown). */
export type ParsedQuery = {text: string; filters: QueryFilters; problems: string[]};

const filterToken = /(?:^|(?<=\s))(speaker|authority|year|type):(?:"([^"]*)"?|(\S*))/gi;

/** Splits the box into Fuse text and filters. A filter with no value yet (`speaker:` while typing) is ignored. */
export function parseQuery(input: string): ParsedQuery {
	const filters: QueryFilters = {};
	const problems: string[] = [];
	const text = input
		.replace(filterToken, (_all, rawKey: string, quoted: string | undefined, bare: string | undefined) => {
			const key = rawKey.toLowerCase() as FilterKey;
			const value = (quoted ?? bare ?? '').trim();
			if (value === '') return ' ';
			if (key === 'speaker') filters.speaker = value;
			else if (key === 'authority') filters.authority = value;
			else if (key === 'year') {
				const years = parseYears(value);
				if (years) filters.years = years;
				else problems.push(`year:${value} is not a year (try year:2019 or year:2018-2020)`);
			} else {
				const t = resolveType(value);
				if (t.ok) filters.type = t.type;
				else problems.push(t.problem);
			}
			return ' ';
		})
		.replace(/\s+/g, ' ')
		.trim();
	return {text, filters, problems};
}

function parseYears(value: string): {from: number; to: number} | null {
	const m = /^(\d{4})(?:\s*(?:-|–|\.\.)\s*(\d{4}))?$/.exec(value);
	if (!m) return null;
	const from = Number(m[1]);
	const to = m[2] ? Number(m[2]) : from;
	return from <= to ? {from, to} : {from: to, to: from};
}

let typeNames: NameIndex | undefined;

function resolveType(value: string): {ok: true; type: string} | {ok: false; problem: string} {
	const v = value.toLowerCase();
	if ((eventTypes as readonly string[]).includes(v)) return {ok: true, type: v};
	const starts = eventTypes.filter((t) => t.startsWith(v));
	if (starts.length === 1) return {ok: true, type: starts[0]!};
	if (starts.length > 1) return {ok: false, problem: `type:${value} could be ${starts.join(', ')}`};
	// A typo, forgiven as in the search's words: the closest type, if only one is that close.
	const near = (typeNames ??= new NameIndex(eventTypes)).closest(v);
	if (near.length === 1) return {ok: true, type: near[0]!.name};
	if (near.length > 1) return {ok: false, problem: `type:${value} could be ${near.map((n) => n.name).join(', ')}`};
	return {ok: false, problem: `type:${value} is not an event type (${eventTypes.slice(0, 4).join(', ')}, …)`};
}

/** Whether any filter is set. */
export function hasFilters(f: QueryFilters): boolean {
	return f.speaker !== undefined || f.authority !== undefined || f.years !== undefined || f.type !== undefined;
}

/** The filters written back as the box would show them, for "no results" hints. */
export function describeFilters(f: QueryFilters): string[] {
	const out: string[] = [];
	if (f.speaker !== undefined) out.push(`speaker:${quoteIfSpaced(f.speaker)}`);
	if (f.authority !== undefined) out.push(`authority:${quoteIfSpaced(f.authority)}`);
	if (f.years) out.push(`year:${f.years.from === f.years.to ? f.years.from : `${f.years.from}-${f.years.to}`}`);
	if (f.type !== undefined) out.push(`type:${f.type}`);
	return out;
}

function quoteIfSpaced(s: string): string {
	return /\s/.test(s) ? `"${s}"` : s;
}
