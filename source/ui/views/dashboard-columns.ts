/**
 * The dashboard's authorities table as a pure function of its rows and the width: which columns fit, how wide
 * each is, their headings, and which years the judgement strip shows under its heading.
 */
import type {AuthorityRow} from '../../corpus/dashboard.js';
import {formatDate} from '../../corpus/date-value.js';
import {safeLine} from '../../text/terminal-safety.js';
import {fitColumns, type ColumnSpec} from '../layout.js';
import {stripWindow, stripYears, type StripWindow} from '../rating-strip.js';
import {displayWidth} from '../text-layout.js';

export type DashboardColumn = 'authority' | 'latest' | 'strip' | 'articles' | 'quotes' | 'events' | 'covered';

export type DashboardColumns = {
	readonly cols: readonly {readonly key: DashboardColumn; readonly width: number}[];
	readonly headers: Readonly<Record<DashboardColumn, string>>;
	/** The years the strip shows (null when no authority has a judgement, or the strip does not fit). */
	readonly strip: StripWindow | null;
};

export function latestText(r: AuthorityRow): string {
	return r.latestRating ? `${r.latestRating.rating} ${formatDate(r.latestRating.date)}` : 'unknown';
}

export function coveredText(r: AuthorityRow): string {
	return r.coverage ? `${r.coverage.from} – ${r.coverage.to}` : 'unknown';
}

/** The table's columns in `width` cells (the selection mark's two cells are taken out here). */
export function dashboardColumns(rows: readonly AuthorityRow[], width: number): DashboardColumns {
	const years = stripYears(rows);
	const stripWant = years ? years.to - years.from + 1 : 4;
	const specs: ColumnSpec[] = [
		// The name is cut first on narrow terminals: the detail under the table has it whole.
		{key: 'authority', min: 10, want: Math.min(width >= 100 ? 30 : 24, Math.max(9, ...rows.map((r) => displayWidth(safeLine(r.authority))))), priority: 10},
		{key: 'latest', min: 10, want: Math.max(13, ...rows.map((r) => displayWidth(latestText(r)))), priority: 9},
		{key: 'strip', min: Math.min(stripWant, 12), want: Math.max(stripWant, 4), priority: 8},
		{key: 'articles', min: 3, want: 3, priority: 6},
		{key: 'quotes', min: 3, want: 6, priority: 5},
		{key: 'events', min: 3, want: 6, priority: 4},
		{key: 'covered', min: 9, want: Math.max(7, ...rows.map((r) => displayWidth(coveredText(r)))), priority: 7, grow: true},
	];
	const cols = fitColumns(specs, width - 2) as {key: DashboardColumn; width: number}[];
	const stripCol = cols.find((c) => c.key === 'strip');
	const strip = stripCol ? stripWindow(years, stripCol.width) : null;
	const headers: Record<DashboardColumn, string> = {
		authority: 'Authority',
		latest: 'Latest rating',
		strip: strip ? strip.label : 'years',
		articles: 'Art',
		quotes: 'Quotes',
		events: 'Events',
		covered: 'Covered',
	};
	// Narrow count columns get short headings rather than cut ones.
	const shortHeaders: Partial<Record<DashboardColumn, string>> = {quotes: 'Quo', events: 'Evt'};
	for (const c of cols) if (displayWidth(headers[c.key]) > c.width && shortHeaders[c.key]) headers[c.key] = shortHeaders[c.key]!;
	return {cols, headers, strip};
}
