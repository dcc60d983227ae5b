/**
 * The timeline's lines saved beside the store (`<store>.timeline`): written and read back as the views show them,
 * used only while the store and its curated file are the ones they were made from, ignored when damaged, written
 * with the store's mode and beside a symlinked store, with every line counted by each column (`F` before the
 * lines are read), and brought up to date after an edit (by the import's and
 * the UI's savers, importer/sidecars.ts).
 */
import {existsSync, lstatSync, readFileSync} from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {saveCuration} from '../source/corpus/curation.js';
import {dashboardLimits} from '../source/corpus/dashboard.js';
import {formatDate} from '../source/corpus/date-value.js';
import {loadStartSnapshot, saveStartSnapshot, startPath, startSnapshot} from '../source/corpus/start-snapshot.js';
import {openStore} from '../source/corpus/store/index.js';
import {storeState} from '../source/corpus/store/file-identity.js';
import {allTimelineItems, computedTimelineItems, type TimelineItem} from '../source/corpus/timeline-items.js';
import {timelineDigest} from '../source/corpus/timeline-digest.js';
import {firstChunkLines, loadTimelineSnapshot, openTimelineSnapshot, saveTimelineSnapshot, timelinePath, timelineSnapshotState} from '../source/corpus/timeline-snapshot.js';
import {saveSidecars, timelineSaver} from '../source/importer/sidecars.js';
import {staleParts} from '../source/search/search-files.js';
import {freshScreen, type TimelineScreen} from '../source/ui/state.js';
import {shownList} from '../source/ui/views/shown-list.js';
import {syntheticItems} from './helpers/timeline-lines.js';
import {waitFor} from './reliability/synthetic.js';

const bundledPath = path.resolve('data/corpus.json');
const today = '2026-11-22';

let dir: string;
let file: string;

beforeEach(async () => {
	dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scrutiny-timeline-'));
	file = path.join(dir, 'corpus.json');
	await fs.copyFile(bundledPath, file);
});

afterEach(async () => {
	await fs.rm(dir, {recursive: true, force: true});
});

/** What the timeline's list, chart, search within and the detail's first line show of an item. */
function shown(item: TimelineItem) {
	const l = item.line;
	const undated = l.date.value === null;
	return {
		id: l.id,
		date: formatDate(l.date),
		precision: l.date.precision,
		authority: l.authority,
		type: l.type,
		rating: l.rating ?? null,
		reportedRating: l.reportedRating ?? null,
		summary: l.summary,
		origin: l.origin,
		participants: l.participants ?? [],
		eventStatus: l.status ?? null,
		inspectorate: l.inspectorate ?? null,
		service: l.service ?? null,
		link: l.link ?? null,
		framework: l.framework ?? null,
		cue: l.evidence?.cue ?? null,
		status: item.status,
		year: item.year,
		articles: item.articles,
		article: undated ? [item.articleTitle, item.articlePublished] : null,
	};
}

async function opened(at = file) {
	return openStore(at, {readOnly: true, editCurated: true});
}

describe('the timeline snapshot file', () => {
	it('holds every line as the views show it, in order, whatever its characters', async () => {
		const store = await opened();
		const data = structuredClone(store.data);
		data.events[0]!.summary = 'Café — “board” met 🎉 東京 ’x’';
		const items = allTimelineItems(data);
		expect(items.some((i) => i.line.summary.includes('🎉'))).toBe(true);
		expect(items.length).toBeGreaterThan(10);
		expect(await saveTimelineSnapshot(file, items, store.state)).toBe(true);
		const snapshot = await loadTimelineSnapshot(file);
		expect(snapshot?.items.map(shown)).toEqual(items.map(shown));
		// Undated lines keep the article they are listed with; the file carries no report's sources.
		expect(items.some((i) => i.year === null && i.articleTitle)).toBe(true);
		expect(readFileSync(timelinePath(file), 'utf8')).not.toContain('"sources"');
		// Written as ASCII (read back fast); a byte past ASCII is damage.
		expect(readFileSync(timelinePath(file)).every((b) => b < 0x80)).toBe(true);
	});

	it('holds every line counted by each column, as the frequency view counts the timeline from the store, curated lines too', async () => {
		await saveCuration(file, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'A board was set up'}}, {today, store: await opened()});
		const store = await opened();
		expect(await saveTimelineSnapshot(file, allTimelineItems(store.data), store.state)).toBe(true);
		const counts = openTimelineSnapshot(file)?.first.counts;
		const fromStore = shownList(freshScreen('timeline') as TimelineScreen, {data: store.data, timeline: null, saved: null});
		expect(fromStore.columns.length).toBeGreaterThan(3);
		for (const column of fromStore.columns) expect(counts?.[column]).toEqual(fromStore.count(column));
		expect(counts?.['origin']?.rows.map((r) => r.label)).toContain('curated');

		// Counts that are not of every line: the file is not one of ours, and nothing of it is used.
		const whole = readFileSync(timelinePath(file), 'latin1');
		const total = fromStore.count('type').total;
		await fs.writeFile(timelinePath(file), whole.replace(`"column":"type","label":"type","unit":"events","total":${total}`, `"column":"type","label":"type","unit":"events","total":${total + 1}`), 'latin1');
		expect(readFileSync(timelinePath(file), 'latin1')).not.toBe(whole);
		expect(openTimelineSnapshot(file)).toBeNull();
	});

	it('is used only while the store and its curated file are the ones it was made from', async () => {
		const store = await opened();
		expect(await loadTimelineSnapshot(file)).toBeNull();
		expect(await saveTimelineSnapshot(file, allTimelineItems(store.data), store.state)).toBe(true);
		expect(await loadTimelineSnapshot(file)).not.toBeNull();

		// A curated edit writes the curated file only: another state all the same.
		await saveCuration(file, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'A board was set up'}}, {today, store});
		expect(await loadTimelineSnapshot(file)).toBeNull();

		// Lines of a state that is no longer the store's are never written.
		await fs.rm(timelinePath(file));
		expect(await saveTimelineSnapshot(file, allTimelineItems(store.data), 'another state')).toBe(false);
		expect(await saveTimelineSnapshot(file, allTimelineItems(store.data), null)).toBe(false);
		expect(existsSync(timelinePath(file))).toBe(false);

		// The same bytes copied over the store: a new file, so the lines no longer count.
		expect(await saveTimelineSnapshot(file, allTimelineItems(store.data), store.state)).toBe(true);
		await fs.copyFile(bundledPath, `${file}.new`);
		await fs.rename(`${file}.new`, file);
		expect(await loadTimelineSnapshot(file)).toBeNull();
	});

	it('is ignored when damaged, never trusted', async () => {
		const store = await opened();
		expect(await saveTimelineSnapshot(file, allTimelineItems(store.data), store.state)).toBe(true);
		const whole = readFileSync(timelinePath(file), 'utf8');
		const [magic, state, head, rows] = whole.split('\n');
		expect(await loadTimelineSnapshot(file)).not.toBeNull();
		expect(`${magic}\n${state}\n${head}\n${rows}\n`).toBe(whole);
		const noNames = head!.replace(/"tables":\{.*\}\}$/, '"tables":{"authorities":[],"types":[]}}');
		expect(noNames).not.toBe(head);
		const damaged = [
			'',
			`${magic}\n${state}\n`,
			`${magic}\n${state}\n${head}\n`,
			whole.slice(0, Math.floor(whole.length / 2)),
			whole.slice(0, -1),
			`${whole}${rows}\n`,
			`${magic}\n${state}\n${noNames}\n${rows}\n`,
			`${magic}\n${state}\n{"rows":1}\n${rows}\n`,
			`${magic}\n${state}\n${head}\n[[1,2,3]]\n`,
			`${magic}\n${state}\n${head!.replace('"total":', '"total":1')}\n${rows}\n`,
			`scrutiny-timeline 1\n${state}\n${head}\n${rows}\n`,
			whole.replace(state!, `${state}x`),
			whole.replace('Blackpool', 'Blackp\u00f6ol'),
		];
		for (const text of damaged) {
			await fs.writeFile(timelinePath(file), text);
			expect(await loadTimelineSnapshot(file), JSON.stringify(text.slice(0, 80))).toBeNull();
		}
	});

	it('takes the store’s mode (0600 stays 0600), as the start snapshot does, and is saved beside a symlinked store, which stays a link', async () => {
		await fs.chmod(file, 0o600);
		await fs.writeFile(timelinePath(file), 'old', {mode: 0o644});
		await fs.chmod(timelinePath(file), 0o644);
		const store = await opened();
		expect(await saveTimelineSnapshot(file, allTimelineItems(store.data), store.state)).toBe(true);
		expect((await fs.stat(timelinePath(file))).mode & 0o777).toBe(0o600);
		// The start snapshot beside it too (it names people and events).
		expect(saveStartSnapshot(file, store.data, dashboardLimits)).toBe(true);
		expect((await fs.stat(startPath(file))).mode & 0o777).toBe(0o600);

		const link = path.join(dir, 'link.json');
		await fs.symlink(file, link);
		const bytes = readFileSync(file);
		const viaLink = await opened(link);
		expect(await saveTimelineSnapshot(link, allTimelineItems(viaLink.data), viaLink.state)).toBe(true);
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(readFileSync(file).equals(bytes)).toBe(true);
		expect(lstatSync(timelinePath(link)).isFile()).toBe(true);
		expect((await loadTimelineSnapshot(link))?.items.length).toBe(allTimelineItems(viaLink.data).length);
	});
});

describe('the first lines, then the rest', () => {
	const many = syntheticItems(2345, 3);

	async function saved() {
		const store = await opened();
		expect(await saveTimelineSnapshot(file, many, store.state)).toBe(true);
		return store;
	}

	it('gives the first chunk of lines and the digest of all at once, then every line', async () => {
		await saved();
		const reading = openTimelineSnapshot(file)!;
		expect(reading.first.complete).toBe(false);
		expect(reading.first.items.map(shown)).toEqual(many.slice(0, firstChunkLines).map(shown));
		// The digest is of every line, made before they are read.
		expect(reading.first.digest).toEqual(JSON.parse(JSON.stringify(timelineDigest(many))));
		const all = await reading.rest();
		expect(all?.complete).toBe(true);
		expect(all?.items.map(shown)).toEqual(many.map(shown));
		expect(all?.digest).toBe(reading.first.digest);
		// The head and the first chunk are a small part of the file.
		const lines = readFileSync(timelinePath(file), 'latin1').split('\n');
		expect(lines).toHaveLength(3 + 4 + 1);
		expect(lines[2]!.length + lines[3]!.length).toBeLessThan(readFileSync(timelinePath(file)).length / 2);
	});

	it('gives every line at once when they fit in the first chunk', async () => {
		const store = await opened();
		const few = many.slice(0, firstChunkLines - 1);
		expect(await saveTimelineSnapshot(file, few, store.state)).toBe(true);
		const reading = openTimelineSnapshot(file)!;
		expect(reading.first.complete).toBe(true);
		expect(reading.first.items.map(shown)).toEqual(few.map(shown));
		expect(await reading.rest()).toBe(reading.first);
		// No lines: a timeline of none.
		expect(await saveTimelineSnapshot(file, [], store.state)).toBe(true);
		expect((await loadTimelineSnapshot(file))?.items).toEqual([]);
	});

	it('gives no rest when a later chunk is damaged, or missing, or one too many', async () => {
		await saved();
		const whole = readFileSync(timelinePath(file), 'latin1');
		const lines = whole.split('\n');
		const damaged = [
			[...lines.slice(0, 5), '[[1,2,3]]', ''],
			[...lines.slice(0, 5), ''],
			[...lines.slice(0, 6), lines[5]!, ''],
			[...lines.slice(0, 5), lines[5]!.replace('"Event', '"Ev\u00e9nt'), ''],
			[...lines.slice(0, 5), lines[5]!.slice(0, -1)],
			// Lines moved from one year to another: the year groups are not the digest's.
			[...lines.slice(0, 5), lines[5]!.replace(/"20(\d\d)-/g, '"19$1-'), ''],
		];
		for (const text of damaged) {
			await fs.writeFile(timelinePath(file), text.join('\n'), 'latin1');
			const reading = openTimelineSnapshot(file);
			expect(reading?.first.complete).toBe(false);
			expect(await reading?.rest(), text.join('\n').slice(-80)).toBeNull();
		}
	});

	it('gives no rest when the store changes while it is read, and reads on from the file it opened', async () => {
		const store = await saved();
		const reading = openTimelineSnapshot(file)!;
		// A snapshot of other lines put in its place: the one opened is read to its end all the same.
		expect(await saveTimelineSnapshot(file, many.slice(0, 10), store.state)).toBe(true);
		expect((await reading.rest())?.items.map(shown)).toEqual(many.map(shown));

		expect(await saveTimelineSnapshot(file, many, store.state)).toBe(true);
		const again = openTimelineSnapshot(file)!;
		await saveCuration(file, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'A board was set up'}}, {today, store});
		expect(await again.rest()).toBeNull();
		expect(openTimelineSnapshot(file)).toBeNull();
	});

	it('stops reading the rest when it is no longer wanted', async () => {
		await saved();
		let asked = 0;
		expect(await openTimelineSnapshot(file)!.rest(() => ++asked < 2)).toBeNull();
		expect(asked).toBe(2);
	});
});

describe('keeping the snapshot current', () => {
	it('the import’s caches include it, and the start snapshot made from the same lines', async () => {
		const store = await openStore(file);
		await saveSidecars(file, store.data, store.state);
		expect((await loadTimelineSnapshot(file))?.items.length).toBe(allTimelineItems(store.data).length);
		expect(loadStartSnapshot(file, dashboardLimits)).toEqual(JSON.parse(JSON.stringify(startSnapshot(store.data, dashboardLimits))));
		await store.release();
	});

	it('the UI saves the lines it made after an edit, and the start snapshot, for the state the edit left, and never makes the lines itself', async () => {
		const store = await opened();
		const saver = timelineSaver(file);
		saver.read(store.data, store.state);
		allTimelineItems(store.data);
		saver.afterFrame(store.data);
		await waitFor(() => timelineSnapshotState(file) === storeState(file), 10_000, 'the lines of the store as read');

		const saved = await saveCuration(file, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'A board was set up'}}, {today, store});
		saver.read(saved.data, store.state);
		// A frame that did not make the lines (another view): nothing is computed or written for it.
		saver.afterFrame(saved.data);
		expect(computedTimelineItems(saved.data)).toBeUndefined();
		// The timeline view makes them; the next frame saves them.
		allTimelineItems(saved.data);
		saver.afterFrame(saved.data);
		await waitFor(() => timelineSnapshotState(file) === storeState(file), 10_000, 'the lines after the edit');
		const lines = (await loadTimelineSnapshot(file))?.items ?? [];
		expect(lines.some((i) => i.line.summary === 'A board was set up' && i.line.origin === 'curated')).toBe(true);
		expect(lines.map(shown)).toEqual(allTimelineItems(saved.data).map(shown));
		// The start snapshot the edit made stale is saved too (else the next session reads the store first).
		await waitFor(() => loadStartSnapshot(file, dashboardLimits) !== null, 10_000, 'the start snapshot after the edit');
		expect(loadStartSnapshot(file, dashboardLimits)).toEqual(JSON.parse(JSON.stringify(startSnapshot(saved.data, dashboardLimits))));
	});

	it('a quit right after the frame that shows an edit still saves what the edit made stale (settle, before the UI exits)', async () => {
		const store = await opened();
		// As an import leaves it: the search's first part saved beside the store, which the lines' part joins.
		await saveSidecars(file, store.data, store.state);
		const saver = timelineSaver(file);
		const saved = await saveCuration(file, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'A board was set up'}}, {today, store});
		saver.read(saved.data, store.state);
		allTimelineItems(saved.data);
		saver.afterFrame(saved.data);
		// No wait: the saves were still to start when the person quit; the wait is said, once.
		const said: string[] = [];
		await saver.settle((line) => said.push(line));
		expect(said).toEqual([expect.stringMatching(/^saving the timeline and search files for the next start/)]);
		expect(timelineSnapshotState(file)).toBe(storeState(file));
		expect(staleParts(file, ['events'])).toEqual([]);
	});

	it('a quit before the timeline showed an edit (made while the store was read, the earlier state still saving) saves the edit\'s state, after the earlier one, and says so once', async () => {
		const store = await opened();
		await saveSidecars(file, store.data, store.state);
		// An earlier session's edit left the lines' files stale; this session read the store and began saving them.
		const first = await saveCuration(file, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'A panel met'}}, {today, store});
		const saver = timelineSaver(file);
		saver.read(first.data, store.state);
		allTimelineItems(first.data);
		saver.afterFrame(first.data);
		// The edit of this session, never shown by the timeline (no lines made for it) before the quit.
		const second = await saveCuration(file, {kind: 'add', draft: {date: '2019-04', type: 'other', rating: '', authority: 'Blackpool', summary: 'A board was set up'}}, {today, store});
		saver.read(second.data, store.state);
		expect(computedTimelineItems(second.data)).toBeUndefined();
		const said: string[] = [];
		await saver.settle((line) => said.push(line));
		expect(timelineSnapshotState(file)).toBe(storeState(file));
		expect(staleParts(file, ['events'])).toEqual([]);
		expect(loadStartSnapshot(file, dashboardLimits)).not.toBeNull();
		const lines = (await loadTimelineSnapshot(file))?.items ?? [];
		expect(lines.some((i) => i.line.summary === 'A board was set up')).toBe(true);
		expect(said).toHaveLength(1);
		expect(said[0]).toMatch(/saving the timeline and search files/);
	});

	it('a quit with every file current saves nothing and says nothing', async () => {
		const store = await opened();
		await saveSidecars(file, store.data, store.state);
		const saver = timelineSaver(file);
		saver.read(store.data, store.state);
		const before = timelineSnapshotState(file);
		const said: string[] = [];
		await saver.settle((line) => said.push(line));
		expect(said).toEqual([]);
		expect(timelineSnapshotState(file)).toBe(before);
		expect(computedTimelineItems(store.data)).toBeUndefined();
	});
});
