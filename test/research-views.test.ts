/**
 * The comparison's questions on small stores built by hand, with the fields the extraction fills (status,
 * service, inspectorate): episodes, plans never counted as a response, refusals in words, official judgements
 * merged with undated press reports of them, and one definition of each count.
 */
import {describe, expect, test} from 'vitest';
import {compareRows, compareSide} from '../source/corpus/compare.js';
import {describeQuoteTally, eventTallies, quoteCountCell} from '../source/corpus/counts.js';
import {dashboard} from '../source/corpus/dashboard.js';
import {episodes} from '../source/corpus/episodes.js';
import {listArticles, listPeople, summary, timeline} from '../source/corpus/queries.js';
import {emptyStore, type CorpusEvent, type StoreData} from '../source/corpus/schema.js';
import {article, day, event, person, quote} from './ui/fixtures.js';

function official(id: string, authority: string, date: string, rating?: CorpusEvent['rating']): CorpusEvent {
	return {id, date: day(date), authority, type: 'inspection-judgement', ...(rating ? {rating} : {}), summary: `Ofsted judgement ${rating ?? 'not recorded'}`, sources: [], origin: 'ofsted'};
}

/** Testshire: inadequate 2012, good 2015; inadequate again 17 Jan 2019, requires improvement 1 Feb 2023. */
function twoEpisodes(): StoreData {
	const data = emptyStore('hand-built');
	const A = 'Testshire';
	data.articles.push(
		article('a1', {authorities: [A], published: day('2012-09-01'), paragraphs: ['p1', 'p2']}),
		article('a2', {authorities: [A], published: day('2019-02-01'), paragraphs: ['p1', 'p2', 'p3']}),
		article('a3', {authorities: [A], published: day('2022-01-27'), paragraphs: ['p1']}),
	);
	const src = (articleId: string, paragraph = 1) => ({articleId, paragraph, sources: [{articleId, paragraph}]});
	data.events.push(
		official('o1', A, '2012-07-13', 'inadequate'),
		official('o2', A, '2015-03-02', 'good'),
		official('o3', A, '2019-01-17', 'inadequate'),
		official('o4', A, '2023-02-01', 'requires improvement'),
		event('e1', {authority: A, type: 'improvement-notice', date: day('2012-08'), ...src('a1')}),
		event('e2', {authority: A, type: 'resignation-call', date: day('2019-02-01'), participants: [{name: 'Ann Other', role: 'by'}, {name: 'Sam Leader', role: 'about'}], ...src('a2')}),
		// "Sam Leader refused to resign": a resignation whose status is refused
		event('e3', {authority: A, type: 'resignation', status: 'refused', date: day('2019-02-01'), participants: [{name: 'Sam Leader', role: 'by'}], ...src('a2', 2)}),
		// "a no-confidence vote will be held in February": planned, never the response
		event('e4', {authority: A, type: 'no-confidence-vote', status: 'planned', date: day('2022-02'), ...src('a3')}),
		// "a commissioner is due to be appointed this month" (planned), then one appointed in March (happened)
		event('e5', {authority: A, type: 'commissioner-appointed', status: 'planned', date: day('2019-02'), ...src('a2', 3)}),
		event('e6', {authority: A, type: 'commissioner-appointed', date: day('2019-03-20'), ...src('a2', 3)}),
		// a youth justice inspection: on the timeline, not a children's services judgement
		event('e7', {authority: A, type: 'inspection-judgement', rating: 'inadequate', service: 'youth justice', inspectorate: 'HM Inspectorate of Probation', date: day('2018-12'), ...src('a2', 2)}),
	);
	return data;
}

describe('episodes', () => {
	const data = twoEpisodes();
	const lines = timeline(data);

	test('each inadequate judgement and what followed until the next better rating', () => {
		const eps = episodes(lines);
		expect(eps.map((e) => [e.judgement.id, e.end?.id ?? null])).toEqual([
			['o1', 'o2'],
			['o3', 'o4'],
		]);
	});

	test('a youth justice inspection opens no episode; a later inadequate judgement opens one, ending the one before', () => {
		const more = twoEpisodes();
		more.events.push(official('o5', 'Testshire', '2020-06-01', 'inadequate'));
		const eps = episodes(timeline(more));
		expect(eps.map((e) => [e.judgement.id, e.end?.id ?? null, e.endKind])).toEqual([
			['o1', 'o2', 'better'],
			['o3', 'o5', 'again'],
			['o5', 'o4', 'better'],
		]);
		const side = compareSide(more, 'Testshire', {episode: 1});
		expect(side.responses['next-better-rating']).toBeUndefined();
		expect(side.recovery).toBe("none known: rated 'inadequate' again 2020-06-01");
	});

	test('the comparison reads the latest episode by default and the one asked for', () => {
		const latest = compareSide(data, 'Testshire');
		expect(latest.inadequateDate).toBe('2019-01-17');
		expect(latest.episodes).toEqual(['2012-07-13 – 2015-03-02', '2019-01-17 – 2023-02-01']);
		expect(latest.responses['improvement-notice']).toBeUndefined();
		const first = compareSide(data, 'Testshire', {episode: 0});
		expect(first.inadequateDate).toBe('2012-07-13');
		// 13 Jul 2012 to Aug 2012: 1 Aug - 13 Jul = 19 days, 31 Aug - 13 Jul = 49 days
		expect(first.responses['improvement-notice']).toMatchObject({date: 'Aug 2012', elapsed: '3-7 weeks after'});
		// 13 Jul 2012 to 2 Mar 2015: 962 days, 31.6 months
		expect(first.responses['next-better-rating']).toMatchObject({date: '2015-03-02', elapsed: '32 months after'});
		expect(first.responses['resignation-call']).toBeUndefined();
	});
});

describe('status: only what happened is a response', () => {
	const data = twoEpisodes();
	const side = compareSide(data, 'Testshire');
	const rows = compareRows(side, side);
	const row = (label: string) => rows.find((r) => r.label === label)!.left;

	test('a planned appointment is passed over for the one that happened', () => {
		// 17 Jan to 20 Mar 2019: 62 days
		expect(side.responses['commissioner-appointed']).toMatchObject({status: 'happened', date: '2019-03-20', elapsed: '62 days after'});
	});

	test('a plan with nothing done is said as a plan', () => {
		const first = compareSide(data, 'Testshire', {episode: 1});
		expect(first.responses['no-confidence-vote']).toMatchObject({status: 'planned', date: 'Feb 2022'});
		expect(row('no-confidence vote')).toBe('planned for Feb 2022 (not yet a response)');
	});

	test('a refusal to resign is said in words', () => {
		expect(row('refused to go')).toBe('2019-02-01, 15 days after: Sam Leader refused to resign');
		expect(row('calls to resign')).toBe('2019-02-01, 15 days after: Ann Other called for Sam Leader to resign');
		expect(row('resigned')).toBe('missing');
	});

	test('the timeline keeps planned and done apart', () => {
		const appointments = timeline(data, {types: ['commissioner-appointed']});
		expect(appointments.map((e) => [e.date.value, e.status ?? 'happened'])).toEqual([
			['2019-02', 'planned'],
			['2019-03-20', 'happened'],
		]);
	});

	test("only children's services judgements in the judgement row and the dashboard's strip", () => {
		expect(row('judgements')).not.toMatch(/Dec 2018/);
		expect(row('other inspections')).toBe('Dec 2018 youth justice (HM Inspectorate of Probation): inadequate');
		const board = dashboard(data).authorities[0]!;
		expect(board.judgements.map((j) => j.year)).toEqual([2012, 2015, 2019, 2023]);
		expect(board.latestRating).toMatchObject({rating: 'requires improvement'});
	});
});

describe('an undated press report of a rating joins the official judgement it reports, when only one can be it', () => {
	function store(officials: CorpusEvent[], published: string): StoreData {
		const data = emptyStore('merge');
		data.articles.push(article('n1', {authorities: ['Testshire'], published: day(published), paragraphs: ['It was rated good.']}));
		data.events.push(...officials, event('r1', {authority: 'Testshire', type: 'inspection-judgement', rating: 'good', date: day(null), articleId: 'n1', paragraph: 1, sources: [{articleId: 'n1', paragraph: 1}]}));
		return data;
	}
	const undatedLeft = (data: StoreData) => timeline(data).filter((e) => e.date.value === null).length;

	test('one good judgement 10 months before the article: merged', () => {
		const data = store([official('o1', 'Testshire', '2018-05-01', 'inadequate'), official('o2', 'Testshire', '2019-04-10', 'good')], '2020-02-01');
		const lines = timeline(data);
		expect(undatedLeft(data)).toBe(0);
		expect(lines.find((e) => e.id === 'o2')!.sources).toEqual([{articleId: 'n1', paragraph: 1}]);
	});

	test('two good judgements within 18 months: ambiguous, left alone', () => {
		const data = store([official('o1', 'Testshire', '2019-01-10', 'good'), official('o2', 'Testshire', '2019-12-10', 'good')], '2020-02-01');
		expect(undatedLeft(data)).toBe(1);
	});

	test('a good judgement after the article cannot be the one it reports', () => {
		const data = store([official('o1', 'Testshire', '2020-03-01', 'good')], '2020-02-01');
		expect(undatedLeft(data)).toBe(1);
	});

	test('another authority’s judgement, or another rating, is never it', () => {
		expect(undatedLeft(store([official('o1', 'Elsewhere', '2019-06-01', 'good')], '2020-02-01'))).toBe(1);
		expect(undatedLeft(store([official('o1', 'Testshire', '2019-06-01', 'requires improvement')], '2020-02-01'))).toBe(1);
	});

	test('older than 18 months: only when it is the one official report that could be it, whose grade it then gives', () => {
		const data = store([official('o1', 'Testshire', '2012-07-13', 'inadequate'), official('o2', 'Testshire', '2014-09-08')], '2019-02-01');
		const lines = timeline(data);
		expect(undatedLeft(data)).toBe(0);
		expect(lines.find((e) => e.id === 'o2')).toMatchObject({reportedRating: 'good'});
		// Two ungraded reports: either could be it.
		expect(undatedLeft(store([official('o1', 'Testshire', '2012-07-13'), official('o2', 'Testshire', '2014-09-08')], '2019-02-01'))).toBe(1);
	});
});

describe('one definition of each count', () => {
	function counted(): StoreData {
		const data = twoEpisodes();
		const sam = person('sam', 'Sam Leader', {authorities: ['Testshire']});
		const ann = person('ann', 'Ann Other', {authorities: ['Testshire']});
		data.people.push(sam, ann);
		data.quotes.push(
			quote('q1', 'a2', 1, 'We will fix this.', sam),
			quote('q2', 'a2', 2, 'a Poundland Donald Trump', ann, {fragment: true}),
			quote('q3', 'a2', 3, 'catastrophic failure', ann, {fragment: true}),
			quote('q4', 'a3', 1, 'utterly shameful', ann, {fragment: true}),
		);
		// A second report of the 2019 resignation call: one event with two reports.
		data.events.push(event('e2b', {authority: 'Testshire', type: 'resignation-call', date: day('2019-02'), articleId: 'a3', paragraph: 1, sources: [{articleId: 'a3', paragraph: 1}]}));
		return data;
	}

	test('an event is a timeline line: header, dashboard, chooser tallies and comparison agree', () => {
		const data = counted();
		const lines = timeline(data);
		// 11 records + e2b, which joins e2's line: 12 records, 11 lines
		expect(data.events).toHaveLength(12);
		expect(lines).toHaveLength(11);
		expect(summary(data).events).toBe(11);
		expect(dashboard(data).authorities[0]!.events).toBe(11);
		expect(eventTallies(lines).get('Testshire')).toEqual({lines: 11, press: 7, official: 4, curated: 0});
		expect(compareSide(data, 'Testshire').events).toBe(11);
	});

	test('quotes leave fragments out, and fragments are counted apart and said so', () => {
		const data = counted();
		expect(summary(data)).toMatchObject({quotes: 1, fragments: 3});
		const people = listPeople(data);
		expect(people.find((p) => p.name === 'Ann Other')).toMatchObject({quotes: 0, fragments: 3});
		expect(describeQuoteTally({quotes: 0, fragments: 3})).toBe('3 fragments');
		expect(describeQuoteTally({quotes: 1, fragments: 0})).toBe('1 quote');
		expect(describeQuoteTally({quotes: 2, fragments: 1})).toBe('2 quotes, 1 fragment');
		// A table's cell: never a bare 0 for someone quoted only in fragments.
		expect(quoteCountCell({quotes: 0, fragments: 3})).toBe('3 fr.');
		expect(quoteCountCell({quotes: 2, fragments: 1})).toBe('2');
		expect(quoteCountCell({quotes: 0, fragments: 0})).toBe('0');
		expect(listArticles(data).map((a) => [a.id, a.quotes, a.fragments])).toEqual([
			['a1', 0, 0],
			['a2', 1, 2],
			['a3', 0, 1],
		]);
		expect(compareSide(data, 'Testshire')).toMatchObject({quotes: 1, fragments: 3});
	});
});
