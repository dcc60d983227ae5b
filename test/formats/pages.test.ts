import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseHtmlPage, withoutScripts} from '../../source/ingest/formats/html.js';
import {parseExportBytes} from '../../source/ingest/formats/parse-export.js';
import {parseUrlList, urlKey} from '../../source/ingest/formats/url-list.js';
import {describeGrowth, growth, linearBound} from '../helpers/growth.js';

const page = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/formats/pages/${name}`, import.meta.url)));
async function article(name: string) {
	const r = await parseExportBytes(page(name));
	if (r.kind !== 'export' || r.parsed.format !== 'html') throw new Error(`${name} not read as a page`);
	expect(r.parsed.problems).toEqual([]);
	return r.parsed.articles[0]!;
}
const chrome = /Most read|cookies|Share this|Sign up|Privacy|Home \| News|not text|dataLayer|Market Street/;

describe('saved pages', () => {
	it('JSON-LD NewsArticle: headline (not the <title>), publisher, author, datePublished, canonical URL', async () => {
		const a = await article('jsonld-news-article.html');
		expect(a).toMatchObject({
			title: "Children's services chief quits after inspection",
			source: 'Exampleshire Live',
			byline: 'Joanna Price',
			url: 'https://www.exampleshire-live.example/news/local-news/childrens-services-chief-quits-8123456',
			published: {value: '2018-06-12', basis: 'stated: JSON-LD datePublished'},
		});
		const paragraphs = a.text.split('\n\n');
		expect(paragraphs[0]).toMatch(/^The director of children's services at Exampleshire/);
		expect(paragraphs.at(-1)).toMatch(/^Opposition councillors said/);
		expect(a.text).not.toMatch(chrome);
	});

	it('JSON-LD @graph: the article node, not the WebPage date; several authors', async () => {
		const a = await article('jsonld-graph.html');
		expect(a).toMatchObject({
			title: "Ofsted lifts Westshire's inadequate rating after three years",
			source: 'Westshire Courier',
			byline: 'Megan Lloyd, Colin Baptiste',
			published: {value: '2022-10-05', basis: 'stated: JSON-LD datePublished'},
		});
		expect(a.text.split('\n\n')).toHaveLength(4);
		expect(a.text).not.toMatch(chrome);
	});

	it('og: meta only: og:title, og:site_name, article:published_time, meta author, og:url', async () => {
		const a = await article('og-meta-only.html');
		expect(a).toMatchObject({
			title: 'Calls for no-confidence vote in council leader',
			source: 'Northtown Telegraph',
			byline: 'Imran Qureshi',
			url: 'https://northtown-telegraph.example/politics/calls-for-no-confidence-vote',
			published: {value: '2020-02-27', basis: 'stated: article:published_time'},
		});
		expect(a.text).toMatch(/^Opposition groups on Northtown/);
		expect(a.text).not.toMatch(chrome);
	});

	it('a <time datetime> only', async () => {
		const a = await article('time-element-only.html');
		expect(a.published).toEqual({value: '2017-09-19', basis: 'stated: <time datetime>'});
		expect(a.title).toBe('Improvement notice issued to Eastvale council');
		expect(a.source).toBe('Eastvale Clarion');
		expect(a.text).toMatch(/statutory improvement notice/);
		expect(a.text).not.toMatch(chrome);
	});

	it("a date in the canonical URL's path only", async () => {
		const a = await article('url-date-only.html');
		expect(a.published).toEqual({value: '2021-05-17', basis: 'stated: the date in the page URL'});
		expect(a.url).toBe('https://southby-news.example/2021/05/17/southby-children-homes-reopen/');
		expect(a.text.split('\n\n')).toHaveLength(3);
	});

	it('a page of megabytes of script is read without its scripts, in time that grows linearly with the page', () => {
		const pageOf = (scale: number) => {
			const script = `<script>${'var x = "<p>never text</p>"; '.repeat(25_000 * scale)}</script>`;
			// Unclosed script tags as well: a pattern that rescans to the end for each would be quadratic.
			return `<!DOCTYPE html><html><head>${script}</head><body>${script}<article><h1>A headline</h1><p>${'The council said it would appoint a new director of children’s services. '.repeat(10)}</p></article>${'<script>'.repeat(2_000 * scale)}</body></html>`;
		};
		const p = parseHtmlPage(pageOf(8));
		expect(p.articles[0]?.text).toMatch(/appoint a new director/);
		expect(p.articles[0]?.text).not.toMatch(/never text/);
		const g = growth(pageOf, parseHtmlPage);
		expect(g.ratio, describeGrowth(g)).toBeLessThan(linearBound);
	});

	it('withoutScripts keeps JSON-LD and drops an unclosed script to the end', () => {
		expect(withoutScripts('a<script type="application/ld+json">{}</script>b<SCRIPT>x</SCRIPT>c<script>d')).toBe('a<script type="application/ld+json">{}</script>bc');
	});
});

describe('Media Cloud URL lists', () => {
	it('reads publication and date by URL, whatever the scheme, www, tracking parameters or final slash', () => {
		const list = parseUrlList(readFileSync(fileURLToPath(new URL('../fixtures/formats/mediacloud.csv', import.meta.url)), 'utf8'));
		const hit = list.get(urlKey('https://www.midcounty-herald.example/news/council-apologises-to-care-leavers?utm_source=twitter'));
		expect(hit).toEqual({source: 'Midcounty Herald', published: {value: '2023-04-11', basis: 'stated: URL list publish_date'}, title: 'Council apologises to care leavers'});
		expect(list.size).toBe(3);
	});

	it('a CSV without a url column is one clear error', () => {
		expect(() => parseUrlList('id,title\n1,x\n')).toThrow(/no 'url' column/);
	});
});

describe('untrusted text in a page', () => {
	it('escape sequences and bidi overrides written as character references are removed after parsing, and counted', async () => {
		const html = `<!DOCTYPE html><html><head><meta property="og:title" content="Title&#x1b;]0;pwned&#x07;"></head><body><article><p>${'The council said it would appoint a new director. '.repeat(12)}&#27;]52;c;SGVsbG8=&#7; and &#x202E;reversed&#x202C; text.</p></article></body></html>`;
		const r = await parseExportBytes(Buffer.from(html));
		if (r.kind !== 'export') throw new Error('not a page');
		const a = r.parsed.articles[0]!;
		expect(a.text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e]/);
		expect(a.title).toBe('Title');
		expect(r.removed.escapes + r.removed.controls + r.removed.bidi).toBeGreaterThanOrEqual(3);
	});
});
