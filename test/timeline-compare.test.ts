/**
 * The research views' questions on the bundled corpus plus the official judgements (read from ../shared):
 * what happened when, and how the two councils' stories compare.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {compareRows, compareSide} from '../source/corpus/compare.js';
import {formatDate} from '../source/corpus/date-value.js';
import {rebuildDerived} from '../source/corpus/merge.js';
import {parseIlacsHistory} from '../source/corpus/ofsted-import.js';
import {timeline, type EventView} from '../source/corpus/queries.js';
import {storeSchema, type StoreData} from '../source/corpus/schema.js';
import {repoRoot} from './helpers/cli.js';
import {sharedDir} from './helpers/gold.js';

function storeWithOfficial(): StoreData {
	const data = storeSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'data', 'corpus.json'), 'utf8'))) as StoreData;
	data.events.push(...parseIlacsHistory(readFileSync(path.join(sharedDir, 'ofsted_ilacs', 'ofsted_csc_ilacs_history.csv'), 'utf8')).events);
	rebuildDerived(data);
	return data;
}

const data = storeWithOfficial();
const lines = timeline(data, {authorities: ['blackpool', 'north east lincs']});
const label = (e: EventView) => `${formatDate(e.date)} ${e.authority} ${e.type}${e.rating ?? e.reportedRating ? ` ${e.rating ?? e.reportedRating}` : ''}`;
const index = (pred: (e: EventView) => boolean) => {
	const i = lines.findIndex(pred);
	expect(i, `no line for ${pred.toString()}\n${lines.map(label).join('\n')}`).toBeGreaterThanOrEqual(0);
	return i;
};

describe('timeline of the bundled corpus with official data', () => {
	it('lists the story in date order, undated last', () => {
		const order = [
			index((e) => e.authority === 'Blackpool' && e.date.value?.startsWith('2012') === true && (e.rating ?? e.reportedRating) === 'inadequate'),
			index((e) => e.authority === 'Blackpool' && e.type === 'improvement-notice-lifted' && formatDate(e.date) === '~2015'),
			index((e) => e.authority === 'Blackpool' && e.date.value === '2018-12' && e.rating === 'inadequate'),
			index((e) => e.authority === 'Blackpool' && e.date.value?.startsWith('2019-01') === true && e.rating === 'inadequate'),
			index((e) => e.authority === 'Blackpool' && e.type === 'resignation-call'),
			index((e) => e.authority === 'Blackpool' && e.type === 'improvement-board'),
			index((e) => e.authority === 'Blackpool' && e.type === 'commissioner-appointed'),
			index((e) => e.authority === 'North East Lincolnshire' && e.date.value?.startsWith('2021-11') === true && e.rating === 'inadequate'),
			index((e) => e.authority === 'North East Lincolnshire' && e.type === 'resignation-call' && e.date.value?.startsWith('2022-01') === true),
			index((e) => e.authority === 'North East Lincolnshire' && e.type === 'no-confidence-vote' && e.date.value === '2022-02'),
		];
		// The Blackpool responses share ~Feb 2019, so among them only their place after the judgement matters.
		expect(order.slice(0, 4)).toEqual([...order.slice(0, 4)].sort((a, b) => a - b));
		for (const i of order.slice(4, 7)) expect(i).toBeGreaterThan(order[3]!);
		for (const i of order.slice(4, 7)) expect(i).toBeLessThan(order[7]!);
		expect(order.slice(7)).toEqual([...order.slice(7)].sort((a, b) => a - b));
	});

	it("shows the 'requires improvement' rating without a date in the undated group at the end", () => {
		const ri = index((e) => e.authority === 'Blackpool' && e.rating === 'requires improvement' && e.origin === 'extracted');
		expect(lines[ri]!.date.value).toBeNull();
		expect(lines.slice(ri).every((e) => e.date.value === null)).toBe(true);
	});

	it('gives the January 2019 judgement one line with its three reporting articles', () => {
		const jan = lines.filter((e) => e.authority === 'Blackpool' && e.type === 'inspection-judgement' && e.date.value?.startsWith('2019-01'));
		expect(jan).toHaveLength(1);
		expect(jan[0]!.origin).toBe('ofsted');
		expect(new Set(jan[0]!.sources.map((s) => s.articleId))).toEqual(new Set(['000_a503623955de7664', '001_43f7d8f676f271e4', '002_2faa4e66540421cf']));
	});

	it('keeps the 2012 judgement as one line, official date with the reported rating', () => {
		const y2012 = lines.filter((e) => e.authority === 'Blackpool' && e.type === 'inspection-judgement' && e.date.value?.startsWith('2012'));
		expect(y2012).toHaveLength(1);
		expect(y2012[0]).toMatchObject({origin: 'ofsted', reportedRating: 'inadequate'});
	});
});

describe('compare Blackpool and North East Lincolnshire', () => {
	const left = compareSide(data, 'blackpool');
	const right = compareSide(data, 'NE Lincolnshire');
	const rows = compareRows(left, right);
	const row = (label: string) => rows.find((r) => r.label === label)!;

	it('both oppositions called for the responsible member to go, with the months after the judgement', () => {
		expect(left.responses['resignation-call']).toMatchObject({months: 1, by: expect.arrayContaining(['Tony Williams']), about: expect.arrayContaining(['Simon Blackburn', 'Graham Cain'])});
		expect(right.responses['resignation-call']).toMatchObject({months: 2, by: ['Labour'], about: ['Ian Lindley']});
		expect(row('calls to resign').left).toMatch(/Tony Williams/);
		expect(row('calls to resign').right).toMatch(/Labour → Ian Lindley/);
	});

	it('both refused', () => {
		expect(left.responses['resignation-refused']?.by).toContain('Simon Blackburn');
		expect(right.responses['resignation-refused']?.by).toContain('Ian Lindley');
	});

	it('both set up a cross-party board with seats for the opposition', () => {
		expect(row('improvement board (as reported)').left).toMatch(/two Conservative councillors/);
		expect(row('improvement board (as reported)').right).toMatch(/cross-party|two spaces for Labour/);
		expect(left.responses['improvement-board']?.months).toBe(1);
		expect(right.responses['improvement-board']?.months).toBe(2);
	});

	it('both got a commissioner', () => {
		expect(left.responses['commissioner-appointed']?.months).toBe(1);
		expect(right.responses['commissioner-appointed']?.months).toBe(2);
	});

	it('shows what is missing as missing', () => {
		expect(row('resigned')).toMatchObject({left: 'missing', right: 'missing'});
	});
});
