/**
 * A refusal to go told by the verb that answers the calls, in any tense: "has declined calls to stand down",
 * "dismisses the calls for her to resign", "rejects renewed demands that he quit", "ignored earlier calls to step
 * aside". Each beside near-misses with the same verbs: calls for comment, for an inquiry or for money, a refusal
 * denied, a question. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const of = (type: string, published: string, ...text: string[]) => rows(published, ...text).filter((r) => r.startsWith(`${type} `));

test('calls to go declined, dismissed, rejected or ignored are refused', () => {
	expect(of('resignation-refused', '2024-05-16', 'Havering’s cabinet member for children, Cllr Osei, has declined calls to stand down over the inadequate rating.')).toHaveLength(1);
	expect(of('resignation-refused', '2024-05-16', 'Havering’s lead member for children dismisses the calls for her to resign as political point-scoring.')).toHaveLength(1);
	expect(of('resignation-refused', '2024-05-16', 'The leader of Havering Council rejects renewed demands that he quit over children’s services.')).toHaveLength(1);
	expect(of('resignation-refused', '2024-05-16', 'Havering’s director of children’s services ignored earlier calls to step aside after the report.')).toHaveLength(1);
	expect(of('resignation-refused', '2024-05-16', 'Cllr Osei, Havering’s cabinet member for children, declines opposition calls for her to go.')).toHaveLength(1);
	expect(of('resignation-refused', '2024-05-16', 'Havering’s portfolio holder for children has resisted mounting calls to resign since the Ofsted report.')).toHaveLength(1);
});

test('calls for comment, an inquiry or money, a refusal denied, or a question is no refusal', () => {
	expect(of('resignation-refused', '2024-05-16', 'Havering’s cabinet member for children declined calls for comment on the inadequate rating.')).toEqual([]);
	expect(of('resignation-refused', '2024-05-16', 'Havering Council rejected calls for a public inquiry into children’s services.')).toEqual([]);
	expect(of('resignation-refused', '2024-05-16', 'Havering Council declined calls for more money for children’s services from the opposition.')).toEqual([]);
	expect(of('resignation-refused', '2024-05-16', 'Havering’s cabinet member for children has not declined calls to stand down, her office said.')).toEqual([]);
	expect(of('resignation-refused', '2024-05-16', 'Will Havering’s cabinet member for children decline calls to stand down?')).toEqual([]);
});
