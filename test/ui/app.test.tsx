import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {commands, keyLabel} from '../../source/ui/keymap.js';
import type {ViewModule} from '../../source/ui/views/view-types.js';
import {timelineController} from '../../source/ui/views/timeline/controller.js';
import {manyAuthorities} from './fixtures.js';
import {bundledData, expectFits, keys, renderApp} from './harness.js';

afterEach(() => cleanup());

const data = bundledData();

describe('the shell', () => {
	it('switches views with 1-6 and marks the current tab', async () => {
		const app = await renderApp(data);
		const expected = [
			['2', /most recent quotes|searching/],
			['3', /Timeline · \d+ events/],
			['4', /Compare · /],
			['5', /People · \d+/],
			['6', /Articles · \d+/],
			['1', /Authorities/],
		] as const;
		for (const [key, text] of expected) {
			await app.press(key);
			// Leave the search box first: digits typed there are text.
			if (key === '2') await app.press(keys.escape);
			await app.waitForText(text);
		}
	});

	it('goes back through the screens with Esc, like a browser', async () => {
		const app = await renderApp(data);
		await app.press('5');
		await app.press(keys.enter);
		await app.waitForText('› Quotes:');
		await app.press(keys.enter);
		await app.waitForText('› Reader');
		await app.press(keys.escape);
		await app.waitForText('› Quotes:');
		await app.press(keys.escape);
		await app.waitForText('People · ');
		await app.press(keys.escape);
		await app.waitForText('Authorities');
		await app.pressQuietly(keys.escape);
		expect(app.frame()).toContain('Authorities');
	});

	it('lists every key of the keymap in the ? help, which scrolls and closes with ? or Esc', async () => {
		// Tall enough for every command at once; the 80x24 case below scrolls.
		const app = await renderApp(data, {columns: 100, rows: 120});
		await app.press('?');
		const f = app.frame();
		for (const c of commands) {
			expect(f).toContain(c.keys.map(keyLabel).join(' '));
			expect(f).toContain(c.description.slice(0, 40));
		}
		await app.press('?');
		expect(app.frame()).toContain('Authorities');
		const small = await renderApp(data, {columns: 80, rows: 24});
		await small.press('?');
		expect(small.frame()).toMatch(/lines 1-\d+ of \d+/);
		await small.press('G');
		// The bottom of the help is the keymap's last command.
		expect(small.frame()).toContain(commands.at(-1)!.description.slice(0, 30));
		expectFits(small, 80, 24);
		await small.press(keys.escape);
		expect(small.frame()).toContain('Authorities');
	});

	it('shows in the footer only the keys that work here', async () => {
		const app = await renderApp(data);
		expect(app.lines().at(-1)).toBe('j/k move  Enter open  q quit  ? help  / search  Esc back');
		await app.press('/');
		expect(app.lines().at(-1)).toMatch(/^↑\/↓ move {2}Enter open {2}Tab scope {2}Esc leave box/);
		await app.press(keys.escape);
		await app.press('6');
		expect(app.lines().at(-1)).toContain('s sort');
	});

	it('quits on q, and on Ctrl+C even while typing', async () => {
		const app = await renderApp(data);
		await app.pressQuietly('q');
		expect(app.quitCount()).toBe(1);
		const typing = await renderApp(data);
		await typing.press('/');
		await typing.type('q');
		expect(typing.quitCount()).toBe(0);
		await typing.pressQuietly(keys.ctrlC);
		expect(typing.quitCount()).toBe(1);
	});

	it('shows an error panel for a view that fails, and the rest keeps working', async () => {
		const Broken = () => {
			throw new Error('the timeline broke');
		};
		const broken = {component: Broken, controller: timelineController} as unknown as ViewModule<'timeline'>;
		const app = await renderApp(data, {views: {timeline: broken}});
		await app.press('3');
		expect(app.frame()).toContain('Error in the timeline view');
		expect(app.frame()).toContain('the timeline broke');
		expect(app.frame()).toContain(' 3 Timeline ');
		await app.press('5');
		expect(app.frame()).toMatch(/People · \d+/);
		await app.press(keys.escape);
		expect(app.frame()).toContain('Error in the timeline view');
		await app.press(keys.escape);
		expect(app.frame()).toContain('Authorities');
	});

	it('reports a failing key handler in the footer and carries on', async () => {
		const failing = {
			component: () => null,
			controller: () => {
				throw new Error('no can do');
			},
		} as unknown as ViewModule<'compare'>;
		const app = await renderApp(data, {views: {compare: failing}});
		await app.press('4');
		await app.press('j');
		expect(app.lines().at(-1)).toContain('error in the compare view: no can do');
		await app.press('1');
		expect(app.frame()).toContain('Authorities');
	});

	it('follows resizes and never draws a frame taller or wider than the terminal', async () => {
		const app = await renderApp(manyAuthorities(30), {columns: 120, rows: 40});
		for (const [c, r] of [
			[100, 30],
			[80, 24],
			[60, 20],
			[100, 12],
		] as const) {
			await app.resize(c, r);
			for (const key of ['1', '2', '3', '4', '5', '6', '7', '?']) {
				await app.pressQuietly(key);
				if (key === '2') await app.pressQuietly(keys.escape);
				expectFits(app, c, r);
			}
			await app.pressQuietly(keys.escape);
		}
	});

	it('says so when the terminal is too small, and q still quits', async () => {
		const app = await renderApp(data, {columns: 30, rows: 8});
		expect(app.frame()).toContain('Terminal too small (30x8)');
		await app.pressQuietly('q');
		expect(app.quitCount()).toBe(1);
	});

	it('at 30x10 the whole message fits, wrapped, and keys other than quit do nothing to the hidden view', async () => {
		const app = await renderApp(data, {columns: 30, rows: 10});
		expectFits(app, 30, 10);
		expect(app.lines().join(' ').replace(/\s+/g, ' ')).toContain('Terminal too small (30x10); scrutiny needs 40x10. q quits.');
		const before = app.frame();
		// Tabs, the compare view's reports panel and its filter: none may act unseen.
		for (const key of ['4', 'R', '5', '6', '7', '/', 'x', keys.enter]) await app.pressQuietly(key);
		expect(app.frame()).toBe(before);
		expect(app.quitCount()).toBe(0);
		await app.resize(100, 30);
		await app.waitForText('Dashboard');
		// Still the dashboard the app opened on, with nothing opened over it.
		expect(app.lines()[2]).toMatch(/^Dashboard|Latest events|Authorities/);
		expect(app.frame()).not.toMatch(/Compare ·|People ·|Articles ·|Reports of/);
		await app.resize(30, 10);
		await app.pressQuietly(keys.ctrlC);
		expect(app.quitCount()).toBe(1);
	});

	it('reloads the store on r', async () => {
		const smaller = {...data, articles: data.articles.slice(0, 1)};
		const app = await renderApp(data, {reload: async () => smaller});
		await app.press('r');
		await app.waitForText('reloaded: 1 articles');
		expect(app.lines()[0]).toMatch(/ 1 art/);
		await app.press('j');
		expect(app.frame()).not.toContain('reloaded');
		const none = await renderApp(data);
		await none.press('r');
		expect(none.frame()).toContain('nothing to reload from');
		const failing = await renderApp(data, {
			reload: async () => {
				throw new Error('corpus.json: not valid JSON');
			},
		});
		await failing.press('r');
		await failing.waitForText('reload failed: corpus.json: not valid JSON');
	});
});
