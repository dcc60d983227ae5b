/** Waiting for a benchmark's child process, killed if it outlives its budget. */
import type {ChildProcess} from 'node:child_process';

export type ChildExit = {code: number | null; signal: NodeJS.Signals | null; timedOut: boolean};

/** Resolves when `child` exits; after `seconds` it is killed (SIGKILL) and the result says so. */
export async function exitWithin(child: ChildProcess, seconds: number): Promise<ChildExit> {
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		child.kill('SIGKILL');
	}, seconds * 1000);
	const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
	clearTimeout(timer);
	return {code, signal, timedOut};
}
