/**
 * The cohort made to scale (each authority's responses indexed by type once, an episode looking only from its
 * judgement's year to its end's) gives the cohort the comparison's own rule gives (`episodeResponses`, as the
 * cohort was made before), on stores made up with many episodes and responses.
 */
import {describe, expect, test} from 'vitest';
import {cohort} from '../source/corpus/cohort.js';
import {episodeResponses} from '../source/corpus/compare.js';
import {elapsedBetween, elapsedMonths} from '../source/corpus/elapsed.js';
import {episodes} from '../source/corpus/episodes.js';
import {formatDate} from '../source/corpus/date-value.js';
import type {EventView} from '../source/corpus/queries.js';
import {timeline} from '../source/corpus/timeline.js';
import {eventStore} from './helpers/event-store.js';
import {prng} from './reliability/synthetic.js';

/** The episodes' delays as the cohort made them before: every line of the authority filtered for each episode. */
function referenceEpisodes(lines: readonly EventView[]) {
	const byAuthority = new Map<string, EventView[]>();
	for (const l of lines) byAuthority.set(l.authority, [...(byAuthority.get(l.authority) ?? []), l]);
	const out = [];
	for (const [authority, mine] of [...byAuthority].sort((a, b) => a[0].localeCompare(b[0]))) {
		const all = episodes(mine);
		for (const ep of all) {
			const delays: Record<string, number> = {};
			for (const [type, e] of episodeResponses(mine, all, ep, {datedOnly: true})) {
				if (e.status !== undefined && e.status !== 'happened' && !(type === 'resignation-refused' && e.status === 'refused')) continue;
				const span = elapsedBetween(ep.judgement.date, e.date);
				const m = span ? elapsedMonths({...span, minDays: Math.max(0, span.minDays), maxDays: Math.max(0, span.maxDays)}) : null;
				if (m !== null) delays[type] = m;
			}
			out.push({authority, episode: ep.index, judgement: formatDate(ep.judgement.date), end: ep.end ? formatDate(ep.end.date) : null, delays});
		}
	}
	return out;
}

const seeds = [1, 2, 3, 4, 5, 6];

describe('the cohort made to scale', () => {
	test.each(seeds)('gives the episodes and delays it gave before (store %i)', (seed) => {
		const data = eventStore(seed, 800);
		const lines = timeline(data);
		const c = cohort(data, lines);
		expect(c.episodes.length).toBeGreaterThan(3);
		expect(c.episodes.some((e) => Object.keys(e.delays).length > 1)).toBe(true);
		expect(JSON.stringify(c.episodes)).toBe(JSON.stringify(referenceEpisodes(lines)));
	});

	test.each(seeds)('and on lines out of date order (store %i)', (seed) => {
		const data = eventStore(seed, 500);
		const random = prng(seed);
		const shuffled = timeline(data).sort(() => random() - 0.5);
		expect(JSON.stringify(cohort(data, shuffled).episodes)).toBe(JSON.stringify(referenceEpisodes(shuffled)));
	});
});
