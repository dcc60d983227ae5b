/**
 * Issue 12's reading keys in the built program in a real terminal (tmux, colour on): the timeline's authority
 * picker narrowed by typing, a merged line's reports, one of them opened in the reader, and a find there whose
 * matches are drawn highlighted (inverse for the current one) in lines that still fit the terminal. `npm test`
 * builds first; this file builds nothing. CI is unset for the program (see tmux.test.ts).
 */
import {afterAll, describe, expect, it} from 'vitest';
import {builtCli, have, removeTempDirs, repoRoot, storeCopy, tmuxServer} from './tmux-driver.js';

const ready = have('tmux');
if (!ready) console.warn('skipping the reader find end-to-end test: tmux is not installed');

const server = tmuxServer(`scrutiny-find-${process.pid}`);

afterAll(() => {
	server.kill();
	removeTempDirs();
});

const selectedLine = (screen: string) => screen.split('\n').find((l) => l.startsWith('›')) ?? '';

describe.skipIf(!ready)('picking, reports and find in a real terminal', () => {
	it('narrows the picker by typing, opens the third report of a line, and highlights a find in the reader', async () => {
		const [columns, rows] = [100, 30];
		const pane = server.pane('find', columns, rows, {FORCE_COLOR: '1'});
		pane.shell(`cd ${repoRoot} && node ${builtCli} --db ${storeCopy()}; echo "exit=$?"`);
		await pane.waitFor((s) => s.includes('Authorities') && s.includes('Most quoted'));

		// The picker: `k` and `e` are text here (not "up" and "edit"); Enter picks, Enter again applies.
		pane.keys('3');
		await pane.waitFor(/Timeline · 21 events in date order/);
		pane.keys('a');
		await pane.waitFor(/Show authorities: +· 2 of 2 · 0 picked/);
		pane.type('lincolnshire');
		await pane.waitFor(/Show authorities: lincolnshire +· 1 of 2 match/);
		pane.keys('Enter');
		await pane.waitFor(/· 2 of 2 · 1 picked/);
		pane.keys('Enter');
		await pane.waitFor(/Timeline · 7 of 21 events · North East Lincolnshire/);
		pane.keys('Escape');
		await pane.waitFor(/Timeline · 21 events in date order/);

		// The January 2019 judgement's three reports; the third opened at its paragraph. (The selection stayed on
		// the line it was on while filtered: from the top, it is the fourth line.)
		pane.keys('g');
		await pane.waitFor((s) => selectedLine(s).includes('Jul 2012'));
		for (let i = 0; i < 3; i++) pane.keys('j');
		await pane.waitFor((s) => selectedLine(s).includes('Jan 2019'));
		pane.keys('R');
		await pane.waitFor('3 reports, merged into this line');
		pane.keys('j', 'j');
		await pane.waitFor((s) => selectedLine(s).includes('002_2faa4e66540421cf.txt · undated · ¶2'));
		pane.keys('Enter');
		await pane.waitFor(/¶ 2 of \d+/);

		// Find: every match highlighted as typed, the current one inverse; n steps on.
		pane.keys('/');
		await pane.waitFor('› find:');
		pane.type('council');
		const found = await pane.waitFor(/match 1 of (\d+)/);
		const total = Number(/match 1 of (\d+)/.exec(found)![1]);
		expect(total).toBeGreaterThan(1);
		const styled = server.run('capture-pane', '-e', '-p', '-t', pane.target);
		// The current match in inverse video (SGR 7), the others in their own style.
		expect(styled).toMatch(/\u001B\[[0-9;]*7[0-9;]*m[Cc]ouncil/);
		expect(found.trimEnd().split('\n').length).toBeLessThanOrEqual(rows);
		for (const line of found.split('\n')) expect(line.length).toBeLessThanOrEqual(columns);
		pane.keys('Enter');
		await pane.waitFor(/find: council · match 1 of/);
		pane.keys('n');
		await pane.waitFor(new RegExp(`match 2 of ${total}`));
		pane.keys('Escape');
		await pane.waitFor(/¶ \d+ of \d+ ·/);

		// Back to the reports, then the timeline as it was.
		pane.keys('Escape');
		await pane.waitFor('3 reports, merged into this line');
		pane.keys('Escape');
		await pane.waitFor((s) => selectedLine(s).includes('Jan 2019'));
		pane.keys('q');
		await pane.waitFor('exit=0');
	});
});
