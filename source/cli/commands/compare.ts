/** `scrutiny compare A B`: two authorities side by side. */
import {compareRows, compareSide, defaultPair} from '../../corpus/compare.js';
import {UsageError, openForReading, outputMode, println, type Context} from '../context.js';
import {json, markdownTable, textTable, type Column} from '../format.js';

export async function compareCommand(ctx: Context): Promise<number> {
	if (ctx.args.length !== 0 && ctx.args.length !== 2) throw new UsageError('compare takes two authorities (or none for the default pair)');
	const mode = outputMode(ctx, ['json', 'md']);
	const {data} = await openForReading(ctx);
	const pair = ctx.args.length === 2 ? [ctx.args[0]!, ctx.args[1]!] : defaultPair(data);
	if (!pair) throw new UsageError('compare needs two authorities: the store has events for fewer than two');
	const left = compareSide(data, pair[0]!);
	const right = compareSide(data, pair[1]!);
	const rows = compareRows(left, right);
	if (mode === 'json') println(ctx.stdout, json({left, right, rows}));
	else {
		const cols: Column<(typeof rows)[number]>[] = [
			{header: '', get: (r) => r.label, max: 30},
			{header: left.authority, get: (r) => r.left, max: 60},
			{header: right.authority, get: (r) => r.right, max: 60},
		];
		println(ctx.stdout, mode === 'md' ? markdownTable(rows, cols) : textTable(rows, cols));
	}
	return 0;
}
