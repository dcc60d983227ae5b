/**
 * Find in the reader through the real input path: `/` opens the box, matches are highlighted as typed and the
 * reader goes to the first from where it is, Enter keeps the find, n/N step through the matches (wrapping), Esc
 * leaves it; highlighted text stays clean and fits the terminal.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {initialState, readerScreen} from '../../source/ui/state.js';
import {emptyStore} from '../../source/corpus/schema.js';
import {article, hostileStore} from './fixtures.js';
import {bundledData, expectFits, renderApp, type AppHarness} from './harness.js';

afterEach(() => cleanup());

const data = bundledData();
const first = data.articles.find((a) => a.id.startsWith('000_'))!;

function atReader(articleId: string, paragraph = 1) {
	return {initialState: {...initialState, stack: [...initialState.stack, readerScreen(articleId, paragraph)]}};
}

/** The line under the text: the find's, or the position. */
const status = (app: AppHarness) => app.lines().at(-2)!;
/** The current match and how many, from the find's line. */
const matchOf = (app: AppHarness) => /match (\d+) of (\d+)/.exec(status(app))?.slice(1).map(Number);

describe('find in the reader', () => {
	it('highlights every match as it is typed, steps through them with n/N, and Esc leaves', async () => {
		const count = first.paragraphs.join('\n').match(/inadequate/gi)!.length;
		expect(count).toBeGreaterThan(2);
		const app = await renderApp(data, atReader(first.id));
		await app.pressCommand('reader-find');
		expect(status(app)).toMatch(/^› find: +· Enter keeps · Esc leaves$/);
		// n is text in the box: it does not jump to a quote.
		await app.type('inadequate');
		expect(status(app)).toMatch(new RegExp(`^› find: inadequate +· match 1 of ${count} ·`));
		// The reader went to the first match: paragraph 4 is on screen. (The tests draw without colour or inversion:
		// the highlighting is checked in the reader's model and, in a real terminal, by test/e2e/reader-find.test.ts.)
		expect(app.frame()).toMatch(/^ +4 The report, published in January/m);
		await app.pressCommand('find-keep', {typing: true});
		expect(status(app)).toMatch(new RegExp(`^find: inadequate · match 1 of ${count} · n/N next/previous · / edits · Esc leaves$`));
		const seen = [matchOf(app)![0]];
		for (let i = 1; i < count; i++) {
			await app.pressCommand('find-next');
			seen.push(matchOf(app)![0]);
		}
		expect(seen).toEqual(Array.from({length: count}, (_, i) => i + 1));
		// Past the last, the first; before the first, the last.
		await app.pressCommand('find-next');
		expect(matchOf(app)).toEqual([1, count]);
		await app.pressCommand('find-previous');
		expect(matchOf(app)).toEqual([count, count]);
		expect(app.frame()).toMatch(/inadequate/i);
		expectFits(app, 100, 30);
		// Esc leaves the find: the highlights go, the reader stays; Esc again goes back.
		await app.pressCommand('find-leave');
		expect(status(app)).toMatch(/^¶ \d+ of \d+/);
		await app.pressCommand('back');
		await app.waitForText('Authorities');
	});

	it('goes to the first match from the paragraph the reader is at, and says when there is none', async () => {
		const app = await renderApp(data, atReader(first.id, 10));
		await app.pressCommand('reader-find');
		await app.type('council');
		const [at] = matchOf(app)!;
		expect(at).toBeGreaterThan(1);
		await app.type('zzz');
		expect(status(app)).toMatch(/^› find: councilzzz +· no match ·/);
		await app.pressCommand('search-clear', {typing: true});
		await app.type('blackburn');
		await app.pressCommand('find-keep', {typing: true});
		const [from, of] = matchOf(app)!;
		await app.pressCommand('find-next');
		expect(matchOf(app)).toEqual([(from! % of!) + 1, of]);
		// `/` again edits the words kept.
		await app.pressCommand('reader-find');
		expect(status(app)).toMatch(/^› find: blackburn/);
	});

	it('scrolls a paragraph taller than the view to its match, in a narrow terminal, fitting it', async () => {
		const store = emptyStore('long');
		store.authorities.push({id: 'kent', name: 'Kent', onsCode: null, origin: 'extracted'});
		store.articles.push(article('long', {paragraphs: ['Short first.', `${'Words about the council budget. '.repeat(40)}The needle is here.`, 'Last.']}));
		const app = await renderApp(store, {columns: 60, rows: 16, ...atReader('long')});
		expect(app.frame()).not.toContain('needle');
		await app.pressCommand('reader-find');
		await app.type('needle');
		expect(matchOf(app)).toEqual([1, 1]);
		expect(app.frame()).toContain('needle is here.');
		expectFits(app, 60, 16);
		// Moving on and back to the paragraph shows the match again, not only the paragraph's start.
		await app.pressCommand('find-keep', {typing: true});
		await app.pressCommand('move-down');
		await app.pressCommand('move-up');
		expect(app.frame()).toContain('needle is here.');
	});

	it('finds a curly apostrophe by the straight one typed (the corpus mixes them)', async () => {
		const plan = data.articles.find((a) => a.paragraphs.some((p) => p.includes('resort’s most vulnerable')))!;
		const app = await renderApp(data, atReader(plan.id));
		await app.pressCommand('reader-find');
		await app.type("resort's");
		expect(status(app)).toMatch(/^› find: resort's +· match 1 of 1 ·/);
		expect(app.frame()).toContain('resort’s most vulnerable');
	});

	it('never prints the article’s escapes while highlighting', async () => {
		const store = hostileStore();
		const app = await renderApp(store, atReader(store.articles[0]!.id));
		await app.pressCommand('reader-find');
		await app.type('e');
		const raw = app.instance.lastFrame()!;
		expect(raw).not.toMatch(/\u001B\]|\u0007|[\u202A-\u202E\u2066-\u2069]/);
		expect(app.frame()).toMatch(/match 1 of \d+/);
	});
});
