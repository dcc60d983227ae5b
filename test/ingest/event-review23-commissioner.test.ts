/**
 * The review of session 23's rules, on a commissioner's work: another body's decision, assessment or report right
 * after a sentence about the commissioner is its own, and advice refused, or another commissioner's, is no report.
 */
import {describe, expect, test} from 'vitest';
import {ofType, probe} from './review23-probe.js';

const appointed = 'A commissioner was appointed to Somerset\'s children\'s services in May.';

describe('planned commissioner work: the commissioner must be the one acting', () => {
	test.each([
		['2n01', "The government has appointed a commissioner to oversee children's services at Somerset County Council. The Crown Prosecution Service will decide by the autumn whether to bring charges against the former manager of the children's home."],
		['2n04', "Education secretary Gavin Williamson appointed a commissioner to Somerset's children's services last week. Ofsted will decide whether to bring forward its next inspection."],
		['2n08', `${appointed} Auditors from Grant Thornton will carry out an assessment of whether the council can balance its budget.`],
		['2n11', `${appointed} The minister will then decide whether to accept the recommendations of the separate SEND review.`],
		['2n15', "An improvement adviser has been appointed by the Department for Education to work with Somerset's children's services. The council's cabinet member for children, Frances Nicholson, said she would then report back to full council in July."],
		['2n16', "The commissioner will carry out an assessment of whether the council can improve its children's services. The leader said officers would study the findings and report back to councillors."],
		['2n17', `${appointed} Ofsted inspectors are due to report on the council's SEND services by July.`],
		['2n20', `${appointed} A coroner will determine whether neglect contributed to the baby's death.`],
		['2n27', `${appointed} The council's budget report will be handed to the minister next week.`],
		['2n30', `${appointed} The serious case review into baby Ava's death will be handed to the children's minister in September.`],
		['6n09', `${appointed} The scrutiny committee's chairman will decide by the autumn whether to hold an inquiry into school transport.`],
	])('%s: no commissioner\'s report', (_id, text) => {
		const reports = ofType('Somerset', text, 'commissioner-report');
		// (2n16 tells the commissioner's own assessment, planned, in its first sentence: only the second must add none.)
		expect(reports.length).toBeLessThanOrEqual(_id === '2n16' ? 1 : 0);
	});
	test('2n15: the DfE\'s improvement adviser is still appointed', () => {
		expect(ofType('Somerset', "An improvement adviser has been appointed by the Department for Education to work with Somerset's children's services.", 'commissioner-appointed')).not.toEqual([]);
	});
	test.each([
		['2y04', "The government has appointed a commissioner for Somerset's children's services. The commissioner will assess whether the council has the capacity to improve and report to the minister by the end of October."],
		['2y02', "A commissioner has been sent into Somerset's children's services. Her recommendations will go to the education secretary in the new year."],
		['2y06', "A commissioner began work at Somerset's children's services in May. He will then report back to the minister with his recommendations."],
		['2y07', "A commissioner has been appointed to Somerset's children's services. She will assess whether the council has the leadership to improve and send her findings to the education secretary."],
		['2y08', "The government appointed commissioner Jane Ling to Somerset's children's services in May.\n\nHer assessment will be handed to the minister in the autumn."],
	])('%s: still a report to come', (_id, text) => {
		expect(ofType('Somerset', text, 'commissioner-report')).not.toEqual([]);
	});
});

describe("commissioners' reports: the council's commissioner, advice not refused, and the report's own deadline", () => {
	test.each([
		['6n04', 'Following advice from the government-appointed commissioner at Liverpool City Council, officers in Somerset reviewed how children\'s services handle contracts.'],
		['6n06', "The recommendations of the commissioner appointed to run the council's finances will be discussed alongside children's services budgets on Tuesday."],
		['6n10', '"We will not be taking advice from the commissioner on this," the council leader said of children\'s services.'],
		['6n15', "The children's services director said she had sought advice from the county's former commissioner for standards in public life."],
	])('%s: no commissioner\'s report', (_id, text) => {
		expect(ofType('Somerset', text, 'commissioner-report')).toEqual([]);
	});
	test('6n17: a plan\'s deadline in the report is not the report\'s date', () => {
		const reports = ofType('Somerset', "The commissioner's report found the council had been told to submit a new children's services improvement plan by July.", 'commissioner-report');
		expect(reports.every((e) => !e.includes(' 2021-07'))).toBe(true);
	});
	test.each([
		['6y02', "The children's services commissioner is due to report by July.", '2021-07'],
		['6y08', "The children's services commissioner has been asked to report back by October.", '2021-10'],
	])('%s: the report\'s own deadline dates it (a deadline is a bound: approximate)', (_id, text, date) => {
		expect(ofType('Somerset', text, 'commissioner-report').some((e) => e.includes(` ${date}~ `))).toBe(true);
	});
	test('6y03: advice from the government-appointed commissioner', () => {
		expect(probe('Somerset', 'The council set up a children\'s trust in 2019 on the advice of the government-appointed commissioner.').some((e) => e.startsWith('commissioner-report'))).toBe(true);
	});
});
