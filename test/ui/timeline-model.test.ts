/** The timeline's and the comparison's models: filters, rows, jumps, the window, layout, pickers, the form, pairs. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {applyCuration, draftOf, type EventDraft} from '../../source/corpus/curation.js';
import {rebuildDerived} from '../../source/corpus/merge.js';
import {parseIlacsHistory} from '../../source/corpus/ofsted-import.js';
import {timeline} from '../../source/corpus/queries.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {chooseAuthorities, chooserDetail, chooserItems, choosePair, compareLines, comparePair, quoteMatches, shortName} from '../../source/ui/views/compare/model.js';
import {clearLastFilter, filterSummary, noFilters, withFilter} from '../../source/ui/views/timeline/filters.js';
import {cycleChoice, dateHint, deleteInField, nextField, typeIntoField} from '../../source/ui/views/timeline/form-model.js';
import {timelineItems} from '../../source/ui/views/timeline/items.js';
import {nextOriginMode, originMarker, type OriginMode} from '../../source/ui/views/timeline/labels.js';
import {pickerItems} from '../../source/ui/views/timeline/panels.js';
import {moveItem, rowOfItem, timelineLayout, timelineRows, windowTop, yearHeader, yearJump} from '../../source/ui/views/timeline/rows.js';
import {sharedDir} from '../helpers/paths.js';
import {bundledData} from './harness.js';

const today = '2026-11-22';

describe('timeline filters', () => {
	it('clears the filters one by one, the last set first', () => {
		let f = withFilter(noFilters, 'origin', 'extracted');
		f = withFilter(f, 'authorities', ['Blackpool']);
		f = withFilter(f, 'query', 'board');
		// Setting a filter again moves it to the end.
		f = withFilter(f, 'origin', 'ofsted');
		expect(f.order).toEqual(['authorities', 'query', 'origin']);
		expect(filterSummary(f)).toEqual(['Blackpool', '“board”', 'Ofsted only']);
		const steps: string[][] = [];
		for (let g: typeof f | null = f; g; g = clearLastFilter(g)) steps.push(filterSummary(g));
		expect(steps).toEqual([['Blackpool', '“board”', 'Ofsted only'], ['Blackpool', '“board”'], ['Blackpool'], []]);
		expect(filterSummary(withFilter(noFilters, 'authorities', ['A', 'B', 'C']))).toEqual(['3 authorities']);
	});

	it('drops a filter set back to nothing from the order', () => {
		const f = withFilter(withFilter(noFilters, 'query', 'x'), 'query', '');
		expect(f.order).toEqual([]);
		expect(clearLastFilter(f)).toBeNull();
	});

	it('cycles the origins: all, press, Ofsted, curated, all with the marked wrong, all', () => {
		const seen: OriginMode[] = ['all'];
		for (let i = 0; i < 5; i++) seen.push(nextOriginMode(seen.at(-1)!));
		expect(seen).toEqual(['all', 'extracted', 'ofsted', 'curated', 'wrong', 'all']);
	});

	it('marks origins with a character, never colour alone, in ASCII too', () => {
		const marks = (ascii: boolean) => [originMarker('ofsted', 'current', ascii), originMarker('extracted', 'current', ascii), originMarker('curated', 'current', ascii), originMarker('extracted', 'wrong', ascii), originMarker('extracted', 'replaced', ascii)];
		expect(new Set(marks(false)).size).toBe(5);
		expect(new Set(marks(true)).size).toBe(5);
		expect(marks(true).join('')).toMatch(/^[\x20-\x7e]+$/);
	});
});

describe('timeline lines', () => {
	const data = bundledData();

	it('groups by year with the undated last, the article that mentions each undated one beside it', () => {
		const items = timelineItems(data, noFilters);
		const rows = timelineRows(items);
		const headers = rows.filter((r) => r.kind === 'year').map((r) => (r.kind === 'year' ? yearHeader(r) : ''));
		expect(headers).toEqual(['2012 · 1 event', '2015 · 1 event', '2018 · 1 event', '2019 · 9 events', '2021 · 1 event', '2022 · 6 events', 'Undated · 2 events, each with the article that mentions it']);
		const undated = items.at(-1)!;
		expect(undated.line.date.value).toBeNull();
		expect(undated.articleTitle).toMatch(/Plan taking shape/);
		expect(items.find((i) => i.line.date.value === '2019-01')!.articles).toBe(3);
	});

	it('searches within: every word, in the summary, people, type or date', () => {
		const q = (query: string) => timelineItems(data, withFilter(noFilters, 'query', query)).map((i) => i.line.type);
		expect(q('blackburn')).toEqual(expect.arrayContaining(['resignation-refused']));
		expect(q('Board 2022')).toEqual(['improvement-board']);
		expect(q('jan 2019 judgement')).toEqual(['inspection-judgement']);
		expect(q('nothing-like-this')).toEqual([]);
	});

	it('shows the events marked wrong and the edited originals only in the last origin mode, marked', () => {
		const copy = structuredClone(data) as StoreData;
		const jan = timeline(copy).find((l) => l.date.value === '2019-01')!;
		const call = timeline(copy).find((l) => l.type === 'resignation-call' && l.authority === 'Blackpool')!;
		const draft: EventDraft = {...draftOf(jan), summary: 'edited'};
		const {id} = applyCuration(copy, {kind: 'edit', id: jan.id, ids: jan.merged!, draft}, {today});
		applyCuration(copy, {kind: 'mark-wrong', ids: call.merged!}, {today});
		const all = timelineItems(copy, noFilters);
		expect(all.find((i) => i.line.id === id)?.status).toBe('current');
		expect(all.some((i) => i.line.id === call.id || i.line.id === jan.id)).toBe(false);
		const wrong = timelineItems(copy, withFilter(noFilters, 'origin', 'wrong'));
		expect(wrong.find((i) => i.line.id === call.id)?.status).toBe('wrong');
		expect(wrong.find((i) => i.line.id === jan.id)?.status).toBe('replaced');
		// The hidden curated markers are not lines of their own.
		expect(wrong.filter((i) => i.line.origin === 'curated').map((i) => i.line.id)).toEqual([id]);
		expect(timelineItems(copy, withFilter(noFilters, 'origin', 'curated')).map((i) => i.line.id)).toEqual([id]);
	});

	it('jumps by year, the undated group last', () => {
		const items = timelineItems(data, noFilters);
		const years = items.map((i) => i.year);
		const next: (number | null)[] = [];
		for (let i = 0, prev = -1; i !== prev; prev = i, i = yearJump(items, i, 1)) next.push(years[i]!);
		expect(next).toEqual([2012, 2015, 2018, 2019, 2021, 2022, null]);
		const back: (number | null)[] = [];
		for (let i = items.length - 1, prev = -1; i !== prev; prev = i, i = yearJump(items, i, -1)) back.push(years[i]!);
		expect(back).toEqual([null, 2022, 2021, 2019, 2018, 2015, 2012]);
		// From the middle of a year, `[` goes to the start of the year before, not of its own.
		const mid = years.indexOf(2019) + 3;
		expect(years[yearJump(items, mid, -1)]).toBe(2018);
	});

	it.each([
		['down', 0, 1],
		['up', 0, 0],
		['bottom', 3, 20],
		['page-down', 18, 20],
		['page-up', 5, 0],
		['top', 9, 0],
	] as const)('moves %s from %i to %i', (move, from, to) => {
		expect(moveItem(from, move, 21, 10)).toBe(to);
	});

	it('scrolls only as far as needed, and shows a year header with its first line', () => {
		const rows = timelineRows(timelineItems(data, noFilters));
		const first2019 = rowOfItem(rows, 3);
		expect(rows[first2019 - 1]?.kind).toBe('year');
		// Coming up to it, its header comes into view too; coming down, it is the last row.
		expect(windowTop(rows, first2019, first2019 + 1, 5)).toBe(first2019 - 1);
		expect(windowTop(rows, first2019, 0, 5)).toBe(first2019 - 4);
		// Already in view: the window stays.
		expect(windowTop(rows, 3, 0, 10)).toBe(0);
		expect(windowTop(rows, rows.length - 1, 0, 10)).toBe(rows.length - 10);
	});
});

describe('the timeline layout', () => {
	it.each([
		['100x30', {width: 100, height: 26}, 2, {chartRows: 2, listRows: 17, detailRows: 4}],
		['80x24', {width: 80, height: 20}, 2, {chartRows: 2, listRows: 12, detailRows: 3}],
		['60x20', {width: 60, height: 16}, 2, {chartRows: 1, listRows: 9, detailRows: 3}],
		['many authorities', {width: 100, height: 26}, 150, {chartRows: 4, listRows: 15, detailRows: 4}],
		['40x10', {width: 40, height: 6}, 2, {chartRows: 0, listRows: 5, detailRows: 0}],
	] as const)('%s', (_name, body, authorities, expected) => {
		const lay = timelineLayout(body, authorities);
		expect(lay).toEqual(expected);
		expect(1 + (lay.chartRows ? lay.chartRows + 1 : 0) + lay.listRows + (lay.detailRows ? lay.detailRows + 1 : 0)).toBeLessThanOrEqual(body.height);
	});
});

describe('pickers and the form', () => {
	const data = bundledData();

	it('lists authorities with the most lines first, and every type', () => {
		const lines = timeline(data);
		expect(pickerItems(data, 'authorities', lines).map((i) => [i.value, i.count])).toEqual([
			['Blackpool', 14],
			['North East Lincolnshire', 7],
		]);
		expect(pickerItems(data, 'types', lines)).toHaveLength(14);
		expect(pickerItems(data, 'types', lines)[0]).toEqual({value: 'inspection-judgement', label: 'judgement (inspection-judgement)', count: 6});
	});

	const draft: EventDraft = {date: '2019', type: 'other', rating: '', authority: 'Blackpool', summary: ''};

	it('types into text fields and picks choices by their first letter', () => {
		expect(typeIntoField(draft, 'date', '-0')).toMatchObject({date: '2019-0'});
		expect(typeIntoField(draft, 'type', 'b').type).toBe('improvement-board');
		expect(typeIntoField(typeIntoField(draft, 'type', 'c'), 'type', 'c').type).toBe('commissioner-report');
		expect(typeIntoField(draft, 'rating', 'i').rating).toBe('inadequate');
		expect(typeIntoField({...draft, rating: 'good'}, 'rating', 'n').rating).toBe('');
	});

	it('cycles choices both ways and wraps', () => {
		expect(cycleChoice(draft, 'type', 1, []).type).toBe('inspection-judgement');
		expect(cycleChoice(draft, 'type', -1, []).type).toBe('funding');
		expect(cycleChoice(draft, 'rating', -1, []).rating).toBe('inadequate');
		expect(cycleChoice(draft, 'authority', 1, ['Blackpool', 'North East Lincolnshire']).authority).toBe('North East Lincolnshire');
		expect(cycleChoice({...draft, authority: 'typed'}, 'authority', 1, ['Blackpool', 'NEL']).authority).toBe('Blackpool');
		expect(cycleChoice(draft, 'summary', 1, [])).toBe(draft);
	});

	it('chooses the status like type and rating: happened (left out of the draft, as the store leaves it out), planned, proposed, refused', () => {
		expect(cycleChoice(draft, 'status', 1, [])).toEqual({...draft, status: 'planned'});
		expect(cycleChoice(draft, 'status', -1, []).status).toBe('refused');
		expect(cycleChoice({...draft, status: 'refused'}, 'status', 1, [])).toEqual(draft);
		expect(typeIntoField(draft, 'status', 'p').status).toBe('planned');
		expect(typeIntoField(typeIntoField(draft, 'status', 'p'), 'status', 'p').status).toBe('proposed');
		expect(typeIntoField({...draft, status: 'planned'}, 'status', 'h')).toEqual(draft);
		expect(typeIntoField(draft, 'status', 'z')).toBe(draft);
		expect(deleteInField({...draft, status: 'proposed'}, 'status', true)).toEqual(draft);
		expect(nextField('type', 1)).toBe('status');
		expect(nextField('status', 1)).toBe('rating');
	});

	it('deletes in text fields', () => {
		expect(deleteInField(draft, 'date').date).toBe('201');
		expect(deleteInField(draft, 'date', true).date).toBe('');
		expect(deleteInField(draft, 'type')).toBe(draft);
	});

	it.each([
		['2019-01', 'Jan 2019 · month'],
		['~2015', '~2015 · year, approximate'],
		['2019-01-17', '2019-01-17 · day'],
		['', 'undated (unknown date)'],
		['2019-1', 'YYYY, YYYY-MM or YYYY-MM-DD; ~ in front if approximate'],
		['2019-13', 'no such month'],
	])('says what the date %j means as typed', (text, hint) => {
		expect(dateHint(text)).toBe(hint);
	});
});

describe('the comparison model', () => {
	const data = bundledData();
	const withOfficial = (): StoreData => {
		const d = structuredClone(data) as StoreData;
		d.events.push(...parseIlacsHistory(readFileSync(path.join(sharedDir, 'ofsted_ilacs', 'ofsted_csc_ilacs_history.csv'), 'utf8')).events);
		rebuildDerived(d);
		return d;
	};

	it('defaults to the two authorities with the most press events, and falls back from an unknown pair', () => {
		expect(comparePair(data, null)).toMatchObject({left: 'Blackpool', right: 'North East Lincolnshire'});
		expect(comparePair(data, ['North East Lincolnshire', 'Blackpool'])).toMatchObject({left: 'North East Lincolnshire', right: 'Blackpool'});
		expect(comparePair(data, ['Atlantis', 'Blackpool'])).toMatchObject({left: 'Blackpool', right: 'North East Lincolnshire'});
	});

	it('lays each row out on one line side by side from 80 columns, and stacks below', () => {
		const m = comparePair(data, null)!;
		const wide = compareLines(m, 100, 'calendar', false);
		const latest = wide.find((l) => l.cells[0] === 'latest rating')!;
		expect(latest.cells).toEqual(['latest rating', 'inadequate (Jan 2019)', 'inadequate (Nov 2021)']);
		const narrow = compareLines(m, 70, 'calendar', false);
		expect(narrow.filter((l) => l.kind === 'label').map((l) => l.cells[0])).toContain('latest rating');
		expect(narrow.some((l) => l.side === 'right' && l.cells[0] === 'NEL: inadequate (Nov 2021)')).toBe(true);
	});

	it('aligns the timelines below the rows: side by side from 100 columns, stacked per row below', () => {
		const m = comparePair(data, null)!;
		const wide = compareLines(m, 100, 'judgement', false);
		const section = wide.findIndex((l) => l.kind === 'section');
		expect(wide[section]!.cells[0]).toMatch(/by months since ‘inadequate’: Blackpool Jan 2019, NEL Nov 2021/);
		const month = wide.find((l) => l.cells[0] === 'at the judgement')!;
		expect(month.cells[1]).toMatch(/Jan 2019 judgement inadequate/);
		expect(month.cells[2]).toMatch(/Nov 2021 judgement inadequate/);
		const stacked = compareLines(m, 90, 'judgement', false);
		const at = stacked.findIndex((l) => l.kind === 'label' && l.cells[0] === 'at the judgement');
		expect(stacked[at + 1]!.cells[0]).toMatch(/^Blackpool: ○ Jan 2019 judgement/);
		// The first month's Blackpool events, then North East Lincolnshire's.
		expect(stacked.slice(at + 1).find((l) => l.side === 'right')!.cells[0]).toMatch(/^NEL: ○ Nov 2021 judgement/);
	});

	it('offers every authority in the store, those known only from official data too, fuzzily', () => {
		const d = withOfficial();
		const items = chooserItems(d);
		expect(items.length).toBe(153);
		expect(items.slice(0, 2).map((i) => i.name)).toEqual(['Blackpool', 'North East Lincolnshire']);
		const slough = items.find((i) => i.name === 'Slough')!;
		expect(chooserDetail(slough)).toMatch(/^official data only \(\d+ judgements?\)$/);
		expect(chooseAuthorities(items, 'blakpool')[0]!.name).toBe('Blackpool');
		expect(chooseAuthorities(items, 'NE Lincs')[0]!.name).toBe('North East Lincolnshire');
		expect(chooseAuthorities(items, 'slough')[0]!.name).toBe('Slough');
		expect(chooseAuthorities(items, '')).toHaveLength(153);
	});

	it('chooses a side, swapping when the other side is chosen', () => {
		expect(choosePair(['A', 'B'], 'left', 'C')).toEqual(['C', 'B']);
		expect(choosePair(['A', 'B'], 'right', 'C')).toEqual(['A', 'C']);
		expect(choosePair(['A', 'B'], 'left', 'B')).toEqual(['B', 'A']);
	});

	it('finds quotes on each side by words in the quote or the speaker, marking the words', () => {
		// His quote and the fragment "a Poundland Donald Trump", marked as a fragment.
		const left = quoteMatches(data, 'Blackpool', 'poundland');
		expect(left).toHaveLength(2);
		expect(left.map((q) => q.quote.speaker)).toEqual(['Simon Blackburn', 'Simon Blackburn']);
		expect(left.map((q) => q.fragment).sort()).toEqual([false, true]);
		const [s, e] = left[0]!.ranges[0]!;
		expect(left[0]!.quote.text.slice(s, e).toLowerCase()).toBe('poundland');
		expect(quoteMatches(data, 'North East Lincolnshire', 'poundland')).toEqual([]);
		expect(quoteMatches(data, 'North East Lincolnshire', 'lindley').length).toBeGreaterThan(0);
		const all = quoteMatches(data, 'Blackpool', '');
		expect(all.length).toBeGreaterThan(10);
		// Newest first, the undated after the dated.
		const dated = all.findIndex((q) => q.quote.date.value === null);
		expect(all.slice(dated).every((q) => q.quote.date.value === null)).toBe(true);
	});

	it('shortens long names by initials', () => {
		expect(shortName('North East Lincolnshire')).toBe('NEL');
		expect(shortName('Blackpool')).toBe('Blackpool');
		expect(shortName('Bournemouth, Christchurch and Poole')).toBe('BCP');
	});
});
