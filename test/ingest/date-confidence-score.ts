/**
 * How the date-confidence probes are scored (test/ingest/date-confidence-probes.test.ts): every dated event of the
 * item's council is matched to the listed events of its type (and rating, where both give one), as the date audit
 * does (bench/date-audit.ts). A date is right when it can name the same time as a listed date; a listed event
 * without a date makes any date given to it wrong. Where the reader is sure of a right date and the extractor
 * hedges it, that is the cost of calibration ("hedged"); where the extractor is sure of a wrong date, the harm.
 */
import {readFileSync} from 'node:fs';
import {datesCompatible} from '../../source/corpus/date-value.js';
import type {DateValue} from '../../source/corpus/schema.js';
import {extractArticle} from '../../source/ingest/extract.js';
import {repoRoot} from '../helpers/paths.js';

export type ProbeEvent = {type: string; rating?: string; date: string | null; approximate?: boolean};
export type Probe = {published: string | null; authority: string; situation: string; text: string; events: ProbeEvent[]};
export type ProbeRow = {item: number; situation: string; type: string; rating?: string; value: string; approximate: boolean; verdict: 'right' | 'wrong'; sure: boolean; listed: string; basis: string};
export type ProbeFigures = {dated: number; confidentRight: number; confidentWrong: number; approximateRight: number; approximateWrong: number; hedged: number; unsure: number; rows: ProbeRow[]};

const today = new Date('2026-11-22T12:00:00Z');
const listedDate = (value: string): DateValue => ({value, precision: 'day', approximate: false, basis: ''});

/** `set` names the file pair: date-confidence-probes (session 23) or date-trap-probes (session 24). */
export function readProbes(half: 'dev' | 'held', set = 'date-confidence-probes'): Probe[] {
	return readFileSync(`${repoRoot}/test/ingest/${set}-${half}.jsonl`, 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => JSON.parse(l) as Probe);
}

export function scoreProbes(probes: Probe[]): ProbeFigures {
	const rows: ProbeRow[] = [];
	for (const [i, p] of probes.entries()) {
		const got = extractArticle(`title: Council news\n${p.published ? `date: ${p.published}\n` : ''}authority: ${p.authority}\n\n${p.text}\n`, {today}).events;
		for (const e of got.filter((x) => x.authority.includes(p.authority) || p.authority.includes(x.authority))) {
			if (e.date.value === null) continue;
			const same = p.events.filter((g) => g.type === e.type && (g.rating === undefined || e.rating === undefined || g.rating === e.rating));
			if (same.length === 0) continue;
			const match = same.find((g) => g.date !== null && datesCompatible(e.date, listedDate(g.date)));
			rows.push({
				item: i + 1,
				situation: p.situation,
				type: e.type,
				...(e.rating ? {rating: e.rating} : {}),
				value: e.date.value,
				approximate: e.date.approximate,
				verdict: match ? 'right' : 'wrong',
				sure: match !== undefined && match.approximate !== true,
				listed: same.map((g) => `${g.date ?? 'undated'}${g.approximate ? '~' : ''}`).join(', '),
				basis: e.date.basis,
			});
		}
	}
	const n = (f: (r: ProbeRow) => boolean) => rows.filter(f).length;
	return {
		dated: rows.length,
		confidentRight: n((r) => r.verdict === 'right' && !r.approximate),
		confidentWrong: n((r) => r.verdict === 'wrong' && !r.approximate),
		approximateRight: n((r) => r.verdict === 'right' && r.approximate),
		approximateWrong: n((r) => r.verdict === 'wrong' && r.approximate),
		hedged: n((r) => r.verdict === 'right' && r.approximate && r.sure),
		unsure: n((r) => r.verdict === 'right' && !r.approximate && !r.sure),
		rows,
	};
}

export const describeFigures = (half: string, f: ProbeFigures) =>
	`date-confidence probes, ${half}: ${f.dated} dated events matched; confident right ${f.confidentRight}, confident wrong ${f.confidentWrong}, approximate right ${f.approximateRight} (of which the reader is sure: ${f.hedged}), approximate wrong ${f.approximateWrong}; confident where the reader is not sure ${f.unsure}`;
