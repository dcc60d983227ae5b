/**
 * What the slow views compute once the store is read, in-process and timed step by step, so that a CPU profile
 * (`node --cpu-prof`) shows the models' time without the terminal's:
 *
 *   node dist-bench/bench/view-costs.js STORE [--steps timeline,cohort,search] [--dump FILE]
 *
 * The store is opened read-only (nothing is written beside it) and its saved search index is loaded, as the UI
 * does once the store is read. Steps: `timeline` (the timeline view's lines, `allTimelineItems`), `cohort` (the
 * cohort view's model), `search` (the search view's query, `runSearchSliced` as the UI calls it, and the empty box
 * the `/` key shows first). `--dump` writes every answer (the lines' texts, the cohort, the result rows) as JSON,
 * so that two builds can be compared for identical answers.
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

const timed = async <T>(label: string, fn: () => T | Promise<T>): Promise<T> => {
	const t = performance.now();
	const r = await fn();
	process.stdout.write(`${label}: ${Math.round(performance.now() - t)} ms\n`);
	return r;
};

const store = await timed('open', () => openStore(storePath, {readOnly: true}));
const data = store.data;
const dump: Record<string, unknown> = {};
if (steps.includes('timeline')) {
	const items = await timed('timeline items', () => allTimelineItems(data));
	dump['timeline'] = items.map((i) => [i.line.id, i.status, i.year, i.articles, i.articleTitle, i.articlePublished, i.line.merged ?? [], i.line.sources.length, i.line.participants ?? [], i.line.summary]);
}
if (steps.includes('cohort')) dump['cohort'] = await timed('cohort', () => cohort(data));
if (steps.includes('search')) {
	const index = await timed('search index load', () => loadIndex(storePath));
	const searcher = await timed('searcher', () => (index ? Searcher.withIndex(data, index) : null) ?? Searcher.fromStore(data));
	dump['recent'] = await timed('search: empty box', () => runSearchSliced(data, searcher, '', 'all', () => false));
	dump['search'] = await timed(`search: ${searchQuery}`, () => runSearchSliced(data, searcher, searchQuery, 'all', () => false));
}
if (dumpPath) writeFileSync(dumpPath, JSON.stringify(dump));
