/**
 * `scrutiny cohort`: every authority's 'inadequate' episodes on one axis of months since the judgement; per
 * response type how many authorities and episodes reached it and the median and range of the delay.
 */
import {cohort, ungradedLine, type Cohort, type CohortEpisode, type CohortRow} from '../../corpus/cohort.js';
import {loadCohortSnapshot, saveCohortSnapshot} from '../../corpus/cohort-snapshot.js';
import {storeStateNow} from '../../corpus/store/file-identity.js';
import {responseTypes} from '../../corpus/compare.js';
import {outputMode, println, storePath, type Context} from '../context.js';
import {openForReading} from '../store-source.js';
import {csv, json, markdownTable, textTable, type Column} from '../../text/table-format.js';

const months = (m: number | null) => (m === null ? '' : m);

export async function cohortCommand(ctx: Context): Promise<number> {
	const c = await cohortOfStore(ctx);
	const rows: Column<CohortRow>[] = [
		{header: 'response', get: (r) => r.label},
		{header: 'type', get: (r) => r.type},
		{header: 'authorities', get: (r) => r.authorities},
		{header: 'episodes', get: (r) => r.episodes},
		{header: 'medianMonths', get: (r) => months(r.median)},
		{header: 'minMonths', get: (r) => months(r.min)},
		{header: 'maxMonths', get: (r) => months(r.max)},
	];
	const mode = outputMode(ctx);
	if (mode === 'json') println(ctx.stdout, json(c));
	else if (mode === 'csv') ctx.stdout.write(csv(c.rows, rows, {excel: ctx.flags.excel}));
	else if (mode === 'md') {
		const episodes: Column<CohortEpisode>[] = [
			{header: 'authority', get: (e) => e.authority},
			{header: 'judgement', get: (e) => e.judgement},
			{header: 'end', get: (e) => e.end ?? (e.ungraded ? `none yet (a ${e.ungraded} report gives no overall grade)` : '')},
			...responseTypes.map(([type, label]): Column<CohortEpisode> => ({header: label, get: (e) => months(e.delays[type] ?? null)})),
		];
		const note = ungradedLine(c);
		println(ctx.stdout, [`${c.authorities} authorities, ${c.episodes.length} episodes; months since each 'inadequate' judgement.`, '', markdownTable(c.rows, rows), ...(note ? ['', note] : []), '', markdownTable(c.episodes, episodes)].join('\n'));
	} else {
		println(ctx.stdout, `${c.authorities} authorities, ${c.episodes.length} episodes; months since each 'inadequate' judgement`);
		println(ctx.stdout, textTable(c.rows, rows));
		const note = ungradedLine(c);
		if (note) println(ctx.stdout, note);
	}
	return 0;
}

/**
 * The cohort saved beside the store when it was made from the store as it is now (corpus/cohort-snapshot.ts);
 * else made from the store, and saved for the next time.
 */
async function cohortOfStore(ctx: Context): Promise<Cohort> {
	const file = storePath(ctx);
	const saved = loadCohortSnapshot(file);
	if (saved) return saved;
	const state = storeStateNow(file);
	const {data} = await openForReading(ctx);
	const made = cohort(data);
	saveCohortSnapshot(file, made, state);
	return made;
}
