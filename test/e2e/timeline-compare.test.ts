/**
 * The research views in the built program in a real terminal (tmux), at 100x30 and 80x24: the timeline (3) in
 * date order with its chart and year jumps, the comparison (4) side by side with the response rows and the
 * alignment toggle, `--ascii`, and a curated edit written to the store file by the program itself. `npm test`
 * builds first; this file builds nothing. CI is unset for the program (see tmux.test.ts).
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {sharedDir} from '../helpers/gold.js';
import {builtCli, have, removeTempDirs, repoRoot, storeCopy, tmuxServer, type Pane} from './tmux-driver.js';

// The program is built by test/global-setup.ts; only tmux may be missing.
const ready = have('tmux');
if (!ready) console.warn('skipping the timeline and compare end-to-end tests: tmux is not installed');

const server = tmuxServer(`scrutiny-research-${process.pid}`);

afterAll(() => {
	server.kill();
	removeTempDirs();
});

/** Starts the UI on a fresh copy of the bundled store and waits for the dashboard; returns the store's path. */
async function start(pane: Pane, flags = ''): Promise<string> {
	const store = storeCopy();
	pane.shell(`cd ${repoRoot} && node ${builtCli} --db ${store} ${flags}; echo "exit=$?"`);
	await pane.waitFor((s) => s.includes('Authorities') && s.includes('Most quoted'));
	return store;
}

const rowOf = (screen: string, text: string | RegExp) => screen.split('\n').findIndex((l) => (typeof text === 'string' ? l.includes(text) : text.test(l)));
/** The selected line of the timeline's list. */
const selectedLine = (screen: string) => screen.split('\n').find((l) => /^›[○◆✎✗↺opcxrO] /.test(l)) ?? '';

describe.skipIf(!ready).each([
	[100, 30],
	[80, 24],
])('the research views in a %ix%i terminal', (columns, rows) => {
	it('3 shows the timeline in date order, grouped by year under its chart; ] and [ jump by year', async () => {
		const pane = server.pane(`timeline${columns}`, columns, rows);
		await start(pane);
		pane.keys('3');
		const screen = await pane.waitFor(/Timeline · 21 events in date order/);
		const lines = screen.trimEnd().split('\n');
		expect(lines.length).toBeLessThanOrEqual(rows);
		// The chart: the years, then a strip per authority with the judgements' letters.
		expect(screen).toMatch(/^\s+(2012|'12)\s+/m);
		expect(screen).toMatch(/^Blackpool\s+I\s+·/m);
		expect(screen).toMatch(/^North East Lincolnshire\s+·/m);
		// Year headers and lines in date order, one line for the January 2019 judgement and its three reports.
		const order = ['── 2012', 'Jul 2012', '── 2015', '~2015', '── 2018', 'Dec 2018', '── 2019', 'Jan 2019'].map((t) => rowOf(screen, t));
		expect(order.every((i) => i > 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(lines.filter((l) => /^[› ]○ Jan 2019/.test(l))).toHaveLength(1);
		expect(screen).toMatch(/○ Jan 2019\s+Blackpool\s+judgement\s+inadequate\s+×3/);
		// The selected event's source paragraph under the list.
		expect(screen).toContain('¶16 of “‘I lost sleep over child services shaming’”');

		const jumps: string[] = [];
		for (const expected of ['~2015', 'Dec 2018', 'Jan 2019', 'Nov 2021', '~Jan 2022', 'undated']) {
			pane.keys(']');
			jumps.push(selectedLine(await pane.waitFor((s) => selectedLine(s).includes(expected))));
		}
		expect(jumps.at(-1)).toMatch(/undated\s+Blackpool\s+judgement\s+req\. improv\./);
		pane.keys('[');
		await pane.waitFor((s) => selectedLine(s).includes('~Jan 2022'));

		// Its own search: / filters the lines (the global search does not open); Esc, Esc clears it.
		pane.keys('/');
		await pane.waitFor('› find in timeline:');
		pane.type('commissioner');
		const found = await pane.waitFor(/4 of 21 lines/);
		expect(found).not.toContain('~2015');
		pane.keys('Enter');
		await pane.waitFor('· “commissioner”');
		pane.keys('Escape');
		await pane.waitFor(/Timeline · 21 events in date order/);

		pane.keys('q');
		await pane.waitFor('exit=0');
	});

	it('4 shows the two authorities side by side with the response rows; m aligns by the judgement', async () => {
		const pane = server.pane(`compare${columns}`, columns, rows);
		await start(pane);
		pane.keys('4');
		const screen = await pane.waitFor('Compare · Blackpool and North East Lincolnshire');
		expect(screen).toMatch(/^\s+Blackpool\s+North East Lincolnshire\s*$/m);
		expect(screen).toMatch(/latest rating\s+inadequate \(~?Jan 2019\)\s+inadequate \(Nov 2021\)/);
		expect(screen).toMatch(/'inadequate' judgement\s+~?Jan 2019\s+Nov 2021/);
		// Elapsed time from the dates' spans (January 2019 to ~1 February: 1 day to 4 weeks), not calendar months.
		// At 80 columns the cell wraps after "day-4", the right side's text between.
		expect(screen).toMatch(/calls to resign\s+~2019-02-01, ~1 day-4( |[^\n]*\n\s+)weeks\s+/);
		expect(screen).toMatch(/refused to go\s+~2019-02-01, ~1 day-4( |[^\n]*\n\s+)weeks\s+/);
		// "An independent children's commissioner is due to be appointed this month": a plan, not the response
		// (the row is below the first screen at 24 rows).
		if (rows >= 30) expect(screen).toMatch(/commissioner appointed\s+planned for ~Feb 2019/);
		expect(screen).not.toContain('→');

		pane.keys('m');
		await pane.waitFor("aligned by months since 'inadequate'");
		// Page down until the judgement's row shows with both sides (the stacked form is longer than a screen).
		const both = (s: string) => {
			const at = rowOf(s, /^at the judgement/);
			return at > 0 && at + 5 < s.trimEnd().split('\n').length - 1 && (columns < 100 || /^2-4 months after/m.test(s));
		};
		let aligned = pane.capture();
		for (let i = 0; i < 10 && !both(aligned); i++) {
			pane.keys('PageDown');
			aligned = await pane.waitFor((s) => s !== aligned);
		}
		if (columns >= 100) {
			expect(aligned).toMatch(/^at the judgement\s+○ ~?Jan 2019 judgement inadequate.*○ Nov 2021 judgement inadequate/m);
			// Month-dated lines read with their range, as compare says elapsed time (ALIGN-1).
			expect(aligned).toMatch(/^2-4 months after\s+○ Feb 2022 \[planned\] no-confidence/m);
		} else {
			// Below 100 columns the two timelines stack, each row's two sides one under the other.
			const at = rowOf(aligned, /^at the judgement/);
			expect(aligned.split('\n')[at + 1]).toMatch(/^ {2}Blackpool: ○ ~?Jan 2019 judgement inadequate/);
			expect(aligned.split('\n').slice(at + 1).find((l) => l.startsWith('  NEL:'))).toMatch(/^ {2}NEL: ○ Nov 2021 judgement inadequate/);
		}

		pane.keys('q');
		await pane.waitFor('exit=0');
	});
});

describe.skipIf(!ready)('curation, --ascii and NO_COLOR in the built program', () => {
	it('keeps every origin and rating readable without colour under NO_COLOR', async () => {
		const pane = server.pane('nocolor', 100, 30, {NO_COLOR: '1'});
		await start(pane);
		pane.keys('3');
		await pane.waitFor(/Timeline · 21 events/);
		const styled = server.run('capture-pane', '-e', '-p', '-t', pane.target);
		expect(styled).not.toMatch(/\u001B\[[0-9;]*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m/);
		const plain = pane.capture();
		expect(plain).toContain('◆ Ofsted  ○ press  ✎ curated');
		expect(plain).toMatch(/^Blackpool\s+I\s+·/m);
		expect(plain).toMatch(/○ Jan 2019\s+Blackpool\s+judgement\s+inadequate/);
		pane.keys('q');
		await pane.waitFor('exit=0');
	});

	it('saves an edit to the store file (locked, atomic), shows it at once and keeps it after r', async () => {
		const pane = server.pane('curate', 100, 30);
		const store = await start(pane);
		pane.keys('3');
		await pane.waitFor(/Timeline · 21 events/);
		for (let i = 0; i < 3; i++) pane.keys(']');
		await pane.waitFor((s) => selectedLine(s).includes('Jan 2019'));
		pane.keys('e');
		await pane.waitFor('Edit event: saved as a curated copy');
		pane.keys('C-u');
		pane.type('2019-01-17');
		await pane.waitFor('2019-01-17 · day');
		// Date, type, status, rating, authority: the summary is the sixth field.
		for (let i = 0; i < 5; i++) pane.keys('Tab');
		pane.keys('C-u');
		pane.type('Ofsted rated it inadequate');
		pane.keys('Enter');
		const saved = await pane.waitFor('saved to the store');
		expect(selectedLine(saved)).toMatch(/^›✎ 2019-01-17\s+Blackpool\s+judgement\s+inadequate\s+×3 Ofsted rated it inadequate/);
		// Curated work is kept in the curated file beside the store (the store file is left as the import wrote it).
		const onDisk = JSON.parse(readFileSync(`${store}.curated.json`, 'utf8')) as {events: {origin: string; summary: string; replaces?: string; hidden?: boolean}[]};
		expect(onDisk.events.find((e) => e.origin === 'curated' && !e.hidden)).toMatchObject({summary: 'Ofsted rated it inadequate', replaces: '000_a503623955de7664-e2'});
		pane.keys('r');
		await pane.waitFor('reloaded:');
		expect(await pane.waitFor('Ofsted rated it inadequate')).toContain('✎ 2019-01-17');
		pane.keys('q');
		await pane.waitFor('exit=0');
	});

	it('draws the chart and the markers in ASCII with --ascii', async () => {
		const pane = server.pane('ascii', 100, 30);
		await start(pane, '--ascii');
		pane.keys('3');
		const screen = await pane.waitFor(/Timeline · 21 events/);
		expect(screen).toMatch(/^Blackpool\s+I\s+\.\s+\.\s+#\s+/m);
		expect(screen).toMatch(/^›p Jul 2012/m);
		expect(screen).toContain('O Ofsted  p press  c curated');
		pane.keys('q');
		await pane.waitFor('exit=0');
	});
});

/** A store of the shared corpus with the official judgements, made by the built program itself. */
function storeWithOfficial(): string {
	const store = storeCopy();
	const run = (...args: string[]) => execFileSync(process.execPath, [builtCli, ...args, '--db', store], {cwd: repoRoot, stdio: 'pipe'});
	rmSync(store);
	run('import', path.join(sharedDir, 'corpus'));
	run('import-ofsted', path.join(sharedDir, 'ofsted_ilacs', 'ofsted_csc_ilacs_history.csv'));
	return store;
}

describe.skipIf(!ready)('the research views with the official judgements loaded', () => {
	it('compares episodes against the official dates, marks plans, names frameworks and links reports, and 6 shows every article again', async () => {
		const store = storeWithOfficial();
		const pane = server.pane('official', 120, 40);
		pane.shell(`cd ${repoRoot} && node ${builtCli} --db ${store}; echo "exit=$?"`);
		await pane.waitFor((s) => s.includes('Authorities') && s.includes('Most quoted'));
		// Official judgements are among the latest events; the header counts timeline lines and fragments apart.
		const board = pane.capture();
		// The latest events name types as the timeline does, with the rating whole (DASH-1).
		expect(board).toMatch(/2025-09-03\s+North East Lincolnshire\s+judgement good/);
		expect(board).toMatch(/\d+ quotes \(\+\d+ fragments\) · \d+ events/);

		pane.keys('4');
		const cmp = await pane.waitFor('Compare · Blackpool and North East Lincolnshire');
		// Ofsted: Blackpool inadequate 17/01/19, requires improvement 01/02/23; NEL inadequate 26/11/21, good 03/09/25.
		expect(cmp).toMatch(/episode\s+2 of 2: 2019-01-17 – 2023-02-01\s+1 of 1: 2021-11-26 – 2025-09-03/);
		// 17 Jan to ~1 Feb 2019 (the article's date) is 15 days; 26 Nov 2021 to 26 Jan 2022 is 61.
		expect(cmp).toMatch(/calls to resign\s+~2019-02-01, ~2 weeks after: Conservatives and\s+2022-01-26, 61 days after: Labour called for/);
		expect(cmp).toMatch(/refused to go\s+~2019-02-01, ~2 weeks after: Simon Blackburn/);
		// 000 ¶10 names Coun Cain 'along with' the leader who stays: both refused (¶8: "they refuse to do so") (REFUSE-1).
		expect(cmp).toMatch(/^\s+and Graham Cain refused to resign\s+refused to resign/m);
		// "A new children's services oversight board is to be set up": planned, not the response, and with no date
		// given the article's month is not told as the date planned.
		expect(cmp).toMatch(/improvement board\s+~2019-02-01, ~2 weeks after\s+planned \(no date given;/);
		expect(cmp).not.toMatch(/planned for ~Jan 2022/);
		// 17 Jan 2019 to 1 Feb 2023: 1,476 days (48.5 months); 26 Nov 2021 to 3 Sep 2025: 1,377 (45.2).
		expect(cmp).toMatch(/next better rating\s+2023-02-01, 48 months after\s+2025-09-03, 45 months after/);
		// The youth offending team's inspection is not a children's services judgement.
		expect(cmp).toMatch(/other inspections\s+~Dec 2018 youth justice/);
		// Frameworks by date: 2012 before SIF, 2014 and 2017 SIF, from 2018 ILACS.
		expect(cmp).toMatch(/^\s+pre-SIF\]; 2014-09-08 requires improvement/m);
		expect(cmp).toMatch(/2017-09-25 grade not recorded \[Ofsted SIF\]/);
		expect(cmp).toMatch(/2021-11-26 inadequate \[Ofsted ILACS\]/);
		expect(cmp).not.toContain('→');

		// e: Blackpool's first episode, the 2012 judgement to the 2014 'requires improvement' the press reported.
		pane.keys('e');
		const first = await pane.waitFor(/episode\s+1 of 2: 2012-07-13 – 2014-09-08/);
		expect(first).toMatch(/next better rating\s+2014-09-08, 26 months after/);
		expect(first).toMatch(/calls to resign\s+missing\s+2022-01-26/);
		pane.keys('e');
		await pane.waitFor(/episode\s+2 of 2: 2019-01-17/);

		// The timeline's detail names an official report's framework and its link.
		pane.keys('3');
		await pane.waitFor(/Timeline · \d+ events in date order/);
		const detail = await pane.waitFor('https://files.ofsted.gov.uk/v1/file/');
		expect(detail).toContain('the frameworks before SIF');
		expect(detail).toMatch(/2012-07-13\s+Blackpool\s+judgement\s+\(inadequate\)/);

		// Articles about North East Lincolnshire from the dashboard, then 6: every article again.
		pane.keys('1');
		await pane.waitFor('Most quoted');
		pane.keys('j');
		await pane.waitFor((s) => /^› North East Lincolnshire/m.test(s));
		pane.keys('Enter');
		await pane.waitFor('Articles about North East Lincolnshire · 1');
		pane.keys('6');
		await pane.waitFor(/^Articles · 5 · sorted by/m);

		// 7: the cohort of every authority's episodes (the official data's 'inadequate' judgements with the press's responses).
		pane.keys('7');
		const cohort = await pane.waitFor(/Cohort · \d+ authorities, \d+ episodes/);
		expect(cohort).toMatch(/C calls to resign\s+2 of \d+\s+2\s+/);
		expect(cohort).toMatch(/^Blackpool 2019-01-17\s+\S*R/m);

		pane.keys('q');
		await pane.waitFor('exit=0');
	});
});
