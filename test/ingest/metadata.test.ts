import {describe, expect, test} from 'vitest';
import {looksLikeTitle, parseMetadata, titleFromLede} from '../../source/ingest/metadata.js';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2025-06-01T12:00:00Z');
const parse = (text: string) => parseMetadata(text, today);
/** The body's non-blank lines as "n:text", n being the raw line number. */
const lines = (text: string) =>
	parse(text)
		.body.filter((l) => l.text.trim() !== '')
		.map((l) => `${l.n}:${l.text}`);

describe('parseMetadata: header block', () => {
	const header = 'title: Leader will not quit\ndate: 2024-03-14\nsource: The Valley Echo\nauthority: Wigan\n\nThe first paragraph.\n\nThe second.';

	test('reads every field and keeps the raw line numbers of the body', () => {
		const m = parse(header);
		expect(m).toMatchObject({title: 'Leader will not quit', titleSource: 'header', date: '2024-03-14', dateProblem: null, source: 'The Valley Echo', authority: 'Wigan'});
		expect(lines(header)).toEqual(['6:The first paragraph.', '8:The second.']);
	});

	test.each([
		['14/03/2024', '2024-03-14', null],
		['4/3/2024', '2024-03-04', null],
		['2025-06-01', '2025-06-01', null],
		['2024-02-30', null, /no such day/],
		['2023-13-01', null, /no such day/],
		['2026-01-01', null, /future/],
		['March 2024', null, /YYYY-MM-DD/],
	])('date: %s gives %s', (printed, date, problem) => {
		const m = parse(`title: A headline\ndate: ${printed}\n\nBody text.`);
		expect(m.date).toBe(date);
		if (problem) expect(m.dateProblem).toMatch(problem);
		else expect(m.dateProblem).toBeNull();
	});

	test('a key that is not a header key means there is no header block', () => {
		const m = parse('Warning: this story contains distressing details\n\nThe council apologised.');
		expect(m.date).toBeNull();
		expect(m.source).toBeNull();
	});
});

describe('parseMetadata: the inline date form', () => {
	test.each([
		['date 2024-03-14 The council met on Monday.', '2024-03-14', '1:The council met on Monday.'],
		['\n\n  date 2024-03-14   The council met.', '2024-03-14', '3:The council met.'],
		['Date 2024-03-14 The council met.', '2024-03-14', '1:The council met.'],
		['The date 2024-03-14 was set for the meeting.', null, '1:The date 2024-03-14 was set for the meeting.'],
	])('%j', (text, date, firstLine) => {
		expect(parse(text).date).toBe(date);
		expect(lines(text)[0]).toBe(firstLine);
	});

	test('a header date wins and the body line is left as printed', () => {
		const text = 'date: 2024-03-14\nsource: Echo\n\ndate 2020-01-01 text';
		expect(parse(text).date).toBe('2024-03-14');
		expect(lines(text)).toEqual(['4:date 2020-01-01 text']);
	});
});

describe('parseMetadata: a title line', () => {
	test.each([
		['Leader refuses to quit\n\nThe leader refused to quit.', 'Leader refuses to quit', ['3:The leader refused to quit.']],
		['date 2024-03-14 Leader refuses to quit\n\nThe leader refused.', 'Leader refuses to quit', ['3:The leader refused.']],
		['The leader has refused to quit.\n\nMore follows.', null, ['1:The leader has refused to quit.', '3:More follows.']],
		// With nothing after it, the only line is the article, not its title.
		['Leader refuses to quit', null, ['1:Leader refuses to quit']],
		// A section's name above the headline is the page's furniture, not its title.
		['url: https://example.org/a\n\nNews\n\nLeader refuses to quit over report\n\nThe leader refused.', 'Leader refuses to quit over report', ['7:The leader refused.']],
		['Local politics\n\nLeader refuses to quit over report\n\nThe leader refused.', 'Leader refuses to quit over report', ['5:The leader refused.']],
		// A short headline over a long standfirst stays the title when it is more than two words.
		['Leader will not quit\n\nCouncil leader refuses calls to go after report\n\nThe leader refused.', 'Leader will not quit', ['3:Council leader refuses calls to go after report', '5:The leader refused.']],
	])('%j', (text, title, body) => {
		const m = parse(text);
		expect(m.title).toBe(title);
		expect(m.titleSource).toBe(title ? 'line' : null);
		expect(lines(text)).toEqual(body);
	});
});

describe('looksLikeTitle', () => {
	test.each([
		['Council leader refuses to quit', true],
		['Is this the end for the children’s director?', true],
		['Leader says sorry for ‘shocking’ failures', true],
		['The council was rated inadequate.', false],
		['What the minister said:', false],
		['Leader: "We will not resign."', false],
		['   ', false],
		['word '.repeat(25), false],
		['x'.repeat(161), false],
	])('%j → %s', (line, expected) => {
		expect(looksLikeTitle(line)).toBe(expected);
	});
});

describe('titleFromLede', () => {
	test.each([
		['Wigan Council has been rated inadequate. Its leader has quit.', 'Wigan Council has been rated inadequate'],
		['Is this the end? Nobody knows.', 'Is this the end?'],
		['No full stop at all', 'No full stop at all'],
		['Spending rose to £1.5m last year. More follows.', 'Spending rose to £1.5m last year'],
		// An abbreviation's stop does not end the sentence (as in sentenceSpans).
		['Coun. Ann Lee has quit as leader of the council after the vote.', 'Coun. Ann Lee has quit as leader of the council after the vote'],
		['St. Helens Council has been rated inadequate by Ofsted.', 'St. Helens Council has been rated inadequate by Ofsted'],
	])('%j', (lede, title) => {
		expect(titleFromLede(lede)).toBe(title);
	});

	test('a long first sentence is cut at a word near 100 characters', () => {
		const lede = `The council ${'has been told again and again '.repeat(6)}to act.`;
		const title = titleFromLede(lede);
		expect(title.endsWith('…')).toBe(true);
		expect(title.length).toBeLessThanOrEqual(101);
		expect(title.length).toBeGreaterThan(60);
		expect(lede.startsWith(title.slice(0, -1))).toBe(true);
		expect(lede[title.length - 1]).toBe(' ');
	});
});

test('datelines as saved pages print them lower down and with a page label', async () => {
	const {datelineDate} = await import('../../source/ingest/dateline.js');
	expect(datelineDate('Page last updated at 11:42 GMT, Wednesday, 9 December 2009')).toBe('2009-12-09');
	expect(datelineDate('Thu 3 Dec 2020 00.01 GMT')).toBe('2020-12-03');
});

test('a far bound ("not expected to return until 2026") does not date an article that prints no date', () => {
	const a = extractArticle('Council services rated good\n\nThe council was rated good by Ofsted for the first time, after an inspection in November 2019.\n\nOfsted is not expected to return for a full inspection until 2026.\n', {today: new Date('2026-11-22T12:00:00Z')});
	expect(a.published.value).toBeNull();
});

test('datelines with a byline, a clock symbol, a poster, dots or a meeting name', async () => {
	const {datelineDate} = await import('../../source/ingest/dateline.js');
	expect(datelineDate('By Jane Smith | 14 March 2024')).toBe('2024-03-14');
	expect(datelineDate('🕔 12:30, Thursday 14 March 2024')).toBe('2024-03-14');
	expect(datelineDate('Posted on March 4, 2016 by admin')).toBe('2016-03-04');
	expect(datelineDate('04.03.2016')).toBe('2016-03-04');
	expect(datelineDate('Meeting: 19/06/2008 - Executive Board (Item 12)')).toBe('2008-06-19');
	expect(datelineDate('12 March 2019 • 4 min read')).toBe('2019-03-12');
	expect(datelineDate('2019-03-13T10:15:00Z')).toBe('2019-03-13');
	expect(datelineDate('By Sarah Jones / 4th March 2019')).toBe('2019-03-04');
	expect(datelineDate('News | 12 March 2019')).toBe('2019-03-12');
	expect(datelineDate('Sarah Jones, Local Democracy Reporting Service, 12 March 2019')).toBe('2019-03-12');
	// A byline alone, or a date with more words than a dateline holds, is no dateline.
	expect(datelineDate('By Jane Smith')).toBeNull();
	expect(datelineDate('Updated 3 hrs ago')).toBeNull();
	expect(datelineDate('March 2019')).toBeNull();
	expect(datelineDate('The meeting on 4 March 2016 agreed the plan')).toBeNull();
});

test('datelines with abbreviations, hyphens, year-first figures, feed timestamps, a poster before the date and labels', async () => {
	const {datelineDate, footDatelineDate} = await import('../../source/ingest/dateline.js');
	expect(datelineDate('Sept. 12, 2019')).toBe('2019-09-12');
	expect(datelineDate('4th of March 2019')).toBe('2019-03-04');
	expect(datelineDate('4-Mar-2016')).toBe('2016-03-04');
	expect(datelineDate('Published: 2019/03/07 10:00:00 GMT')).toBe('2019-03-07');
	expect(datelineDate('Thu, 07 Mar 2019 10:00:00 +0000')).toBe('2019-03-07');
	expect(datelineDate('Posted By: Admin on 7 March 2019')).toBe('2019-03-07');
	expect(datelineDate('By Jane Smith on 7 March 2019')).toBe('2019-03-07');
	expect(datelineDate('News - 7th March 2019')).toBe('2019-03-07');
	expect(datelineDate('LOAD-DATE: March 5, 2016')).toBe('2016-03-05');
	expect(datelineDate('Publication date: 04 Mar 2016')).toBe('2016-03-04');
	expect(datelineDate('This article was first published on 4 March 2019')).toBe('2019-03-04');
	// At the foot of a page only a labelled date is the article's: a bare one may be a comment's.
	expect(footDatelineDate('First published on Mon 4 Mar 2019 10.30 GMT')).toBe('2019-03-04');
	expect(footDatelineDate('4 March 2019')).toBeNull();
	// A publication still to come is not the page's.
	expect(footDatelineDate('The report will be published on 2 May 2019.')).toBeNull();
	expect(footDatelineDate('The report is due to be published on 2 May 2019.')).toBeNull();
});

test('a labelled dateline at the foot of a long page dates it; a bare date there does not', () => {
	const body = Array.from({length: 14}, (_, i) => `Paragraph ${i + 1} of the story says what the council did next and why it matters.`).join('\n\n');
	const dated = parseMetadata(`Council told to improve\n\n${body}\n\nShare this article\nThis article was first published on 4 March 2019\n`, new Date('2026-01-01'));
	expect(dated.date).toBe('2019-03-04');
	expect(dated.dateBasis).toContain('foot');
	const bare = parseMetadata(`Council told to improve\n\n${body}\n\nJohn, 5 March 2019\n4 March 2019\n`, new Date('2026-01-01'));
	expect(bare.date).toBeNull();
});

test('a publication’s name beside the date, segments in a row, a weekday that says month first, credits at the foot', async () => {
	const {datelineDate, footDatelineDate} = await import('../../source/ingest/dateline.js');
	expect(datelineDate('Tuesday October 17 2017, 12.01am, The Times')).toBe('2017-10-17');
	expect(datelineDate('The Guardian, 15th October 2013')).toBe('2013-10-15');
	expect(datelineDate('Page 12 | Evening Post | Friday, May 10, 2019')).toBe('2019-05-10');
	expect(datelineDate('Reporter: Jo Bell   Date: 26th February 2021   Time: 14:00')).toBe('2021-02-26');
	expect(datelineDate('Submitted by admin on Mon, 03/04/2019 - 10:30')).toBe('2019-03-04');
	expect(datelineDate('Posted: Mon 10th Feb 2020 @ 9:15am')).toBe('2020-02-10');
	expect(datelineDate('Press release · Mar 02, 2023 14:00 GMT')).toBe('2023-03-02');
	expect(datelineDate('Wed, 31 July 2019 at 9:00 am GMT·4-min read')).toBe('2019-07-31');
	// An inspection's range of days, a browser's print header and a sentence with a date in it are no datelines.
	expect(datelineDate('Inspection: 12 June – 30 June 2017 | Council services rated good')).toBeNull();
	expect(datelineDate("12/11/2024, 14:03    Council's children's services rated 'good' | Guardian")).toBeNull();
	expect(datelineDate('In Leeds, 4 March 2019, was the day it changed')).toBeNull();
	expect(footDatelineDate('Originally published by the Local Democracy Reporting Service on 11/03/2022.')).toBe('2022-03-11');
	expect(footDatelineDate('This story was written by Dan Marsh, and first appeared in the Chronicle on Friday 24 November 2017. The service is a partnership.')).toBe('2017-11-24');
});

test('the foot of a record gives its publication date before its last update; a comment below the story never dates it', () => {
	const story = 'The council needs forty more foster carers to meet demand, a report to councillors has warned this week.\n\nIt relies on independent agencies for almost a third of its placements, at a much higher cost to the council.\n\nA recruitment campaign will start in the spring, with events in libraries and leisure centres across the borough.';
	const record = parseMetadata(`Council urged to act on foster carers\n\n${story}\n\nPublication date: Mar 4, 2019\nSection: News\nLast updated: 2019-03-06\n`, new Date('2026-01-01'));
	expect(record.date).toBe('2019-03-04');
	const comment = parseMetadata(`Why the new front door matters\n\n${story}\n\n3 thoughts\n\nPat Devlin\nMarch 5, 2016 at 9:12 am\nSpot on.\n`, new Date('2026-01-01'));
	expect(comment.date).toBeNull();
});

test('"published today, Tuesday 4 June 2019" in the lede dates the article', () => {
	const a = extractArticle('Council services praised\n\nA report published today, Tuesday 4 June 2019, says the council has improved.\n\nMore follows.\n', {today});
	expect(a.published.value).toBe('2019-06-04');
});

test('a dateline printed above the headline dates the page and leaves the headline the title', () => {
	const m = parseMetadata('Page last updated at 11:42 GMT, Wednesday, 9 December 2009\n\nDerby children’s services ‘performing poorly’\n\nChildren’s services in Derby have been judged to be performing poorly.\n', new Date('2026-01-01'));
	expect([m.title, m.date]).toEqual(['Derby children’s services ‘performing poorly’', '2009-12-09']);
});

test('a labelled month without a day ("Published: May 2016") dates the page to its month; a bare month does not', async () => {
	const {labelledMonth} = await import('../../source/ingest/dateline.js');
	expect(labelledMonth('Published: May 2016 Reference no: 1.34')).toBe('2016-05');
	expect(labelledMonth('Date: March 2019')).toBe('2019-03');
	expect(labelledMonth('March 2019')).toBeNull();
	const m = parseMetadata('A short guide for councillors\n\nPublished: May 2016\n\nThis guide is for lead members of councils whose services were judged inadequate.\n', new Date('2026-01-01'));
	expect(m.date).toBe('2016-05');
	const a = extractArticle('A short guide for councillors\n\nPublished: May 2016\n\nThis guide is for lead members of councils whose services were judged inadequate.\n', {today});
	expect(a.published).toMatchObject({value: '2016-05', precision: 'month'});
});

test('a related story’s byline below the article’s prose does not date a page that gives no date of its own', () => {
	const page = [
		'Council news',
		'Government issues direction over Wenham children’s services',
		'',
		'The Government has issued a statutory direction to Wenham Council over its children’s social care.',
		'',
		'The move follows a re-inspection which found services still inadequate.',
		'',
		'A council spokesperson said leaders were determined to keep improving.',
		'',
		'Councils count cost of placements',
		'By Martin Ford | 05 July 2024',
	].join('\n');
	expect(parse(page).date).toBeNull();
});

test('a saved page’s address in the header dates it when the page prints no date of its own', () => {
	expect(parse('title: Council rated inadequate\nurl: https://www.example.co.uk/news/2014/03/21/council-rated-inadequate/\n\nOfsted today released its report.').date).toBe('2014-03-21');
	// The page's own date comes first; an address with no real day gives none.
	expect(parse('title: X\ndate: 2020-01-02\nurl: https://www.example.co.uk/2014/03/21/x/\n\nText.').date).toBe('2020-01-02');
	expect(parse('title: X\nurl: https://www.example.co.uk/2014/13/45/x/\n\nText.').date).toBeNull();
	// Day, month and year, as some British newsrooms' systems file them.
	expect(parse('title: X\nurl: https://news.example.gov.uk/28/09/2023/services-continue-to-improve/\n\nText.').date).toBe('2023-09-28');
	// A month archive's path gives the month, and no more.
	expect(parse('title: X\nurl: https://www.example.gov.uk/press-releases/2016/06/youth-justice-report/\n\nText.').date).toBe('2016-06');
	expect(parse('title: X\nurl: https://www.example.co.uk/news/2016/06/\n\nText.').date).toBeNull();
	// The month by its name: ".../news/2022/may/slug".
	expect(parse('title: X\nurl: https://www.example.gov.uk/news/2022/may/services-outstanding\n\nText.').date).toBe('2022-05');
});

test('a banner date at the top later than the address’s day is the day the page was saved; a labelled one stands', () => {
	const page = (line: string) => `url: https://www.example.com/2016/05/25/services-must-improve/\n\n${line}\n\nServices must improve, say inspectors\n\nInspectors found children were safe but services required improvement.`;
	expect(parse(page('Saturday, March 2, 2024')).date).toBe('2016-05-25');
	expect(parse(page('Published: Saturday, March 2, 2024')).date).toBe('2024-03-02');
});

test('"Published by Jane Smith at 11:56am 30th October 2019" dates the page', () => {
	expect(parse('Services get a mixed review\n\nPublished by Jane Smith at 11:56am 30th October 2019.\n\nA report says the council has made progress.').date).toBe('2019-10-30');
});

test('a byline’s name with the date and nothing between them dates the page; a headline with a date in it does not', () => {
	expect(parse('Children’s services rated good\nJane Marsh 20 May 2022\n\nThe council’s services have been rated good.').date).toBe('2022-05-20');
	expect(parse('By Jane Marsh 20 May 2022\n\nThe council’s services have been rated good.').date).toBe('2022-05-20');
	expect(parse('Ofsted visit planned for children on 20 May 2022\n\nThe council’s services have been rated good.').date).toBeNull();
	expect(parse('Children’s Services Inspection 12 March 2019\n\nText.').date).toBeNull();
	expect(parse('Full Council Meeting 12 March 2019\n\nText.').date).toBeNull();
});

test('a header of the page’s address alone is a header: the inline date after it dates the page', () => {
	const page = parse('url: https://www.example.co.uk/services/children/council-rated-good/123.article\n\n date 2018-12-19 The council’s children’s services have been rated good.');
	expect(page.date).toBe('2018-12-19');
	expect(page.body.map((l) => l.text).join('\n')).not.toMatch(/url:|date 2018/);
	// A lone "url:" line that is not an address is text.
	expect(parse('url: see below\n\nText.').date).toBeNull();
});

test('a text file’s header address is the article’s URL, for its citations; no header, no URL', () => {
	expect(extractArticle('title: Council rated good\nurl: https://www.example.co.uk/news/council-rated-good\ndate: 2022-06-12\n\nThe council was rated good.', {today}).url).toBe('https://www.example.co.uk/news/council-rated-good');
	expect(extractArticle('title: Council rated good\ndate: 2022-06-12\n\nThe council was rated good.', {today}).url).toBeUndefined();
});

test('a council’s own page that never names it is about the council its source line names; a newspaper’s is about none', () => {
	expect(extractArticle('title: Inspection report\nsource: Wigan Council\n\nThe local authority received a good rating in every area of the Ofsted inspection.', {today}).authorities).toEqual(['Wigan']);
	expect(extractArticle('title: Inspection report\nsource: Manchester Evening News\n\nThe local authority received a good rating in every area of the Ofsted inspection.', {today}).authorities).toEqual([]);
	// Where the text names a council, the source line does not count.
	expect(extractArticle('title: Inspection report\nsource: Wigan Council\n\nBolton Council received a good rating.', {today}).authorities).toEqual(['Bolton']);
});
