/**
 * A page that prints its date near the top as a bare numeric line with two-figure parts ("22/03/23", "05.11.19"), as
 * some councils' and trade sites' content systems do: the article's date, day first. Near misses: a loosely written
 * "12/3/19" (a reference or a score as likely), a date inside a sentence, a range, a reference with its label, a day
 * after today, a numeric line below the article among comments. Pages written for this project.
 */
import {describe, expect, it} from 'vitest';
import {datelineDate, paddedShortDate} from '../../source/ingest/dateline.js';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const body = 'The council said it would keep its improvement board after inspectors found progress in the borough.\n\nIts leader said staff had worked hard for children and families.\n\nA further visit is expected next year.';
const published = (page: string) => extractArticle(page, {today}).published.value;

describe('a bare two-figure numeric dateline near the top', () => {
	const pages: [string, string][] = [
		[`Minister ends intervention in borough's children's services\n\nThe council no longer needs a commissioner, the minister said.\n\n22/03/23\n\n${body}\n`, '2023-03-22'],
		[`Children's services improving, says Ofsted\n\n05.11.19\n\n${body}\n`, '2019-11-05'],
		[`Improvement board to stay\n\n30/09/21\n\n${body}\n`, '2021-09-30'],
		[`Council news\n\n 01/02/24 \n\n${body}\n`, '2024-02-01'],
		[`Care leavers service praised\n\nInspectors praise support for young people leaving care.\n\n12/07/18\n\n${body}\n`, '2018-07-12'],
		[`Fostering drive launched\n\n09.12.22\n\n${body}\n`, '2022-12-09'],
	];
	for (const [page, day] of pages) it(`${day}`, () => expect(published(page)).toBe(day));
});

describe('numeric lines that are not the page’s date', () => {
	it('a loosely written date is no dateline on its own', () => {
		expect(datelineDate('12/3/19')).toBeNull();
		expect(paddedShortDate('12/3/19')).toBeNull();
	});
	it('only the whole line', () => {
		expect(paddedShortDate('Ref: 22/03/23')).toBeNull();
		expect(paddedShortDate('22/03/23 - 24/03/23')).toBeNull();
		expect(paddedShortDate('Match report 22/03/23')).toBeNull();
		expect(paddedShortDate('31/02/23')).toBeNull();
		expect(paddedShortDate('22/13/23')).toBeNull();
	});
	const pages: string[] = [
		`Council news\n\n12/3/19\n\n${body}\n`,
		`Council news\n\nThe report, dated 22/03/23, was discussed by councillors.\n\n${body}\n`,
		`Council news\n\nRef: 22/03/23\n\n${body}\n`,
		`Council news\n\n22/03/23 - 24/03/23\n\n${body}\n`,
		`Council news\n\n22/03/27\n\n${body}\n`,
		`Council news\n\n${body}\n\nInspectors will publish their findings later.\n\nThe board meets monthly.\n\nCouncillors asked questions.\n\nThe council's cabinet agreed the plan.\n\nThe budget is under pressure.\n\nStaff turnover has fallen.\n\nComments\n\n22/03/23\n\nGreat news for the borough.\n`,
	];
	for (const page of pages) it(page.split('\n')[2]!.slice(0, 50), () => expect(String(published(page))).not.toMatch(/^2023-03-22$|^2027/));
});
