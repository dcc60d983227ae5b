/**
 * Two builds' list commands on one store, case by case (every case of `listCases()`, bench/list-commands.ts):
 * the same bytes out, and each one's wall clock from spawn to exit with the load average at its start. The runs
 * alternate (A, B, B, A, ...) so that a change in the machine's load falls on both. Output goes to a file, hashed
 * after the run, so that the hash is not timed.
 *
 *     node dist-bench/bench/list-compare.js --a OLD/dist/bundle/cli.js --b NEW/dist/bundle/cli.js --db STORE \
 *       [--db-b STORE2] [--formats text,json] [--commands quotes,timeline] [--runs 1] [--md] [--filtered]
 *
 * Exit status 1 if any case's bytes differ (or a run fails).
 */
import {spawn} from 'node:child_process';
import {createHash} from 'node:crypto';
import {closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {listCases, type ListCase} from './list-commands.js';
import {filteredCases} from './list-filtered.js';

type Run = {ms: number; sha: string; bytes: number; load: number; status: number | null};

const {values} = parseArgs({
	options: {
		a: {type: 'string'},
		b: {type: 'string'},
		db: {type: 'string'},
		'db-b': {type: 'string'},
		formats: {type: 'string'},
		commands: {type: 'string'},
		runs: {type: 'string', default: '1'},
		md: {type: 'boolean', default: false},
		filtered: {type: 'boolean', default: false},
	},
});

if (!values.a || !values.b || !values.db) {
	process.stderr.write('usage: list-compare --a CLI --b CLI --db STORE [--db-b STORE] [--formats F,...] [--commands C,...] [--runs N] [--md] [--filtered]\n');
	process.exit(2);
}

const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-list-compare-'));

async function runOnce(cli: string, store: string, c: ListCase): Promise<Run> {
	const file = path.join(dir, 'out');
	const fd = openSync(file, 'w');
	const load = loadavg()[0]!;
	const started = performance.now();
	const status = await new Promise<number | null>((resolve) => {
		const child = spawn(process.execPath, [cli, c.command, ...c.args, '--db', store], {stdio: ['ignore', fd, 'ignore']});
		child.on('exit', (code) => resolve(code));
	});
	const ms = performance.now() - started;
	closeSync(fd);
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
	const bytes = statSync(file).size;
	rmSync(file);
	return {ms, sha: hash.digest('hex'), bytes, load, status};
}

const formats = values.formats?.split(',');
const commands = values.commands?.split(',');
// `--filtered`: the commands' filtered calls for the store's own names (list-filtered.ts) instead.
const cases = (values.filtered ? filteredCases(values.b, values.db, formats) : listCases(formats)).filter((c) => !commands || commands.includes(c.command));
const runs = Number(values.runs);
const rows: string[] = [];
let differ = 0;
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
for (const c of cases) {
	const a: Run[] = [];
	const b: Run[] = [];
	for (let i = 0; i < runs; i++) {
		// A B, then B A: neither build always runs first.
		if (i % 2 === 0) {
			a.push(await runOnce(values.a, values.db, c));
			b.push(await runOnce(values.b, values['db-b'] ?? values.db, c));
		} else {
			b.push(await runOnce(values.b, values['db-b'] ?? values.db, c));
			a.push(await runOnce(values.a, values.db, c));
		}
	}

	const same = [...a, ...b].every((r) => r.sha === a[0]!.sha && r.status === 0);
	if (!same) differ++;
	const median = (rs: Run[]) => [...rs].sort((x, y) => x.ms - y.ms)[Math.floor(rs.length / 2)]!;
	const loads = [...a, ...b].map((r) => r.load);
	const row = [c.label, secs(median(a).ms), secs(median(b).ms), String(a[0]!.bytes), same ? 'same' : `DIFFERENT (${a[0]!.sha.slice(0, 8)} vs ${b[0]!.sha.slice(0, 8)}, status ${a[0]!.status}/${b[0]!.status})`, `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`];
	rows.push(values.md ? `| \`${row[0]}\` | ${row.slice(1).join(' | ')} |` : row.join('\t'));
	process.stdout.write(`${rows.at(-1)}\n`);
}

if (values.md) process.stdout.write(`\n| case | A | B | bytes | output | load |\n|---|---:|---:|---:|---|---|\n${rows.join('\n')}\n`);
rmSync(dir, {recursive: true, force: true});
process.exit(differ > 0 ? 1 : 0);
