/**
 * Inspections told before they happen: one due, expected or scheduled ("An Ofsted inspection is due later this
 * year", "is next due to be inspected in 2025"), and an inspectorate awaited ("expects inspectors back within the
 * next 12 months", "is expecting HM Inspectorate of Probation in the spring"), each planned. The near-misses are a
 * school's, a police force's and a hospital's inspection, a visit hoped for, asked about or denied, an inspectorate
 * expected to rule rather than to come, and a minister's visit. Each sentence was written for this test.
 */
import {describe} from 'vitest';
import {checkVisits} from '../helpers/visit-lines.js';

describe('an inspection due, expected or awaited', () => {
	checkVisits([
		['2024-06-02', 'Trafford', 'An Ofsted inspection of Trafford’s children’s services is due later this year.', ['2024 [planned]']],
		['2024-06-02', 'Trafford', 'An inspection of the youth justice service by HM Inspectorate of Probation is due in the autumn.', ['2024~ [planned]']],
		['2024-06-02', 'Trafford', 'The next full inspection of children’s services is expected in 2025.', ['2025 [planned]']],
		['2024-06-02', 'Trafford', 'The council’s children’s services are next due to be inspected in 2026.', ['2026 [planned]']],
		['2024-06-02', 'Trafford', 'Children’s services are due for re-inspection next year.', ['2025 [planned]']],
		['2024-06-02', 'Trafford', 'The council expects Ofsted inspectors back within the next 12 months to check on children’s services.', ['2025~ [planned]']],
		// (Expected in June, the spring is the next one: this year's is over; dates-s27-tense-readings.test.ts.)
		['2024-06-02', 'Trafford', 'Trafford’s youth offending service is expecting HM Inspectorate of Probation in the spring.', ['2025~ [planned]']],
		['2024-06-02', 'Trafford', 'A monitoring visit of the council’s children’s services is scheduled for October.', ['2024-10 [planned]']],
	]);
});

describe('what is no visit to come', () => {
	checkVisits([
		['2024-06-02', 'Trafford', 'An Ofsted inspection of the primary school is due later this year.', []],
		['2024-06-02', 'Trafford', 'The police force expects HM Inspectorate of Constabulary back in the autumn.', []],
		['2024-06-02', 'Trafford', 'A CQC inspection of the hospital is expected in the spring.', []],
		['2024-06-02', 'Trafford', 'The council hopes an Ofsted inspection of children’s services is due soon.', []],
		['2024-06-02', 'Trafford', 'Is an Ofsted inspection of children’s services due this year?', []],
		['2024-06-02', 'Trafford', 'The council does not expect inspectors back at children’s services this year.', []],
		['2024-06-02', 'Trafford', 'The director expects Ofsted to rate children’s services good at the next inspection.', []],
		['2024-06-02', 'Trafford', 'The children’s minister is expected to visit the borough’s family hub in July.', []],
		['2024-06-02', 'Trafford', 'A decision on the children’s services budget is due later this year.', []],
	]);
});
