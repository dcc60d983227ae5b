/** Import semantics: idempotent, a changed file replaces its extracted records, curated ones survive. */
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseIlacsHistory} from '../source/corpus/ofsted-import.js';
import {rebuildDerived} from '../source/corpus/merge.js';
import {timeline} from '../source/corpus/queries.js';
import {openStore} from '../source/corpus/store/index.js';
import {importPaths} from '../source/importer/import-paths.js';
import {readFileSync} from 'node:fs';
import {sharedDir} from './helpers/gold.js';

const today = new Date('2026-11-22T12:00:00Z');

async function fresh() {
	const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-merge-'));
	const store = await openStore(path.join(dir, 'store.json'), {create: true});
	return {dir, store};
}

const v1 = 'title: Council leader under fire\ndate: 2023-03-14\nauthority: Slough\n\nCllr Jane Smith, leader of the Labour group, called for the cabinet member to resign.\n\n"This is a disgrace," said Cllr Smith.\n';
const v2 = v1.replace('a disgrace', 'a scandal');

describe('merging articles into the store', () => {
	it('the same content twice is one article; a changed file replaces its extracted records', async () => {
		const {dir, store} = await fresh();
		const file = path.join(dir, 'story.txt');
		writeFileSync(file, v1);
		expect(await importPaths(store, [file], {today})).toMatchObject({added: 1});
		expect(await importPaths(store, [file], {today})).toMatchObject({added: 0, unchanged: 1});
		const id = store.data.articles[0]!.id;
		expect(store.data.quotes.filter((q) => !q.fragment).map((q) => q.text)).toEqual(['This is a disgrace,']);

		// A researcher's corrections: a curated event, and a hidden extracted one.
		const extractedEvent = store.data.events.find((e) => e.origin === 'extracted')!;
		await store.update((d) => {
			d.events.push({id: 'curated-1', date: {value: '2023-03', precision: 'month', approximate: false, basis: 'researcher'}, authority: 'Slough', type: 'resignation-call', summary: 'added by hand', sources: [], origin: 'curated'});
			d.events.push({...extractedEvent, id: 'curated-2', origin: 'curated', replaces: extractedEvent.id, hidden: true});
		});

		writeFileSync(file, v2);
		expect(await importPaths(store, [file], {today})).toMatchObject({replaced: 1});
		expect(store.data.articles).toHaveLength(1);
		expect(store.data.articles[0]!.id).toBe(id);
		expect(store.data.quotes.filter((q) => !q.fragment).map((q) => q.text)).toEqual(['This is a scandal,']);
		expect(store.data.events.find((e) => e.id === 'curated-1')).toBeDefined();
		expect(store.data.events.find((e) => e.id === extractedEvent.id)?.hidden).toBe(true);
		await store.release();
	});

	it('people across articles are one record; a surname-only mention joins the full name', async () => {
		const {dir, store} = await fresh();
		writeFileSync(path.join(dir, 'a.txt'), 'date: 2023-03-14\nauthority: Slough\n\nCllr Jane Smith said the council must act.\n');
		writeFileSync(path.join(dir, 'b.txt'), 'date: 2023-04-02\nauthority: Slough\n\n"We have waited long enough," said Cllr Smith.\n');
		await importPaths(store, [dir], {today});
		expect(store.data.people.map((p) => p.name)).toEqual(['Jane Smith']);
		expect(store.data.people[0]!.articleIds).toHaveLength(2);
		expect(store.data.quotes.find((q) => !q.fragment)?.speaker).toBe('Jane Smith');
		await store.release();
	});

	it('official judgements load, and a reported judgement links to the official one', async () => {
		const {store} = await fresh();
		await importPaths(store, [path.join(sharedDir, 'corpus')], {today});
		const official = parseIlacsHistory(readFileSync(path.join(sharedDir, 'ofsted_ilacs', 'ofsted_csc_ilacs_history.csv'), 'utf8'));
		await store.update((d) => {
			d.events.push(...official.events);
			rebuildDerived(d);
		});
		const jan2019 = store.data.events.filter((e) => e.origin === 'extracted' && e.authority === 'Blackpool' && e.rating === 'inadequate' && e.date.value?.startsWith('2019-01'));
		expect(jan2019.length).toBeGreaterThan(0);
		for (const e of jan2019) expect(e.officialId).toBe('ofsted-80431-2019-01-17');
		const nel = store.data.events.find((e) => e.origin === 'extracted' && e.authority === 'North East Lincolnshire' && e.type === 'inspection-judgement');
		expect(nel?.officialId).toBe('ofsted-80526-2021-11-26');
		const line = timeline(store.data, {authorities: ['blackpool']}).find((e) => e.id === 'ofsted-80431-2019-01-17');
		expect(line?.sources.length).toBeGreaterThanOrEqual(2);
		await store.release();
	});
});
