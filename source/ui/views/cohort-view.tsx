/**
 * Cohort (7): every authority's 'inadequate' episodes on one axis of months since the judgement. First, per
 * response type, how many authorities (and episodes) reached it and the median and range of the delay; then one
 * strip per episode, a mark at each response's month. Scrolls with the usual keys.
 */
import {Box, Text} from 'ink';
import {cohort, type Cohort, type CohortEpisode} from '../../corpus/cohort.js';
import {responseTypes, type ResponseType} from '../../corpus/compare.js';
import type {StoreData} from '../../corpus/schema.js';
import {largest} from '../../text/largest.js';
import {safeLine} from '../../text/terminal-safety.js';
import {scrollBy} from '../list-window.js';
import {memoLast} from '../memo.js';
import type {CohortScreen} from '../state.js';
import {fit, truncate} from '../text-layout.js';
import {moveOf, type Controller, type ViewEnv, type ViewProps} from './view-types.js';

export const cohortOf = memoLast((data: StoreData): Cohort => cohort(data));

/** One letter per response type, for the strips (the legend says which). */
export const responseLetters: Readonly<Record<ResponseType, string>> = {
	'resignation-call': 'C',
	'resignation-refused': 'F',
	resignation: 'X',
	'no-confidence-vote': 'V',
	'improvement-board': 'B',
	'commissioner-appointed': 'M',
	'improvement-notice': 'N',
	'improvement-notice-lifted': 'L',
	'next-better-rating': 'R',
	// Not response types of the comparison; never drawn.
	'inspection-judgement': '?',
	'inspection-visit': '?',
	'commissioner-report': '?',
	'improvement-plan': '?',
	funding: '?',
	other: '?',
};

export type CohortLine = {readonly key: string; readonly text: string; readonly heading?: boolean};

const months = (m: number | null) => (m === null ? '–' : `${m}`);

/**
 * The strip of one episode over `span` months in `cells` cells: `·` for each stretch of months, the letter of a
 * response at its month (the later one where two share a cell), `|` after the last cell when it ran longer.
 */
export function episodeStrip(e: CohortEpisode, span: number, cells: number): string {
	const out = Array.from({length: cells}, () => '·');
	for (const [type] of responseTypes) {
		const m = e.delays[type];
		if (m === undefined) continue;
		const at = Math.min(cells - 1, Math.max(0, Math.floor((m / Math.max(1, span)) * cells)));
		out[at] = responseLetters[type];
	}
	return out.join('');
}

/** The cohort as lines for a width: the table by response type, the legend, then a strip per episode. */
export const cohortLines = memoLast((c: Cohort, width: number): CohortLine[] => {
	const out: CohortLine[] = [];
	const label = 26;
	out.push({key: 'h1', heading: true, text: `${fit('response', label)} ${fit('authorities', 12, 'right')} ${fit('episodes', 9, 'right')} ${fit('median', 7, 'right')}  range (months)`});
	for (const r of c.rows) {
		const range = r.min === null ? 'none reached it' : `${r.min} to ${r.max}`;
		out.push({key: `r${r.type}`, text: `${fit(`${responseLetters[r.type]} ${r.label}`, label)} ${fit(`${r.authorities} of ${c.authorities}`, 12, 'right')} ${fit(String(r.episodes), 9, 'right')} ${fit(months(r.median), 7, 'right')}  ${range}`});
	}
	out.push({key: 'gap', text: ''});
	const span = Math.max(12, largest(c.rows.map((r) => Math.ceil(r.max ?? 0)), 0));
	const who = 30;
	const cells = Math.max(10, width - who - 2);
	out.push({key: 'h2', heading: true, text: `${fit(`Episodes (${c.episodes.length})`, who)}  0 months ${'·'.repeat(Math.max(0, cells - 20))} ${span} months`.slice(0, width)});
	for (const e of c.episodes) {
		const name = `${safeLine(e.authority)} ${e.judgement}${e.end ? '' : ' …'}`;
		out.push({key: `e${e.authority}${e.episode}`, text: `${fit(name, who)}  ${episodeStrip(e, span, cells)}`});
	}
	return out;
});

function pageHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 2);
}

export const cohortController: Controller<CohortScreen> = (screen, input, env) => {
	const move = moveOf(input);
	if (!move) return undefined;
	const lines = cohortLines(cohortOf(env.data), env.layout.body.width);
	const top = scrollBy(screen.top, move, lines.length, pageHeight(env));
	// Nothing left to scroll that way: say so rather than swallow the key.
	if (top === screen.top) return {notice: lines.length <= pageHeight(env) ? 'the whole cohort is on the screen' : top === 0 ? 'at the top' : 'at the bottom'};
	return {screen: {...screen, top}};
};

export function CohortView({screen, env}: ViewProps<CohortScreen>) {
	const {width} = env.layout.body;
	const c = cohortOf(env.data);
	if (c.episodes.length === 0) {
		return (
			<Box flexDirection="column">
				<Text bold>Cohort</Text>
				<Text wrap="truncate">No 'inadequate' judgement in this store yet: import articles, or the official data with `scrutiny import-ofsted`.</Text>
			</Box>
		);
	}
	const lines = cohortLines(c, width);
	const h = pageHeight(env);
	const top = Math.min(screen.top, Math.max(0, lines.length - h));
	const legend = responseTypes.map(([t, l]) => `${responseLetters[t]} ${l}`).join(' · ');
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				Cohort · {c.authorities} authorities, {c.episodes.length} episodes on months since each 'inadequate' judgement
				{lines.length > h ? ` · lines ${top + 1}-${Math.min(lines.length, top + h)} of ${lines.length}` : ''}
			</Text>
			<Text dimColor wrap="truncate">
				{truncate(legend, width)}
			</Text>
			{lines.slice(top, top + h).map((l) => (
				<Text key={l.key} bold={l.heading ?? false} wrap="truncate">
					{l.text}
				</Text>
			))}
		</Box>
	);
}
