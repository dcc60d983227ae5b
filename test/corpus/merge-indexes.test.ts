/**
 * The merge's shortcuts give the store the plain way would: the word signature made on the extraction worker
 * (ArticleInput.wordSet) and the sets and maps of rebuildDerived and linkOfficialJudgements, against scans.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {datesCompatible} from '../../source/corpus/date-value.js';
import {wordSetOf} from '../../source/corpus/identity.js';
import {linkOfficialJudgements, mergeArticle, mergeArticles, rebuildDerived, type ArticleInput} from '../../source/corpus/merge.js';
import {emptyStore, type Article, type CorpusEvent, type StoreData} from '../../source/corpus/schema.js';
import {slug} from '../../source/text/ids.js';
import {prepareArticle} from '../../source/importer/prepare.js';
import {writeSyndicatedCorpus} from '../helpers/syndicated.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-merge-indexes-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const today = new Date('2026-11-22T12:00:00Z');

async function inputsOf(files: readonly string[]): Promise<ArticleInput[]> {
	const inputs: ArticleInput[] = [];
	for (const file of files) {
		const prepared = await prepareArticle(file, dir, today);
		if (!prepared.ok) throw new Error(prepared.reason);
		inputs.push(...prepared.inputs);
	}
	return inputs;
}

function mergeAll(inputs: readonly ArticleInput[]): StoreData {
	const data = emptyStore();
	for (const input of inputs) mergeArticle(data, input, '2026-11-22T12:00:00.000Z');
	rebuildDerived(data);
	return data;
}

describe("the extraction worker's word signature", () => {
	it('is the signature of the extracted paragraphs, and merging with it gives the store merging without it gives', async () => {
		const corpus = writeSyndicatedCorpus(path.join(dir, 'syndicated'));
		// A changed copy of the Gazette's file under the same name: it replaces that article.
		const later = path.join(dir, 'later');
		writeSyndicatedCorpus(later);
		writeFileSync(path.join(later, 'a-gazette.txt'), `${readFileSync(path.join(corpus, 'a-gazette.txt'), 'utf8')}\nA council spokesperson declined to comment.\n`);
		const files = ['a-gazette.txt', 'b-echo.txt', 'c-post.txt'].map((f) => path.join(corpus, f));
		const withSets = await inputsOf([...files, path.join(later, 'a-gazette.txt')]);
		for (const input of withSets) expect([...input.wordSet!]).toEqual([...wordSetOf({paragraphs: input.extracted.paragraphs.slice()})]);

		const withoutSets = structuredClone(withSets).map(({wordSet: _w, ...rest}) => rest);
		const a = mergeAll(withSets);
		const b = mergeAll(withoutSets);
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		// The case is not trivial: the two printings are linked and the changed copy replaced its article.
		expect(a.articles).toHaveLength(3);
		expect(a.articles.filter((x) => x.copies?.length)).toHaveLength(2);
		expect(a.articles[0]!.path).toMatch(/later/);
	});
});

describe('merging a batch', () => {
	it('gives the store merging each article in turn gives, with articles replaced once and twice in the batch', async () => {
		const corpus = writeSyndicatedCorpus(path.join(dir, 'batch'));
		const files = ['a-gazette.txt', 'b-echo.txt', 'c-post.txt'].map((f) => path.join(corpus, f));
		const first = await inputsOf(files);
		// Each file changed on disk and read again (the same path: it replaces its article), the Gazette's twice.
		const again = async (file: string, tail: string) => {
			writeFileSync(file, `${readFileSync(file, 'utf8')}\n"${tail}," said Cllr Tom Brown.\n`);
			return inputsOf([file]);
		};
		const changed = [...(await again(files[0]!, 'We will be back')), ...(await again(files[2]!, 'The budget holds')), ...(await again(files[0]!, 'And again'))];
		const sequence = [...first, ...changed, first[1]!];

		const oneByOne = emptyStore();
		// A researcher's mark on a press event of the Gazette's article survives its replacements.
		oneByOne.events.push({id: 'mark:a-gazette-e1', date: date('2024-03'), authority: 'Somerset', type: 'other', summary: 'x', sources: [], origin: 'curated', hidden: true, replaces: 'a-gazette-e1'} as CorpusEvent);
		const batched = structuredClone(oneByOne);
		const outcomes = structuredClone(sequence).map((input) => mergeArticle(oneByOne, input, 'at').outcome);
		rebuildDerived(oneByOne);
		// In two batches, the second replacing records the first merged.
		const inputs = structuredClone(sequence);
		const batchOutcomes = [...mergeArticles(batched, inputs.slice(0, 4), 'at'), ...mergeArticles(batched, inputs.slice(4), 'at')].map((r) => r.outcome);
		rebuildDerived(batched);

		expect(batchOutcomes).toEqual(outcomes);
		expect(outcomes).toEqual(['added', 'added', 'added', 'replaced', 'replaced', 'replaced', 'unchanged']);
		expect(JSON.stringify(batched)).toBe(JSON.stringify(oneByOne));
		// The Gazette's file grew twice: its quotes once each, those of its earlier versions gone.
		expect(batched.quotes.filter((q) => q.text.startsWith('And again'))).toHaveLength(1);
		expect(batched.quotes.filter((q) => q.text.startsWith('We will be back'))).toHaveLength(1);
		expect(batched.quotes.filter((q) => q.text.startsWith('The budget holds'))).toHaveLength(1);
		expect(batched.events.filter((e) => e.hidden === true).length).toBeGreaterThan(1);
	});
});

const date = (value: string | null) => ({value, precision: value && value.length === 10 ? 'day' : 'month', approximate: false, basis: 'stated'}) as const;

function article(id: string, authority: string, people: readonly string[]): Article {
	return {
		id,
		file: `${id}.txt`,
		path: `${id}.txt`,
		contentHash: id,
		title: id,
		titleSource: 'line',
		source: null,
		published: date('2023-03-14'),
		authorities: [authority],
		raw: '',
		paragraphs: [],
		furniture: [],
		people: people.map((name) => ({name, titles: name.includes(' ') ? [] : ['Cllr'], roles: [], party: null, paragraphs: [1]})),
		readReport: {encoding: 'utf-8', removed: 0, repaired: 0},
		importedAt: '2026-11-22T12:00:00.000Z',
		origin: 'extracted',
	} as Article;
}

/** rebuildDerived's people as the scans before the sets made them: a list search for every article of a person. */
function peopleByScan(data: StoreData): {id: string; name: string; articleIds: string[]}[] {
	const fullNames = new Map<string, Set<string>>();
	for (const a of data.articles)
		for (const p of a.people)
			if (p.name.includes(' ')) {
				const k = `${p.name.split(' ').at(-1)}|${a.authorities[0]}`;
				fullNames.set(k, new Set([...(fullNames.get(k) ?? []), p.name]));
			}
	const people = new Map<string, {id: string; name: string; articleIds: string[]}>();
	for (const a of data.articles)
		for (const p of a.people) {
			const c = p.name.includes(' ') ? null : fullNames.get(`${p.name}|${a.authorities[0]}`);
			const name = c && c.size === 1 ? [...c][0]! : p.name;
			const rec = people.get(slug(name)) ?? {id: slug(name), name, articleIds: []};
			if (!rec.articleIds.includes(a.id)) rec.articleIds.push(a.id);
			people.set(rec.id, rec);
		}
	return [...people.values()].sort((x, y) => x.name.localeCompare(y.name));
}

describe('rebuildDerived', () => {
	it("gives each person's articles once, in store order, and sorts people as localeCompare does", () => {
		const data = emptyStore();
		const names = ['Jane Smith', 'Smith', 'Émile Zola', 'emma Brown', 'Brown', 'Ann Brown', 'zoe Adams', 'Adams', 'Ådne Berg'];
		for (let i = 0; i < 60; i++) {
			const a = article(`a${i}`, i % 3 === 0 ? 'Slough' : 'Devon', [names[i % names.length]!, names[(i * 7) % names.length]!, names[i % names.length]!]);
			data.articles.push(a);
		}
		rebuildDerived(data);
		expect(data.people.map((p) => ({id: p.id, name: p.name, articleIds: p.articleIds}))).toEqual(peopleByScan(data));
		expect(data.people.some((p) => p.articleIds.length > 5)).toBe(true);
	});

	it("links each reported judgement to the first compatible official one, as a scan of every official one does", () => {
		const data = emptyStore();
		const event = (id: string, origin: CorpusEvent['origin'], authority: string, value: string | null, rating?: CorpusEvent['rating']): CorpusEvent =>
			({id, date: date(value), authority, type: 'inspection-judgement', ...(rating ? {rating} : {}), summary: id, sources: [], origin}) as CorpusEvent;
		const authorities = ['Slough', 'Devon', 'Kent'];
		const ratings = ['inadequate', 'good', undefined] as const;
		for (let i = 0; i < 40; i++) data.events.push(event(`ofsted-${i}`, 'ofsted', authorities[i % 3]!, `20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10}`, ratings[i % 2]));
		for (let i = 0; i < 120; i++) data.events.push(event(`x-${i}`, 'extracted', authorities[i % 3]!, i % 11 === 0 ? null : `20${10 + (i % 12)}-0${1 + (i % 9)}`, ratings[i % 3]));
		linkOfficialJudgements(data);
		const official = data.events.filter((e) => e.origin === 'ofsted');
		let linked = 0;
		for (const e of data.events.filter((x) => x.origin === 'extracted')) {
			const match = e.date.value === null ? undefined : official.find((o) => o.authority === e.authority && datesCompatible(o.date, e.date) && (o.rating === undefined || e.rating === undefined || o.rating === e.rating));
			expect(e.officialId, e.id).toBe(match?.id);
			if (match) linked++;
		}
		expect(linked).toBeGreaterThan(10);
	});
});
