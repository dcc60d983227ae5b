import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseExportBytes} from '../../source/ingest/formats/parse-export.js';

const shared = (name: string) => readFileSync(fileURLToPath(new URL(`../../../shared/formats/${name}`, import.meta.url)));

describe('the real samples in ../shared/formats', () => {
	it('splits the Nexis Uni DOCX into its 10 articles with title, publication and date', async () => {
		const r = await parseExportBytes(shared('nexis-uni-sample.DOCX'));
		if (r.kind !== 'export') throw new Error(JSON.stringify(r));
		expect(r.parsed.format).toBe('nexis-uni');
		expect(r.parsed.expected).toBe(10);
		expect(r.parsed.problems).toEqual([]);
		expect(r.parsed.articles).toHaveLength(10);
		const first = r.parsed.articles[0]!;
		expect(first.title).toBe('Lorem ipsum dolor sit amet');
		expect(first.source).toBe('The Guardian(London)');
		expect(first.published).toEqual({value: '2019-07-01', basis: "stated: Nexis date line 'July 1, 2019 Monday 9:20 AM GMT'"});
		expect(first.byline).toBe('Mattha Busby (now), Andrew Sparrow (earlier)');
		expect(first.text.startsWith('Lorem ipsum dolor sit amet, consectetur')).toBe(true);
		for (const a of r.parsed.articles) {
			expect(a.source).toMatch(/Guardian/);
			expect(a.published?.value).toMatch(/^2019-07-0\d$/);
			expect(a.text).not.toMatch(/End of Document|Length:|Byline:|Load-Date:|Section:/);
		}
	});

	it('splits the LexisNexis Academic TXT into its 10 articles', async () => {
		const r = await parseExportBytes(shared('lexisnexis-academic-sample.TXT'));
		if (r.kind !== 'export') throw new Error(JSON.stringify(r));
		expect(r.parsed.format).toBe('lexisnexis-academic');
		expect(r.parsed.expected).toBe(10);
		expect(r.parsed.problems).toEqual([]);
		expect(r.parsed.articles).toHaveLength(10);
		const first = r.parsed.articles[0]!;
		expect(first).toMatchObject({title: 'Lorem ipsum dolor sit amet', source: 'Guardian.com', byline: 'Andrew Sparrow'});
		expect(first.published?.value).toBe('2010-01-11');
		for (const a of r.parsed.articles) {
			expect(a.published?.value).toMatch(/^2010-01-\d\d$/);
			expect(a.text).not.toMatch(/LOAD-DATE|LENGTH:|BYLINE:|DOCUMENTS|All Rights Reserved/);
			expect(a.text.split('\n\n').every((p) => !p.includes('\n'))).toBe(true);
		}
		expect(r.parsed.articles.map((a) => a.source)).toContain('The Sun (England)');
	});
});
