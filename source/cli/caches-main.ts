/**
 * `node caches-main.js STORE`: the caches beside STORE made from it as it is, what `scrutiny import` does after
 * its last write (`saveCaches`). Run by the UI in a process of its own before it opens a large store with none
 * (caches-apart.ts). A store that cannot be read is left to the UI, which reports it; any other failure is one
 * line on stderr and exit status 1.
 */
import {saveCaches} from './commands/import.js';

const file = process.argv[2];
if (!file) {
	process.stderr.write('usage: caches-main STORE\n');
	process.exit(2);
}
try {
	await saveCaches(file);
	// Nothing else is left to wait for: a handle some module keeps open must not hold the UI up.
	process.exit(0);
} catch (error) {
	process.stderr.write(`the caches were not made: ${(error as Error).message}\n`);
	process.exit(1);
}
