/**
 * The UI's peak memory as a user meets it (issues 5 and 13: <= 1.5 GB): `bench/ui-memory.sh DIST STORE`, the
 * built program in tmux 100x40 on the store with the caches an import leaves, the store read, a search, the
 * timeline open and 20 `j`; its VmHWM after each step, and the largest. The in-process run of ui-bytes.tsx is not
 * this: it hands the UI the store's data without its path, so that the UI builds a whole index in memory, which
 * the program does only where no index can be saved beside the store.
 */
import {spawn, spawnSync} from 'node:child_process';
import path from 'node:path';

export type UiMemoryResult = {
	/** The UI process's VmHWM (MiB) after each step, as the script names them. */
	steps: {step: string; mb: number}[];
	peakMb: number;
	/** A child that made the caches before the UI opened (a store with none beside it), its own peak. */
	cachesChildMb: number | null;
};

export async function measureUiMemory(opts: {root: string; store: string}): Promise<UiMemoryResult | {na: string} | {error: string}> {
	if (spawnSync('tmux', ['-V']).status !== 0) return {na: 'tmux is not installed'};
	const script = path.join(opts.root, 'bench', 'ui-memory.sh');
	const text = await new Promise<string>((resolve) => {
		const child = spawn('bash', [script, path.join(opts.root, 'dist'), opts.store], {stdio: ['ignore', 'pipe', 'pipe']});
		let out = '';
		child.stdout.on('data', (c: Buffer) => (out += c.toString()));
		child.stderr.on('data', (c: Buffer) => (out += c.toString()));
		child.on('close', () => resolve(out));
	});
	const steps = [...text.matchAll(/^([a-z0-9 ]+?)(?: \(idle\))?: (\d+) MB$/gm)].map((m) => ({step: m[1]!, mb: Number(m[2])}));
	const child = /caches made apart first \(the child\): (\d+) MB/.exec(text);
	if (steps.length === 0) return {error: `ui-memory.sh gave no figures: ${text.trim().split('\n').slice(-3).join(' / ')}`};
	return {steps, peakMb: Math.max(...steps.map((s) => s.mb)), cachesChildMb: child ? Number(child[1]) : null};
}
