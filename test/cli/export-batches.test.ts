/**
 * The list commands write a list a batch of rows at a time (source/cli/export.ts): the bytes must be those of the
 * whole list formatted at once, as `json`, `csv` and `markdownTable` make it and `println` writes it, whatever the
 * rows hold (quotes, commas, line breaks, controls, bidi overrides, wide characters) and wherever a batch ends.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {println, type Context, type Flags} from '../../source/cli/context.js';
import {batchRows, writeList} from '../../source/cli/export.js';
import {csv, json, markdownTable, type Column} from '../../source/text/table-format.js';

type Row = {id: string; text: string; n: number; tags: string[]; nested: {a: string | null; b: number[]}};

const awkward = ['plain', 'a "quoted", comma', 'line\nbreak\r\nand CR', '=SUM(A1)', '\u001b[31mred\u001b[0m', '\u009b2J C1', 'bidi \u202e evil \u202c', 'wide 漢字 ✓', '\u2028 sep \u2029', '', '  @lead', 'tab\there', 'pipe | cell', 'DEL\u007f'];

function rows(n: number): Row[] {
	return Array.from({length: n}, (_, i) => ({
		id: `r${i}`,
		text: awkward[i % awkward.length]!,
		n: i * 7,
		tags: i % 3 === 0 ? [] : [awkward[(i + 1) % awkward.length]!, 'x'],
		nested: {a: i % 4 === 0 ? null : awkward[(i + 2) % awkward.length]!, b: i % 5 === 0 ? [] : [i, i + 1]},
	}));
}

const columns: Column<Row>[] = [
	{header: 'id', get: (r) => r.id},
	{header: 'text', get: (r) => r.text},
	{header: 'n', get: (r) => r.n},
	{header: 'tags', get: (r) => r.tags.join('; ')},
	{header: 'a', get: (r) => r.nested.a},
];
const toJson = (r: Row) => ({...r, citation: r.n % 2 ? null : {text: r.text}});

function written(list: Row[], flags: Flags): string {
	let out = '';
	const ctx: Context = {args: [], flags, stdout: {write: (s) => (out += String(s))}, stderr: {write: () => true}, env: {}};
	writeList(ctx, {rows: list, json: toJson, text: columns, csv: columns, md: columns});
	return out;
}

function whole(list: Row[], flags: Flags): string {
	let out = '';
	const stdout = {write: (s: string | Uint8Array) => (out += String(s))};
	if (flags.json) println(stdout, json(list.map(toJson)));
	else if (flags.csv || flags.excel) stdout.write(csv(list, columns, {excel: flags.excel}));
	else println(stdout, markdownTable(list, columns));
	return out;
}

afterEach(() => {
	batchRows.value = 2000;
});

describe('a list written in batches', () => {
	it('is the bytes of the list formatted whole, in every format, wherever the batches end', () => {
		for (const size of [1, 3, 7]) {
			batchRows.value = size;
			for (const n of [0, 1, 2, 3, 7, 8, 22]) {
				const list = rows(n);
				for (const flags of [{json: true}, {csv: true}, {csv: true, excel: true}, {md: true}] as Flags[]) {
					expect(written(list, flags), `${n} rows, batches of ${size}, ${JSON.stringify(flags)}`).toBe(whole(list, flags));
				}
			}
		}
	});
});
