import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseExportBytes} from '../../source/ingest/formats/parse-export.js';
import type {ParsedExport} from '../../source/ingest/formats/types.js';
import {rtfText} from '../../source/ingest/formats/rtf.js';
import {makeDocx} from './make-docx.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const lines = (name: string) => fixture(name).toString('utf8').replace(/\n$/, '').split('\n');

async function parsed(bytes: Uint8Array): Promise<ParsedExport> {
	const r = await parseExportBytes(bytes);
	if (r.kind !== 'export') throw new Error(`not read as an export: ${JSON.stringify(r).slice(0, 200)}`);
	return r.parsed;
}

const furniture = /End of Document|Byline|Length:|Load-Date|LOAD-DATE|Classification|Copyright|All Rights Reserved|Highlight|Section:|DOCUMENTS|Subject:|Document [A-Z0-9]{12}/;

describe('Nexis Uni DOCX', () => {
	it('with a cover page and a classification block: every article, headline, publication, date line, byline', async () => {
		const p = await parsed(makeDocx(lines('nexis-uni-cover.lines.txt')));
		expect(p).toMatchObject({format: 'nexis-uni', expected: 2, problems: []});
		expect(p.articles.map((a) => [a.title, a.source, a.published?.value, a.byline])).toEqual([
			// The headline's "Covid-19, part 1" is not a date: the date comes from its own line.
			["Covid-19, part 1: children's homes in Exampleshire face a winter of staff shortages", 'The Northern Echo-Gazette', '2019-07-02', 'Priya Natarajan'],
			['Council leader refuses to quit over Ofsted verdict', 'Exampleshire Evening Post', '2019-07-04', 'Tom Ellery'],
		]);
		expect(p.articles[0]!.published?.basis).toBe("stated: Nexis date line 'July 2, 2019 Tuesday 9:33 AM GMT'");
		const first = p.articles[0]!.text.split('\n\n');
		// Two blank lines inside the article do not end anything: all three paragraphs are there.
		expect(first).toHaveLength(3);
		expect(first[0]).toMatch(/^Children's homes run by Exampleshire/);
		for (const a of p.articles) expect(a.text).not.toMatch(furniture);
		expect(p.articles[0]!.raw).not.toMatch(/Job Number/);
	});

	it('without a cover page', async () => {
		const p = await parsed(makeDocx(lines('nexis-uni-plain.lines.txt')));
		expect(p.expected).toBeNull();
		expect(p.articles).toHaveLength(1);
		expect(p.articles[0]).toMatchObject({title: "Social workers' caseloads cut after improvement notice", source: 'Exampleshire Evening Post', byline: 'Sam Okafor'});
		expect(p.articles[0]!.published?.value).toBe('2021-03-14');
		expect(p.articles[0]!.text.split('\n\n')).toHaveLength(2);
	});

	it("splits on another interface's end line ('Dokumentende')", async () => {
		const l = lines('nexis-uni-cover.lines.txt').map((x) => (x === 'End of Document' ? 'Dokumentende' : x));
		const p = await parsed(makeDocx(l));
		expect(p.articles.map((a) => a.published?.value)).toEqual(['2019-07-02', '2019-07-04']);
	});

	it('an article without a Body line is reported with its position; the others are kept', async () => {
		const l = lines('nexis-uni-cover.lines.txt');
		const broken = l.map((x, i) => (x === 'Body' && i > 40 ? 'Bodyless' : x));
		const p = await parsed(makeDocx(broken));
		expect(p.articles).toHaveLength(1);
		expect(p.problems).toEqual([{position: 2, reason: "no 'Body' line"}]);
	});
});

describe('Nexis Uni RTF', () => {
	it('reads the RTF text (unicode escapes, code page bytes) and splits it', async () => {
		const p = await parsed(fixture('nexis-uni.rtf'));
		expect(p.format).toBe('nexis-uni');
		expect(p.articles.map((a) => [a.title, a.source, a.published?.value, a.byline])).toEqual([
			['Commissioner appointed to run Exampleshire children’s services', 'Exampleshire Evening Post', '2022-11-08', 'Renée Whitfield'],
			['Improvement board meets for the first time', 'Exampleshire Evening Post', '2022-12-01', 'Renée Whitfield'],
		]);
		expect(p.articles[0]!.text).toContain('“This is a moment to reset,” said the commissioner');
		// Page footers, the document's info and a picture's bytes are not text.
		const whole = await rtfText(fixture('nexis-uni.rtf'));
		expect(whole.ok && whole.text).toMatch(/^Commissioner appointed/);
		expect(whole.ok && whole.text).not.toMatch(/Page \d of 2|Nexis Uni export|89504e47/);
		for (const a of p.articles) expect(a.text).not.toMatch(furniture);
	});
});

describe('LexisNexis Academic TXT', () => {
	it('splits on N of M DOCUMENTS, reads the upper-case labels and joins wrapped lines', async () => {
		const p = await parsed(fixture('lexisnexis-academic.txt'));
		expect(p).toMatchObject({format: 'lexisnexis-academic', expected: 2, problems: []});
		expect(p.articles.map((a) => [a.title, a.source, a.published?.value, a.byline])).toEqual([
			["Ofsted rates Exampleshire children's services inadequate", 'Exampleshire Evening Post', '2013-05-29', 'Helen Markham'],
			['Calls for cabinet member to resign after damning report', 'Westshire Courier', '2013-06-01', 'Owen Pryce'],
		]);
		expect(p.articles[0]!.text.split('\n\n')[0]).toBe(
			"Inspectors have rated children's services in Exampleshire inadequate, finding that some children were left at risk of harm for weeks before social workers visited them.",
		);
		for (const a of p.articles) expect(a.text).not.toMatch(furniture);
	});
});

describe('Factiva', () => {
	it('reads the field codes and ends each article at its accession number', async () => {
		const p = await parsed(fixture('factiva.txt'));
		expect(p.format).toBe('factiva');
		expect(p.articles.map((a) => [a.title, a.source, a.published?.value, a.byline, a.exportId])).toEqual([
			["Council sets aside GBP 4m for children's social care recovery", 'Exampleshire Evening Post', '2023-03-14', 'Aisha Rahman', 'EXEVP00020230314ej3e0000b'],
			['Improvement board chair praises progress', 'Westshire Courier', '2023-09-21', 'Daniel Moss', 'WSTCOU0020230921ej9l0002x'],
		]);
		expect(p.articles[0]!.text.split('\n\n')).toHaveLength(3);
		for (const a of p.articles) expect(a.text).not.toMatch(/^(?:HD|PD|SN|NS|CO|AN) |gcat|Political\/General/m);
	});

	it('an export cut short names the article left open', async () => {
		const text = fixture('factiva.txt').toString('utf8').replace(/AN Document WSTCOU\S+\n?$/, '');
		const p = await parsed(Buffer.from(text));
		expect(p.articles).toHaveLength(1);
		expect(p.problems).toEqual([{position: 2, reason: "no closing 'Document' line (the export is cut short)"}]);
	});
});

describe('Factiva RTF', () => {
	it('reads the field codes from the table cells of an RTF export', async () => {
		const p = await parsed(fixture('factiva.rtf'));
		expect(p.format).toBe('factiva');
		expect(p.problems).toEqual([]);
		expect(p.articles.map((a) => [a.title, a.source, a.published?.value, a.byline, a.exportId])).toEqual([
			['Director of children’s services to leave in the spring', 'Northtown Telegraph', '2024-01-09', 'Nia Campbell', 'NORTEL0020240109ek190000a'],
		]);
		expect(p.articles[0]!.text.split('\n\n')).toEqual([
			'Northtown’s director of children’s services will leave the council in April after four years in the post.',
			'The council said a permanent successor would be recruited before then.',
			'“It has been a privilege,” the director said.',
		]);
	});
});

describe('Factiva HTML', () => {
	it('reads the field codes from the table of a Factiva page, not as one web article', async () => {
		const p = await parsed(fixture('factiva.html'));
		expect(p.format).toBe('factiva');
		expect(p.articles.map((a) => [a.title, a.source, a.published?.value, a.byline, a.exportId])).toEqual([
			['Ofsted monitoring visit finds ‘steady progress’ in Southby', 'Southby News', '2021-11-30', 'Leah Grant', 'SOUTHN0020211130ehbu0000c'],
		]);
		expect(p.articles[0]!.text.split('\n\n')).toEqual([
			'Inspectors who visited Southby Council’s children’s services this month found steady progress since the service was rated inadequate.',
			'The letter published on Tuesday says caseloads are lower and plans for children are clearer.',
			'The council welcomed the findings.',
		]);
	});
});
