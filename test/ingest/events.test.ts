import {describe, expect, test} from 'vitest';
import {isAfter, statedDate} from '../../source/corpus/date-value.js';
import {summarise} from '../../source/ingest/events.js';
import {article} from './article.js';

const published = '2024-03-14'; // a Thursday
const lede = 'Bury Council’s children’s services are under scrutiny.';
const events = (...paragraphs: string[]) => article(published, lede, ...paragraphs).events;
/** "type[/rating] value" with a leading '~' for an approximate date; "undated" when there is none. */
const brief = (...paragraphs: string[]) =>
	events(...paragraphs).map((e) => `${e.type}${e.rating ? `/${e.rating}` : ''} ${e.date.value === null ? 'undated' : (e.date.approximate ? '~' : '') + e.date.value}`);

describe('one sentence, one event of each type', () => {
	test('the lede alone reports nothing', () => {
		expect(events()).toEqual([]);
	});

	test.each([
		['Ofsted has judged the service inadequate after a two-week inspection.', 'inspection-judgement/inadequate'],
		["Inspectors judged the service 'requires improvement to be good'.", 'inspection-judgement/requires improvement'],
		['Neighbouring Wigan Council was rated outstanding by Ofsted in 2022.', 'inspection-judgement/outstanding'],
		['Ofsted inspectors carried out a monitoring visit in January.', 'inspection-visit'],
		['Opposition councillors have called on the leader to resign.', 'resignation-call'],
		['The leader has refused to stand down.', 'resignation-refused'],
		['The director of children’s services has resigned.', 'resignation'],
		['The director of children’s services resigned in June.', 'resignation'],
		['Councillors will debate a motion of no confidence in the leader.', 'no-confidence-vote'],
		['The Education Secretary has appointed a commissioner to review the service.', 'commissioner-appointed'],
		['The commissioner is expected to report back to ministers by the summer.', 'commissioner-report'],
		['The Government has issued the council with an improvement notice.', 'improvement-notice'],
		['The improvement notice has now been lifted.', 'improvement-notice-lifted'],
		['An improvement board, with an independent chair, will meet monthly.', 'improvement-board'],
		['Officers have drawn up a recovery plan.', 'improvement-plan'],
		['The council will spend an extra £4.2m on social workers.', 'funding'],
	])('%j → %s', (sentence, expected) => {
		expect(events(sentence).map((e) => e.type + (e.rating ? `/${e.rating}` : ''))).toEqual([expected]);
	});

	test('an event names another authority only where its sentence does', () => {
		expect(events('Neighbouring Wigan Council was rated outstanding by Ofsted in 2022.', 'The leader has refused to stand down.').map((e) => e.authority)).toEqual(['Wigan', 'Bury']);
	});

	test.each([
		['what someone says happened', 'Cllr Ann Lee said: “Ofsted rated us inadequate in 2022 and a commissioner was appointed.”'],
		['an aim', 'The council hopes to be rated good by the time inspectors return.'],
	])('no judgement from %s', (_label, sentence) => {
		expect(events(sentence).filter((e) => e.type === 'inspection-judgement')).toEqual([]);
	});

	test('who called for whom to go', () => {
		expect(events('Labour called for Cllr Ann Lee to resign on Wednesday.')[0]?.participants).toEqual([
			{name: 'Labour', role: 'by'},
			{name: 'Ann Lee', role: 'about'},
		]);
	});

	test('one event reported in two paragraphs is one event', () => {
		const [e, ...rest] = events('Cllr Ann Lee has resigned as leader.', 'Cllr Ann Lee resigned as leader after the vote.');
		expect(rest).toEqual([]);
		expect(e).toMatchObject({type: 'resignation', paragraph: 2, alsoIn: [3]});
	});
});

describe('dates reckoned from the article’s own date', () => {
	test.each([
		['Councillors called for the leader to resign on Wednesday.', 'resignation-call 2024-03-13'],
		['The council was issued with an improvement notice last month.', 'improvement-notice 2024-02'],
		['Ofsted inspectors visited in May.', 'inspection-visit 2023-05'],
		['A no-confidence motion against the leader is to be debated in April.', 'no-confidence-vote 2024-04'],
		['Ofsted’s report, which came out on Tuesday, graded the service inadequate.', 'inspection-judgement/inadequate 2024-03-12'],
		// News without a date of its own takes the article's date, approximately; a plan only its month.
		['The director of children’s services has resigned.', 'resignation ~2024-03-14'],
		['An improvement board will be set up to oversee the work.', 'improvement-board ~2024-03'],
	])('%j → %s', (sentence, expected) => {
		expect(brief(sentence)).toEqual([expected]);
	});

	test('a judgement without a date told as history stays undated', () => {
		expect(brief('Children’s services in Bury were previously rated good.')).toEqual(['inspection-judgement/good undated']);
	});

	test('a judgement told as the article’s news takes the article’s date, approximately, and says so', () => {
		const [e] = events('Ofsted has branded the service inadequate.');
		expect(e?.date).toMatchObject({value: published, precision: 'day', approximate: true});
		expect(e?.date.basis).toMatch(/reported as news in the article of 2024-03-14/);
		const [today] = events('Ofsted has today published its verdict, rating the service inadequate.');
		expect(today?.date).toMatchObject({value: published, approximate: false});
	});

	test('nothing is dated after the article unless the text schedules it', () => {
		const [past] = events('Ofsted inspectors visited Bury in May 2024.');
		expect(past?.date.value).not.toBe('2024-05');
		expect(isAfter(past!.date, statedDate(published))).toBe(false);
		expect(brief('Ofsted will carry out a full inspection in May 2024.')).toEqual(['inspection-visit 2024-05']);
	});

	test('a scheduled visit is not merged into last month’s visit', () => {
		const visits = events('Ofsted inspectors visited the council last month.', 'Inspectors will return for a monitoring visit later this year.').filter((e) => e.type === 'inspection-visit');
		expect(visits.map((e) => e.paragraph)).toEqual([2, 3]);
		expect(visits[0]?.date.value).toBe('2024-02');
	});
});

describe('"a month after": reckoned from the previous sentence', () => {
	test('"It came a month after X": X is a month before the previous sentence’s date', () => {
		expect(brief('A commissioner was appointed in June 2023. The appointment came a month after an improvement notice was issued to the council.')).toEqual([
			'commissioner-appointed 2023-06',
			'improvement-notice 2023-05',
		]);
	});

	test('"Two months after X, Y": Y comes after X, never before it', () => {
		const appointed = events('Ofsted rated the council inadequate in May 2023. Two months after the judgement, a commissioner was appointed.').find((e) => e.type === 'commissioner-appointed');
		expect([null, '2023-07']).toContain(appointed?.date.value);
	});
});

describe('summarise', () => {
	const long =
		'The council, which has been under pressure from parents, campaigners, the local MP, the regional press, two neighbouring authorities and a string of former employees for many months, has finally been served with an improvement notice by the Department for Education after a long and difficult year of delays.';

	test.each([
		['But the board has met only twice.', 'The board has met only twice.'],
		['However, the notice remains in force.', 'The notice remains in force.'],
		['  the   board   met. ', 'The board met.'],
	])('%j → %j', (sentence, expected) => {
		expect(summarise(sentence)).toBe(expected);
	});

	test('a long sentence keeps its start when the event is near it', () => {
		const s = summarise(long, 4);
		expect(s.startsWith('The council, which')).toBe(true);
		expect(s.endsWith('…')).toBe(true);
		expect(s.length).toBeLessThanOrEqual(241);
	});

	test('a long sentence is cut to a window around the event’s words', () => {
		const s = summarise(long, long.indexOf('improvement notice'));
		expect(s.startsWith('…')).toBe(true);
		expect(s).toContain('served with an improvement notice');
		expect(s.length).toBeLessThanOrEqual(242);
	});
});
