/**
 * The inspectorate's judgement told inside a quotation with when it was given (quoted-facts.ts): a minister's letter's
 * "Ofsted's re-inspection last autumn judged services to 'Require improvement to be good'" is history the letter
 * states. Beside them, quoted hopes, fears, conditions and claims with no time of judging, which stay the speaker's.
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const judgements = (published: string, ...text: string[]) =>
	article(published, ...text)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}`);

test('a quoted judgement of the inspectorate, told with when it was given, is a judgement', () => {
	expect(judgements('2023-03-22', 'In his letter to Wigan Council the minister wrote: "I note that Ofsted’s re-inspection last autumn judged services to be good, and that monitoring visits before it found sustained progress."')).toEqual(['good 2022']);
	expect(judgements('2023-03-22', 'The director told councillors: "Inspectors in March 2019 rated Rochdale’s service inadequate, and we have worked every day since to turn it round."')).toEqual(['inadequate 2019-03']);
	expect(judgements('2023-03-22', 'The minister said: "Ofsted’s full inspection in 2021 judged Oldham’s services to require improvement, and the council has built on that since."')).toEqual(['requires improvement 2021']);
	expect(judgements('2023-03-22', 'Cllr Ahmed said: "Ofsted last summer judged Bolton’s children’s services good, and families say so too."')).toEqual(['good 2022']);
	expect(judgements('2023-03-22', 'The letter reads: "The inspectorate in 2018 rated Stockport’s services for children outstanding in every area."')).toEqual(['outstanding 2018']);
	expect(judgements('2023-03-22', 'The chief executive wrote: "Ofsted’s latest inspection in November 2022 judged Salford’s services good overall."').map((r) => r.split(' ')[0])).toEqual(['good']);
});

test('a quoted hope, fear, condition or claim about a grade stays the speaker’s', () => {
	expect(judgements('2023-03-22', 'The leader said: "I hope Ofsted will judge Wigan’s services good when inspectors return next year."')).toEqual([]);
	expect(judgements('2023-03-22', 'The director said: "If Ofsted had judged us inadequate in 2019, ministers would have sent in a commissioner."')).toEqual([]);
	expect(judgements('2023-03-22', 'Cllr Shaw said: "I think Ofsted would rate Bolton’s services good if it came tomorrow."')).toEqual([]);
	expect(judgements('2023-03-22', 'The opposition leader said: "Our children deserve services that are good, not just adequate."')).toEqual([]);
	expect(judgements('2023-03-22', 'The director said: "Inspectors could find Oldham’s services inadequate this summer if nothing changes."')).toEqual([]);
	expect(judgements('2023-03-22', 'Cllr Patel said: "Good councils across the country have been rated outstanding in 2022, and we should learn from them."')).toEqual([]);
});
