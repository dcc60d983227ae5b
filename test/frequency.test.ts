/** Frequency tables (corpus/frequency.ts) on a small list whose counts are worked out by hand below. */
import {describe, expect, it} from 'vitest';
import {eventFacets, personFacets, yearOf} from '../source/corpus/frequency-facets.js';
import {frequencyColumns} from '../source/corpus/frequency-columns.js';
import {frequencyFormats} from '../source/corpus/frequency-export.js';
import {facetNamed, formatPercent, frequency, type Facet} from '../source/corpus/frequency.js';
import type {EventView, PersonView} from '../source/corpus/queries.js';
import type {DateValue} from '../source/corpus/schema.js';
import {csv} from '../source/text/table-format.js';

const date = (value: string | null): DateValue => ({value, precision: value === null ? 'unknown' : value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day', approximate: false, basis: 'stated'});
const event = (id: string, authority: string, type: EventView['type'], when: string | null, extra: Partial<EventView> = {}): EventView => ({id, authority, type, date: date(when), summary: id, sources: [], origin: 'extracted', ...extra});

// Six events. By type: judgement 3 (e1, e2, e5), resignation-call 2 (e3, e4), funding 1 (e6).
// By authority: Blackpool 3 (e1, e3, e6), Torbay 2 (e2, e4), Ealing 1 (e5).
// By year: 2019 2 (e1 day, e3 month), 2018 1 (e2), 2021 1 (e4 year precision), undated 2 (e5, e6).
const events: EventView[] = [
	event('e1', 'Blackpool', 'inspection-judgement', '2019-01-17'),
	event('e2', 'Torbay', 'inspection-judgement', '2018-03-02'),
	event('e3', 'Blackpool', 'resignation-call', '2019-02', {origin: 'curated'}),
	event('e4', 'Torbay', 'resignation-call', '2021', {status: 'planned'}),
	event('e5', 'Ealing', 'inspection-judgement', null, {origin: 'ofsted'}),
	event('e6', 'Blackpool', 'funding', null),
];
const facet = (name: string) => facetNamed(eventFacets, name)!;
const counts = (name: string) => frequency(events, facet(name)).rows.map((r) => [r.label, r.count]);

describe('frequency over events', () => {
	it('counts each type, most first, ties in alphabetical order', () => {
		expect(counts('type')).toEqual([
			['inspection-judgement', 3],
			['resignation-call', 2],
			['funding', 1],
		]);
	});

	it('counts each authority, with the percentage of the rows', () => {
		const t = frequency(events, facet('authority'));
		expect(t.total).toBe(6);
		expect(t.rows.map((r) => [r.label, r.count, formatPercent(r.percent)])).toEqual([
			['Blackpool', 3, '50.0%'],
			['Torbay', 2, '33.3%'],
			['Ealing', 1, '16.7%'],
		]);
		expect(t.multiple).toBe(false);
	});

	it('counts years at any precision and keeps the undated as a named bucket, after values with as many', () => {
		expect(counts('year')).toEqual([
			['2019', 2],
			['undated', 2],
			['2018', 1],
			['2021', 1],
		]);
		const undated = frequency(events, facet('year')).rows.find((r) => r.label === 'undated')!;
		expect(undated.value).toBeNull();
	});

	it('counts origins and statuses (an event without a status happened)', () => {
		expect(counts('origin')).toEqual([
			['extracted', 4],
			['curated', 1],
			['ofsted', 1],
		]);
		expect(counts('status')).toEqual([
			['happened', 5],
			['planned', 1],
		]);
	});

	it('names the same columns as the command table lists', () => {
		expect(eventFacets.map((f) => f.name)).toEqual([...frequencyColumns.events]);
		expect(personFacets.map((f) => f.name)).toEqual([...frequencyColumns.people]);
	});

	it('is empty for no rows, with no division by zero', () => {
		expect(frequency([], facet('type'))).toEqual({column: 'type', label: 'type', unit: 'events', total: 0, rows: [], multiple: false});
	});
});

describe('rows with several values, and weights', () => {
	type Row = {tags: string[]; n: number};
	const rows: Row[] = [
		{tags: ['a', 'b'], n: 2},
		{tags: ['a', 'a'], n: 1},
		{tags: [], n: 5},
		{tags: ['', 'b'], n: 0},
	];
	const tags: Facet<Row> = {name: 'tag', missing: 'none', values: (r) => r.tags};

	it('counts a row once under each of its values (a value repeated in a row once); blank values are none', () => {
		const t = frequency(rows, tags);
		// a: rows 1 and 2; b: rows 1 and 4; none: row 3. Four rows, so 50%, 50%, 25%: more than 100 in all.
		expect(t.rows.map((r) => [r.label, r.count, r.percent])).toEqual([
			['a', 2, 50],
			['b', 2, 50],
			['none', 1, 25],
		]);
		expect(t.multiple).toBe(true);
	});

	it('sums weights where the facet has one (a person counts for their quotes)', () => {
		const t = frequency(rows, {...tags, weight: (r) => r.n});
		// Total 8. a: 2 + 1 = 3; b: 2 + 0 = 2; none: 5.
		expect(t.total).toBe(8);
		expect(t.rows.map((r) => [r.label, r.count])).toEqual([
			['none', 5],
			['a', 3],
			['b', 2],
		]);
	});

	it('counts quotes by party from the people list', () => {
		const person = (name: string, party: string | null, quotes: number): PersonView => ({id: name, name, titles: [], roles: [], party, authorities: [], quotes, fragments: 0});
		const people = [person('A', 'Labour', 4), person('B', 'Conservative', 3), person('C', 'Labour', 1), person('D', null, 2)];
		expect(frequency(people, facetNamed(personFacets, 'party')!).rows.map((r) => [r.label, r.count])).toEqual([
			['Labour', 2],
			['Conservative', 1],
			['no party', 1],
		]);
		expect(frequency(people, facetNamed(personFacets, 'quotes-by-party')!).rows.map((r) => [r.label, r.count])).toEqual([
			['Labour', 5],
			['Conservative', 3],
			['no party', 2],
		]);
	});
});

describe('the pieces around it', () => {
	it('reads the year of a date at any precision', () => {
		expect([yearOf(date('2019-01-17')), yearOf(date('2019-01')), yearOf(date('2019')), yearOf(date(null))]).toEqual(['2019', '2019', '2019', null]);
	});

	it('writes percentages with one decimal, and a tiny share as <0.1%', () => {
		expect([formatPercent(100), formatPercent(100 / 3), formatPercent(0), formatPercent(0.01)]).toEqual(['100.0%', '33.3%', '0.0%', '<0.1%']);
	});

	it('exports as CSV with the column named, and neutralises a value a spreadsheet would run', () => {
		const rows = [event('x1', '=HYPERLINK("http://x")', 'funding', null), event('x2', 'Blackpool', 'funding', null)];
		const t = frequency(rows, facet('authority'));
		expect(csv(t.rows, frequencyFormats(t).csv)).toBe('authority,count,percent\r\n"\'=HYPERLINK(""http://x"")",1,50\r\nBlackpool,1,50\r\n');
		expect(frequencyFormats(t).json(t.rows[1]!)).toEqual({column: 'authority', value: 'Blackpool', label: 'Blackpool', count: 1, percent: 50});
	});
});
