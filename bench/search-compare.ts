/**
 * Compares two result dumps of bench/search-latency.ts (`--dump`): every keystroke's full result list, ids and
 * order. Exits 1 on any difference, listing the first few.
 *
 *   node dist-bench/bench/search-compare.js OLD.json NEW.json
 */
import {readFileSync} from 'node:fs';

const [oldFile, newFile] = process.argv.slice(2);
if (!oldFile || !newFile) throw new Error('usage: search-compare OLD.json NEW.json');
const before = JSON.parse(readFileSync(oldFile, 'utf8')) as Record<string, string[]>;
const after = JSON.parse(readFileSync(newFile, 'utf8')) as Record<string, string[]>;
let differ = 0;
for (const box of Object.keys(before)) {
	const a = before[box]!;
	const b = after[box];
	if (b && a.length === b.length && a.every((x, i) => x === b[i])) continue;
	differ++;
	if (differ <= 10) {
		const at = b ? a.findIndex((x, i) => x !== b[i]) : 0;
		console.log(`${JSON.stringify(box)}: ${a.length} vs ${b?.length ?? 'missing'} rows, first difference at ${at}: ${a[at]} vs ${b?.[at]}`);
	}
}
console.log(`${Object.keys(before).length} keystrokes compared, ${differ} differ`);
process.exitCode = differ ? 1 : 0;
