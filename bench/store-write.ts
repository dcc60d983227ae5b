/**
 * What one write of a store costs, as the import's last write pays it after its workers are done: the store is
 * opened, then saved unchanged through `update` (the schema check of every record, the pretty JSON, its hash,
 * the atomic rename). Any build's dist/; the store is rewritten in place with the same bytes:
 *
 *     node dist-bench/bench/store-write.js [--dist DIR] [--runs N] STORE
 *
 * Prints one JSON line: the open's seconds, each write's seconds and this thread's CPU seconds for it (from
 * /proc), and the process's other threads' CPU (V8's helpers).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';

const {values, positionals} = parseArgs({allowPositionals: true, options: {dist: {type: 'string', default: 'dist'}, runs: {type: 'string', default: '1'}}});
const [path] = positionals;
if (!path) throw new Error('usage: store-write.js [--dist DIR] [--runs N] STORE');
const dist = resolve(values.dist);
type Store = {update(fn: (d: unknown) => void): Promise<void>; release(): Promise<void>};
const {openStore} = (await import(pathToFileURL(join(dist, 'corpus/store/index.js')).href)) as {openStore(p: string, o: object): Promise<Store>};

const cpu = () => {
	let main = 0;
	let others = 0;
	for (const t of readdirSync('/proc/self/task')) {
		const ns = Number(readFileSync(`/proc/self/task/${t}/schedstat`, 'utf8').split(' ')[0]);
		if (Number(t) === process.pid) main += ns;
		else others += ns;
	}
	return {main, others};
};
const seconds = (ns: number) => +(ns / 1e9).toFixed(1);

let t = performance.now();
const store = await openStore(path, {});
const open = (performance.now() - t) / 1000;
const writes: {seconds: number; mainCpu: number; othersCpu: number}[] = [];
try {
	for (let i = 0; i < Number(values.runs); i++) {
		const before = cpu();
		t = performance.now();
		await store.update(() => undefined);
		const after = cpu();
		writes.push({seconds: +((performance.now() - t) / 1000).toFixed(1), mainCpu: seconds(after.main - before.main), othersCpu: seconds(after.others - before.others)});
	}
} finally {
	await store.release();
}
console.log(JSON.stringify({open: +open.toFixed(1), writes}));
