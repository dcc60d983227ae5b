/** REPORTS-1: R on a search result that is a merged event line lists every report, as the timeline's R does. */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {bundledData, renderApp, type AppHarness} from '../ui/harness.js';

afterEach(() => cleanup());

const selected = (app: AppHarness) => app.lines().find((l) => l.startsWith('›') && !l.startsWith('› reports of a line'))!;

describe('R in the search results', () => {
	it('lists both articles of a merged resignation-call line, opens the second, and Esc comes back', async () => {
		const app = await renderApp(bundledData());
		await app.pressCommand('search');
		await app.type('type:resignation-call');
		await app.waitForText('2 results');
		await app.pressCommand('search-leave', {typing: true});
		expect(app.lines().at(-1)).toContain('R reports');
		// Blackpool's line: two articles report it (000 and 001).
		if (!/› event +Blackpool/.test(app.frame())) await app.pressCommand('move-down');
		expect(app.frame()).toMatch(/› event +Blackpool · resignation-call/);
		await app.pressCommand('line-reports');
		await app.waitForText('2 reports, merged into this line');
		expect(app.lines()[1]).toContain('› Reports');
		await app.pressCommand('move-down');
		const second = selected(app);
		await app.pressCommand('open');
		await app.waitForText('› Reader');
		expect(second).toMatch(/\.txt/);
		await app.pressCommand('back');
		await app.waitForText('› Reports');
		await app.pressCommand('back');
		await app.waitForText('2 results');
	});

	it('says why on a result that is no event', async () => {
		const app = await renderApp(bundledData());
		await app.pressCommand('search');
		await app.type('poundland');
		await app.waitForText(/\d+ results?/);
		await app.pressCommand('search-leave', {typing: true});
		await app.pressCommand('line-reports');
		await app.waitForText(/R lists the reports of an event; this result is an? (quote|article)/);
	});
});
