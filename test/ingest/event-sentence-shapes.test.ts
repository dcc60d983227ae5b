/**
 * Sentence shapes that blind readings of real pages showed: where an event's date comes from when the sentence holds
 * another one (a deadline of a purpose, an inspection whose outcome the sentence gives, an inspection dated in the
 * sentence after it), a statistic beside a council's own grade, and words that name people rather than events.
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

type Events = ReturnType<typeof article>['events'];
const when = (d: Events[number]['date']) => (d.value === null ? 'undated' : (d.approximate ? '~' : '') + d.value);
const brief = (published: string, ...paragraphs: string[]) => article(published, 'Children’s services in Rutland are under scrutiny.', ...paragraphs).events.map((e) => `${e.type}${e.rating ? ` ${e.rating}` : ''} ${when(e.date)}`);

test('"a board to oversee its plan by June 2025": the deadline is the plan’s, not the board’s date', () => {
	const events = brief('2025-02-10', 'The notice requires Rutland County Council to keep an improvement board to oversee its plan by June 2025.');
	expect(events.filter((e) => e.startsWith('improvement-board'))).toEqual(['improvement-board ~2025-02-10']);
	// A plan due by a date is still that plan's date.
	expect(brief('2025-02-10', 'Rutland must submit an improvement plan by the end of March.')).toContain('improvement-plan 2025-03');
	expect(brief('2025-02-10', 'Rutland’s improvement plan is to be submitted by June 2025.')).toContain('improvement-plan 2025-06');
});

test('"The inspection in May 2016 resulted in a rating of good": history, dated about the inspection', () => {
	expect(brief('2019-10-01', 'The inspection in May 2016 resulted in a rating of good for Bolton.')).toContain('inspection-judgement good ~2016-05');
	expect(brief('2019-10-01', 'An inspection of Bolton’s services in March 2014, resulted in a judgement of inadequate.')).toContain('inspection-judgement inadequate ~2014-03');
	// A recent one is the news of the day, dated by the article.
	expect(brief('2016-07-01', 'The inspection in May 2016 resulted in a rating of good for Bolton.')).toContain('inspection-judgement good ~2016-07-01');
});

test('"promised to accelerate its improvement plans": plans in the plural are the council’s plan', () => {
	expect(brief('2019-10-01', 'Rutland County Council has promised to accelerate its improvement plans following the inspection.')).toContain('improvement-plan ~2019-10-01');
});

test('"a joint inspection ... It started on 3 March": the inspection dated by the sentence after it', () => {
	expect(brief('2024-04-20', 'Ofsted took part in a joint inspection of child protection in Bolton. It started on 3 March and was completed on 14 March 2024.')).toContain('inspection-visit 2024-03-03');
	// A council that "began" something is not an inspection.
	expect(brief('2024-04-20', 'Bolton council was inspected last year. It began a new plan in June.').filter((e) => e.startsWith('inspection-visit 2023-06') || e.startsWith('inspection-visit 2024-06'))).toEqual([]);
	// Nor is the report the sentence before named.
	expect(brief('2024-04-20', 'The council published its inspection report. It began in earnest last week.').filter((e) => e.startsWith('inspection-visit'))).toEqual([]);
});

test('"will deliver her verdict to the minister by 12 December": "to" a person is no purpose, the date stays the report’s', () => {
	expect(brief('2022-10-10', 'Rutland’s commissioner, Jo Brazil, will deliver her verdict to the education secretary by 12 December.')).toContain('commissioner-report 2022-12-12');
	expect(brief('2022-10-10', 'The commissioner will report to Rutland by 30 November.')).toContain('commissioner-report 2022-11-30');
});

test('"60 per cent of councils have been judged inadequate, and Wigan was rated good": the statistic is others\u2019, the grade Wigan\u2019s', () => {
	const events = brief('2019-05-01', 'Nationally, 60 per cent of councils have been judged inadequate or requiring improvement, and Wigan Council was rated good.');
	expect(events.filter((e) => e.startsWith('inspection-judgement'))).toEqual([expect.stringMatching(/^inspection-judgement good /)]);
	// The statistic alone gives no grade to anyone.
	expect(brief('2019-05-01', 'Nationally, 60 per cent of councils have been judged inadequate or requiring improvement.').filter((e) => e.startsWith('inspection-judgement'))).toEqual([]);
});

test('"take back services from government-appointed commissioners": who they are, not an appointment', () => {
	expect(brief('2019-05-01', 'Stockport Council is to take back the running of some services from government-appointed commissioners.').filter((e) => e.startsWith('commissioner-appointed'))).toEqual([]);
	expect(brief('2019-05-01', 'The plan was agreed with the government appointed commissioner, Jo Bloggs.').filter((e) => e.startsWith('commissioner-appointed'))).toEqual([]);
	expect(brief('2019-05-01', 'The government has appointed a commissioner for Stockport.').filter((e) => e.startsWith('commissioner-appointed'))).toHaveLength(1);
});

test('"the watchdog found services had deteriorated", "inspectors monitoring the service said": a report and a visit', () => {
	const events = brief('2021-05-01', 'In November 2019, the watchdog found Wigan Council’s children’s services had deteriorated.', 'In March last year inspectors monitoring Wigan’s service said it was still improving.');
	expect(events).toContain('inspection-judgement ~2019-11');
	expect(events).toContain('inspection-visit 2020-03');
});

test('"cabinet member for children since 2012, offered to stand down": a time in post starts no history for the next sentence', () => {
	const events = brief('2015-07-08', 'Rutland’s children’s services have been rated inadequate.', 'The director, Amy Roe, and Cllr Dan Ash, cabinet member for children since 2012, both offered to stand down after the report was published.', 'The council leader declined to accept either offer.');
	expect(events).toContain('resignation-refused ~2015-07-08');
	// A year the history tells still carries on: "In 2012 the council was rated inadequate. The director resigned."
	expect(brief('2015-07-08', 'In 2012 Ofsted rated Rutland inadequate.', 'The director resigned weeks later.')).toContain('resignation ~2012');
});
