/**
 * Where a command's time goes, from a V8 CPU profile of the unbundled build:
 *
 *   node --cpu-prof --cpu-prof-dir=DIR dist/cli.js quotes --json --db STORE > /dev/null
 *   node dist-bench/bench/profile-split.js DIR/*.cpuprofile
 *
 * Each sample goes to the first phase, in this order, that has a frame on its stack: validating the store
 * (corpus/store/validation.js, zod), reading and parsing it (the rest of corpus/store/, lowdb), formatting the
 * output (writeList, text/table-format.js, the *-export.js row formats, citations, println), building the answer
 * (the rest of corpus/, search/, cli/commands/), loading code (node's module loader); then the garbage
 * collector, idle (waiting for the file or the terminal) and the rest, as V8 names them. The unbundled build
 * keeps the module paths, which the bundle does not.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

type CallFrame = {functionName: string; url: string};
type ProfileNode = {id: number; callFrame: CallFrame; children?: number[]};
export type CpuProfile = {nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number};

export const phases = ['validation', 'read and parse', 'formatting', 'building the answer', 'loading code', 'garbage collector', 'idle', 'other'] as const;
export type Phase = (typeof phases)[number];

const rules: readonly [Phase, (f: CallFrame) => boolean][] = [
	['validation', (f) => /\/corpus\/store\/validation\.js$/.test(f.url) || /\/node_modules\/zod\//.test(f.url)],
	['read and parse', (f) => /\/corpus\/store\//.test(f.url) || /\/node_modules\/lowdb\//.test(f.url)],
	['formatting', (f) => f.functionName === 'writeList' || /\/text\/table-format\.js$/.test(f.url) || /-export\.js$/.test(f.url) || /\/corpus\/citation(-columns)?\.js$/.test(f.url) || (f.functionName === 'println' && /\/cli\/context\.js$/.test(f.url))],
	['building the answer', (f) => /\/(corpus|search|cli\/commands)\//.test(f.url) || /\/node_modules\/fuse\.js\//.test(f.url)],
	['loading code', (f) => /^node:internal\/modules\//.test(f.url)],
];

/** The phase of one sample's stack (leaf first). */
export function phaseOf(stack: readonly CallFrame[]): Phase {
	for (const [phase, test] of rules) if (stack.some(test)) return phase;
	const leaf = stack[0]?.functionName;
	if (leaf === '(garbage collector)') return 'garbage collector';
	if (leaf === '(idle)') return 'idle';
	return 'other';
}

/** Milliseconds per phase, the profile's wall time, and the functions with the most self time (`name file:phase`). */
export function splitProfile(profile: CpuProfile, top = 12): {totalMs: number; ms: Record<Phase, number>; topSelf: {frame: string; phase: Phase; ms: number}[]} {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const memo = new Map<number, Phase>();
	const phaseOfNode = (id: number): Phase => {
		let p = memo.get(id);
		if (p) return p;
		const stack: CallFrame[] = [];
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!.callFrame);
		p = phaseOf(stack);
		memo.set(id, p);
		return p;
	};
	const ms = Object.fromEntries(phases.map((p) => [p, 0])) as Record<Phase, number>;
	// timeDeltas[i] is the time from the sample before to sample i: it is counted to sample i.
	const self = new Map<string, {phase: Phase; ms: number}>();
	profile.samples.forEach((id, i) => {
		const t = (profile.timeDeltas[i] ?? 0) / 1000;
		const phase = phaseOfNode(id);
		ms[phase] += t;
		const f = byId.get(id)!.callFrame;
		const key = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}`.trim();
		const entry = self.get(`${key}\0${phase}`) ?? {phase, ms: 0};
		entry.ms += t;
		self.set(`${key}\0${phase}`, entry);
	});
	const topSelf = [...self]
		.map(([k, v]) => ({frame: k.split('\0')[0]!, phase: v.phase, ms: v.ms}))
		.sort((a, b) => b.ms - a.ms)
		.slice(0, top);
	return {totalMs: (profile.endTime - profile.startTime) / 1000, ms, topSelf};
}

async function main(): Promise<number> {
	// Piped into head: the rest is not wanted.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
	const files = process.argv.slice(2);
	if (files.length === 0) {
		process.stderr.write('usage: node dist-bench/bench/profile-split.js FILE.cpuprofile...\n');
		return 2;
	}
	for (const file of files) {
		const {totalMs, ms, topSelf} = splitProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
		process.stdout.write(`${path.basename(file)}: ${Math.round(totalMs)} ms\n`);
		for (const p of phases) process.stdout.write(`  ${p.padEnd(20)} ${String(Math.round(ms[p])).padStart(7)} ms  ${((100 * ms[p]) / totalMs).toFixed(1).padStart(5)}%\n`);
		process.stdout.write('  the most self time:\n');
		for (const t of topSelf) process.stdout.write(`    ${String(Math.round(t.ms)).padStart(7)} ms  ${t.frame} (${t.phase})\n`);
	}
	return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
