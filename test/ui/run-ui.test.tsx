/**
 * The real entry into the UI (`runUi`), on fake terminal streams: the terminal is given back (cursor shown,
 * raw mode off, alternate screen left) on a quit and on a crash, and a crash exits 1 with one line on stderr.
 */
import {Console} from 'node:console';
import {EventEmitter} from 'node:events';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {emptyStore, type StoreData} from '../../source/corpus/schema.js';
import {startSnapshot} from '../../source/corpus/start-snapshot.js';
import {StoreError} from '../../source/corpus/store/index.js';
import {dashboardLimits} from '../../source/corpus/dashboard.js';
import {runUi} from '../../source/ui/run-ui.js';
import type {ViewModule} from '../../source/ui/views/view-types.js';
import {timelineController} from '../../source/ui/views/timeline/controller.js';
import {bundledData, waitUntil} from './harness.js';

class FakeIn extends EventEmitter {
	isTTY = true;
	rawModes: boolean[] = [];
	private pending: string | null = null;
	setRawMode(on: boolean) {
		this.rawModes.push(on);
		return this;
	}
	setEncoding() {
		return this;
	}
	ref() {
		return this;
	}
	unref() {
		return this;
	}
	resume() {
		return this;
	}
	pause() {
		return this;
	}
	read() {
		const p = this.pending;
		this.pending = null;
		return p;
	}
	type(s: string) {
		this.pending = s;
		this.emit('readable');
	}
}

class FakeOut extends EventEmitter {
	isTTY = true;
	columns = 100;
	rows = 30;
	written = '';
	write(s: string, cb?: () => void) {
		this.written += s;
		cb?.();
		return true;
	}
}

function streams() {
	const stdin = new FakeIn();
	const stdout = new FakeOut();
	const stderr = new FakeOut();
	return {stdin, stdout, stderr, streams: {stdin, stdout, stderr} as unknown as Parameters<typeof runUi>[0]['streams']};
}

// Ink patches the console (so that logging does not tear the frame) with `new console.Console`, which vitest's
// console replacement lacks.
const consoleWithConstructor = console as Console & {Console?: typeof Console};
const hadConsole = consoleWithConstructor.Console;
beforeAll(() => {
	consoleWithConstructor.Console = Console;
});
afterAll(() => {
	consoleWithConstructor.Console = hadConsole;
});

describe('runUi', () => {
	it('draws on the alternate screen and gives the terminal back on q, exit status 0', async () => {
		const t = streams();
		const running = runUi({data: bundledData(), streams: t.streams, env: {TERM: 'xterm'}});
		await waitUntil(() => t.stdout.written.includes('Authorities'), () => 'the dashboard');
		expect(t.stdout.written.startsWith('\u001B[?1049h')).toBe(true);
		t.stdin.type('q');
		expect(await running).toBe(0);
		expect(t.stdout.written.endsWith('\u001B[?25h\u001B[?1049l')).toBe(true);
		expect(t.stdin.rawModes[0]).toBe(true);
		expect(t.stdin.rawModes.at(-1)).toBe(false);
		expect(t.stderr.written).toBe('');
	});

	it('quits on Ctrl+C through the keymap (Ink’s own Ctrl+C handler is off, as in the harness), exit status 0', async () => {
		const t = streams();
		let quits = 0;
		const running = runUi({data: bundledData(), streams: t.streams, env: {TERM: 'xterm'}, onQuit: () => quits++});
		await waitUntil(() => t.stdout.written.includes('Authorities'), () => 'the dashboard');
		// In the search box, where q is text: Ctrl+C still quits.
		t.stdin.type('/');
		await waitUntil(() => t.stdout.written.includes('search quotes, articles'), () => 'the search box');
		t.stdin.type('\u0003');
		expect(await running).toBe(0);
		expect(quits).toBe(1);
		expect(t.stdout.written.endsWith('\u001B[?25h\u001B[?1049l')).toBe(true);
		expect(t.stdin.rawModes.at(-1)).toBe(false);
	});

	it('exits 1 with one line on stderr when rendering fails outside a view, and gives the terminal back', async () => {
		const t = streams();
		const status = await runUi({data: {} as StoreData, streams: t.streams, env: {TERM: 'xterm'}});
		expect(status).toBe(1);
		expect(t.stderr.written).toMatch(/^scrutiny: internal error: .+\n$/);
		expect(t.stderr.written).not.toContain('Console');
		expect(t.stdout.written.endsWith('\u001B[?25h\u001B[?1049l')).toBe(true);
		expect(t.stdin.rawModes.at(-1) ?? false).toBe(false);
	});

	it("ends with the one line of the store error, exit status 1, when a store drawn from its start snapshot fails to load", async () => {
		const t = streams();
		const data = bundledData();
		const running = runUi({
			data: emptyStore(data.name),
			pending: {start: startSnapshot(data, dashboardLimits), data: Promise.reject(new StoreError('corpus.json', 'syntax', 'not valid JSON (unexpected end at byte 9)'))},
			streams: t.streams,
			env: {TERM: 'xterm'},
		});
		expect(await running).toBe(1);
		expect(t.stderr.written).toBe('scrutiny: corpus.json: not valid JSON (unexpected end at byte 9)\n');
		expect(t.stdout.written.endsWith('\u001B[?25h\u001B[?1049l')).toBe(true);
	});

	it('keeps running when one view fails', async () => {
		const t = streams();
		const Broken = () => {
			throw new Error('broken view');
		};
		const running = runUi({
			data: bundledData(),
			streams: t.streams,
			env: {TERM: 'xterm'},
			views: {timeline: {component: Broken, controller: timelineController} as unknown as ViewModule<'timeline'>},
		});
		await waitUntil(() => t.stdout.written.includes('Authorities'), () => 'the dashboard');
		t.stdin.type('3');
		await waitUntil(() => t.stdout.written.includes('Error in the timeline view'), () => 'the error panel');
		t.stdin.type('q');
		expect(await running).toBe(0);
	});
});
