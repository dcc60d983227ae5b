/**
 * Which lines count as a response, and how the comparison says them: a plan is not yet a response; a refusal of
 * the thing itself is none; but a defeated no-confidence vote was a vote held, and a call to resign that was
 * rejected was a call, and a refusal to go. Hand-built store: Testshire, rated inadequate on 17 January 2019.
 */
import {describe, expect, test} from 'vitest';
import {cohort} from '../source/corpus/cohort.js';
import {compareRows, compareSide} from '../source/corpus/compare.js';
import {countsAsResponse, isResponseOf} from '../source/corpus/compare-responses.js';
import {emptyStore, type CorpusEvent, type StoreData} from '../source/corpus/schema.js';
import {timeline} from '../source/corpus/queries.js';
import {runBuilt, storeWithArticle, tempStore} from './helpers/cli.js';
import {article, day, event} from './ui/fixtures.js';

const A = 'Testshire';

function store(...events: CorpusEvent[]): StoreData {
	const data = emptyStore('hand-built');
	data.articles.push(article('a1', {authorities: [A], published: day('2019-02-08'), paragraphs: ['p1', 'p2', 'p3']}));
	data.events.push({id: 'o1', date: day('2019-01-17'), authority: A, type: 'inspection-judgement', rating: 'inadequate', summary: 'Ofsted judgement inadequate', sources: [], origin: 'ofsted'}, ...events);
	return data;
}

const src = (paragraph: number) => ({articleId: 'a1', paragraph, sources: [{articleId: 'a1', paragraph}]});
const about = (name: string) => [{name, role: 'about' as const}];

/** The comparison's cell for a row, Testshire on the left. */
function cell(data: StoreData, label: string): string {
	const side = compareSide(data, A);
	return compareRows(side, side).find((r) => r.label === label)!.left;
}

describe('a no-confidence vote that was defeated', () => {
	// "A motion of no confidence in the leader was defeated on Thursday": the timeline has it as refused.
	const data = store(event('v1', {authority: A, type: 'no-confidence-vote', status: 'refused', date: day('2019-02-07'), participants: about('Arlo Penvenn'), ...src(1)}));

	test('is a vote held: dated, timed from the judgement, and says it was defeated', () => {
		expect(cell(data, 'no-confidence vote')).toBe('2019-02-07, 21 days after: concerning Arlo Penvenn (held; the motion was defeated)');
		expect(compareSide(data, A).responses['no-confidence-vote']).toMatchObject({status: 'happened', outcome: 'defeated', months: 0.7});
	});

	test('is never told as a plan still to come', () => {
		expect(cell(data, 'no-confidence vote')).not.toMatch(/not yet a response|refused for/);
	});

	test('counts in the cohort', () => {
		expect(cohort(data).rows.find((r) => r.type === 'no-confidence-vote')).toMatchObject({episodes: 1, median: 0.7});
	});
});

describe('a call to resign that was rejected', () => {
	// "Calls for the leader to resign were rejected by the ruling group."
	const data = store(event('c1', {authority: A, type: 'resignation-call', status: 'refused', date: day('2019-02-07'), participants: about('Arlo Penvenn'), ...src(2)}));

	test('was a call, said as rejected', () => {
		expect(cell(data, 'calls to resign')).toBe('2019-02-07, 21 days after: a call for Arlo Penvenn to resign (rejected)');
	});

	test('is a refusal to go', () => {
		expect(cell(data, 'refused to go')).toBe('2019-02-07, 21 days after: a call for Arlo Penvenn to resign, rejected');
		const [line] = timeline(data, {types: ['resignation-call']});
		expect(isResponseOf(line!, 'resignation-refused')).toBe(true);
		expect(countsAsResponse(line!, 'resignation-refused')).toBe(true);
	});

	test('counts in the cohort as both', () => {
		const rows = cohort(data).rows;
		expect(rows.find((r) => r.type === 'resignation-call')).toMatchObject({episodes: 1});
		expect(rows.find((r) => r.type === 'resignation-refused')).toMatchObject({episodes: 1});
	});

	test('a resignation refused is still preferred as the refusal when it comes first', () => {
		const both = store(
			event('r1', {authority: A, type: 'resignation', status: 'refused', date: day('2019-02-01'), participants: [{name: 'Arlo Penvenn', role: 'by'}], ...src(3)}),
			event('c1', {authority: A, type: 'resignation-call', status: 'refused', date: day('2019-02-07'), participants: about('Arlo Penvenn'), ...src(2)}),
		);
		expect(cell(both, 'refused to go')).toBe('2019-02-01, 15 days after: Arlo Penvenn refused to resign');
	});
});

describe('a refusal of the thing itself', () => {
	// "The minister declined to appoint a commissioner."
	const data = store(event('m1', {authority: A, type: 'commissioner-appointed', status: 'refused', date: day('2019-02-07'), ...src(3)}));

	test('is said as refused and no response, never as a date planned', () => {
		expect(cell(data, 'commissioner appointed')).toBe('refused 2019-02-07 (not a response)');
		expect(cohort(data).rows.find((r) => r.type === 'commissioner-appointed')).toMatchObject({episodes: 0});
	});
});

describe('the built program, on the bundled store with an article about a defeated vote', () => {
	test('compare says the vote was held and defeated, cited, in --json and --md', () => {
		const file = storeWithArticle(
			'title: Leader keeps his seat after confidence motion\ndate: 2019-02-08\nsource: Northshire Courier\nauthority: Blackpool\n\nA motion of no confidence in the Blackpool Council leader Arlo Penvenn was defeated at a full council meeting on Thursday.\n\nOpposition member Wren Tallis said: "We will keep asking questions."\n',
		);
		const r = runBuilt(['compare', 'blackpool', 'NE Lincolnshire', '--json', '--db', file]);
		expect(r.status, r.stderr).toBe(0);
		const row = (JSON.parse(r.stdout) as {rows: {label: string; left: string; citations: {left: {text: string}[]}}[]}).rows.find((x) => x.label === 'no-confidence vote')!;
		// "on Thursday" before Friday 8 February: the 7th.
		expect(row.left).toMatch(/^2019-02-07, .* after: .*\(held; the motion was defeated\)$/);
		expect(row.left).not.toMatch(/not yet a response|refused for/);
		expect(row.citations.left[0]!.text).toMatch(/Northshire Courier, 2019-02-08, para 1$/);
		const md = runBuilt(['compare', 'blackpool', 'NE Lincolnshire', '--md', '--db', file]).stdout;
		expect(md).toMatch(/\| no-confidence vote \| 2019-02-07, [^|]*defeated\) \[\d+\] \|/);
	});
});

describe('a plan the text gives no date for', () => {
	test('is not told as planned for the reporting article\'s month', () => {
		// "A new oversight board is to be set up", in an article of 8 February 2019: dated by the article alone.
		const byArticle = {value: '2019-02', precision: 'month' as const, approximate: true, basis: 'no date in the text; reported in the article of 2019-02-08'};
		const data = store(event('b1', {authority: A, type: 'improvement-board', status: 'planned', date: byArticle, ...src(1)}));
		expect(cell(data, 'improvement board')).toBe('planned (no date given; reported ~Feb 2019; not yet a response)');
		expect(compareSide(data, A).responses['improvement-board']).toMatchObject({status: 'planned', dateOnlyReported: true});
	});

	test('one the text dates keeps its date', () => {
		// "A vote will be held in February": the sentence schedules it.
		const inFebruary = {value: '2019-02', precision: 'month' as const, approximate: false, basis: "'in February', after the article's date 2019-01-27 (the sentence schedules it)"};
		const data = store(event('v1', {authority: A, type: 'no-confidence-vote', status: 'planned', date: inFebruary, ...src(1)}));
		expect(cell(data, 'no-confidence vote')).toBe('planned for Feb 2019 (not yet a response)');
	});

	test('read from an article by the real import: the board the bundled store\'s 2022 article says "is to be set up"', () => {
		const r = runBuilt(['compare', 'blackpool', 'NE Lincolnshire', '--json', '--db', tempStore().store]);
		const row = (JSON.parse(r.stdout) as {rows: {label: string; right: string}[]}).rows.find((x) => x.label === 'improvement board')!;
		expect(row.right).toBe('planned (no date given; reported ~Jan 2022; not yet a response)');
	});
});
