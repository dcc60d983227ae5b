/**
 * The People and Articles tables with 150,000 records, through the real input path: widths come from every
 * record without a spread into Math.max (a RangeError past about 125,000 arguments), and only the visible
 * records are made into cells.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {Article, Person, StoreData} from '../../source/corpus/schema.js';
import {emptyStore} from '../../source/corpus/vocabulary.js';
import {widestCells, type TableSpec} from '../../source/ui/views/table-model.js';
import {expectFits, keys, renderApp} from './harness.js';

afterEach(() => cleanup());

const count = 150_000;

function person(n: number): Person {
	return {id: `p${n}`, name: `Person ${String(n).padStart(6, '0')}`, titles: [], roles: n === count - 1 ? ['a much longer role than the others'] : ['councillor'], party: null, authorities: ['Blackpool'], articleIds: [], origin: 'extracted'};
}

function article(n: number): Article {
	const day = String(1 + (n % 28)).padStart(2, '0');
	return {
		id: `a${n}`,
		file: `a${n}.txt`,
		path: `/corpus/a${n}.txt`,
		contentHash: String(n),
		title: `Article ${String(n).padStart(6, '0')}`,
		titleSource: 'line',
		source: null,
		published: {value: `2019-01-${day}`, precision: 'day', approximate: false, basis: 'stated'},
		authorities: ['Blackpool'],
		raw: '',
		paragraphs: ['One paragraph.'],
		furniture: [],
		people: [],
		readReport: {encoding: 'utf-8', removed: 0, repaired: 0},
		importedAt: '2026-01-01T00:00:00.000Z',
		origin: 'extracted',
	};
}

function large(): StoreData {
	return {
		...emptyStore('large'),
		authorities: [{id: 'blackpool', name: 'Blackpool', onsCode: 'E06000009', origin: 'extracted'}],
		people: Array.from({length: count}, (_, n) => person(n)),
		articles: Array.from({length: count}, (_, n) => article(n)),
	};
}

/** Sorting 150,000 records takes seconds on a busy machine: each key waits for its text far longer than usual. */
const patience = 90_000;
type App = Awaited<ReturnType<typeof renderApp>>;
async function press(app: App, key: string, text: string): Promise<void> {
	app.instance.stdin.write(key);
	await app.waitForText(text, patience);
}

describe(`tables of ${count.toLocaleString('en-GB')} records`, () => {
	it('the widest cell of each column, in one pass', () => {
		const specs: TableSpec[] = [{key: 'v', header: 'v', min: 1, priority: 1}];
		const rows = Array.from({length: count}, (_, n) => (n === 77_777 ? 'x'.repeat(40) : 'x'.repeat(n % 7)));
		expect(widestCells(rows, (v) => ({v}), specs)).toEqual({v: 40});
	});

	it('People: drawn, sorted, moved to the end, its columns as wide as the widest record', async () => {
		const app = await renderApp(large(), {columns: 120});
		await press(app, '5', `People · ${count}`);
		expect(app.frame()).toContain('Person 000000');
		// The widest role is on the last record, never drawn first: the column is as wide all the same.
		expect(app.frame()).toContain('roles');
		await press(app, keys.end, 'Person 149999');
		expect(app.frame()).toContain('a much longer role than the others');
		await press(app, 's', 'name ▲');
		await press(app, 'S', 'name ▼');
		expect(app.frame()).toContain('Person 149999');
		expectFits(app, 120, 30);
	}, 600_000);

	it('Articles: drawn, sorted, moved to the end', async () => {
		const app = await renderApp(large());
		await press(app, '6', `Articles · ${count}`);
		await press(app, 's', 'authority ▲');
		await press(app, 's', 'title ▲');
		expect(app.frame()).toContain('Article 000000');
		await press(app, keys.end, 'Article 149999');
		await press(app, 'S', 'title ▼');
		expect(app.frame()).toContain('Article 149999');
		expectFits(app, 100, 30);
	}, 600_000);
});
