/** `scrutiny cohort` on the bundled store: the summary by response type in every format. */
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {runCommand, tempStore} from '../helpers/cli.js';

const {store} = tempStore();

describe('scrutiny cohort', () => {
	it('--json gives the summary by response type and every episode', async () => {
		const r = await runCommand('cohort', [], {db: store, json: true});
		expect(r.status).toBe(0);
		const c = JSON.parse(r.stdout) as {authorities: number; episodes: {authority: string; judgement: string}[]; rows: {type: string; episodes: number}[]};
		expect(c.rows.map((x) => x.type)).toContain('next-better-rating');
		expect(c.episodes.some((e) => e.authority === 'North East Lincolnshire')).toBe(true);
		expect(c.authorities).toBe(new Set(c.episodes.map((e) => e.authority)).size);
		// The calls to resign in both councils' latest episodes were dated and happened.
		expect(c.rows.find((x) => x.type === 'resignation-call')!.episodes).toBeGreaterThanOrEqual(2);
	});

	it('--csv is one row a response type, as R and pandas read it; --md and text say what the figures are', async () => {
		const r = await runCommand('cohort', [], {db: store, csv: true});
		const rows = parse(r.stdout, {columns: true}) as Record<string, string>[];
		expect(Object.keys(rows[0]!)).toEqual(['response', 'type', 'authorities', 'episodes', 'medianMonths', 'minMonths', 'maxMonths']);
		expect(rows).toHaveLength(9);
		const md = await runCommand('cohort', [], {db: store, md: true});
		expect(md.stdout).toMatch(/^\d+ authorities, \d+ episodes; months since each 'inadequate' judgement\./);
		expect(md.stdout).toContain('| response | type | authorities |');
		const text = await runCommand('cohort', [], {db: store});
		expect(text.stdout).toMatch(/calls to resign\s+resignation-call\s+\d+/);
	});
});
