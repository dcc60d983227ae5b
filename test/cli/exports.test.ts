/**
 * Every list command's exports (issue 12, "Exports without citations" and "CSV that runs"): --json, --csv and
 * --md, each row cited; the CSV read back by a CSV parser as R and pandas would, and formulas neutralised.
 */
import {parse} from 'csv-parse/sync';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Citation} from '../../source/corpus/citation.js';
import type {Flags} from '../../source/cli/context.js';
import {runBuilt, runCommand, tempStore} from '../helpers/cli.js';

const {store} = tempStore();
const db = {db: store};
type Row = Record<string, string>;
const readCsv = (text: string) => parse(text, {columns: true}) as Row[];
const citationPattern = /, (\d{4}-\d{2}-\d{2}|~?\w{3} \d{4}|~?\d{4}|undated)(, para \d+)?/;

/** Each list command, with the arguments it needs, and how its JSON rows carry their citations. */
const lists: Array<[string, string[], Flags, (row: Record<string, unknown>) => Citation[]]> = [
	['articles', [], {}, (r) => [r.citation as Citation]],
	['quotes', [], {}, (r) => [r.citation as Citation]],
	['people', [], {}, (r) => r.citations as Citation[]],
	['timeline', [], {}, (r) => r.citations as Citation[]],
	['search', ['council'], {}, (r) => (r.citation ? [r.citation as Citation] : [])],
];

describe.each(lists)('%s', (command, args, flags, citationsOf) => {
	it('--json: every row cited', async () => {
		const r = await runCommand(command, args, {...flags, ...db, json: true});
		expect(r.status).toBe(0);
		const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			const cs = citationsOf(row);
			expect(cs.length, JSON.stringify(row).slice(0, 200)).toBeGreaterThan(0);
			for (const c of cs) {
				expect(Object.keys(c).sort()).toEqual(['date', 'paragraph', 'publication', 'text', 'title', 'url']);
				expect(c.text).toMatch(citationPattern);
				expect(c.text).not.toContain('…');
			}
		}
	});

	it('--csv: read back by a CSV parser, one row per JSON row, with the citation columns', async () => {
		const json = JSON.parse((await runCommand(command, args, {...flags, ...db, json: true})).stdout) as Record<string, unknown>[];
		const r = await runCommand(command, args, {...flags, ...db, csv: true});
		expect(r.status).toBe(0);
		expect(r.stdout.charCodeAt(0)).not.toBe(0xfeff);
		const rows = readCsv(r.stdout);
		expect(rows).toHaveLength(json.length);
		expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['title', 'publication', 'published', 'url', 'citation']));
		rows.forEach((row, i) => expect(row.citation).toBe(citationsOf(json[i]!)[0]?.text ?? ''));
	});

	it('--md: a table whose rows end with their citation', async () => {
		const r = await runCommand(command, args, {...flags, ...db, md: true});
		expect(r.status).toBe(0);
		const lines = r.stdout.trim().split('\n');
		expect(lines[0]).toMatch(/\| citation \||\| named in \|/);
		expect(lines[1]).toMatch(/^\| --- \|/);
		for (const line of lines.slice(2)) expect(line).toMatch(citationPattern);
	});

	it('--excel: the same CSV after the UTF-8 byte order mark', async () => {
		const plain = (await runCommand(command, args, {...flags, ...db, csv: true})).stdout;
		const excel = await runCommand(command, args, {...flags, ...db, excel: true});
		expect(excel.status).toBe(0);
		expect(excel.stdout).toBe(`\uFEFF${plain}`);
		expect((await runCommand(command, args, {...flags, ...db, csv: true, excel: true})).stdout).toBe(`\uFEFF${plain}`);
	});

	it('only one output format at a time', async () => {
		const r = await runCommand(command, args, {...flags, ...db, json: true, md: true});
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/choose one of --json, --md/);
		expect((await runCommand(command, args, {...flags, ...db, json: true, excel: true})).stderr).toMatch(/choose one of --json, --excel/);
	});
});

describe('timeline --csv', () => {
	it("keeps the columns it always had, in order, with the ids for scripts, and cites each report by title, date and paragraph", async () => {
		const r = await runCommand('timeline', [], {...db, csv: true});
		const header = r.stdout.slice(0, r.stdout.indexOf('\r\n')).split(',');
		expect(header.slice(0, 12)).toEqual(['id', 'date', 'precision', 'approximate', 'authority', 'type', 'rating', 'reportedRating', 'origin', 'summary', 'sources', 'dateBasis']);
		const rows = readCsv(r.stdout);
		const merged = rows.find((row) => row.sources!.split(' ').length > 1)!;
		expect(merged.sources).toMatch(/^\w+#\d+( \w+#\d+)+$/);
		expect(merged.citations!.split('; ')).toHaveLength(merged.sources!.split(' ').length);
		const [articleId, paragraph] = merged.sources!.split(' ')[0]!.split('#');
		expect(merged.paragraph).toBe(paragraph);
		expect(merged.citation).toMatch(new RegExp(`, para ${paragraph}$`));
		expect(merged.citation).not.toContain(articleId!);
	});
});

describe('compare', () => {
	it('--md cites its rows: [n] in the cells, the numbered sources under the table', async () => {
		const r = await runCommand('compare', ['blackpool', 'north east lincs'], {...db, md: true});
		expect(r.status).toBe(0);
		const [table, sources] = r.stdout.split('\nSources:\n');
		expect(sources).toBeDefined();
		const listed = sources!.trim().split('\n');
		listed.forEach((line, i) => expect(line).toMatch(new RegExp(`^${i + 1}\\. .*${citationPattern.source}`)));
		const refs = new Set([...table!.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
		expect([...refs].sort((a, b) => a - b)).toEqual(listed.map((_, i) => i + 1));
		for (const label of ['judgements', 'latest rating', "'inadequate' judgement", 'calls to resign'])
			expect(table, label).toMatch(new RegExp(`\\| ${label} \\| [^|]+\\[\\d+\\] \\| [^|]+\\[\\d+\\] \\|`));
		// A cell cites each source once.
		for (const cell of table!.split('|')) {
			const cellRefs = [...cell.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);
			expect(new Set(cellRefs).size, cell).toBe(cellRefs.length);
		}
	});

	it('--json gives each row its citations on both sides; --csv reads back', async () => {
		const j = JSON.parse((await runCommand('compare', ['blackpool', 'north east lincs'], {...db, json: true})).stdout) as {rows: {label: string; citations: {left: Citation[]; right: Citation[]}}[]};
		const row = j.rows.find((r) => r.label === "'inadequate' judgement")!;
		expect(row.citations.left[0]!.text).toMatch(citationPattern);
		expect(row.citations.right[0]!.text).toMatch(citationPattern);
		expect(j.rows.find((r) => r.label === 'articles')!.citations).toEqual({left: [], right: []});
		const rows = readCsv((await runCommand('compare', ['blackpool', 'north east lincs'], {...db, csv: true})).stdout);
		expect(rows.map((r) => r.row)).toEqual(j.rows.map((r) => r.label));
		expect(Object.keys(rows[0]!)).toEqual(['row', 'left', 'right', 'leftCitations', 'rightCitations']);
	});
});

describe('compare: every row read from the timeline is cited', () => {
	const read = ['judgements', 'other inspections', 'latest rating', "'inadequate' judgement", 'calls to resign', 'refused to go', 'no-confidence vote', 'improvement board', 'commissioner appointed', 'improvement board (as reported)'];

	it('--json: each side a row fills cites a source (the other inspections row too)', async () => {
		const j = JSON.parse((await runCommand('compare', ['blackpool', 'north east lincs'], {...db, json: true})).stdout) as {rows: {label: string; left: string; right: string; citations: {left: Citation[]; right: Citation[]}}[]};
		expect(j.rows.map((r) => r.label)).toEqual(expect.arrayContaining(read));
		for (const r of j.rows.filter((x) => read.includes(x.label))) {
			if (r.left !== 'missing') expect(r.citations.left.length, `${r.label} left`).toBeGreaterThan(0);
			if (r.right !== 'missing') expect(r.citations.right.length, `${r.label} right`).toBeGreaterThan(0);
		}
	});

	it('the other inspections row (youth justice, read from 000 para 4) cites it in --csv and --md', async () => {
		const rows = readCsv((await runCommand('compare', ['blackpool', 'north east lincs'], {...db, csv: true})).stdout);
		const other = rows.find((r) => r.row === 'other inspections')!;
		expect(other.left).toMatch(/youth justice/);
		expect(other.leftCitations).toMatch(/2019-02-01, para 4$/);
		const md = (await runCommand('compare', ['blackpool', 'north east lincs'], {...db, md: true})).stdout;
		expect(md).toMatch(/\| other inspections \| ~Dec 2018 youth justice [^|]*: inadequate \[\d+\] \| missing \|/);
	});
});

describe('CSV that does not run', () => {
	// An article whose title, publication and quote would each be a formula in a spreadsheet.
	const {dir} = tempStore();
	const inbox = path.join(dir, 'inbox');
	mkdirSync(inbox);
	writeFileSync(
		path.join(inbox, 'formula.txt'),
		'title: =HYPERLINK("http://evil.example","Click")\ndate: 2023-03-14\nsource: +Evil Gazette\nauthority: Somerset\n\nCllr Jane Smith said: "@everyone should read the report before the meeting."\n\nThe council leader resigned on Monday after the vote.\n',
	);
	const formulaStore = path.join(dir, 'formula.json');

	it('the built program writes each such cell with a quote in front, in every export, and JSON keeps it as stored', () => {
		expect(runBuilt(['import', inbox, '--db', formulaStore]).status).toBe(0);
		const articles = readCsv(runBuilt(['articles', '--csv', '--db', formulaStore]).stdout);
		expect(articles[0]!.title).toBe('\'=HYPERLINK("http://evil.example","Click")');
		expect(articles[0]!.publication).toBe("'+Evil Gazette");
		expect(articles[0]!.citation).toBe('\'=HYPERLINK("http://evil.example","Click"), +Evil Gazette, 2023-03-14');
		const quotes = readCsv(runBuilt(['quotes', '--csv', '--db', formulaStore]).stdout);
		expect(quotes[0]!.text).toBe("'@everyone should read the report before the meeting.");
		const cells = [...articles, ...quotes, ...readCsv(runBuilt(['timeline', '--csv', '--db', formulaStore]).stdout)].flatMap((r) => Object.values(r));
		expect(cells.filter((c) => /^\s*[=+\-@]/.test(c))).toEqual([]);
		const json = JSON.parse(runBuilt(['articles', '--json', '--db', formulaStore]).stdout) as {title: string}[];
		expect(json[0]!.title).toBe('=HYPERLINK("http://evil.example","Click")');
	});

	it('--excel from the built program starts with the byte order mark; plain CSV does not', () => {
		const excel = runBuilt(['quotes', '--excel', '--db', store]).stdout;
		const plain = runBuilt(['quotes', '--csv', '--db', store]).stdout;
		expect(excel.charCodeAt(0)).toBe(0xfeff);
		expect(plain.charCodeAt(0)).not.toBe(0xfeff);
		expect(excel.slice(1)).toBe(plain);
	});
});
