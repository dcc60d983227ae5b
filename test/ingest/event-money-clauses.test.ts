/**
 * Money and reported clauses: a second sum told after "and another", a sum "that had been set aside" after a plan
 * told with a deadline, and the budget for a financial year set at a named meeting. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

type Events = ReturnType<typeof article>['events'];
const when = (d: Events[number]['date']) => (d.value === null ? 'undated' : (d.approximate ? '~' : '') + d.value);
const funding = (published: string, text: string) =>
	article(published, text).events.filter((e) => e.type === 'funding').map((e) => `${e.status ?? 'happened'} ${when(e.date)}`);

test('"an extra £2m this year and another £1m will follow in April": two sums, one spent and one to come', () => {
	expect(funding('2015-07-08', 'Rutland County Council has put an extra £2.1m into its front door this year and another £1.4m will follow in April.')).toEqual(['happened 2015', 'planned ~2016-04']);
	// One sum told twice is still one.
	expect(funding('2015-07-08', 'Rutland County Council has put an extra £2.1m, the £2.1m promised in March, into its front door.')).toHaveLength(1);
});

test('"said a plan would be sent within 70 days and that £3m had been set aside": the money is not the plan’s', () => {
	const events = article('2024-04-03', 'Rutland County Council’s leader said an improvement plan would be sent to Ofsted within 70 working days and that £3.5m had been set aside to stabilise the workforce.').events;
	expect(events.filter((e) => e.type === 'funding').map((e) => `${e.status ?? 'happened'} ${when(e.date)}`)).toEqual(['happened ~2024-04-03']);
	expect(events.filter((e) => e.type === 'improvement-plan').map((e) => e.status)).toEqual(['planned']);
});

test('"The budget for 2019/20 will be set at full council in February": a plan for February, not the budget’s year', () => {
	expect(funding('2018-09-07', 'Rutland County Council’s budget for 2019/20 will be set at a full council meeting in February.')).toEqual(['planned 2019-02']);
	// With no other date, the year the budget is for is all the text gives.
	expect(funding('2018-09-07', 'Rutland County Council’s budget for 2019/20 is to be agreed.')).toEqual(['planned ~2019']);
});
