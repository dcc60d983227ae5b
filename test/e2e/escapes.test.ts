/**
 * Article text cannot drive the terminal of the person reading it (issue 6, item 10), checked on the real
 * program in tmux with its raw output recorded by `pipe-pane`. The store is written directly, bypassing the
 * importer's cleaning, so that this tests the cleaning on display: a store edited by hand, or written by an
 * older version, must not be able to send an OSC 52 clipboard write or a window title to the terminal.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {builtCli, have, removeTempDirs, repoRoot, storeCopy, tmuxServer} from './tmux-driver.js';

// The program is built by test/global-setup.ts; only tmux may be missing.
const ready = have('tmux');
const server = tmuxServer(`scrutiny-esc-${process.pid}`);
afterAll(() => {
	server.kill();
	removeTempDirs();
});

const ESC = '\u001b';
const hostile = [
	`${ESC}]52;c;SGVsbG8=\u0007`, // OSC 52: write the clipboard
	`${ESC}]0;pwned${ESC}\\`, // OSC 0: window title
	`${ESC}]8;;https://example.invalid${ESC}\\link${ESC}]8;;${ESC}\\`, // OSC 8: hyperlink
	`${ESC}[2J${ESC}[H`, // erase the screen, cursor home
	'\u009b31m', // C1 CSI
	`${ESC}P1$tx${ESC}\\`, // DCS
	'\r\b\u0007\u0000', // bare CR, backspace, bell, NUL
	'\u202egnp.exe', // right-to-left override
].join('');

/** A copy of the bundled store with the hostile bytes inside a quote, a person's name and an article's text. */
function poisonedStore(): string {
	const file = storeCopy();
	const data = JSON.parse(readFileSync(file, 'utf8'));
	const quote = data.quotes.find((q: {text: string}) => q.text.includes('Poundland'));
	quote.text = `Poundland ${hostile} Donald`;
	const article = data.articles.find((a: {id: string}) => a.id === quote.articleId);
	article.paragraphs[quote.paragraph - 1] = `Paragraph with ${hostile} inside, Poundland.`;
	article.title = `Title ${hostile}`;
	data.people[0].name = `${data.people[0].name}${hostile}`;
	writeFileSync(file, JSON.stringify(data, null, 2));
	return file;
}

describe.skipIf(!ready)('escape sequences in the store, shown in a real terminal', () => {
	it('never reach the terminal: dashboard, search, preview and reader', async () => {
		const store = poisonedStore();
		const raw = path.join(path.dirname(store), 'raw-output.bin');
		const pane = server.pane('esc', 100, 30);
		server.run('pipe-pane', '-t', 'esc', '-o', `cat > ${raw}`);
		pane.shell(`cd ${repoRoot} && node ${builtCli} --db ${store}; echo "exit=$?"`);
		await pane.waitFor('Most quoted');
		pane.keys('/');
		pane.type('poundland');
		await pane.waitFor(/\d+ results?/);
		pane.keys('Enter');
		await pane.waitFor('Reader');
		pane.keys('5');
		await pane.waitFor(/People/);
		pane.keys('q');
		await pane.waitFor('exit=0');
		server.run('pipe-pane', '-t', 'esc');
		const bytes = readFileSync(raw, 'latin1');
		expect(bytes.length).toBeGreaterThan(1000);
		// The hostile text was on screen (its visible part, "gnp.exe", survives the cleaning).
		expect(bytes).toContain('gnp.exe');
		// The program's own output is CSI styling and cursor moves, and the alternate-screen switch: never an OSC,
		// a DCS, a C1 control, a bell or a bidi override.
		expect(bytes).not.toContain(`${ESC}]`);
		expect(bytes).not.toContain(`${ESC}P`);
		expect(bytes).not.toContain('\u0007');
		expect(bytes).not.toMatch(/\xc2[\x80-\x9f]/);
		expect(bytes).not.toContain(Buffer.from('\u202e').toString('latin1'));
		expect(bytes).not.toContain('pwned');
		expect(pane.capture()).not.toContain('pwned');
	});
});
