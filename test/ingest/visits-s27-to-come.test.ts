/**
 * Inspections to come told by the span the inspectorate gives ("the next full inspection is expected in around three
 * years", "the inspectorate will return within 12 to 18 months", "a focused visit within two years, with a full
 * inspection expected in around three years' time"): each a planned visit, dated approximately from the article's
 * day (a window from its start, a span to its end), and a second one told beside the first is a visit of its own.
 * The near-misses are a minister's and a police inspectorate's return, a school's inspection, a hope, a question, a
 * denial, a regime for every council and a report (not a visit) expected. Each sentence was written for this test.
 */
import {describe} from 'vitest';
import {checkVisits} from '../helpers/visit-lines.js';

describe('a visit to come, dated by the span it is expected in', () => {
	checkVisits([
		['2021-05-12', 'Rutland', 'Rutland’s children’s services were judged good last month. The next full Ofsted inspection of the county is expected in around three years.', ['2024~ [planned]']],
		['2018-10-03', 'Halton', 'The borough’s children’s services have been rated requires improvement. Ofsted’s next inspection is due in about two years’ time.', ['2020~ [planned]']],
		['2013-06-20', 'Knowsley', 'Probation inspectors criticised the youth offending service. The inspectorate will return within 12 to 18 months to check on progress.', ['2014~ [planned]']],
		['2016-02-09', 'Bury', 'The watchdog found children’s services inadequate, and the watchdog will return within six to nine months.', ['2016-08~ [planned]']],
		['2022-11-30', 'Torbay', 'HM Inspectorate of Probation will revisit the youth justice service within 12 months.', ['2023~ [planned]']],
		['2019-09-17', 'Wirral', 'Wirral’s children’s services were rated good. Ofsted will return for a focused visit within the next two years, with a full inspection expected in around three years’ time.', ['2021~ [planned]', '2022~ [planned]']],
		['2024-03-05', 'Salford', 'Inspectors visited the area’s SEND services in January, and a monitoring inspection is expected within 18 months.', ['2024-01', '2025~ [planned]']],
		['2020-07-01', 'Oldham', 'Children’s social care inspectors will be back in around a year’s time, the council said.', ['2021~ [planned]']],
	]);
});

describe('what is no visit to come, or not dated so', () => {
	checkVisits([
		['2021-05-12', 'Rutland', 'The children’s minister will return to the county within six months to open the new family hub.', []],
		['2021-05-12', 'Rutland', 'HM Inspectorate of Constabulary will return to the police force within 12 months.', []],
		['2021-05-12', 'Rutland', 'Ofsted will inspect the primary school again within two years.', []],
		['2021-05-12', 'Rutland', 'The council hopes the inspectorate will return within a year to see the changes to children’s services.', []],
		['2021-05-12', 'Rutland', 'Will the inspectorate return to the children’s services department within 12 months?', []],
		['2021-05-12', 'Rutland', 'The inspectorate will not return to the youth justice service within the next year.', []],
		['2021-05-12', 'Rutland', 'The report on the children’s services inspection is expected in around three weeks.', []],
		['2021-05-12', 'Rutland', 'The council’s new children’s home is expected to open in around three years.', []],
		['2021-05-12', 'Rutland', 'The director said children’s services would be judged good in around three years’ time.', []],
	]);
});
