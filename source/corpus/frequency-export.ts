/**
 * How a frequency table is written in every export: the CLI's `--freq COLUMN` (text, `--json`, `--csv`, `--md`)
 * and the UI's saved frequency view. Counts over many rows have no one source to cite, so no citation column
 * (as `cohort`).
 */
import type {RowFormats} from '../text/table-format.js';
import {formatPercent, type FrequencyRow, type FrequencyTable} from './frequency.js';

export function frequencyFormats(table: FrequencyTable): RowFormats<FrequencyRow> {
	const column = table.column;
	const shared = [
		{header: table.label, get: (r: FrequencyRow) => r.label},
		{header: table.counted ?? 'count', get: (r: FrequencyRow) => r.count},
	];
	return {
		// The bucket of the rows without a value has `value: null` and its name in `label`.
		json: (r) => ({column, value: r.value, label: r.label, count: r.count, percent: Math.round(r.percent * 10) / 10, ...(table.counted ? {counted: table.counted} : {})}),
		text: [...shared, {header: 'percent', get: (r) => formatPercent(r.percent)}],
		csv: [...shared, {header: 'percent', get: (r) => Number(r.percent.toFixed(1))}],
		md: [...shared, {header: 'percent', get: (r) => formatPercent(r.percent)}],
	};
}
