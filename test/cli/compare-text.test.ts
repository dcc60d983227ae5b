/** `compare` as plain text: every cell whole, wrapped within its column, never cut (the built program, bundled corpus). */
import {expect, it} from 'vitest';
import {runBuilt, tempStore} from '../helpers/cli.js';

const {store} = tempStore();

it('prints each cell whole: a long cell goes on to further lines of its row, the JSON row word for word', () => {
	const text = runBuilt(['compare', 'blackpool', 'NE Lincolnshire', '--db', store]);
	expect(text.status).toBe(0);
	const json = runBuilt(['compare', 'blackpool', 'NE Lincolnshire', '--db', store, '--json']);
	const calls = (JSON.parse(json.stdout) as {rows: {label: string; left: string}[]}).rows.find((r) => r.label === 'calls to resign')!.left;
	const lines = text.stdout.split('\n');
	// The left column starts where the header names it; the row's lines run until the next row's label.
	const at = lines[0]!.indexOf('Blackpool');
	const first = lines.findIndex((l) => l.startsWith('calls to resign'));
	const rest = lines.slice(first + 1).findIndex((l) => !l.startsWith(' '));
	const cell = lines.slice(first, first + 1 + rest).map((l) => l.slice(at, at + 60).trim()).join(' ');
	expect(cell).toBe(calls);
	expect(rest).toBeGreaterThan(0);
	for (const l of lines) expect(l.length).toBeLessThanOrEqual(at + 60 + 2 + 60);
});
