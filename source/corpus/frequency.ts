/**
 * Frequency tables (VisiData's Shift+F): how many rows of a list have each value of a column, most first. Pure:
 * the CLI's `--freq`, the UI's frequency view and the tests count the same way.
 *
 * A row with no value (an undated event, an unattributed quote, a person without a party) is counted in a named
 * bucket (`undated`, `unattributed`, `no party`) rather than dropped, so that the counts add up to the list. A
 * row with several values (an article about two authorities) counts once under each: the shares are of the
 * rows, and then add up to more than 100%.
 */

/** What a column says of one row: one value, several, or none (null or an empty list). */
export type FacetValue = string | null | readonly string[];

/** A column a frequency table can be made of. */
export type Facet<R> = {
	/** The name the CLI's `--freq` and the UI's chooser use: `type`, `authority`, `year`. */
	readonly name: string;
	/** What the values are, for headings, where the name says more (`party` for `quotes-by-party`); absent: the name. */
	readonly label?: string;
	/** The bucket of the rows without a value: `undated`, `unknown`, `unattributed`. */
	readonly missing: string;
	readonly values: (row: R) => FacetValue;
	/** What a row counts for (a person's quotes); absent: 1. */
	readonly weight?: (row: R) => number;
	/** What is counted, plural: `events`, `quotes` (the view's heading and the CLI's text say it). */
	readonly unit?: string;
	/** The count column's name where `count` would leave open what is counted (`quotes and phrases`). */
	readonly counted?: string;
};

/** One value and how many rows have it. `value` is null for the bucket of the rows without one. */
export type FrequencyRow = {
	readonly value: string | null;
	/** The value, or the bucket's name. */
	readonly label: string;
	readonly count: number;
	/** The count as a percentage of the total (0 when the total is 0). */
	readonly percent: number;
};

export type FrequencyTable = {
	readonly column: string;
	/** What the values are, for headings: the facet's label, else its name. */
	readonly label: string;
	/** What is counted, plural (`events`, `quotes`), where the facet says. */
	readonly unit?: string;
	/** The count column's name, where the facet gives one. */
	readonly counted?: string;
	/** Rows counted (weights summed): what the percentages are of. */
	readonly total: number;
	readonly rows: readonly FrequencyRow[];
	/** Some row had several values: the counts add up to more than the total. */
	readonly multiple: boolean;
};

/** Most first; equal counts in the values' order (`Intl.Collator`, numbers by value), the bucket after them. */
const collator = new Intl.Collator('en', {numeric: true, sensitivity: 'base'});

export function compareFrequencyRows(a: FrequencyRow, b: FrequencyRow): number {
	if (a.count !== b.count) return b.count - a.count;
	if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
	return collator.compare(a.value, b.value) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/** Counts each value of `facet` over `rows`. One pass; a row's repeated value counts once. */
export function frequency<R>(rows: readonly R[], facet: Facet<R>): FrequencyTable {
	const counter = frequencyCounter(facet);
	for (const row of rows) counter.add(row);
	return counter.done();
}

/** `frequency` a row at a time, for a caller that gives the event loop turns between rows (a file's writer). */
export function frequencyCounter<R>(facet: Facet<R>): {add: (row: R) => void; done: () => FrequencyTable} {
	const counts = new Map<string | null, number>();
	let total = 0;
	let multiple = false;
	const add = (row: R) => {
		const w = facet.weight ? facet.weight(row) : 1;
		total += w;
		const v = facet.values(row);
		const list = v === null ? [] : typeof v === 'string' ? [v] : [...new Set(v)];
		const present = list.filter((x) => x.trim() !== '');
		if (present.length > 1) multiple = true;
		for (const key of present.length === 0 ? [null] : present) counts.set(key, (counts.get(key) ?? 0) + w);
	};
	const done = (): FrequencyTable => {
		const out: FrequencyRow[] = [...counts].map(([value, count]) => ({value, label: value ?? facet.missing, count, percent: total === 0 ? 0 : (count / total) * 100}));
		return {column: facet.name, label: facet.label ?? facet.name, ...(facet.unit ? {unit: facet.unit} : {}), ...(facet.counted ? {counted: facet.counted} : {}), total, rows: out.sort(compareFrequencyRows), multiple};
	};
	return {add, done};
}

/** The facet of this name, if the list has one. */
export function facetNamed<R>(facets: readonly Facet<R>[], name: string): Facet<R> | undefined {
	return facets.find((f) => f.name === name);
}

/** A percentage as tables show it: one decimal (`33.3%`), and `<0.1%` rather than a misleading `0.0%`. */
export function formatPercent(percent: number): string {
	if (percent > 0 && percent < 0.05) return '<0.1%';
	return `${percent.toFixed(1)}%`;
}

/** Counted tables by column name: one for each of `facets`, over `rows` (what is saved beside the store). */
export type SavedCounts = Readonly<Record<string, FrequencyTable>>;

/** A table of every facet of a list, counted once (saved beside the store, for a list not read yet). */
export function countEvery<R>(rows: readonly R[], facets: readonly Facet<R>[]): SavedCounts {
	const counter = everyCounter(facets);
	for (const row of rows) counter.add(row);
	return counter.done();
}

/** `countEvery` a row at a time. */
export function everyCounter<R>(facets: readonly Facet<R>[]): {add: (row: R) => void; done: () => SavedCounts} {
	const counters = facets.map((f) => frequencyCounter(f));
	return {
		add: (row) => {
			for (const c of counters) c.add(row);
		},
		done: () => Object.fromEntries(counters.map((c, i) => [facets[i]!.name, c.done()])),
	};
}

const isRow = (r: unknown): r is FrequencyRow => {
	const row = r as FrequencyRow;
	return typeof row === 'object' && row !== null && (row.value === null || typeof row.value === 'string') && typeof row.label === 'string' && Number.isFinite(row.count) && Number.isFinite(row.percent);
};

/**
 * Saved counts read back, or null if they are not a table for each of `facets` (a damaged or older file: the
 * list is then counted once it is read).
 */
export function savedCountsOf<R>(value: unknown, facets: readonly Facet<R>[]): SavedCounts | null {
	if (typeof value !== 'object' || value === null) return null;
	const tables = value as Record<string, FrequencyTable>;
	for (const f of facets) {
		const t = tables[f.name];
		if (!t || t.column !== f.name || typeof t.label !== 'string' || !Number.isFinite(t.total) || typeof t.multiple !== 'boolean' || !Array.isArray(t.rows) || !t.rows.every(isRow)) return null;
	}
	return tables;
}
