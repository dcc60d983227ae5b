/**
 * Cohort (7): every authority's 'inadequate' episodes on one axis of months since the judgement. First, per
 * response type, how many authorities (and episodes) reached it and the median and range of the delay; then one
 * strip per episode, a mark at each response's month (stacked where responses share a month's cell). Scrolls with
 * the usual keys.
 */
import {Box, Text} from 'ink';
import {cohort, type Cohort} from '../../corpus/cohort.js';
import {responseTypes} from '../../corpus/compare.js';
import type {StoreData} from '../../corpus/schema.js';
import {storeTimeline} from '../../corpus/timeline-items.js';
import {scrollBy} from '../list-window.js';
import {memoLast} from '../memo.js';
import {useStoreLines} from '../use-store-lines.js';
import type {CohortScreen} from '../state.js';
import {truncate} from '../text-layout.js';
import {cohortLines, responseLetters} from './cohort-lines.js';
import {moveOf, type Controller, type ViewEnv, type ViewProps, type WhileReading} from './view-types.js';

// From the store's lines the timeline view makes too: opening both makes them once.
export const cohortOf = memoLast((data: StoreData): Cohort => cohort(data, storeTimeline(data)));

function pageHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 2);
}

/** The cohort saved beside the store while it is of the data, else the store's (made from its lines). */
function cohortFor(env: ViewEnv): Cohort {
	return env.cohort ?? cohortOf(env.data);
}

/** While the store is read: drawn from the saved cohort, scrolled by the usual keys; the rest wait. */
export const cohortWhileReading: WhileReading<CohortScreen> = {
	draws: (_, env) => Boolean(env.cohort),
	takes: (_, input) => Boolean(moveOf(input)),
};

export const cohortController: Controller<CohortScreen> = (screen, input, env) => {
	const move = moveOf(input);
	if (!move) return undefined;
	const lines = cohortLines(cohortFor(env), env.layout.body.width);
	const top = scrollBy(screen.top, move, lines.length, pageHeight(env));
	// Nothing left to scroll that way: say so rather than swallow the key.
	if (top === screen.top) return {notice: lines.length <= pageHeight(env) ? 'the whole cohort is on the screen' : top === 0 ? 'at the top' : 'at the bottom'};
	return {screen: {...screen, top}};
};

export function CohortView({screen, env}: ViewProps<CohortScreen>) {
	const {width} = env.layout.body;
	const made = useStoreLines(env.data);
	if (!made && !env.cohort) {
		return (
			<Box flexDirection="column">
				<Text bold>Cohort</Text>
				<Text wrap="truncate">Making the timeline's lines from the store, which the cohort is built on…</Text>
			</Box>
		);
	}
	const c = cohortFor(env);
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
				<Text key={l.key} bold={l.heading ?? false} dimColor={l.note ?? false} wrap="truncate">
					{l.text}
				</Text>
			))}
		</Box>
	);
}
