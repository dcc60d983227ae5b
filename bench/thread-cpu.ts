/**
 * What the in-process benches share: the article files under the paths given, and the main thread's CPU time. On
 * a loaded machine the wall clock counts other processes' turns; the thread's CPU counts its own work (not the
 * garbage collector's helper threads).
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** The `.txt` files under `path` (or `path` itself), hidden entries skipped, in name order. */
export function articleFiles(path: string): string[] {
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path, {withFileTypes: true})
		.filter((e) => !e.name.startsWith('.'))
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((e) => (e.isDirectory() ? articleFiles(join(path, e.name)) : e.name.endsWith('.txt') ? [join(path, e.name)] : []));
}

/** The main thread's CPU seconds (Linux: /proc, 10 ms ticks), else null where there is no /proc. */
export function mainThreadCpu(): number | null {
	try {
		const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return null;
	}
}
