/** The cohort on a small hand-built corpus; every delay and median below was worked out by hand. */
import {describe, expect, test} from 'vitest';
import {cohort, median} from '../source/corpus/cohort.js';
import {emptyStore, type CorpusEvent, type StoreData} from '../source/corpus/schema.js';
import {day, event} from './ui/fixtures.js';

function official(id: string, authority: string, date: string, rating: CorpusEvent['rating']): CorpusEvent {
	return {id, date: day(date), authority, type: 'inspection-judgement', rating, summary: 'Ofsted judgement', sources: [], origin: 'ofsted'};
}

function corpus(): StoreData {
	const data = emptyStore('cohort');
	const e = (id: string, authority: string, type: CorpusEvent['type'], date: string, o: Partial<CorpusEvent> = {}) => event(id, {authority, type, date: day(date), ...o});
	data.events.push(
		// Alpha: inadequate 1 Jan 2019 to good 1 Jan 2021 (731 days, 24.0 months); again 1 Jan 2023, not recovered
		official('a1', 'Alpha', '2019-01-01', 'inadequate'),
		official('a2', 'Alpha', '2021-01-01', 'good'),
		official('a3', 'Alpha', '2023-01-01', 'inadequate'),
		e('a-call', 'Alpha', 'resignation-call', '2019-01-31'), // 30 days: 1.0 month
		e('a-comm', 'Alpha', 'commissioner-appointed', '2019-04-01'), // 90 days: 3.0
		e('a-call2', 'Alpha', 'resignation-call', '2023-03-02'), // 60 days: 2.0
		// Beta: inadequate 1 Mar 2020 to requires improvement 1 Sep 2022 (914 days, 30.0 months)
		official('b1', 'Beta', '2020-03-01', 'inadequate'),
		official('b2', 'Beta', '2022-09-01', 'requires improvement'),
		e('b-call', 'Beta', 'resignation-call', '2020-03-11'), // 10 days: 0.3
		e('b-comm', 'Beta', 'commissioner-appointed', '2020-09-01'), // 184 days: 6.0
		e('b-vote', 'Beta', 'no-confidence-vote', '2020-04', {status: 'planned'}), // planned: never a response
		e('b-board', 'Beta', 'improvement-board', '', {date: day(null)}), // undated: cannot be placed
		// Gamma: inadequate 1 Jun 2018, no better rating yet
		official('g1', 'Gamma', '2018-06-01', 'inadequate'),
		e('g-comm', 'Gamma', 'commissioner-appointed', '2018-07-01'), // 30 days: 1.0
		// a board "in 2018": 1 Jan is before the judgement, so the span is cut there: 0 to 213 days (31 Dec), 3.5 months
		e('g-board', 'Gamma', 'improvement-board', '2018'),
		// Delta: never inadequate, not in the cohort
		official('d1', 'Delta', '2019-05-01', 'good'),
		e('d-call', 'Delta', 'resignation-call', '2019-06-01'),
	);
	return data;
}

describe('the cohort of every authority’s episodes', () => {
	const c = cohort(corpus());
	const row = (type: string) => c.rows.find((r) => r.type === type)!;

	test('one strip per episode, on months since its judgement', () => {
		expect(c.authorities).toBe(3);
		expect(c.episodes).toEqual([
			{authority: 'Alpha', episode: 0, judgement: '2019-01-01', end: '2021-01-01', delays: {'resignation-call': 1, 'commissioner-appointed': 3, 'next-better-rating': 24}},
			{authority: 'Alpha', episode: 1, judgement: '2023-01-01', end: null, delays: {'resignation-call': 2}},
			{authority: 'Beta', episode: 0, judgement: '2020-03-01', end: '2022-09-01', delays: {'resignation-call': 0.3, 'commissioner-appointed': 6, 'next-better-rating': 30}},
			{authority: 'Gamma', episode: 0, judgement: '2018-06-01', end: null, delays: {'commissioner-appointed': 1, 'improvement-board': 3.5}},
		]);
	});

	test('per response type: median and range of the delay, and how many reached it', () => {
		// calls: 1.0, 2.0, 0.3 -> sorted 0.3, 1.0, 2.0: median 1.0; three episodes of two authorities
		expect(row('resignation-call')).toMatchObject({episodes: 3, authorities: 2, median: 1, min: 0.3, max: 2});
		// commissioners: 3.0, 6.0, 1.0 -> median 3.0
		expect(row('commissioner-appointed')).toMatchObject({episodes: 3, authorities: 3, median: 3, min: 1, max: 6});
		// recovery: 24.0 and 30.0 -> median 27.0
		expect(row('next-better-rating')).toMatchObject({episodes: 2, authorities: 2, median: 27, min: 24, max: 30});
		// a planned vote and an undated board reach nothing
		expect(row('no-confidence-vote')).toMatchObject({episodes: 0, authorities: 0, median: null, min: null, max: null});
		expect(row('improvement-board')).toMatchObject({episodes: 1, median: 3.5});
	});

	test('median of an odd and an even count', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNull();
	});
});
