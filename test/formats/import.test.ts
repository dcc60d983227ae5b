/** Exports and saved pages through `importPaths`: every article in the store with its stated metadata. */
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {importPaths} from '../../source/importer/import-paths.js';
import {makeDocx} from './make-docx.js';
import {readFileSync} from 'node:fs';

const fixtures = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-formats-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));
const today = new Date('2026-11-22T12:00:00Z');

/** A folder of every fixture, the Nexis DOCX made from its lines, and files that are not articles. */
function corpus(name: string): string {
	const folder = path.join(dir, name);
	cpSync(fixtures, folder, {recursive: true});
	const lines = (f: string) => readFileSync(path.join(fixtures, f), 'utf8').replace(/\n$/, '').split('\n');
	writeFileSync(path.join(folder, 'nexis-cover.DOCX'), makeDocx(lines('nexis-uni-cover.lines.txt')));
	writeFileSync(path.join(folder, 'nexis-plain.docx'), makeDocx(lines('nexis-uni-plain.lines.txt')));
	rmSync(path.join(folder, 'nexis-uni-cover.lines.txt'));
	rmSync(path.join(folder, 'nexis-uni-plain.lines.txt'));
	writeFileSync(path.join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
	writeFileSync(path.join(folder, 'notes.md'), '# my notes\n\nnot an article\n');
	return folder;
}

describe('importing exports and saved pages', () => {
	it('a folder: every article of every export and page, with title, publication, byline, url and a stated day', async () => {
		const folder = corpus('all');
		const store = await openStore(path.join(dir, 'all.json'), {create: true});
		const report = await importPaths(store, [folder], {today, workers: 0, urlList: path.join(folder, 'mediacloud.csv')});
		const articles = store.data.articles;
		await store.release();
		expect(report.failed).toEqual([]);
		// 2 + 1 Nexis DOCX, 2 Nexis RTF, 2 LexisNexis Academic, 2 + 1 + 1 Factiva (text, RTF, HTML), 6 pages; the CSV,
		// the PNG and the notes are not articles.
		expect(report.files).toBe(13);
		expect(report.added).toBe(17);
		expect(report.exports).toBe(13);
		expect(report.counts).toEqual([
			{path: path.join(folder, 'lexisnexis-academic.txt'), expected: 2, imported: 2},
			{path: path.join(folder, 'nexis-cover.DOCX'), expected: 2, imported: 2},
		]);
		for (const a of articles) {
			expect(a.title, a.id).not.toBe('');
			expect(a.titleSource).toBe('header');
			expect(a.source, a.id).toBeTruthy();
			expect(a.published.precision, a.id).toBe('day');
			expect(a.published.basis, a.id).toMatch(/^stated: /);
			expect(a.paragraphs.join('\n'), a.id).not.toMatch(/End of Document|Load-Date|LOAD-DATE|Byline|Classification|^HD |Document [A-Z0-9]{12}|Most read|cookies/m);
		}
		const byTitle = new Map(articles.map((a) => [a.title, a]));
		expect(byTitle.get('Council leader refuses to quit over Ofsted verdict')).toMatchObject({
			source: 'Exampleshire Evening Post',
			byline: 'Tom Ellery',
			published: {value: '2019-07-04', precision: 'day', basis: "stated: Nexis date line 'July 4, 2019 Thursday'"},
			path: expect.stringMatching(/nexis-cover\.DOCX#2$/),
		});
		// Factiva's accession number is the article's id.
		expect(byTitle.get('Improvement board chair praises progress')?.id).toBe('WSTCOU0020230921ej9l0002x');
		expect(byTitle.get("Children's services chief quits after inspection")).toMatchObject({
			url: 'https://www.exampleshire-live.example/news/local-news/childrens-services-chief-quits-8123456',
			published: {basis: 'stated: JSON-LD datePublished'},
		});
		// The URL list gives a page its publication and date; a page's own date is not overridden.
		expect(byTitle.get('Council apologises to care leavers')).toMatchObject({
			source: 'Midcounty Herald',
			published: {value: '2023-04-11', basis: 'stated: URL list publish_date'},
		});
		expect(byTitle.get("Two children's homes to reopen in Southby")).toMatchObject({source: 'Southby News', published: {basis: 'stated: the date in the page URL'}});
		expect(byTitle.get("Ofsted lifts Westshire's inadequate rating after three years")?.published.basis).toBe('stated: JSON-LD datePublished');
	});

	it('imports the same exports again as unchanged, and a bad article is one line with its position', async () => {
		const folder = corpus('again');
		const file = path.join(dir, 'again.json');
		let store = await openStore(file, {create: true});
		const first = await importPaths(store, [folder], {today, workers: 0});
		await store.release();
		const factiva = path.join(folder, 'factiva.txt');
		writeFileSync(factiva, readFileSync(factiva, 'utf8').replace('HD Improvement board chair praises progress\n', ''));
		store = await openStore(file);
		const second = await importPaths(store, [folder], {today, workers: 0});
		const count = store.data.articles.length;
		await store.release();
		expect(second.unchanged).toBe(first.added - 1);
		expect(second.failed).toEqual([{path: factiva, reason: 'article 2: no HD (headline) field in document WSTCOU0020230921ej9l0002x'}]);
		// Nothing already imported is lost.
		expect(count).toBe(first.added);
	});

	it('a saved page over the size limit is refused with one reason', async () => {
		const big = path.join(dir, 'big.html');
		writeFileSync(big, `<!DOCTYPE html><html><body><p>${'x'.repeat(11 * 1024 * 1024)}</p></body></html>`);
		const store = await openStore(path.join(dir, 'big.json'), {create: true});
		const report = await importPaths(store, [big], {today, workers: 0});
		await store.release();
		expect(report.failed).toEqual([{path: big, reason: 'file too large (11 MB > 10 MB)'}]);
	});
});
