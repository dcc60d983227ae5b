/**
 * Curated edits of every kind on the authorities the filtered list calls ask for (list-filtered.ts: the first
 * and the twentieth by articles), so that `list-compare --filtered` times the timeline and `compare` of touched
 * authorities: an added event, a corrected line, a line moved from the second authority to the first as a plan,
 * a line of each marked wrong, and a judgement on the day of an official one (with official data loaded). The
 * store's curated file is saved first as `<curated>.before` (or noted as absent); `--undo` puts it back.
 *
 *     node dist-bench/bench/touch-authorities.js STORE [--cli dist/bundle/cli.js] [--undo]
 */
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {draftOf, saveCuration, type CurationEdit} from '../source/corpus/curation.js';
import {timeline, type EventView} from '../source/corpus/queries.js';
import {curatedPath, openStore} from '../source/corpus/store/index.js';
import type {Rating} from '../source/corpus/vocabulary.js';

const today = '2026-11-22';
const {values, positionals} = parseArgs({options: {cli: {type: 'string', default: 'dist/bundle/cli.js'}, undo: {type: 'boolean', default: false}}, allowPositionals: true});
if (positionals.length !== 1) {
	process.stderr.write('usage: node dist-bench/bench/touch-authorities.js STORE [--cli CLI] [--undo]\n');
	process.exit(2);
}

const store = positionals[0]!;
const curated = curatedPath(store);
const before = `${curated}.before`;
const absent = `${curated}.was-absent`;
if (values.undo) {
	if (existsSync(before)) renameSync(before, curated);
	else if (existsSync(absent)) {
		rmSync(curated, {force: true});
		rmSync(absent);
	}

	process.exit(0);
}

if (existsSync(curated)) copyFileSync(curated, before);
else writeFileSync(absent, '');
const r = spawnSync(process.execPath, [values.cli, 'articles', '--freq', 'authority', '--json', '--db', store], {encoding: 'utf8', maxBuffer: 1 << 28});
if (r.status !== 0) throw new Error(`articles --freq authority: ${r.stderr}`);
const ranked = (JSON.parse(r.stdout) as Array<{value: string | null}>).flatMap((row) => (row.value === null ? [] : [row.value]));
const first = ranked[0]!;
const second = ranked[Math.min(19, ranked.length - 1)]!;
const opened = await openStore(store, {readOnly: true, editCurated: true});
try {
	const lines = timeline(opened.data, {authorities: [first, second]});
	const press = (authority: string) => lines.filter((l) => l.authority === authority && l.origin === 'extracted');
	const [a, b] = [press(first), press(second)];
	const ids = (l: EventView) => l.merged ?? [l.id];
	const merged = a.find((l) => ids(l).length > 2) ?? a[0]!;
	const edits: CurationEdit[] = [
		{kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: first, summary: 'Board met (curated)'}},
		{kind: 'edit', id: merged.id, ids: ids(merged), draft: {...draftOf(merged), summary: 'Corrected wording (curated)'}},
		{kind: 'mark-wrong', ids: ids(b[3]!)},
		{kind: 'edit', id: b[7]!.id, ids: ids(b[7]!), draft: {...draftOf(b[7]!), authority: first, status: 'planned', summary: 'Moved (curated)'}},
		{kind: 'mark-wrong', ids: ids(a[5]!)},
	];
	// A judgement of the researcher's own on the day of an official one joins its line.
	const official = lines.find((l) => l.authority === first && l.origin === 'ofsted' && l.rating !== undefined && l.date.precision === 'day');
	if (official) edits.push({kind: 'add', draft: {date: official.date.value!, type: 'inspection-judgement', rating: official.rating as Rating, authority: first, summary: 'Judged (curated)'}});
	for (const edit of edits) await saveCuration(store, edit, {today, store: opened});
	process.stdout.write(`${edits.length} curated edits on ${first} and ${second}\n`);
} finally {
	await opened.release();
}
