/**
 * Filtered calls of the list commands, for the names a store holds: each command's filters (`--authority`,
 * `--speaker`, `--type`, `--from`, `--origin`, `compare A B`) in each format and counted by a column. The names
 * are the store's own: the authorities with the most and the twentieth most articles, the surnames of the most
 * and the fiftieth most quoted speakers, asked of the built program (`--freq ... --json`).
 */
import {spawnSync} from 'node:child_process';
import type {ListCase} from './list-commands.js';

/** The values of a column, most first, as `CMD --freq COLUMN --json` gives them. */
function ranked(cli: string, store: string, command: string, column: string): string[] {
	const r = spawnSync(process.execPath, [cli, command, '--freq', column, '--json', '--db', store], {encoding: 'utf8', maxBuffer: 1 << 28});
	if (r.status !== 0) throw new Error(`${command} --freq ${column}: ${r.stderr}`);
	return (JSON.parse(r.stdout) as Array<{value: string | null}>).map((row) => row.value).filter((v): v is string => v !== null);
}

export function filteredCases(cli: string, store: string, formats: readonly string[] = ['text', 'json', 'csv', 'md', 'freq']): ListCase[] {
	const authorities = ranked(cli, store, 'articles', 'authority');
	const speakers = ranked(cli, store, 'quotes', 'speaker');
	const a1 = authorities[0]!;
	const a2 = authorities[Math.min(19, authorities.length - 1)]!;
	const surname = (name: string) => name.split(/\s+/).at(-1)!;
	const s1 = surname(speakers[0]!);
	const s2 = surname(speakers[Math.min(49, speakers.length - 1)]!);
	const calls: Array<[string, string[], string]> = [
		['articles', ['--authority', a1], 'year'],
		['articles', ['--authority', a2], 'year'],
		['people', ['--authority', a1], 'party'],
		['quotes', ['--speaker', s1], 'speaker'],
		['quotes', ['--speaker', s2, '--authority', a1], 'speaker'],
		['quotes', ['--authority', a2], 'speaker'],
		['timeline', ['--authority', a1], 'type'],
		['timeline', ['--authority', a1, '--authority', a2, '--from', '2019'], 'type'],
		['timeline', ['--type', 'inspection-judgement', '--from', '2019-01'], 'type'],
		['timeline', ['--origin', 'ofsted'], 'type'],
		['compare', [a1, a2], ''],
	];
	const cases: ListCase[] = [];
	for (const [command, args, freq] of calls) {
		for (const format of formats) {
			if (format === 'freq' && !freq) continue;
			const extra = format === 'text' ? [] : format === 'freq' ? ['--freq', freq] : [`--${format}`];
			const all = [...args, ...extra];
			cases.push({label: [command, ...all.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a))].join(' '), command, args: all});
		}
	}

	return cases;
}
