/**
 * An event to come told by the span it is expected within: "A monitoring inspection is expected within 18 months",
 * "Inspectors are expected back within six months", "The plan is expected within 70 working days", "usually carried
 * out within 18 months", "can expect inspectors to return within three years", "with a full inspection expected in
 * around three years' time". Each beside near-misses with the same words that tell an event that happened: a visit
 * that "had been expected" and came, "sooner than expected", "as expected", inspectors who "returned within three
 * months". Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const lead = 'Children’s services in the borough are under the spotlight again.';
/** "type status" of each event of `type`. */
const told = (type: string, published: string, ...text: string[]) =>
	article(published, lead, ...text).events.filter((e) => e.type === type).map((e) => `${e.type} ${e.status ?? 'happened'}`);

test('an event expected within a span, or by a framework’s timescale, is planned', () => {
	expect(told('inspection-visit', '2024-10-29', 'Knowsley was judged inadequate last week. A monitoring inspection is expected within 18 months.')).toEqual(['inspection-visit planned']);
	expect(told('inspection-visit', '2024-10-29', 'Ofsted inspectors are expected back in Knowsley within six months.')).toEqual(['inspection-visit planned']);
	expect(told('improvement-plan', '2024-10-29', 'Knowsley’s improvement plan is expected within 70 working days.')).toEqual(['improvement-plan planned']);
	expect(told('inspection-visit', '2024-10-29', 'A monitoring inspection of Knowsley’s SEND services is usually carried out within 18 months.')).toEqual(['inspection-visit planned']);
	expect(told('inspection-visit', '2024-10-29', 'Under Ofsted’s framework Knowsley can expect inspectors to return within three years.')).toEqual(['inspection-visit planned']);
	expect(told('inspection-visit', '2024-10-29', 'Knowsley’s children’s services can be expected to be inspected again within three years.')).toEqual(['inspection-visit planned']);
	expect(told('inspection-visit', '2024-10-29', 'Knowsley was rated good on Tuesday, with a full inspection expected in around three years’ time.')).toEqual(['inspection-visit planned']);
	expect(told('improvement-board', '2012-06-01', 'The minister said he expected the council to keep Calderdale’s independently chaired improvement board in place for a transitional period.')).toEqual(['improvement-board planned']);
	expect(told('improvement-plan', '2012-06-01', 'Calderdale’s children’s services were rated inadequate. Ministers expect the council to publish a revised improvement plan.')).toEqual(['improvement-plan planned']);
});

test('an event that came, sooner than expected or as expected, happened', () => {
	expect(told('inspection-visit', '2024-10-29', 'The monitoring visit to Knowsley, which had been expected in the spring, took place in June.')).toEqual(['inspection-visit happened']);
	expect(told('inspection-visit', '2024-10-29', 'Ofsted’s monitoring visit to Knowsley came sooner than expected in September.')).toEqual(['inspection-visit happened']);
	expect(told('inspection-visit', '2024-10-29', 'As expected by Knowsley’s leaders, inspectors returned for a monitoring visit in March.')).toEqual(['inspection-visit happened']);
	expect(told('inspection-visit', '2024-10-29', 'Inspectors returned to Knowsley within three months of the judgement for a monitoring visit in September.')).toEqual(['inspection-visit happened']);
	expect(told('improvement-plan', '2024-10-29', 'Knowsley submitted its improvement plan within 70 working days, as expected by Ofsted.')).toEqual(['improvement-plan happened']);
	expect(told('improvement-board', '2012-06-01', 'Calderdale kept its improvement board in place, as the minister had expected.')).toEqual(['improvement-board happened']);
});
