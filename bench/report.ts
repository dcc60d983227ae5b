/**
 * What `npm run bench` measured, as the table it prints and the list of targets with what was met: the shapes of
 * one size's results and their reading, apart from the running of the phases (run.ts).
 */
import type {CachesResult} from './caches-phase.js';
import type {CurateEditResult} from './curate-edit.js';
import type {LaunchAnswerResult} from './launch-answer.js';
import type {ImportResult, ReferenceResult, SearchResult} from './phases.js';
import type {UiBytesResult} from './ui-bytes.js';
import type {UiMemoryResult} from './ui-memory.js';
import type {UiStartResult} from './ui-start.js';
import {slowest, type ViewsResult} from './views.js';

export type Failure = {error: string};
export type Outcome<T> = T | Failure;
export const failed = <T>(x: Outcome<T> | null | undefined): x is Failure => Boolean(x && typeof x === 'object' && 'error' in x && Object.keys(x).length === 1);

export type SizeResult = {
	articles: number;
	/** Which corpus generator made the articles (bench/generators.ts). */
	generator: string;
	/** 1-minute load average before and after this size's phases: other work on the machine skews every figure. */
	load: {before: number; after: number};
	corpus: {dir: string; bytes: number; generatedSeconds: number | null};
	/** The size on disk of a store with every article (the import's, else the reference's); null if none could be written. */
	storeBytes: number | null;
	import: Outcome<ImportResult>;
	reference: Outcome<ReferenceResult & {cached: boolean; staleFrom?: string}>;
	/** The caches `scrutiny import` makes after its last write, made the same way beside the store (caches-phase.ts). */
	caches: Outcome<CachesResult> | {na: string};
	search: Outcome<SearchResult> | null;
	uiStart: Outcome<UiStartResult> | {na: string};
	launch: Outcome<LaunchAnswerResult> | {na: string};
	uiBytes: Outcome<UiBytesResult> | {na: string};
	/** The built program's peak in tmux with the store read, a search and the timeline open (ui-memory.ts). */
	uiMemory?: UiMemoryResult | {na: string} | {error: string};
	/** A curated edit from the call to the file on disk (curate-edit.ts). */
	curate: Outcome<CurateEditResult> | {na: string};
	/** Every list command and every view against issue 12's 2 s (views.ts). */
	views: Outcome<ViewsResult> | {na: string};
};

/** The built program's memory in tmux (ui-memory.ts), when it was measured. */
const uiMemoryOf = (r: SizeResult): UiMemoryResult | null => (r.uiMemory && !('na' in r.uiMemory) && !('error' in r.uiMemory) ? r.uiMemory : null);

export const fmt = (x: number | null | undefined, digits = 0) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toLocaleString('en-GB', {maximumFractionDigits: digits, minimumFractionDigits: digits}));

export function table(results: readonly SizeResult[]): {text: string; notes: string[]} {
	const notes: string[] = [];
	const head = ['articles', 'import art/s', 'import RSS MB', 'store MB', 'open ms', 'index build ms', 'cached index ms', 'search p50 ms', 'search p95 ms', 'keystrokes', 'first frame ms', 'first search ms', 'first timeline ms', 'UI RSS MB', 'B/key search', 'B/j timeline', 'edit ms p50/max', 'slowest list ms', 'slowest view ms'];
	const rows = results.map((r) => {
		const i = r.import;
		const s = r.search;
		const u = r.uiStart;
		const b = r.uiBytes;
		const cells: string[] = [fmt(r.articles)];
		if (failed(i)) {
			cells.push('error', 'n/a', fmt(r.storeBytes === null ? null : r.storeBytes / 1e6));
			notes.push(`${r.articles}: import failed: ${i.error}`);
		} else {
			cells.push(`${fmt(i.articlesPerSecond, 1)}${i.complete ? '' : '*'}`, fmt(i.peakRssMb), fmt(r.storeBytes === null ? null : r.storeBytes / 1e6));
			if (!i.complete)
				notes.push(
					`${r.articles}: * import ${i.stoppedBy === 'budget' ? `stopped by the time budget after ${fmt(i.seconds)} s` : `failed after ${fmt(i.seconds)} s (${i.error})`} with ${fmt(i.imported)} of ${fmt(i.files)} articles; ` +
						`its store then held ${fmt(i.storeBytes === null ? null : i.storeBytes / 1e6)} MB; rate by tenth: ${i.ratesByTenth.map((t) => `${fmt(t.upTo)}: ${fmt(t.articlesPerSecond, 1)}/s`).join(', ') || 'n/a'}; last batch ${fmt(i.lastBatchArticlesPerSecond, 1)}/s`,
				);
		}
		if (failed(r.reference)) notes.push(`${r.articles}: reference store failed: ${r.reference.error}`);
		else if (r.reference.staleFrom) notes.push(`${r.articles}: the reference store was built by other ingest code (${r.reference.staleFrom}; --reuse-stale-reference)`);
		if (!failed(r.reference) && r.reference.kind === 'snapshot') notes.push(`${r.articles}: the store could not be written (${r.reference.storeError}); search measured on the same data loaded from a snapshot`);
		if (!s || failed(s)) {
			cells.push('n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a');
			if (s) notes.push(`${r.articles}: search failed: ${s.error}`);
		} else {
			const k = s.keystrokes;
			cells.push(fmt(s.storeOpenMs), fmt(s.indexBuildMs), fmt(s.cachedIndexLoadMs), fmt(k.p50Ms, 1), fmt(k.p95Ms, 1), `${k.measured}/${k.total}${k.mode === 'sample' ? ' (sample)' : ''}`);
			if (k.mode === 'sample') notes.push(`${r.articles}: search: ${k.measured} of ${k.total} keystrokes measured (a seeded random sample; the ${k.budgetSeconds} s budget does not fit them all at ${fmt(k.meanMs)} ms each)`);
			if (s.cachedIndexLoadMs === null && s.cachedIndexNote) notes.push(`${r.articles}: cached index load: n/a (${s.cachedIndexNote})`);
			if (s.storeOpenNote) notes.push(`${r.articles}: store open: n/a (${s.storeOpenNote})`);
			const missed = s.typos.filter((t) => !t.found);
			if (missed.length) notes.push(`${r.articles}: typo queries that missed their word in the first 20 results: ${missed.map((t) => `${t.query} (${t.expect})`).join(', ')}`);
		}
		// The UI's memory: the larger of the start probe's (quit at the first frame) and the built program's in tmux
		// (the whole store read, a search, the timeline open: ui-memory.ts).
		const m = uiMemoryOf(r);
		if (r.uiMemory && 'error' in r.uiMemory) notes.push(`${r.articles}: UI memory: ${r.uiMemory.error}`);
		const uiRss = (startRss: number | null | undefined) => {
			const all = [startRss, m?.peakMb].filter((x): x is number => typeof x === 'number');
			return all.length ? fmt(Math.max(...all)) : 'n/a';
		};
		const l = r.launch;
		const answers = 'na' in l ? ['n/a', 'n/a'] : failed(l) ? ['error', 'error'] : [fmt(l.firstSearchMsMedian), fmt(l.firstTimelineMsMedian)];
		if (!('na' in l) && failed(l)) notes.push(`${r.articles}: first answers in tmux: ${l.error}`);
		if ('na' in u) cells.push('n/a', ...answers, uiRss(null));
		else if (failed(u)) {
			cells.push('error', ...answers, uiRss(null));
			notes.push(`${r.articles}: first frame: ${u.error}`);
		} else {
			cells.push(fmt(u.firstFrameMsMedian), ...answers, uiRss(u.peakRssMb));
			if (u.mode !== 'interactive') notes.push(`${r.articles}: first frame: the UI ${u.mode === 'exited-by-itself' ? 'printed and exited (plain dashboard, not the interactive UI): time to its first output' : 'wrote nothing'}`);
		}
		if ('na' in b) {
			cells.push('n/a', 'n/a');
			notes.push(`${r.articles}: bytes per key: n/a (${b.na})`);
		} else if (failed(b)) {
			cells.push('error', 'error');
			notes.push(`${r.articles}: bytes per key: ${b.error}`);
		} else if (b.ui.status !== 'ok') {
			cells.push('n/a', 'n/a');
			notes.push(`${r.articles}: bytes per key: n/a (${b.ui.reason})`);
		} else {
			cells.push(fmt(b.ui.search.meanBytes), `${fmt(b.ui.timelineJ.meanBytes)}${b.ui.timelineJ.settledAll ? '' : '?'}`);
			if (!b.ui.timelineJ.settledAll) notes.push(`${r.articles}: B/j timeline: ? the output did not settle after every j (the timeline was still being drawn): not a measurement`);
		}
		const c = r.curate;
		cells.push('na' in c ? 'n/a' : failed(c) ? 'error' : `${fmt(c.medianMs)}/${fmt(c.maxMs)}`);
		if (!('na' in c) && failed(c)) notes.push(`${r.articles}: curated edit: ${c.error}`);
		const v = r.views;
		if ('na' in v) cells.push('n/a', 'n/a');
		else if (failed(v)) {
			cells.push('error', 'error');
			notes.push(`${r.articles}: views and list commands: ${v.error}`);
		} else {
			const w = slowest(v);
			cells.push(fmt(w.list?.ms), fmt(w.view?.ms));
			for (const row of v.rows) if (row.note) notes.push(`${r.articles}: ${row.what}: ${row.note}`);
		}
		return cells;
	});
	const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
	const line = (cells: readonly string[]) => cells.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join('  ');
	return {text: [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n'), notes};
}

export type Target = {target: string; size: number; measured: string; met: boolean | null};

export function targets(results: readonly SizeResult[]): Target[] {
	const out: Target[] = [];
	const at = (n: number) => results.find((r) => r.articles === n);
	const largest = [...results].sort((a, b) => b.articles - a.articles)[0];
	const big = at(50_000) ?? largest;
	if (!big) return out;
	const s = big.search && !failed(big.search) ? big.search : null;
	out.push({target: 'search p95 per keystroke <= 30 ms', size: big.articles, measured: s ? `${fmt(s.keystrokes.p95Ms, 1)} ms` : 'n/a', met: s && s.keystrokes.p95Ms !== null ? s.keystrokes.p95Ms <= 30 : null});
	out.push({target: 'search p50 per keystroke <= 10 ms', size: big.articles, measured: s ? `${fmt(s.keystrokes.p50Ms, 1)} ms` : 'n/a', met: s && s.keystrokes.p50Ms !== null ? s.keystrokes.p50Ms <= 10 : null});
	out.push({target: 'typo queries find their word', size: big.articles, measured: s ? `${s.typos.filter((t) => t.found).length}/${s.typos.length}` : 'n/a', met: s ? s.typos.every((t) => t.found) : null});
	const u = 'na' in big.uiStart || failed(big.uiStart) ? null : big.uiStart;
	out.push({target: 'first dashboard frame <= 1.5 s (warm cache)', size: big.articles, measured: u ? `${fmt(u.firstFrameMsMedian)} ms` : 'n/a', met: u?.firstFrameMsMedian != null ? u.firstFrameMsMedian <= 1500 : null});
	const l = 'na' in big.launch || failed(big.launch) ? null : big.launch;
	const f = l?.fzf ?? null;
	out.push({
		target: 'first search answer from launch no later than fzf launched and typed the same way (tmux)',
		size: big.articles,
		measured: l ? `${fmt(l.firstSearchMsMedian)} ms; fzf ${f ? `${fmt(f.fzfMsMedian)} ms (scrutiny in turn with it ${fmt(f.scrutinyMsMedian)} ms)` : 'n/a (not installed)'}` : 'n/a',
		met: f?.fzfMsMedian != null && f.scrutinyMsMedian != null ? f.scrutinyMsMedian <= f.fzfMsMedian : null,
	});
	out.push({target: 'first timeline open from launch <= 1.5 s (tmux)', size: big.articles, measured: l ? `${fmt(l.firstTimelineMsMedian)} ms (${fmt(l.timelineAfterKeyMsMedian)} ms after the key)` : 'n/a', met: l?.firstTimelineMsMedian != null ? l.firstTimelineMsMedian <= 1500 : null});
	const small = at(1000);
	const us = small && !('na' in small.uiStart) && !failed(small.uiStart) ? small.uiStart : null;
	if (small) out.push({target: 'first dashboard frame <= 0.5 s at 1,000 articles', size: 1000, measured: us ? `${fmt(us.firstFrameMsMedian)} ms` : 'n/a', met: us?.firstFrameMsMedian != null ? us.firstFrameMsMedian <= 500 : null});
	const i = failed(big.import) ? null : big.import;
	out.push({target: 'import >= 300 articles/s', size: big.articles, measured: i ? `${fmt(i.articlesPerSecond, 1)}/s${i.complete ? '' : ` (stopped at ${fmt(i.imported)})`}` : 'n/a', met: i ? i.articlesPerSecond >= 300 && i.complete : null});
	const bigBytes = !('na' in big.uiBytes) && !failed(big.uiBytes) && big.uiBytes.ui.status === 'ok' ? big.uiBytes.ui : null;
	const k = 'na' in big.caches || failed(big.caches) ? null : big.caches;
	// What a user runs: the import, its caches, the UI at start and with the store read. The bench's own in-process
	// harnesses (the search phase's index built in memory, ui-bytes.tsx's UI without the store's path) are listed,
	// not counted: the program builds a whole index in memory only where none can be saved beside the store.
	const m = uiMemoryOf(big);
	const rss = [i?.peakRssMb, k?.peakRssMb, u?.peakRssMb, m?.peakMb].filter((x): x is number => typeof x === 'number');
	out.push({
		target: 'peak memory <= 1.5 GB',
		size: big.articles,
		measured: rss.length ? `import ${fmt(i?.peakRssMb)} MB, its caches after the last write ${fmt(k?.peakRssMb)} MB, UI at start ${fmt(u?.peakRssMb)} MB, UI with the store read, a search and the timeline open ${fmt(m?.peakMb)} MB (not counted, the bench's in-process harnesses: UI without the saved index ${fmt(bigBytes?.peakRssMb)} MB, search phase ${fmt(s?.peakRssMb)} MB)` : 'n/a',
		met: rss.length && m ? Math.max(...rss) <= 1536 : null,
	});
	const withBytes = [...results].reverse().find((r) => !('na' in r.uiBytes) && !failed(r.uiBytes) && r.uiBytes.ui.status === 'ok');
	const b = withBytes && !('na' in withBytes.uiBytes) && !failed(withBytes.uiBytes) && withBytes.uiBytes.ui.status === 'ok' ? withBytes.uiBytes.ui : null;
	out.push({target: '<= 2 KB written per cursor move (40 rows)', size: withBytes?.articles ?? big.articles, measured: b ? `${fmt(b.timelineJ.meanBytes)} B per j (max ${fmt(b.timelineJ.maxBytes)})${b.timelineJ.settledAll ? '' : ', not settled'}` : 'n/a', met: b && b.timelineJ.settledAll && b.timelineJ.meanBytes > 0 ? b.timelineJ.meanBytes <= 2048 : null});
	const c = !('na' in big.curate) && !failed(big.curate) ? big.curate : null;
	out.push({target: 'a curated edit on disk <= 1 s', size: big.articles, measured: c ? `${fmt(c.medianMs)} ms median, ${fmt(c.maxMs)} ms max` : 'n/a', met: c ? c.maxMs <= 1000 : null});
	const v = !('na' in big.views) && !failed(big.views) ? big.views : null;
	const w = v ? slowest(v) : null;
	out.push({
		target: 'every view and list command < 2 s (issue 12)',
		size: big.articles,
		measured: w ? `${w.missed} of ${w.measured} over; slowest list command ${w.list ? `${w.list.what} ${fmt(w.list.ms)} ms` : 'n/a'}, slowest view from the key ${w.view ? `${w.view.what} ${fmt(w.view.ms)} ms` : 'n/a'}` : 'n/a',
		met: w && w.measured > 0 ? w.missed === 0 : null,
	});
	return out;
}
