/**
 * Three readings of a date's tense that moved a day to the wrong side of the article:
 * - what "takes effect" or "comes into force" on a day is still to come, whatever was announced before it;
 * - "a plan to turn around ..." names a plan (a noun), not the future: the day it was backed or published is a past one;
 * - what a council "expects" in a season or a month is still to come, and a season the article is in (or just before)
 *   is this one, not last year's.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (text: string, published = '2025-03-12') => extractArticle(`title: Council news\ndate: ${published}\nauthority: Stockport Council\n\n${text}\n`, {today}).events;
const show = (text: string, published?: string) => JSON.stringify(events(text, published).map((e) => [e.type, e.status ?? 'happened', e.date.value, e.date.approximate]));
const has = (text: string, type: string, value: string, opts: {published?: string; status?: string} = {}) => {
	const e = events(text, opts.published).find((x) => x.type === type && x.date.value === value);
	expect(e, show(text, opts.published)).toBeDefined();
	if (opts.status) expect(e!.status ?? 'happened').toBe(opts.status);
};
const never = (text: string, type: string, value: string, published?: string) => {
	expect(events(text, published).filter((x) => x.type === type && x.date.value === value && !x.date.approximate), show(text, published)).toEqual([]);
};

describe('what takes effect on a day is still to come', () => {
	it('the resignation announced on Monday that takes effect on 31 December', () => {
		const text = "The resignation of Stockport's director of children's services, which the council announced on Monday, takes effect on 31 December.";
		expect(events(text).filter((e) => e.type === 'resignation' && e.date.value === '2024-12-31'), show(text)).toEqual([]);
		expect(events(text).filter((e) => e.type === 'resignation' && e.date.value?.startsWith('2025-12') && (e.status ?? 'happened') === 'happened'), show(text)).toEqual([]);
	});
	it('a resignation that takes effect on a named day is planned for it', () => {
		const text = "The resignation of Stockport's director of children's services takes effect on 30 June, the council confirmed.";
		has(text, 'resignation', '2025-06-30', {status: 'planned'});
		never(text, 'resignation', '2024-06-30');
	});
	it('a direction that comes into force later is not dated last year', () => never('The statutory direction issued to Stockport on Friday comes into force on 1 April.', 'improvement-notice', '2024-04-01'));
	it('a notice that takes effect later keeps the day it was issued', () => has('The improvement notice issued to Stockport on Friday takes effect on 1 April.', 'improvement-notice', '2025-03-07'));
	it('what took effect is past', () => has("The resignation of Stockport's director of children's services took effect on 30 January, the council confirmed.", 'resignation', '2025-01-30', {status: 'happened'}));
});

describe('a plan named as a noun does not move a past day forward', () => {
	it.each([
		["Cabinet members backed a plan to turn around children's services in Stockport on Tuesday.", 'improvement-plan', '2025-03-11'],
		["Stockport Council's cabinet approved an action plan to improve children's services on Monday.", 'improvement-plan', '2025-03-10'],
		["Stockport Council published its plan to tackle the failings in children's services on Monday.", 'improvement-plan', '2025-03-10'],
		["Stockport councillors signed off a plan to spend £2m more on children's social care on Tuesday.", 'funding', '2025-03-11'],
	])('%s', (text, type, value) => {
		has(text, type, value);
		never(text, type, value === '2025-03-11' ? '2025-03-18' : '2025-03-17');
	});
	it.each([
		["Stockport Council plans to publish its improvement plan for children's services on Tuesday.", 'improvement-plan', '2025-03-18'],
	])('the future still schedules: %s', (text, type, value) => has(text, type, value, {status: 'planned'}));
	it('a plan to be considered on Tuesday is not dated last Tuesday', () => never("Stockport Council's cabinet will consider a plan to turn around children's services on Tuesday.", 'improvement-plan', '2025-03-11'));
	it('a plan\'s own future date stays scheduled', () => has("Stockport Council's cabinet backed plans to close two children's homes in June.", 'other', '2025-06'));
});

describe('what is expected in a season or a month is still to come', () => {
	it.each([
		['Stockport Council expects Ofsted inspectors in the spring.', '2025-03-12', '2025'],
		['Stockport Council expects Ofsted inspectors in the spring.', '2025-05-02', '2025'],
		['Stockport Council expects Ofsted inspectors in the summer.', '2025-06-20', '2025'],
		['Stockport Council expects a monitoring visit from Ofsted in May.', '2025-03-12', '2025-05'],
		['Stockport Council is due a visit from Ofsted in June.', '2025-03-12', '2025-06'],
		["Stockport is expecting inspectors to arrive in the autumn.", '2025-08-28', '2025'],
		['Stockport Council expects Ofsted inspectors in the winter.', '2025-12-04', '2026'],
	])('%s (%s)', (text, published, value) => has(text, 'inspection-visit', value, {published, status: 'planned'}));
	it.each([
		['Ofsted inspectors returned to Stockport in the spring.', '2025-03-12', '2024'],
		['Ofsted inspectors visited Stockport in the summer.', '2025-10-12', '2025'],
		["Inspectors visited Stockport in May, earlier than the council had expected.", '2025-03-12', '2024-05'],
	])('told as past: %s (%s)', (text, published, value) => has(text, 'inspection-visit', value, {published}));
});
