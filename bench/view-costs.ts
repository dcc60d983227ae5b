/**
 * What the slow views compute once the store is read, in-process and timed step by step, so that a CPU profile
 * (`node --cpu-prof`) shows the models' time without the terminal's:
 *
 *   node dist-bench/bench/view-costs.js STORE [--steps timeline,cohort,search] [--dump FILE]
 *
 * The store is opened read-only (nothing is written beside it) and its saved search index is loaded, as the UI
 * does once the store is read. Steps: `timeline` (the timeline view's lines, `allTimelineItems`), `cohort` (the
 * cohort view's model), `search` (the search view's query, `runSearchSliced` as the UI calls it, and the empty box
 * the `/` key shows first); each with the wall clock and the process's CPU time. `--dump` writes every answer
 * (the lines' texts, the cohort, the result rows) as JSON, so that two builds can be compared for identical
 * answers. Only exported functions that every build since the views' work has are used, so that the same file
 * times an older commit's build.
 */
import {writeFileSync} from 'node:fs';
import {performance} from 'node:perf_hooks';
import {cohort} from '../source/corpus/cohort.js';
import {openStore} from '../source/corpus/store/index.js';
import {allTimelineItems} from '../source/corpus/timeline-items.js';
import {loadIndex} from '../source/search/index-cache.js';
import {runSearchSliced} from '../source/search/run-search.js';
import {Searcher} from '../source/search/search.js';
import {searchQuery} from './list-commands.js';

const args = process.argv.slice(2);
const storePath = args.find((a) => !a.startsWith('--'));
const option = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
if (!storePath) {
	process.stderr.write('usage: node dist-bench/bench/view-costs.js STORE [--steps timeline,cohort,search] [--dump FILE]\n');
	process.exit(2);
}
const steps = (option('--steps') ?? 'timeline,cohort,search').split(',');
const dumpPath = option('--dump');

// The process's CPU time as well as the wall clock: on a machine shared with other work the wall clock says more
// about the others than about the step.
const cpuMs = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};
const timed = async <T>(label: string, fn: () => T | Promise<T>): Promise<T> => {
	const t = performance.now();
	const c = cpuMs();
	const r = await fn();
	process.stdout.write(`${label}: ${Math.round(performance.now() - t)} ms (CPU ${Math.round(cpuMs() - c)} ms)\n`);
	return r;
};

const store = await timed('open', () => openStore(storePath, {readOnly: true}));
const data = store.data;
const dump: Record<string, unknown> = {};
if (steps.includes('timeline')) {
	const items = await timed('timeline items', () => allTimelineItems(data));
	dump['timeline'] = items.map((i) => [i.line.id, i.status, i.year, i.articles, i.articleTitle, i.articlePublished, i.line.merged ?? [], i.line.sources.length, i.line.participants ?? [], i.line.summary]);
}
// From a fresh timeline of its own, as `scrutiny cohort` makes it (the UI's comes from the lines the timeline shares).
if (steps.includes('cohort')) {
	dump['cohort'] = await timed('cohort (its own timeline)', () => cohort(data));
	// The cohort view's: from the lines the timeline view made (storeTimeline, where the build has it).
	const shared = (await import('../source/corpus/timeline-items.js')) as {storeTimeline?: (d: typeof data) => Parameters<typeof cohort>[1]};
	if (shared.storeTimeline) await timed('cohort (the timeline view\'s lines)', () => cohort(data, shared.storeTimeline!(data)));
}
if (steps.includes('search')) {
	const index = await timed('search index load', () => loadIndex(storePath));
	const searcher = await timed('searcher', () => (index ? Searcher.withIndex(data, index) : null) ?? Searcher.fromStore(data));
	// The same from an index without its order saved (as one saved before it was): the order counted again.
	const without = index?.layout['byWords'] ? loadIndex(storePath) : null;
	if (without) {
		delete (without.layout as Record<string, Uint32Array>)['byWords'];
		await timed('searcher (the order worked out again)', () => Searcher.withIndex(data, without));
	}
	dump['recent'] = await timed('search: empty box', () => runSearchSliced(data, searcher, '', 'all', () => false));
	dump['search'] = await timed(`search: ${searchQuery}`, () => runSearchSliced(data, searcher, searchQuery, 'all', () => false));
}
if (dumpPath) writeFileSync(dumpPath, JSON.stringify(dump));
