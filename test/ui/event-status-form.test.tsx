/**
 * The event form's status through the real input path: a plan edited to what happened and a new event of your
 * own that was only proposed, each saved to a store file with the curated event and shown in the timeline.
 */
import {copyFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {saveCuration} from '../../source/corpus/curation.js';
import {openStore} from '../../source/corpus/store/index.js';
import {bundledStorePath, expectFits, keys, renderApp} from './harness.js';

afterEach(() => cleanup());

const today = '2026-11-22';
const selected = (app: {lines: () => string[]}) => app.lines().find((l) => l.startsWith('›'))!;

function storeFile(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-ui-status-'));
	const file = path.join(dir, 'store.json');
	copyFileSync(bundledStorePath, file);
	return file;
}

describe('the event form’s status', () => {
	it('shows a line’s status, saves the one chosen with the curated event, and the timeline marks it', async () => {
		const file = storeFile();
		const app = await renderApp(file, {today: () => today, curate: (edit) => saveCuration(file, edit, {today})});
		const onDisk = async () => (await openStore(file, {readOnly: true})).data;
		await app.pressCommand('view-timeline');
		await app.pressCommand('timeline-find');
		await app.type('oversight board');
		await app.pressCommand('find-done', {typing: true});
		expect(selected(app)).toMatch(/board\s+×1 \[planned\] A new children’s services oversight board/);

		// e: the form says the board was planned; the researcher knows it was set up.
		await app.pressCommand('edit-event');
		await app.waitForText('Edit event');
		expect(app.frame()).toMatch(/ Status\s+‹ planned ›\s+announced, not done: not counted/);
		await app.press(keys.tab);
		await app.press(keys.tab);
		expect(app.frame()).toMatch(/› Status\s+‹ planned ›/);
		await app.pressCommand('form-option-previous', {typing: true});
		expect(app.frame()).toMatch(/› Status\s+‹ happened ›\s+done: counts as a response/);
		await app.press(keys.enter);
		await app.waitForText('saved to the store');
		expect(selected(app)).toMatch(/^›✎ .*board\s+(×1 )?A new children’s services oversight board/);
		expect(selected(app)).not.toContain('[planned]');
		const copy = (await onDisk()).events.find((e) => e.origin === 'curated' && !e.hidden && e.type === 'improvement-board')!;
		expect(copy.status).toBeUndefined();

		// n: an event of your own that was only proposed, its status picked by its first letter (the find cleared first).
		await app.press(keys.escape);
		await app.pressCommand('add-event');
		await app.waitForText('Add an event of your own');
		await app.type('2022-02');
		await app.press(keys.tab);
		await app.type('n');
		expect(app.frame()).toMatch(/› Type\s+‹ no-confidence ›/);
		await app.press(keys.tab);
		await app.type('pp');
		expect(app.frame()).toMatch(/› Status\s+‹ proposed ›\s+called for only: not counted/);
		for (let i = 0; i < 3; i++) await app.press(keys.tab);
		await app.type('Opposition proposed a vote of no confidence');
		await app.press(keys.enter);
		await app.waitForText(/^›✎ .*Opposition proposed/m);
		expect(selected(app)).toMatch(/no-confidence\s+\[proposed\] Opposition proposed a vote/);
		expect((await onDisk()).events.find((e) => e.summary === 'Opposition proposed a vote of no confidence')).toMatchObject({origin: 'curated', type: 'no-confidence-vote', status: 'proposed'});
	});

	it('fits with its six fields at 80x24, 60x20 and the smallest terminal drawn', async () => {
		for (const [c, r] of [
			[80, 24],
			[60, 20],
			[40, 10],
		] as const) {
			const app = await renderApp(storeFile(), {columns: c, rows: r, today: () => today, curate: async () => ({ok: true, id: 'x'}) as never});
			await app.pressCommand('view-timeline');
			await app.pressCommand('add-event');
			expectFits(app, c, r);
			app.unmount();
		}
	});
});
