/**
 * The restored rule families (event-context.ts's `council-named` pair) ask that a sentence name the council's side, not
 * only that it name no other body; a list that names the council is the council's; a title is a person; a
 * council-run nursery is the nursery's. Sentences written for this project, after a review's probes.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import type {ExtractedEvent} from '../../source/ingest/events.js';
import {aboutChildrensServices} from '../../source/ingest/event-context.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (text: string): ExtractedEvent[] => extractArticle(`title: Council news\ndate: 2024-05-10\nauthority: Barnsley\n\n${text}\n`, {today}).events;
const ofType = (text: string, type: string) => events(text).filter((e) => e.type === type || (type === 'resignation' && e.type.startsWith('resignation')));
const brief = (e: ExtractedEvent) => `${e.type}${e.rating ? ` ${e.rating}` : ''} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}${e.status ? ` ${e.status}` : ''}`;

test('a restored rule needs the council’s side named: a sentence naming no known body is not the council’s', () => {
	expect(aboutChildrensServices({sentence: 'Northfield Water has pledged extra money for children on low incomes.'}, 'council-named')).toBe(false);
	expect(aboutChildrensServices({sentence: 'Northfield Water has pledged extra money for children on low incomes.'}, 'childrens-services')).toBe(true);
	expect(aboutChildrensServices({sentence: 'He did not resign.', previousSentence: 'Cllr Jo Bloggs, the lead member for children, faced calls to go.'}, 'council-named-people')).toBe(true);
	expect(aboutChildrensServices({sentence: 'He did not resign.', previousSentence: 'The bishop faced calls to go.'}, 'council-named-people')).toBe(false);
	for (const [s, type] of [
		['Northfield Water has promised extra money for children in the town.', 'funding'],
		['The Combined Authority has earmarked more money for children across the region.', 'funding'],
		['The Chancellor pledged more funding for children’s social care in the Budget.', 'funding'],
		['The Post Office has committed more money to families who lost their savings.', 'funding'],
		['The Lottery has earmarked extra money for families in the north.', 'funding'],
		['The local hospice has promised more funding for families of sick children.', 'funding'],
		['The council has promised more funding for families in temporary accommodation.', 'funding'],
		['Northfield Water set up an improvement governance board after the fines.', 'improvement-board'],
		['The museum’s director has quit.\n\nHis departure comes as the museum faces cuts.', 'resignation'],
		['The archbishop did not step down despite the review in 2021.', 'resignation'],
		['The council’s head of planning did not step down after the inquiry.', 'resignation'],
		['Calls for the Post Office chief to stand down were rejected in 2024.', 'resignation-refused'],
		['The Drinking Water Inspectorate’s inspectors spent most of April at the works.', 'inspection-visit'],
		['The watchdog returned in November to the water company’s plant.', 'inspection-visit'],
		['Northfield Engineering expects good when inspectors next visit, which is due in 2025.', 'inspection-visit'],
		['The findings of an inspection of children’s services at Northfield Hospital have been published.', 'inspection-judgement'],
		['Apprentices with SEND typically have positive experiences at Northfield Engineering, the report found.', 'inspection-judgement'],
		['Passengers with disabilities typically have positive experiences on the town’s buses, a survey found.', 'inspection-judgement'],
		['Children with SEND at the council-run Oak nursery generally have positive experiences, a report said.', 'inspection-judgement'],
		['Northfield Hospice’s children’s services climb to ‘good’.', 'inspection-judgement'],
	] as const) expect(ofType(s, type).map(brief), s).toEqual([]);
});

test('the council’s own, told with partners, a minister’s title or a list, is still the council’s', () => {
	expect(ofType('Schools minister Jo Bloggs issued the council with an improvement notice on 4 March.', 'improvement-notice').map(brief)).toEqual(['improvement-notice 2024-03-04']);
	expect(ofType('Inspectors visited schools, children’s homes and social work teams in March 2024 as part of the inspection of Barnsley’s children’s services.', 'inspection-visit').map(brief)).toEqual(['inspection-visit 2024-03']);
	expect(ofType('An extra £5m for schools and children’s social care was agreed by the cabinet last week.', 'funding')).toHaveLength(1);
	expect(ofType('Alongside £10m for schools, the council is putting £4m into children’s social care.', 'funding').length).toBeGreaterThan(0);
	expect(aboutChildrensServices({sentence: 'The police, the NHS and Barnsley Council have pledged extra money for children.', authority: 'Barnsley'}, 'council-named')).toBe(true);
	expect(ofType('Cabinet members agreed a 9 per cent rise in the children’s social care budget on Tuesday.', 'funding')).toHaveLength(1);
	expect(ofType('Children and young people with SEND in the borough have inconsistent experiences, Ofsted and the CQC concluded after visiting in March.', 'inspection-judgement').map((e) => e.rating)).toContain('requires improvement');
	expect(ofType('Barnsley’s children’s social care climbs out of ‘inadequate’ to ‘requires improvement’.', 'inspection-judgement').map((e) => e.rating)).toContain('requires improvement');
});

test('a pledge is not dated by another act’s date; a call’s refusal is the call rule’s unless it is on the council’s people', () => {
	expect(ofType('The council has pledged extra money for children hit by the floods in February.', 'funding').map((e) => e.date.value === '2024-02')).toEqual([false]);
	expect(ofType('The council pledged extra money for social work in February.', 'funding').map(brief)).toEqual(['funding 2024-02']);
	// One refusal, not two: the call rule gives the call its status.
	expect(ofType('Calls for the water company’s boss to resign were rejected by shareholders in 2023.', 'resignation-refused')).toEqual([]);
	expect(ofType('Calls for senior councillors to resign over the Ofsted report were voted down last night.', 'resignation-refused')).toHaveLength(1);
	expect(ofType('Cllr Jo Bloggs, the lead member for children, did not step down after the report.', 'resignation-refused')).toHaveLength(1);
	// "climbs out of" a grade has left it.
	expect(ofType('The council’s youth justice service climbs out of ‘inadequate’.', 'inspection-judgement').map((e) => e.rating)).not.toContain('inadequate');
});
