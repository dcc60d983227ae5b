/**
 * A Department for Education improvement adviser is the intervention's lighter form, typed as a commissioner; only an
 * adviser the sentence ties to the government or to improvement is one. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {placed as rows} from './pb4-rows.js';

test('advisers who are not the intervention’s give nothing', () => {
	expect(rows('2024-03-14', 'Gateshead Council appointed a financial adviser to the football club it part-owns.')).toEqual([]);
	expect(rows('2024-03-14', 'Care leavers in Gateshead said their personal advisers stayed in touch after they moved out.')).toEqual([]);
	expect(rows('2024-03-14', 'Tom Vance, a government adviser on adoption, said Gateshead had placed children quickly.')).toEqual([]);
	expect(rows('2024-03-14', 'The council’s legal adviser told Gateshead councillors the contract could be ended.')).toEqual([]);
	expect(rows('2024-03-14', 'Gateshead’s new cabinet appointed an independent adviser to chair its scrutiny panel.')).toEqual([]);
	// A report of the council's own adviser, or an adviser's remark, is no commissioner's report.
	expect(rows('2024-03-14', 'The council’s independent adviser said in her first report that Gateshead’s budget was tight.')).toEqual([]);
});

test('"appointed an improvement adviser to work with the council": an adviser appointed, on the article’s day', () => {
	expect(rows('2024-03-14', 'The Department for Education has appointed an improvement adviser to work with Gateshead Council.')).toEqual(['commissioner-appointed Gateshead 2024-03-14~']);
	expect(rows('2024-03-14', 'Ministers have sent a DfE adviser to Gateshead Council after the inspection.')).toEqual(['commissioner-appointed Gateshead 2024-03-14~']);
	// A history's year is the appointment's.
	expect(rows('2024-03-14', 'Gateshead was rated inadequate in 2021, and the government appointed an improvement adviser the same year.')).toContain('commissioner-appointed Gateshead 2021~');
});

test('"must work with a DfE-appointed adviser", "an adviser appointed by the department": the notice’s adviser', () => {
	expect(rows('2024-03-14', 'Gateshead Council must now work with a DfE-appointed adviser and report its progress every six months.').filter((r) => r.startsWith('commissioner-appointed Gateshead 2024-03'))).toHaveLength(1);
	expect(rows('2024-03-14', 'Gateshead Council has been told to work with an adviser appointed by the Department for Education.')).toContain('commissioner-appointed Gateshead 2024-03-14~');
	expect(rows('2024-03-14', 'The notice requires Gateshead to agree its plan with a government adviser, Mary Fenwick, by the summer.').filter((r) => r.startsWith('commissioner'))).toHaveLength(1);
});

test('"The adviser will report to ministers", "said in her first report": the adviser’s report', () => {
	expect(rows('2024-03-14', 'The improvement adviser for Gateshead will report to ministers every three months.')).toEqual(['commissioner-report Gateshead 2024-03~']);
	expect(rows('2024-03-14', 'The DfE adviser overseeing Gateshead’s children’s services said in his first report that the council had made a sound start.').filter((r) => r.startsWith('commissioner-report'))).toHaveLength(1);
});
