/**
 * Escape injection in plain output (issue 6, item 10): an article full of terminal escape sequences and control
 * characters is imported with the built program, and nothing of it reaches stdout or stderr of any command; the
 * import report counts what was removed; `--json` keeps such characters escaped (shown with a record put in the
 * store directly, because import cleans them); error messages naming a file with an ESC in its name are clean.
 * The raw bytes of every stream are checked, not decoded text.
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {decodeArticleBytes} from '../../source/ingest/decode.js';
import type {Flags} from '../../source/cli/context.js';
import {builtCli, runCommand, type Captured, childHangMs} from '../helpers/cli.js';
import {tempDir} from './synthetic.js';

const ESC = '\u001b';
/** Every hostile sequence the issue names, labelled. */
const hostile = {
	osc52: `${ESC}]52;c;ZWNobyBwd25lZA==\u0007`,
	osc0: `${ESC}]0;owned title\u0007`,
	osc2: `${ESC}]2;owned title${ESC}\\`,
	osc8: `${ESC}]8;;https://evil.example/${ESC}\\link text${ESC}]8;;${ESC}\\`,
	csi: `${ESC}[2J${ESC}[H${ESC}[3A${ESC}[K${ESC}[31m`,
	c1csi: '\u009b2J\u009b1;1H',
	dcs: `${ESC}P1$qm${ESC}\\\u0090q#0;2;0;0;0\u009c`,
	cr: 'visible\rHIDDEN',
	backspace: 'abc\b\b\bxyz',
	bell: 'ding\u0007dong',
	nul: 'null\u0000byte',
	bidi: 'abc\u202eevil\u202c \u2066iso\u2069 \u200fmark \u061c',
};
const all = Object.values(hostile).join(' ');

/**
 * What must never appear in output: C0 control bytes but \t and \n (and \r only in CSV's \r\n line ends), DEL,
 * and, in the UTF-8 text, C1 controls and bidi controls. Returns what was found, labelled.
 */
function unsafeBytes(bytes: Buffer): string[] {
	const found = new Set<string>();
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i]!;
		if (b === 0x0d && bytes[i + 1] === 0x0a) continue;
		if ((b < 0x20 && b !== 0x09 && b !== 0x0a) || b === 0x7f) found.add(`byte 0x${b.toString(16).padStart(2, '0')}`);
	}

	for (const c of bytes.toString('utf8').matchAll(/[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g)) {
		found.add(`U+${c[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
	}

	return [...found];
}

type Raw = {status: number | null; stdout: Buffer; stderr: Buffer};

/** The built program with stdin from /dev/null and raw byte output. */
function run(args: readonly string[]): Raw {
	const r = spawnSync(process.execPath, [builtCli, ...args], {stdio: ['ignore', 'pipe', 'pipe'], timeout: childHangMs});
	return {status: r.status, stdout: r.stdout, stderr: r.stderr};
}

/** Output captured in-process, as the bytes the program would write. */
const captured = (r: Captured): Raw => ({status: r.status, stdout: Buffer.from(r.stdout, 'utf8'), stderr: Buffer.from(r.stderr, 'utf8')});

function expectClean(r: Raw, what: string): void {
	expect(unsafeBytes(r.stdout), `${what}: stdout`).toEqual([]);
	expect(unsafeBytes(r.stderr), `${what}: stderr`).toEqual([]);
}

/** An article with the hostile text in its title, authority line, speaker, quotes, events and captions. */
function hostileArticle(): string {
	return [
		`title: Council ${hostile.osc0}leader ${hostile.bidi} refuses to quit`,
		'date: 2023-03-14',
		`source: Gazette ${hostile.osc8}`,
		'authority: Somerset',
		'',
		`Somerset Council's children's services were rated inadequate by Ofsted in January 2023 ${hostile.csi} after an inspection.`,
		'',
		`Cllr Jane ${hostile.c1csi}Smith, the cabinet member for children, said: "We will ${hostile.osc52} put this right ${hostile.dcs} for every child."`,
		'',
		`Opposition councillors called for the leader to resign in February 2023 ${hostile.cr} ${hostile.backspace}.`,
		'',
		`"It is a ${hostile.bell} disgrace ${hostile.bidi}," said Cllr Tom ${hostile.osc2}Green, leader of the opposition.`,
		'',
		`An improvement board was set up in March 2023 ${hostile.osc8} to oversee the changes.`,
		'',
		`Cllr Jane Smith ${hostile.csi}`,
		'',
	].join('\n');
}

describe('escape sequences never reach the terminal', () => {
	let dir: string;
	let store: string;
	let jsonStore: string;
	let removed: number;

	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	beforeAll(() => {
		dir = tempDir();
		const inbox = path.join(dir, 'inbox');
		mkdirSync(inbox);
		const utf8 = Buffer.from(`${hostileArticle()}\n${'Filler text for the binary check. '.repeat(260)}\n\n${hostile.nul}\n`, 'utf8');
		// NUL in the first 8 KB marks a UTF-8 file as binary; UTF-16 (with a BOM) is full of NULs by nature.
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(hostileArticle().replace('Somerset', 'Slough').replaceAll('Somerset', 'Slough') + `\n${all}\n`, 'utf16le')]);
		writeFileSync(path.join(inbox, 'hostile-utf8.txt'), utf8);
		writeFileSync(path.join(inbox, 'hostile-utf16.txt'), utf16);
		removed = [utf8, utf16].reduce((sum, bytes) => {
			const d = decodeArticleBytes(bytes);
			if (!d.ok) throw new Error(d.reason);
			return sum + d.removed.escapes + d.removed.controls + d.removed.bidi;
		}, 0);
		store = path.join(dir, 'store.json');
		const imported = run(['import', inbox, '--db', store]);
		expect(imported.status, imported.stderr.toString()).toBe(0);
		expectClean(imported, 'import');
		jsonStore = path.join(dir, 'raw.json');
	});

	it('the import report counts what was removed', () => {
		const again = run(['import', path.join(dir, 'inbox'), '--db', path.join(dir, 'counted.json'), '--json']);
		expect(again.status).toBe(0);
		expectClean(again, 'import --json');
		expect(removed).toBeGreaterThan(30);
		expect(JSON.parse(again.stdout.toString())).toMatchObject({added: 2, removed});
		const plain = run(['import', path.join(dir, 'inbox'), '--db', path.join(dir, 'counted-plain.json')]);
		expect(plain.stdout.toString()).toContain(`${removed} control characters or escape sequences removed`);
	});

	const commands: Array<[string, string[]]> = [
		['dashboard (no TTY)', []],
		['articles', ['articles']],
		['quotes', ['quotes']],
		['people', ['people']],
		['timeline', ['timeline']],
		['timeline --csv', ['timeline', '--csv']],
		['timeline --md', ['timeline', '--md']],
		['search', ['search', 'disgrace']],
		['search people', ['search', 'smith', '--in', 'people']],
		['compare', ['compare', 'somerset', 'slough']],
		['compare --md', ['compare', 'somerset', 'slough', '--md']],
	];

	for (const [name, args] of commands) {
		it(`${name}: plain output holds no control or bidi characters`, () => {
			const r = run([...args, '--db', store]);
			expect(r.status, r.stderr.toString()).toBe(0);
			expect(r.stdout.length).toBeGreaterThan(0);
			expectClean(r, name);
		});
	}

	describe('a store record holding raw escapes (written directly, not imported)', () => {
		beforeAll(async () => {
			const s = await openStore(jsonStore, {create: true});
			const date = {value: '2023-03-14', precision: 'day' as const, approximate: false, basis: `stated ${all}`};
			await s.update((data) => {
				data.name = `corpus ${all}`;
				data.articles.push({
					id: 'raw',
					file: `raw${ESC}[2J.txt`,
					path: `raw${ESC}[2J.txt`,
					contentHash: 'x',
					title: `Title ${all}`,
					titleSource: 'header',
					source: `Source ${all}`,
					published: date,
					authorities: ['Somerset', 'Slough'],
					raw: all,
					paragraphs: [`Paragraph ${all}`],
					furniture: [],
					people: [{name: `Jane ${hostile.csi}Smith`, titles: [`Cllr ${hostile.bell}`], roles: [`leader ${all}`], party: `Party ${hostile.bidi}`, paragraphs: [1]}],
					readReport: {encoding: 'utf-8', removed: 0, repaired: 0},
					importedAt: '2023-03-14T00:00:00Z',
					origin: 'curated',
				});
				data.quotes.push({
					id: 'raw-q1',
					articleId: 'raw',
					paragraph: 1,
					text: `disgrace ${all}`,
					speaker: `Jane ${hostile.csi}Smith`,
					speakerId: 'jane-smith',
					fragment: false,
					date,
					origin: 'curated',
				});
				data.people.push({id: 'jane-smith', name: `Jane ${hostile.csi}Smith`, titles: [`Cllr ${hostile.osc0}`], roles: [`leader ${all}`], party: `Party ${hostile.bidi}`, authorities: ['Somerset'], articleIds: ['raw'], origin: 'curated'});
				for (const authority of ['Somerset', 'Slough']) {
					data.events.push({
						id: `raw-e-${authority}`,
						date,
						authority,
						type: 'inspection-judgement',
						rating: 'inadequate',
						summary: `Rated ${all}`,
						articleId: 'raw',
						paragraph: 1,
						sources: [{articleId: 'raw', paragraph: 1}],
						origin: 'curated',
					});
				}

				data.authorities.push({id: 'somerset', name: 'Somerset', onsCode: null, origin: 'curated'}, {id: 'slough', name: 'Slough', onsCode: null, origin: 'curated'});
			});
			await s.release();
			// The raw characters really are in the file (JSON escapes C0 controls, but not C1 or bidi ones).
			expect((await openStore(jsonStore, {readOnly: true})).data.quotes[0]!.text).toContain(hostile.osc52);
		});

		it('--json keeps them, escaped as \\u00xx (the built program)', () => {
			const r = run(['quotes', '--json', '--db', jsonStore]);
			expect(r.status, r.stderr.toString()).toBe(0);
			expectClean(r, 'quotes --json');
			const text = r.stdout.toString();
			for (const escaped of ['\\u001b]52;c;', '\\u009b2J', '\\u202e', '\\u0007', '\\u0000', '\\r', '\\b']) expect(text).toContain(escaped);
			// Parsed back, the values hold the original characters: escaped, not removed.
			expect((JSON.parse(text) as {text: string}[])[0]!.text).toBe(`disgrace ${all}`);
		});

		// In-process from here: the same code as the built program, without starting a process for each command.
		const inProcess: Array<[string, string | undefined, string[], Flags]> = [
			['articles', 'articles', [], {}],
			['quotes', 'quotes', [], {}],
			['people', 'people', [], {}],
			['timeline', 'timeline', [], {}],
			['search', 'search', ['disgrace'], {}],
			['compare', 'compare', ['somerset', 'slough'], {}],
		];
		for (const [name, command, args, flags] of inProcess) {
			it(`${name} --json keeps them escaped`, async () => {
				const r = await runCommand(command, args, {...flags, json: true, db: jsonStore});
				expect(r.status, r.stderr).toBe(0);
				expectClean(captured(r), `${name} --json`);
				expect(r.stdout).toMatch(/\\u001b|\\u009b|\\u202e/);
				expect(JSON.stringify(JSON.parse(r.stdout))).toMatch(/[\u001b\u009b\u202e]/);
			});
		}

		const plain: Array<[string, string | undefined, string[], Flags]> = [
			['dashboard (no TTY)', undefined, [], {}],
			...inProcess,
			['timeline --csv', 'timeline', [], {csv: true}],
			['timeline --md', 'timeline', [], {md: true}],
			['compare --md', 'compare', ['somerset', 'slough'], {md: true}],
			['search people', 'search', ['smith'], {in: 'people'}],
		];
		for (const [name, command, args, flags] of plain) {
			it(`${name}: plain output of them is cleaned`, async () => {
				const r = await runCommand(command, args, {...flags, db: jsonStore});
				expect(r.status, r.stderr).toBe(0);
				expect(r.stdout.length).toBeGreaterThan(0);
				expectClean(captured(r), name);
			});
		}
	});

	describe('error messages that name a file', () => {
		it('a refused file whose name holds ESC and BEL', () => {
			const inbox = path.join(dir, `odd${ESC}]0;title\u0007${ESC}[2J`);
			mkdirSync(inbox);
			writeFileSync(path.join(inbox, `empty${ESC}[31m\u009b2J\u202e.txt`), '');
			writeFileSync(path.join(inbox, `binary${ESC}]52;c;eA==\u0007.txt`), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
			const r = run(['import', inbox, path.join(dir, `missing${ESC}[2J.txt`), '--db', path.join(dir, 'errors.json')]);
			expect(r.status).toBe(1);
			expectClean(r, 'import of refused files');
			const lines = r.stderr.toString().trim().split('\n');
			expect(lines).toHaveLength(3);
			expect(r.stderr.toString()).toMatch(/empty file/);
			expect(r.stderr.toString()).toMatch(/binary file/);
			expect(r.stderr.toString()).toMatch(/no such file or directory/);
		});

		it('a store path with escapes, missing or damaged', () => {
			const missing = run(['articles', '--db', path.join(dir, `none${ESC}]52;c;eA==\u0007.json`)]);
			expect(missing.status).toBe(1);
			expectClean(missing, 'missing store');
			const damaged = path.join(dir, `bad${ESC}[2J\u202e.json`);
			writeFileSync(damaged, `{"version": 1, "name": "x${ESC}[2J`);
			const r = run(['quotes', '--db', damaged]);
			expect(r.status).toBe(1);
			expect(r.stderr.toString().trim().split('\n')).toHaveLength(1);
			expectClean(r, 'damaged store');
		});

		it('an unknown command or flag, a bad flag value, a search query and an authority with escapes', () => {
			const cases: Array<[string[], number]> = [
				[[`frob${ESC}]0;x\u0007`], 2],
				[['articles', `--x${ESC}[2J`], 2],
				[['timeline', '--type', `x${ESC}[2J`], 2],
				[['search', `q${ESC}]52;c;eA==\u0007`, '--db', store], 0],
				[['compare', `a${ESC}[2J\u202e`, 'b', '--db', store], 1],
			];
			for (const [args, status] of cases) {
				const r = run(args);
				expect(r.status, JSON.stringify(args)).toBe(status);
				expect(r.stdout.length + r.stderr.length).toBeGreaterThan(0);
				expectClean(r, JSON.stringify(args));
			}
		});
	});
});
