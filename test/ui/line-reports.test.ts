/** The reports behind a merged timeline line, and the comparison's lines to choose one from. */
import {describe, expect, it} from 'vitest';
import {timeline} from '../../source/corpus/queries.js';
import {emptyStore} from '../../source/corpus/schema.js';
import {compareLineItems, filterLineItems} from '../../source/ui/views/compare/line-items.js';
import {comparePair} from '../../source/ui/views/compare/model.js';
import {lineReports, reportCitation} from '../../source/ui/views/line-reports.js';
import {article, day, event} from './fixtures.js';
import {bundledData} from './harness.js';

describe('the reports of a line', () => {
	it('lists one report an article, oldest first and the undated last, each with the sentence its record was read from', () => {
		const data = emptyStore('t');
		data.authorities.push({id: 'kent', name: 'Kent', onsCode: null, origin: 'extracted'});
		data.articles.push(
			article('late', {paragraphs: ['Intro.', 'Kent was rated inadequate, the report said. More words.'], published: day('2020-03-02'), source: 'Kent Online', authorities: ['Kent']}),
			article('early', {paragraphs: ['Kent was judged inadequate by Ofsted.', 'Again: inadequate.'], published: day('2020-03-01'), authorities: ['Kent']}),
			article('undated', {paragraphs: ['Rated inadequate in March, Kent...'], published: day(null), authorities: ['Kent']}),
		);
		const judged = {type: 'inspection-judgement', authority: 'Kent', rating: 'inadequate'} as const;
		data.events.push(
			event('late-e1', {...judged, date: day('2020-03'), articleId: 'late', paragraph: 2, sources: [{articleId: 'late', paragraph: 2}], evidence: {sentence: 'Kent was rated inadequate, the report said.', cue: 'rated inadequate'}}),
			event('early-e1', {...judged, date: day('2020-03'), articleId: 'early', paragraph: 1, sources: [{articleId: 'early', paragraph: 1}, {articleId: 'early', paragraph: 2}], evidence: {sentence: 'Kent was judged inadequate by Ofsted.', cue: 'judged inadequate'}}),
			// A report without its record's sentence: the paragraph stands for it.
			event('undated-e1', {...judged, date: day('2020-03'), sources: [{articleId: 'undated', paragraph: 1}]}),
			// A source whose article the store does not have is left out.
			event('gone-e1', {...judged, date: day('2020-03'), sources: [{articleId: 'gone', paragraph: 1}]}),
		);
		const [line] = timeline(data);
		expect(line!.merged).toHaveLength(4);
		const reports = lineReports(data, line!);
		expect(reports.map((r) => [r.articleId, r.paragraph, r.alsoIn, r.date, r.publication])).toEqual([
			['early', 1, [2], '2020-03-01', null],
			['late', 2, [], '2020-03-02', 'Kent Online'],
			['undated', 1, [], 'undated', null],
		]);
		expect(reports.map((r) => r.sentence)).toEqual(['Kent was judged inadequate by Ofsted.', 'Kent was rated inadequate, the report said.', 'Rated inadequate in March, Kent...']);
	});

	it('gives every article of the bundled corpus’s merged lines, the ×N the timeline shows', () => {
		const data = bundledData();
		for (const line of timeline(data)) {
			const articles = new Set(line.sources.map((s) => s.articleId)).size;
			const reports = lineReports(data, line);
			expect(reports, line.id).toHaveLength(articles);
			for (const r of reports) expect(r.sentence.length, line.id).toBeGreaterThan(10);
		}
		const jan = timeline(data).find((l) => l.type === 'inspection-judgement' && l.date.value === '2019-01')!;
		// ~Feb 2019 (month only) sorts at the start of its month, before 1 February; the undated article last.
		expect(lineReports(data, jan).map((r) => [r.articleId, r.date])).toEqual([
			['001_43f7d8f676f271e4', '~Feb 2019'],
			['000_a503623955de7664', '2019-02-01'],
			['002_2faa4e66540421cf', 'undated'],
		]);
	});
});

describe('the citation of a report', () => {
	it('cites the report’s article at its paragraph, with the whole title; nothing without a report', () => {
		const data = emptyStore('t');
		data.articles.push(article('a1', {title: 'Kent rated inadequate', paragraphs: ['Intro.', 'Kent was rated inadequate.'], published: day('2020-03-02'), source: 'Kent Online', url: 'https://example.org/kent'}));
		const report = {articleId: 'a1', paragraph: 2, alsoIn: [], title: 'Kent rated inadequate', file: 'a1.txt', publication: 'Kent Online', date: '2020-03-02', sentence: 'Kent was rated inadequate.'};
		expect(reportCitation(data, report)?.text).toBe('Kent rated inadequate, Kent Online, 2020-03-02, para 2, https://example.org/kent');
		expect(reportCitation(data, undefined)).toBeNull();
		expect(reportCitation(data, {...report, articleId: 'gone'})).toBeNull();
	});
});

describe('the comparison’s lines', () => {
	const data = bundledData();
	const m = comparePair(data, ['Blackpool', 'North East Lincolnshire'])!;

	it('lists both sides’ lines in date order, each with its side and count of articles', () => {
		const items = compareLineItems(m, false);
		expect(items).toHaveLength(m.leftEvents.length + m.rightEvents.length);
		const dated = items.filter((i) => i.line.date.value !== null).map((i) => i.line.date.value!);
		expect(dated.slice(0, 2)).toEqual(['2012-07', '2015']);
		expect(items.filter((i) => i.side === 'right').every((i) => i.authority === 'North East Lincolnshire' && i.label.startsWith('NEL: '))).toBe(true);
		expect(items.find((i) => i.line.date.value === '2019-01')!.articles).toBe(3);
	});

	it('narrows by the words typed, the authority’s full name included', () => {
		const items = compareLineItems(m, false);
		expect(filterLineItems(items, 'lincolnshire').every((i) => i.side === 'right')).toBe(true);
		expect(filterLineItems(items, 'blackpool judgement inadequate').map((i) => i.line.date.value)).toContain('2019-01');
		expect(filterLineItems(items, '')).toEqual(items);
	});
});
