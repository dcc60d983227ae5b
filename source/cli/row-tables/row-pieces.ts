/**
 * A list row in each form a call can ask for, made by the command's own formats (list-spec.ts), and those pieces
 * put back together as the command writes them (export.ts) for the rows a filtered call prints.
 *
 * - `json`: the row's element of the `--json` array as `writeJson` writes it (indented, cleaned);
 * - `csv`, `md`: the row's line of the `--csv` and `--md` tables, as `csv` and `markdownTable` make it;
 * - `text`: the values of the text table's cells (the table's widths depend on every row printed, so the
 *   table itself is made by `textTable` from these when printed), with the optional column's (`wide`);
 * - `freq`: what each `--freq` column says of the row (and its weight), counted by `frequency` when printed.
 */
import type {Facet, FacetValue} from '../../corpus/frequency.js';
import type {StoreData} from '../../corpus/schema.js';
import {cleanText} from '../../text/terminal-safety.js';
import {csv, json, markdownTable, utf8Bom, type Column, type RowFormats} from '../../text/table-format.js';
import {outputMode, type Context} from '../context.js';
import {writeCounted, writeList} from '../export.js';
import type {ListSpec} from '../list-spec.js';

export const pieceParts = ['json', 'csv', 'md', 'text', 'freq'] as const;
export type PiecePart = (typeof pieceParts)[number];

type ColumnHead = {readonly header: string; readonly max?: number; readonly at: number};
type FacetHead = {readonly name: string; readonly label?: string; readonly missing: string; readonly unit?: string; readonly counted?: string; readonly weighted: boolean};

/** What putting rows back together needs beyond their pieces: the tables' heads and the columns. */
export type PiecesHead = {
	readonly csvHead: string;
	readonly mdHead: string;
	/** The text table's columns with the optional column and without it; `at`: the cell's place in a row's values. */
	readonly text: {readonly wide: readonly ColumnHead[]; readonly narrow: readonly ColumnHead[]};
	readonly facets: readonly FacetHead[];
};

/** Makes each row's pieces with the command's formats over `data`. Throws if the formats differ in a way it cannot keep. */
export function pieceMaker<T>(spec: ListSpec<T>, data: StoreData): {head: PiecesHead; pieces: (row: T) => string[]; piece: (row: T, part: PiecePart) => string; wide: (row: T) => boolean} {
	const wide = spec.formats(data, true);
	const narrow = spec.formats(data, false);
	const facets = spec.facets(data);
	const same = (a: readonly Column<T>[], b: readonly Column<T>[]) => a.length === b.length && a.every((c, i) => c.header === b[i]!.header && c.max === b[i]!.max);
	if (!same(wide.csv, narrow.csv) || !same(wide.md, narrow.md)) throw new Error('a list whose CSV or Markdown columns change with its rows');
	const head = (c: Column<T>, at: number): ColumnHead => ({header: c.header, ...(c.max === undefined ? {} : {max: c.max}), at});
	// The narrow table's columns are the wide table's without the optional ones, in the same order.
	let next = 0;
	const narrowHeads = narrow.text.map((c) => {
		while (next < wide.text.length && wide.text[next]!.header !== c.header) next++;
		if (next === wide.text.length) throw new Error('a list whose narrow text table is not a part of its wide one');
		return head(c, next++);
	});
	const csvHead = csv([], wide.csv);
	const mdHead = markdownTable([], wide.md);
	const piece = (row: T, part: PiecePart): string => {
		switch (part) {
			case 'json':
				return cleanText(`  ${json(wide.json(row) ?? null).replaceAll('\n', '\n  ')}`).text;
			case 'csv':
				return csv([row], wide.csv).slice(csvHead.length, -2);
			case 'md':
				return cleanText(markdownTable([row], wide.md).slice(mdHead.length + 1)).text;
			case 'text':
				return JSON.stringify(wide.text.map((c) => c.get(row) ?? null));
			case 'freq':
				return JSON.stringify(facets.map((f) => (f.weight ? [f.values(row), f.weight(row)] : [f.values(row)])));
		}
	};
	return {
		head: {
			csvHead: csvHead.slice(0, -2),
			mdHead: cleanText(mdHead).text,
			text: {wide: wide.text.map((c, i) => head(c, i)), narrow: narrowHeads},
			facets: facets.map((f) => ({name: f.name, ...(f.label === undefined ? {} : {label: f.label}), missing: f.missing, ...(f.unit === undefined ? {} : {unit: f.unit}), ...(f.counted === undefined ? {} : {counted: f.counted}), weighted: f.weight !== undefined})),
		},
		pieces: (row) => pieceParts.map((part) => piece(row, part)),
		piece,
		wide: (row) => spec.wide?.(row) ?? false,
	};
}

type Cells = readonly (string | number | null)[];
type Counted = readonly [FacetValue, number?];

/**
 * Writes the call's answer from the chosen rows' pieces (`read` gives them for a part, or null when the table
 * fails its checks) and gives back what it wrote; null, having written nothing, when it cannot. `wide`: some
 * chosen row has the optional column.
 */
export function writeFromPieces(ctx: Context, head: PiecesHead, wide: boolean, read: (part: PiecePart) => Buffer[] | null): Uint8Array[] | null {
	const out = new Batched(ctx);
	if (ctx.flags.freq !== undefined) {
		const pieces = read('freq');
		if (!pieces) return null;
		const rows = pieces.map((p) => JSON.parse(p.toString('utf8')) as readonly Counted[]);
		const facets: Facet<readonly Counted[]>[] = head.facets.map((f, i) => ({
			name: f.name,
			...(f.label === undefined ? {} : {label: f.label}),
			missing: f.missing,
			...(f.unit === undefined ? {} : {unit: f.unit}),
			...(f.counted === undefined ? {} : {counted: f.counted}),
			values: (r) => r[i]![0],
			...(f.weighted ? {weight: (r: readonly Counted[]) => r[i]![1]!} : {}),
		}));
		writeCounted({...ctx, stdout: out}, {rows, json: () => null, text: [], csv: [], md: []}, facets);
		return out.flush();
	}

	const mode = outputMode(ctx);
	const pieces = read(mode);
	if (!pieces) return null;
	if (mode === 'text') {
		const rows = pieces.map((p) => JSON.parse(p.toString('utf8')) as Cells);
		const columns = (wide ? head.text.wide : head.text.narrow).map((c): Column<Cells> => ({header: c.header, ...(c.max === undefined ? {} : {max: c.max}), get: (r) => r[c.at]}));
		writeList({...ctx, stdout: out}, {rows, json: () => null, text: columns, csv: [], md: []});
	} else if (mode === 'json') {
		if (pieces.length === 0) out.write('[]\n');
		else out.joined('[\n', pieces, ',\n', '\n]\n');
	} else if (mode === 'csv') {
		out.joined(`${ctx.flags.excel ? utf8Bom : ''}${head.csvHead}\r\n`, pieces, '\r\n', pieces.length ? '\r\n' : '');
	} else {
		out.joined(head.mdHead, pieces, '\n', '\n', '\n');
	}

	return out.flush();
}

/** The answer held until whole, then written in pieces of a few megabytes. */
class Batched {
	readonly #parts: Array<string | Uint8Array> = [];

	constructor(private readonly ctx: Context) {}

	write(s: string | Uint8Array): boolean {
		this.#parts.push(s);
		return true;
	}

	/** `first`, the pieces with `between` between them (and `before` before the first), then `last`. */
	joined(first: string, pieces: readonly Buffer[], between: string, last: string, before = ''): void {
		this.write(first);
		const gap = Buffer.from(between);
		pieces.forEach((p, i) => {
			this.write(i === 0 ? before : gap);
			this.write(p);
		});
		this.write(last);
	}

	/** Writes what was held; gives back what it wrote. */
	flush(): Uint8Array[] {
		const written: Uint8Array[] = [];
		let batch: Buffer[] = [];
		let size = 0;
		const send = () => {
			if (batch.length === 0) return;
			const bytes = Buffer.concat(batch, size);
			written.push(bytes);
			this.ctx.stdout.write(bytes);
			batch = [];
			size = 0;
		};
		for (const part of this.#parts) {
			const bytes = typeof part === 'string' ? Buffer.from(part) : part;
			batch.push(bytes as Buffer);
			size += bytes.length;
			if (size >= 4 * 1024 * 1024) send();
		}

		send();
		return written;
	}
}
