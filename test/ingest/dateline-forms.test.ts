/**
 * Datelines in forms real pages print that were read as no date: a weekday cut to "Tues", a year of two figures
 * beside a label ("Posted: 12/3/19", "Published 12 Mar '19"), a byline's "Name on 12 March 2019", and a page's
 * address printed on a line of its own. Lines written for this project.
 */
import {expect, test} from 'vitest';
import {datelineDate} from '../../source/ingest/dateline.js';
import {extractArticle} from '../../source/ingest/extract.js';

test('a weekday cut short and a byline with "on"', () => {
	expect(datelineDate('Tues 12 March 2019')).toBe('2019-03-12');
	expect(datelineDate('Weds 13 March 2019, 10:01')).toBe('2019-03-13');
	expect(datelineDate('Jane Doe on 12 March 2019')).toBe('2019-03-12');
	// A heading with a date is still no byline.
	expect(datelineDate('Children’s Services Inspection on 12 March 2019')).toBeNull();
});

test('a year of two figures only beside a label that says the line is a date', () => {
	expect(datelineDate('Posted: 12/3/19')).toBe('2019-03-12');
	expect(datelineDate('Date: 11/03/19')).toBe('2019-03-11');
	expect(datelineDate("Published 12 Mar '19")).toBe('2019-03-12');
	expect(datelineDate('Updated 4-Sep-98')).toBe('1998-09-04');
	// Unlabelled, "12/3/19" may be a reference or a score: no date.
	expect(datelineDate('12/3/19')).toBeNull();
	expect(datelineDate('12 Mar 19')).toBeNull();
});

test('a page’s address on a line of its own at the foot gives the date its path holds', () => {
	const page = (line: string) =>
		extractArticle(`Council’s children’s services rated inadequate\n\nInspectors found that children in the borough were left at risk, Ofsted said.\n\nThe council’s leader said it accepted the findings.\n\n${line}\n`, {today: new Date('2026-11-22T12:00:00Z')}).published.value;
	expect(page('https://www.example-gazette.co.uk/news/2019/03/12/council-rated-inadequate/')).toBe('2019-03-12');
	expect(page('Source: https://www.example-gazette.co.uk/news/2019/03/12/council-rated-inadequate/')).toBe('2019-03-12');
	// An address with no date in its path gives none.
	expect(page('https://www.example-gazette.co.uk/news/council-rated-inadequate-4412345')).toBeNull();
});

test('a page that prints no date, dated by "next month\'s election on 12 December 2019" or "this year\'s conference in July 2019"', () => {
	const page = (...paragraphs: string[]) => extractArticle(`Children’s services pledge\n\n${paragraphs.join('\n\n')}\n`, {today: new Date('2026-11-22T12:00:00Z')}).published;
	expect(page('Rutland County Council’s leader made the pledge ahead of next month’s general election on 12 December 2019.', 'She said children’s services were her priority.').value).toBe('2019-11');
	expect(page('The director spoke at this year’s conference in July 2019 about the service’s recovery.', 'Inspectors had rated it good.').value).toBe('2019');
	expect(page('Last month’s report, published on 3 March 2020, found the service had improved.', 'The council welcomed it.').value).toBe('2020-04');
});

test('"News • 3 November 2019" and "Jane Doe Political Reporter 3 November 2019": a section or a credit before the date', () => {
	expect(datelineDate('News • 3 November 2019')).toBe('2019-11-03');
	expect(datelineDate('Jane Doe Political Reporter 3 November 2019')).toBe('2019-11-03');
	// A breadcrumb's "Home > News > 3 November 2019" is not read: on measured pages its date was another page's.
	expect(datelineDate('Home > News > 3 November 2019')).toBeNull();
});

test('a poster whose name holds "&" (a party, a firm, a partnership), after the date or before it', () => {
	expect(datelineDate('Posted on 14 March 2025 by Eden & Vale Liberal Democrats')).toBe('2025-03-14');
	expect(datelineDate('Posted on June 3, 2021 by Hart & Sons')).toBe('2021-06-03');
	expect(datelineDate('Posted by: Ribble & Wyre Labour on 9 May 2018')).toBe('2018-05-09');
	expect(datelineDate('Published by Town & Gown News at 11:56am 30th October 2019')).toBe('2019-10-30');
	// Still a dateline's words only: a sentence about a council is no byline.
	expect(datelineDate('Posted on 14 March 2025 by Eden & Vale Liberal Democrats, who called for the leader to go')).toBeNull();
	// On a whole page, above the story and under the site's menus, with a sidebar of recent posts at its foot.
	const page = ['Eden & Vale Liberal Democrats', 'Home | News | Contact', 'Group renews its call for the cabinet member to go', 'Posted on 14 March 2025 by Eden & Vale Liberal Democrats', 'The group leader today renewed his call for the cabinet member for children to resign after the Ofsted report.', 'Recent posts', 'Bus station plans "ignore residents"', 'Powered by WordPress'].join('\n\n');
	expect(extractArticle(page, {today: new Date('2026-11-22T12:00:00Z')}).published).toMatchObject({value: '2025-03-14', precision: 'day'});
});
