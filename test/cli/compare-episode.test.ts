/** `compare --episode`: the CLI's way to pick the episode each side is read for (the UI's e/E), on the built program. */
import {describe, expect, it} from 'vitest';
import {episodesAsked} from '../../source/cli/commands/compare.js';
import {runBuilt, tempStore} from '../helpers/cli.js';

const {store} = tempStore();
const compare = (...extra: string[]) => runBuilt(['compare', 'blackpool', 'NE Lincolnshire', '--db', store, ...extra]);
type Row = {label: string; left: string; right: string};
const row = (json: string, label: string) => (JSON.parse(json) as {rows: Row[]}).rows.find((r) => r.label === label)!;

describe('compare --episode', () => {
	it('reads N for both sides, N,M per side, counted from 1 for the oldest', () => {
		expect(episodesAsked(undefined)).toEqual([null, null]);
		expect(episodesAsked('2')).toEqual([1, 1]);
		expect(episodesAsked('1,2')).toEqual([0, 1]);
		for (const bad of ['0', 'x', '1,', '1,2,3', '-1', '1.5']) expect(() => episodesAsked(bad), bad).toThrow(/--episode takes N or N,M/);
	});

	it('reads Blackpool for its 2012 episode with --episode 1 (its notice lifted), the latest without', () => {
		const latest = compare('--json');
		expect(latest.status).toBe(0);
		expect(row(latest.stdout, 'episode').left).toMatch(/^2 of 2: Jan 2019/);
		expect(row(latest.stdout, 'improvement notice lifted').left).toMatch(/^missing/);
		const first = compare('--json', '--episode', '1');
		expect(first.status).toBe(0);
		expect(row(first.stdout, 'episode').left).toMatch(/^1 of 2: Jul 2012 – Jan 2019/);
		expect(row(first.stdout, 'episode').right).toMatch(/^1 of 1: Nov 2021/);
		expect(row(first.stdout, 'improvement notice lifted').left).toMatch(/^~2015, ~2-3 years after/);
		expect(JSON.parse(first.stdout).left.episode).toBe(0);
		// Per side: the left's second, the right's first.
		expect(row(compare('--json', '--episode', '2,1').stdout, 'episode').left).toMatch(/^2 of 2/);
	});

	it('refuses an episode the authority does not have (exit 1) and a value that is no number (exit 2)', () => {
		const none = compare('--episode', '3');
		expect(none.status).toBe(1);
		expect(none.stderr).toBe("scrutiny: Blackpool has 2 'inadequate' episodes (--episode asked for 3)\n");
		expect(compare('--episode', '1,2').stderr).toContain("North East Lincolnshire has 1 'inadequate' episode (--episode asked for 2)");
		const bad = compare('--episode', 'first');
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/--episode takes N or N,M/);
	});
});
