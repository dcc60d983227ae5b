/**
 * A judgement told as the cause of an intervention the sentence's main clause reports ("has issued an improvement
 * notice, after an Ofsted inspection in January rated it inadequate") is history: dated by its inspection, not the
 * article's news. A judgement in the main clause stays the news. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {graded as rows} from './pb4-rows.js';

test('ordinary sentences with an intervention’s words and an inspection give no judgement', () => {
	expect(rows('2024-03-14', 'The police commissioner praised Gateshead, following a review of street lighting in January.')).toEqual([]);
	expect(rows('2024-03-14', 'Gateshead’s planning adviser changed direction, after a report on parking in January.').filter((r) => r.startsWith('inspection-judgement'))).toEqual([]);
});

test('"issued a notice, after an inspection in January rated it inadequate": the judgement of January', () => {
	expect(rows('2024-03-14', 'The Department for Education has issued an improvement notice to Gateshead Council, after an Ofsted inspection in January rated it inadequate.')).toEqual(['improvement-notice - 2024-03-14~', 'inspection-judgement inadequate 2024-01~']);
	expect(rows('2024-03-14', 'Ministers have directed Gateshead to work with a commissioner, following an area inspection in December that found widespread and systemic failings.')).toContain('inspection-judgement inadequate 2023-12~');
});

test('a judgement in the main clause stays the article’s news', () => {
	expect(rows('2024-03-14', 'Gateshead has been rated inadequate by Ofsted, after an inspection in January found children left at risk.')).toContain('inspection-judgement inadequate 2024-03-14~');
});
