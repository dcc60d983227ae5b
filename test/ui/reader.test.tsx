import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {emptyStore} from '../../source/corpus/schema.js';
import {initialState, readerScreen} from '../../source/ui/state.js';
import {article, hostileStore, person, quote} from './fixtures.js';
import {bundledData, expectFits, keys, lineOf, renderApp} from './harness.js';

afterEach(() => cleanup());

const data = bundledData();
const first = data.articles.find((a) => a.id.startsWith('000_'))!;
const withFurniture = data.articles.find((a) => a.furniture.length > 0)!;

/** The app opened straight on the reader (over the dashboard, so Esc has somewhere to go). */
function atReader(articleId: string, paragraph = 1) {
	return {initialState: {...initialState, stack: [...initialState.stack, readerScreen(articleId, paragraph)]}};
}

describe('the article reader', () => {
	it('shows the title, the date with its precision and basis, authorities, source and numbered paragraphs', async () => {
		const app = await renderApp(data, atReader(first.id));
		const f = app.frame();
		expect(f).toContain('A political row has broken out in Blackpool');
		expect(f).toContain('Date: 2019-02-01 · day precision · stated');
		expect(f).toContain('Blackpool · source: not recorded');
		expect(f).toMatch(/^ {3}1 A political row/m);
		expect(f).toMatch(/^ {3}2 Coun Tony Williams/m);
		expect(f).toMatch(/¶ 1 of \d+/);
		expectFits(app, 100, 30);
	});

	it('marks quotes and puts the speaker beside them (under them when narrow)', async () => {
		const wide = await renderApp(data, atReader(first.id, 3));
		expect(wide.lines()[lineOf(wide, '3 But Coun Blackburn')]).toMatch(/— Simon Blackburn$/);
		const narrow = await renderApp(data, {columns: 80, rows: 24, ...atReader(first.id, 3)});
		const at = lineOf(narrow, '3 But Coun Blackburn');
		expect(narrow.lines().slice(at, at + 5).join('\n')).toMatch(/^\s+│?\s*— Simon Blackburn$/m);
		expectFits(narrow, 80, 24);
	});

	it('moves by paragraph with j/k, by page, to the ends, and between quotes with n/N', async () => {
		const app = await renderApp(data, atReader(first.id));
		await app.press('j');
		expect(app.frame()).toMatch(/¶ 2 of/);
		await app.press('k');
		expect(app.frame()).toMatch(/¶ 1 of/);
		await app.press('n');
		const firstQuote = Number(/¶ (\d+) of/.exec(app.frame())![1]);
		expect(firstQuote).toBeGreaterThan(1);
		await app.press('n');
		const secondQuote = Number(/¶ (\d+) of/.exec(app.frame())![1]);
		expect(secondQuote).toBeGreaterThan(firstQuote);
		await app.press('N');
		expect(app.frame()).toMatch(new RegExp(`¶ ${firstQuote} of`));
		await app.press('G');
		expect(app.frame()).toMatch(new RegExp(`¶ ${first.paragraphs.length} of`));
		expect(app.frame()).toMatch(new RegExp(`^ +${first.paragraphs.length} `, 'm'));
		await app.press('g');
		expect(app.frame()).toMatch(/¶ 1 of/);
		await app.press(keys.pageDown);
		expect(app.frame()).not.toMatch(/¶ 1 of/);
		expectFits(app, 100, 30);
	});

	it('shows the raw text with page furniture marked on f, and the paragraphs again on f', async () => {
		const app = await renderApp(data, atReader(withFurniture.id));
		await app.press('f');
		expect(app.frame()).toContain('raw text as read');
		expect(app.frame()).toContain(`[${withFurniture.furniture[0]!.kind}]`);
		await app.press('j');
		await app.press('f');
		expect(app.frame()).toMatch(/¶ 1 of/);
	});

	it('copies a citation through the clipboard where it can, and always shows it', async () => {
		const copied: string[] = [];
		const app = await renderApp(data, {...atReader(first.id, 3), clipboard: (t) => (copied.push(t), true)});
		await app.press('y');
		// The list's title is the lede cut with an ellipsis; the citation has the whole sentence (corpus/citation.ts).
		expect(first.title).toMatch(/…$/);
		expect(copied).toEqual([
			"A political row has broken out in Blackpool after the town's Conservatives called for the resignation of the council leader and cabinet member over the running of Children's Services, 2019-02-01, para 3",
		]);
		expect(app.frame()).toContain('Citation sent to the clipboard (OSC 52)');
		expect(app.lines().join(' ')).toContain(', 2019-02-01, para 3');
		await app.press('j');
		expect(app.frame()).not.toContain('Citation');
	});

	it('shows the citation to copy by hand where the terminal cannot take it', async () => {
		const app = await renderApp(data, {...atReader(first.id, 3), clipboard: () => false});
		await app.press('y');
		expect(app.frame()).toContain('Citation, to copy by hand');
		expect(app.lines().join(' ')).toContain(', 2019-02-01, para 3');
	});

	it('says so when the article is gone', async () => {
		const app = await renderApp(data, atReader('no-such-article'));
		expect(app.frame()).toContain('Article not found');
		await app.press(keys.escape);
		expect(app.frame()).toContain('Authorities');
	});

	it('cleans every string from the store before showing it', async () => {
		const app = await renderApp(hostileStore(), atReader('evil'));
		const raw = app.instance.lastFrame()!;
		expect(app.frame()).toContain('Clear  the screen');
		expect(raw).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
		await app.press('1');
		expect(app.instance.lastFrame()).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
		await app.press('/');
		await app.type('clear');
		await app.waitForText(/result/);
		expect(app.instance.lastFrame()).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
	});

	it('highlights a quote even when the stored text differs from the paragraph after its first words', async () => {
		const store = emptyStore('t');
		const p = person('ann', 'Ann Smith');
		store.people.push(p);
		store.articles.push(article('x', {paragraphs: ['Ann said: "We will fix this, whatever it takes, and soon." Then she left.']}));
		store.quotes.push(quote('x-q1', 'x', 1, 'We will fix this, whatever it takes, and soon!', p));
		const app = await renderApp(store, atReader('x'));
		expect(app.frame()).toContain('— Ann Smith');
	});
});
