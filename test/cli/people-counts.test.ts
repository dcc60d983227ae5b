/**
 * `scrutiny people` counts fragments (short phrases inside reported speech) apart from quotes and says so in
 * every form: a person quoted only in phrases (Paul Maynard on the bundled store: "worried") is never a bare 0.
 */
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {runBuilt, tempStore} from '../helpers/cli.js';

const {store} = tempStore();
const people = (...flags: string[]) => {
	const r = runBuilt(['people', ...flags, '--db', store]);
	expect(r.status, r.stderr).toBe(0);
	return r.stdout;
};

describe('people: fragments counted apart', () => {
	it('text: a phrase-only speaker shows "1 fr.", and every row its fragments', () => {
		const [head, , ...rows] = people().split('\n');
		expect(head).toMatch(/\bquotes\s+fragments\b/);
		expect(rows.find((l) => l.startsWith('Paul Maynard'))).toMatch(/\s1 fr\.\s+1\s/);
		expect(rows.find((l) => l.startsWith('Simon Blackburn'))).toMatch(/\s21\s+4\s/);
		// Nobody quoted at all is still 0, with 0 fragments.
		expect(rows.find((l) => l.startsWith('Graham Cain'))).toMatch(/\s0\s+0\s/);
	});

	it('csv: quotes as before, fragments a column added at the end', () => {
		const rows = parse(people('--csv'), {columns: true}) as Record<string, string>[];
		const header = Object.keys(rows[0]!);
		expect(header.at(-1)).toBe('fragments');
		expect(header.slice(0, 8)).toEqual(['id', 'name', 'titles', 'roles', 'party', 'authorities', 'quotes', 'articles']);
		const by = (n: string) => rows.find((r) => r.name === n)!;
		expect([by('Paul Maynard').quotes, by('Paul Maynard').fragments]).toEqual(['0', '1']);
		expect([by('Simon Blackburn').quotes, by('Simon Blackburn').fragments]).toEqual(['21', '4']);
	});

	it('md: the same cells as the text', () => {
		const md = people('--md').split('\n');
		expect(md[0]).toContain('| quotes | fragments |');
		expect(md.find((l) => l.startsWith('| Paul Maynard '))).toContain('| 1 fr. | 1 |');
	});

	it('json: quotes and fragments as numbers (the fields as before), agreeing with quotes --json', () => {
		const rows = JSON.parse(people('--json')) as {name: string; quotes: number; fragments: number}[];
		const quotes = JSON.parse(runBuilt(['quotes', '--json', '--db', store]).stdout) as {speaker: string | null; fragment: boolean}[];
		for (const p of rows) {
			const said = quotes.filter((q) => q.speaker === p.name);
			expect([p.name, p.quotes, p.fragments]).toEqual([p.name, said.filter((q) => !q.fragment).length, said.filter((q) => q.fragment).length]);
		}
		expect(rows.find((p) => p.name === 'Paul Maynard')).toMatchObject({quotes: 0, fragments: 1});
	});
});
