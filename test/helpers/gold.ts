/** Scoring extraction against ../shared/gold: the acceptance figures printed by the gold test. */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {datesCompatible} from '../../source/corpus/date-value.js';
import type {ExtractedArticle} from '../../source/ingest/extract.js';

import {sharedDir} from './paths.js';

export {sharedDir} from './paths.js';

export type GoldArticle = {
	file: string;
	authorities: string[];
	title?: string;
	published: {value: string | null; precision: string; approximate?: boolean; acceptable?: (string | null)[]};
	boilerplate: string[];
	people: {name: string; title: string | null; roles: string[]; party: string | null; authority: string}[];
	quotes: {speaker: string; startsWith: string}[];
	fragments: {speaker: string; text: string}[];
	events: {date: string | null; precision: string; approximate?: boolean; authority: string; type: string; rating?: string; summary: string}[];
};

export function loadGold(): GoldArticle[] {
	const dir = path.join(sharedDir, 'gold');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as GoldArticle);
}

/** Compares text ignoring quote styles, case and spacing. */
export const norm = (s: string) =>
	s
		.replace(/[‘’`]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/^["'\s]+/, '')
		.replace(/\s+/g, ' ')
		.toLowerCase()
		.trim();

export type Score = {
	goldQuotes: number;
	foundQuotes: number;
	rightSpeaker: number;
	extraQuotes: string[];
	wrongSpeakers: string[];
	missedQuotes: string[];
	goldFragments: number;
	foundFragments: number;
	goldEvents: number;
	foundEvents: number;
	missedEvents: string[];
	dateAcceptable: boolean;
	dateNote: string;
	goldFurniture: number;
	foundFurniture: number;
	extraFurniture: string[];
	goldPeople: number;
	foundPeople: number;
};

export function score(gold: GoldArticle, x: ExtractedArticle): Score {
	const quotes = x.quotes.filter((q) => !q.fragment);
	const used = new Set<number>();
	let found = 0;
	let right = 0;
	const wrongSpeakers: string[] = [];
	const missedQuotes: string[] = [];
	for (const g of gold.quotes) {
		const i = quotes.findIndex((q, k) => !used.has(k) && norm(q.text).startsWith(norm(g.startsWith)));
		if (i < 0) {
			missedQuotes.push(g.startsWith);
			continue;
		}
		used.add(i);
		found++;
		if (quotes[i]!.speaker === g.speaker) right++;
		else wrongSpeakers.push(`${g.startsWith.slice(0, 40)}: ${quotes[i]!.speaker} ≠ ${g.speaker}`);
	}
	const extraQuotes = quotes.filter((_, k) => !used.has(k)).map((q) => q.text.slice(0, 60));

	const fragments = x.quotes.filter((q) => q.fragment);
	const foundFragments = gold.fragments.filter((g) => fragments.some((f) => norm(f.text).replace(/[.,]$/, '') === norm(g.text).replace(/[.,]$/, ''))).length;

	const missedEvents: string[] = [];
	let foundEvents = 0;
	for (const g of gold.events) {
		const gd = {value: g.date, precision: g.precision as 'day', approximate: false, basis: ''};
		const hit = x.events.some(
			(e) =>
				e.type === g.type &&
				e.authority === g.authority &&
				(g.rating === undefined || e.rating === g.rating) &&
				(g.date === null ? e.date.value === null : e.date.value !== null && datesCompatible(e.date, gd)),
		);
		if (hit) foundEvents++;
		else missedEvents.push(`${g.type} ${g.date ?? 'undated'} ${g.rating ?? ''}`.trim());
	}

	const acceptable = gold.published.acceptable ?? [gold.published.value];
	const dateAcceptable = acceptable.includes(x.published.value);

	const furniture = x.furniture.map((f) => norm(f.text));
	const goldFurniture = gold.boilerplate.map(norm);
	const foundFurniture = goldFurniture.filter((g) => furniture.includes(g)).length;
	const extraFurniture = x.furniture.filter((f) => !goldFurniture.includes(norm(f.text))).map((f) => f.text);

	const foundPeople = gold.people.filter((g) => x.people.some((p) => p.name === g.name)).length;

	return {
		goldQuotes: gold.quotes.length,
		foundQuotes: found,
		rightSpeaker: right,
		extraQuotes,
		wrongSpeakers,
		missedQuotes,
		goldFragments: gold.fragments.length,
		foundFragments,
		goldEvents: gold.events.length,
		foundEvents,
		missedEvents,
		dateAcceptable,
		dateNote: `${x.published.value ?? 'unknown'} (${x.published.precision}${x.published.approximate ? ', approximate' : ''}) vs ${JSON.stringify(acceptable)}`,
		goldFurniture: goldFurniture.length,
		foundFurniture,
		extraFurniture,
		goldPeople: gold.people.length,
		foundPeople,
	};
}

/** The per-article lines of a scoring report: the date verdict, then every miss. */
export function missLines(file: string, s: Score): string[] {
	const lines = [`  ${file}: date ${s.dateAcceptable ? 'ok' : 'WRONG'} ${s.dateNote}`];
	for (const m of s.missedQuotes) lines.push(`    missed quote: ${m}`);
	for (const w of s.wrongSpeakers) lines.push(`    wrong speaker: ${w}`);
	for (const e of s.extraQuotes) lines.push(`    extra quote: ${e}`);
	for (const e of s.missedEvents) lines.push(`    missed event: ${e}`);
	for (const f of s.extraFurniture) lines.push(`    extra furniture: ${f}`);
	return lines;
}
