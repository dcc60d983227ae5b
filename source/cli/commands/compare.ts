/** `scrutiny compare A B`: two authorities side by side, each row cited by the reports behind it. */
import {citer} from '../../corpus/citation.js';
import {compareRows, compareSide, defaultPair, type CompareSide} from '../../corpus/compare.js';
import {QueryError} from '../../corpus/queries.js';
import {UsageError, outputMode, println, type Context} from '../context.js';
import {openForReading} from '../store-source.js';
import {csv, json, markdownTable, textTable, type Column} from '../../text/table-format.js';
import {joinCitations} from '../export.js';
import {rowCitations, type CitedRow} from '../compare-citations.js';

export async function compareCommand(ctx: Context): Promise<number> {
	if (ctx.args.length !== 0 && ctx.args.length !== 2) throw new UsageError('compare takes two authorities (or none for the default pair)');
	const {data} = await openForReading(ctx);
	const pair = ctx.args.length === 2 ? [ctx.args[0]!, ctx.args[1]!] : defaultPair(data);
	if (!pair) throw new UsageError('compare needs two authorities: the store has events for fewer than two');
	const [leftEpisode, rightEpisode] = episodesAsked(ctx.flags.episode);
	const left = sideFor(data, pair[0]!, leftEpisode);
	const right = sideFor(data, pair[1]!, rightEpisode);
	printCompare(ctx, left, right, rowCitations(data, citer(data), left, right, compareRows(left, right)));
	return 0;
}

/**
 * `--episode N` (both sides) or `N,M` (left, right), counted from 1 for the oldest, as 0-based indexes; null for
 * a side without one (its latest). A value that is not one or two positive whole numbers is a usage error.
 */
export function episodesAsked(value: string | undefined): [number | null, number | null] {
	if (value === undefined) return [null, null];
	const m = /^\s*(\d+)\s*(?:,\s*(\d+)\s*)?$/.exec(value);
	const numbers = m ? [Number(m[1]), Number(m[2] ?? m[1])] : [];
	if (numbers.length !== 2 || numbers.some((n) => !Number.isSafeInteger(n) || n < 1)) {
		throw new UsageError(`--episode takes N or N,M, whole numbers from 1 (the oldest episode) (got '${value}')`);
	}
	return [numbers[0]! - 1, numbers[1]! - 1];
}

/** A side read for the episode asked for; an episode the authority does not have is an error naming how many it has. */
function sideFor(data: Parameters<typeof compareSide>[0], query: string, episode: number | null): CompareSide {
	const side = compareSide(data, query, {episode});
	if (episode !== null && episode !== side.episode) {
		const n = side.episodes.length;
		throw new QueryError(`${side.authority} has ${n === 0 ? "no 'inadequate' episode" : `${n} 'inadequate' episode${n === 1 ? '' : 's'}`} (--episode asked for ${episode + 1})`);
	}
	return side;
}

/** The comparison of two sides, each row cited, in the form asked for. */
export function printCompare(ctx: Context, left: CompareSide, right: CompareSide, rows: readonly CitedRow[]): void {
	const mode = outputMode(ctx);
	if (mode === 'json') println(ctx.stdout, json({left, right, rows}));
	else if (mode === 'csv')
		ctx.stdout.write(
			csv(
				rows,
				[
					{header: 'row', get: (r) => r.label},
					{header: 'left', get: (r) => r.left},
					{header: 'right', get: (r) => r.right},
					{header: 'leftCitations', get: (r) => joinCitations(r.citations.left)},
					{header: 'rightCitations', get: (r) => joinCitations(r.citations.right)},
				],
				{excel: ctx.flags.excel},
			),
		);
	else if (mode === 'md') println(ctx.stdout, citedMarkdown(rows, left.authority, right.authority));
	else
		println(
			ctx.stdout,
			textTable(rows, [
				// Wrapped, not cut: a researcher reads the whole cell (who called, who refused, what was planned).
				{header: '', get: (r) => r.label, max: 30, wrap: true},
				{header: left.authority, get: (r) => r.left, max: 60, wrap: true},
				{header: right.authority, get: (r) => r.right, max: 60, wrap: true},
			]),
		);
}

/**
 * The comparison as a Markdown table whose cells point to numbered sources (`[1]`), listed under it as a paper
 * would: each source once, numbered in the order the table first cites it.
 */
function citedMarkdown(rows: readonly CitedRow[], leftName: string, rightName: string): string {
	const numbers = new Map<string, number>();
	const refs = (cs: readonly {text: string}[]) =>
		cs
			.map((c) => {
				if (!numbers.has(c.text)) numbers.set(c.text, numbers.size + 1);
				return `[${numbers.get(c.text)}]`;
			})
			.join('');
	const cell = (text: string, cs: readonly {text: string}[]) => (cs.length ? `${text} ${refs(cs)}` : text);
	const columns: Column<CitedRow>[] = [
		{header: '', get: (r) => r.label},
		{header: leftName, get: (r) => cell(r.left, r.citations.left)},
		{header: rightName, get: (r) => cell(r.right, r.citations.right)},
	];
	const table = markdownTable(rows, columns);
	if (numbers.size === 0) return table;
	return [table, '', 'Sources:', '', ...[...numbers.keys()].map((text, i) => `${i + 1}. ${text}`)].join('\n');
}
