/** corpus/citation.ts: one citation for the exports and the reader's `y`, and the CSV writer every export uses. */
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {articleCitation, citer, formatCitation, fullTitle, officialCitation, type CitableArticle} from '../../source/corpus/citation.js';
import {csv, spreadsheetSafe, utf8Bom} from '../../source/text/table-format.js';
import {citation as readerCitation} from '../../source/ui/views/reader-model.js';
import type {Article, StoreData} from '../../source/corpus/schema.js';
import {runBuilt, storeWithArticle} from '../helpers/cli.js';

const day = {value: '2023-03-14', precision: 'day', approximate: false, basis: 'stated'} as const;
const article = (over: Partial<CitableArticle> = {}): CitableArticle => ({title: 'Council leader refuses to quit', published: day, paragraphs: ['First.', 'Second.'], ...over});

describe('citations', () => {
	it('names the title, publication, date, paragraph and URL, leaving out what is not known', () => {
		expect(articleCitation(article({source: 'Example Gazette', url: 'https://example.org/a'}), 4)).toEqual({
			title: 'Council leader refuses to quit',
			publication: 'Example Gazette',
			date: '2023-03-14',
			paragraph: 4,
			url: 'https://example.org/a',
			text: 'Council leader refuses to quit, Example Gazette, 2023-03-14, para 4, https://example.org/a',
		});
		expect(articleCitation(article(), 2).text).toBe('Council leader refuses to quit, 2023-03-14, para 2');
		expect(articleCitation(article({source: '  ', url: 42})).text).toBe('Council leader refuses to quit, 2023-03-14');
	});

	it.each([
		[{value: '2019-02', precision: 'month', approximate: true, basis: 'x'}, '~Feb 2019'],
		[{value: '2015', precision: 'year', approximate: false, basis: 'x'}, '2015'],
		[{value: null, precision: 'unknown', approximate: false, basis: 'x'}, 'undated'],
	] as const)('gives the date at its precision: %j is %s', (published, shown) => {
		expect(articleCitation(article({published}), 1).text).toBe(`Council leader refuses to quit, ${shown}, para 1`);
	});

	it('cites the whole first sentence where the title was cut from the lede', () => {
		const lede = "A political row has broken out in Blackpool after the town's Conservatives called for the resignation of the council leader and cabinet member over the running of Children's Services. More follows.";
		const cut = "A political row has broken out in Blackpool after the town's Conservatives called for the…";
		const a = article({title: cut, titleSource: 'lede', paragraphs: [lede]});
		expect(fullTitle(a)).toBe(lede.slice(0, lede.indexOf('. More')));
		expect(articleCitation(a, 3).text).not.toContain('…');
		// A title of its own that happens to end with an ellipsis is kept; so is a cut title whose lede is gone.
		expect(fullTitle(article({title: 'Wait for it…', titleSource: 'header'}))).toBe('Wait for it…');
		expect(fullTitle(article({title: cut, titleSource: 'lede', paragraphs: ['Something else.']}))).toBe(cut);
	});

	it("cites an official judgement by Ofsted's report and its link", () => {
		const c = officialCitation({authority: 'Blackpool', date: {value: '2019-01-17', precision: 'day', approximate: false, basis: 'stated'}, link: 'https://files.ofsted.gov.uk/v1/file/50050255', framework: 'ILACS'});
		expect(c.text).toBe("Inspection of Blackpool children's services (ILACS), Ofsted, 2019-01-17, https://files.ofsted.gov.uk/v1/file/50050255");
		expect(officialCitation({authority: 'Blackpool', date: {value: '2012', precision: 'year', approximate: false, basis: 'x'}}).text).toBe("Inspection of Blackpool children's services, Ofsted, 2012");
	});

	it('citer gives the same citations as articleCitation, with and without a URL, for the whole article or a paragraph', () => {
		const withUrl = {...article({source: 'Example Gazette', url: 'https://example.org/a'}), id: 'a', people: [{name: 'Jane Smith', titles: [], roles: [], party: null, paragraphs: [2]}]};
		const without = {...article({title: 'Second story'}), id: 'b', people: []};
		const data = {articles: [withUrl, without], events: [], people: [{id: 'p1', name: 'Jane Smith', articleIds: ['a', 'gone']}]} as unknown as StoreData;
		const cite = citer(data);
		for (const a of [withUrl, without])
			for (const p of [null, 1, 12]) {
				expect(cite.article(a.id, p)).toEqual(articleCitation(a, p));
				// Asked twice (the second from its cache), the same answer.
				expect(cite.article(a.id, p)).toEqual(articleCitation(a, p));
			}
		expect(cite.article('gone', 3)).toBeNull();
		expect(cite.person('p1')).toEqual([articleCitation(withUrl, 2)]);
		expect(cite.person('nobody')).toEqual([]);
	});

	it('formatCitation and the reader agree with articleCitation', () => {
		const a = {...article({source: 'Example Gazette'}), titleSource: 'header'} as unknown as Article;
		const c = articleCitation(a, 2);
		expect(formatCitation(c)).toBe(c.text);
		expect(readerCitation(a, 2)).toBe(c.text);
	});
});

describe('CSV', () => {
	it.each([
		['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
		['+44 20 7946 0000', "'+44 20 7946 0000"],
		['-1+2', "'-1+2"],
		['@SUM(A1)', "'@SUM(A1)"],
		['  =1+1', "'  =1+1"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		['A plain summary', 'A plain summary'],
		['Rated 3-2 = bad', 'Rated 3-2 = bad'],
		['', ''],
	])('spreadsheetSafe(%j) is %j', (cell, safe) => {
		expect(spreadsheetSafe(cell)).toBe(safe);
	});

	type Row = {text: string; n: number};
	const rows: Row[] = [
		{text: '=HYPERLINK("http://evil.example","Click")', n: -3},
		{text: 'Said, "quoted", and\nsplit', n: 2},
		{text: 'Café – “curly” ‘quotes’', n: 0},
	];
	const columns = [
		{header: 'text', get: (r: Row) => r.text},
		{header: 'n', get: (r: Row) => r.n},
	];

	it('is RFC 4180 that a CSV parser reads back, formulas neutralised, numbers left as numbers', () => {
		const out = csv(rows, columns);
		expect(out.startsWith(utf8Bom)).toBe(false);
		expect(out.endsWith('\r\n')).toBe(true);
		const back = parse(out, {columns: true}) as Record<string, string>[];
		expect(back).toEqual([
			{text: '\'=HYPERLINK("http://evil.example","Click")', n: '-3'},
			{text: 'Said, "quoted", and split', n: '2'},
			{text: 'Café – “curly” ‘quotes’', n: '0'},
		]);
	});

	it('--excel puts the UTF-8 byte order mark first and changes nothing else', () => {
		const plain = csv(rows, columns);
		const excel = csv(rows, columns, {excel: true});
		expect(excel).toBe(`\uFEFF${plain}`);
		expect(parse(excel, {columns: true, bom: true})).toEqual(parse(plain, {columns: true}));
	});
});

describe("an article file's header url", () => {
	const url = 'https://courier.example/news/2023/03/14/plan';
	const file = storeWithArticle(`title: Council sets out its plan\ndate: 2023-03-14\nsource: Northshire Courier\nauthority: Blackpool\nurl: ${url}\n\nCouncillor Arlo Penvenn said: "We have a plan."\n`, {bundled: false});
	const articles = () => JSON.parse(runBuilt(['articles', '--json', '--db', file]).stdout) as {title: string; url: string | null; citation: {publication: string | null; url: string | null}}[];

	it('imports the article with its other header fields (so that the test below fails only for the url)', () => {
		expect(articles()).toMatchObject([{title: 'Council sets out its plan', citation: {publication: 'Northshire Courier'}}]);
	});

	// (The review of issue 12 found the text file's `url:` header read and dropped: extraction now keeps it.)
	it('is kept and cited, through import and articles --json', () => {
		expect(articles()[0]!.url).toBe(url);
		expect(articles()[0]!.citation.url).toBe(url);
	});
});
