/**
 * Review of the article-date rules on whole saved pages added in session 26 (menus above the headline, the foot's
 * stamp past sidebars, spans, datelines broken over lines, day and month without a year, author boxes and share
 * bars). A date of something else printed where a dateline might be (a teaser list above the headline, an event's
 * details or a deadline after the text, the previous post's stamp, a statistics box, a school's last inspection, an
 * events listing) is not the page's date: a wrong confident date is worse than none. Pages written for this
 * review; the ones marked fail today.
 */
import {describe, expect, it} from 'vitest';
import {datelineDate} from '../../source/ingest/dateline.js';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const story = [
	'Foster carers in the valley say a change to their allowances has left some of them worse off than last year.',
	'',
	'The council said the new rates were fairer and that most carers would receive more over a full year.',
	'',
	'A meeting for carers to put their questions to officers has been arranged at the civic centre.',
];
const menus = ['The Upper Wharfdale Gazette', 'Home', 'News', 'Sport', "What's On", 'Jobs', 'Property', 'Motors', 'Announcements', '', 'Local news | Politics | Courts | Education', 'Sign in', 'Subscribe', ''];
const head = 'Carers unhappy at allowance change';

describe('menus above the headline', () => {
	it('a trending teaser\'s date above the headline is not the page\'s', () => {
		expect(dateOf([...menus, 'Trending', 'Bus route cut back - 3 March 2017', '', head, '', ...story])).toBe(null);
	});
	it('a list of latest stories with their dates above the headline is not the page\'s', () => {
		expect(dateOf([...menus, 'Latest', 'Bus route cut back', '3 March 2017', 'Library hours extended', '4 March 2017', '', head, '', ...story])).toBe(null);
	});
	it('a weather box\'s day (the day the page was saved) above the headline is not the page\'s', () => {
		expect(dateOf([...menus, 'Weather', 'Sunny 12°C', 'Sunday 10 March 2019', '', head, '', ...story])).toBe(null);
	});
	it('a teaser\'s date after a cookie banner above the headline is not the page\'s', () => {
		expect(dateOf([...menus, 'Cookie settings', 'Accept all', '', 'Library hours extended', '3 March 2017', '', head, '', ...story])).toBe(null);
	});
	it('a dated events list above the headline stays unread', () => {
		expect(dateOf([...menus, "What's on", '12 March 2019 Craft fair at the library', '14 March 2019 Quiz night', '', head, '', ...story])).toBe(null);
	});
	it('an advertisement\'s date and a notice above the headline stay unread', () => {
		expect(dateOf([...menus, 'Advertisement', 'Sale ends 3 March 2017', '', head, '', ...story])).toBe(null);
		expect(dateOf([...menus, 'Obituaries', 'Notices', 'In memoriam 3 March 2017', '', head, '', ...story])).toBe(null);
	});
	it('a meeting\'s date in the first paragraph after the menus is not the page\'s', () => {
		expect(dateOf([...menus, head, '', 'Carers were told of the change at a meeting on 3 March 2017.', '', ...story])).toBe(null);
	});
	it('the dateline under the headline after the menus is read', () => {
		expect(dateOf([...menus, head, '', 'By Ellis Maddox', '7 March 2017', '', ...story])).toBe('2017-03-07');
	});
});

describe('the foot of the page', () => {
	it('an event\'s day and time after the text is not the page\'s stamp', () => {
		expect(dateOf(['Valley Blog', '', head, '', ...story, '', 'Next meeting', 'March 14, 2017 7:00 PM', 'Civic Centre'])).toBe(null);
	});
	it('an event\'s details after the text are not the page\'s stamp', () => {
		expect(dateOf(['Valley Blog', '', head, '', ...story, '', 'Event details', 'Saturday March 18, 2017 10:00 AM', 'Civic Centre'])).toBe(null);
	});
	it('a deadline after the text is not the page\'s stamp', () => {
		expect(dateOf(['Valley Blog', '', head, '', ...story, '', 'Deadline for responses:', 'March 31, 2017 5:00 PM'])).toBe(null);
	});
	it('the previous post\'s stamp is not this post\'s', () => {
		expect(dateOf(['Valley Blog', '', head, '', ...story, '', 'Previous post', 'Library hours extended', 'March 2, 2017 by Ellis Maddox'])).toBe(null);
	});
	it('a reader\'s stamp under "Leave a Reply" is not the page\'s', () => {
		expect(dateOf(['Valley Blog', '', head, '', ...story, '', 'Leave a Reply', 'Gwen says:', 'March 9, 2017 at 8:15 pm', 'My allowance has gone down by a third.'])).toBe(null);
	});
	it('a reader\'s stamp under a count of thoughts is not the page\'s', () => {
		expect(dateOf(['Valley Blog', '', head, '', ...story, '', `3 thoughts on "${head}"`, 'Gwen', 'March 9, 2017 at 8:15 pm', 'My allowance has gone down by a third.'])).toBe(null);
	});
	it('the post\'s own labelled stamp is read past a calendar', () => {
		expect(dateOf(['Valley Blog', '', head, '', ...story, '', 'Posted on March 7, 2017 by Ellis Maddox in Fostering', '', 'Recent Posts', '- Bus route to be cut back', '', 'Archives', 'March 2017', 'February 2017', 'Calendar', 'M T W T F S S', ' 1  2  3  4  5'])).toBe('2017-03-07');
	});
});

describe('spans of two dates', () => {
	it('an event\'s span above the headline is no dateline', () => {
		expect(dateOf(['Event: Carers week', '12 June 2017 - 18 June 2017', '', head, '', ...story])).toBe(null);
	});
	it('a stamp with a dash and a time, a count or a labelled update is still a dateline', () => {
		expect(datelineDate('Posted: 12 March 2019 - 10:15')).toBe('2019-03-12');
		expect(datelineDate('12 March 2019 - 5 comments')).toBe('2019-03-12');
		expect(datelineDate('Tuesday 12 March 2019 - Last updated 13 March 2019')).toBe('2019-03-12');
	});
	it('a kick-off time with its country and no date gives none', () => {
		expect(dateOf(['Kick-off 15:00 UK time', '', head, '', ...story])).toBe(null);
	});
});

describe('a date broken over short lines', () => {
	it('an events widget above the headline is not the page\'s dateline', () => {
		expect(dateOf(['Valley Council', 'Home', 'Events', '14', 'March', '2019', 'Coffee morning for carers', '', head, '', ...story])).toBe(null);
	});
	it('a statistics box\'s "as at" date is not the page\'s', () => {
		expect(dateOf(['Children in care', '412', 'As at', '31', 'March', '2022', '', head, '', ...story])).toBe(null);
	});
	it('a school box\'s last inspection date is not the page\'s', () => {
		expect(dateOf(['Ofsted rating', 'Good', 'Last inspected', '12', 'June', '2018', '', head, '', ...story])).toBe(null);
	});
	it('an upcoming event\'s broken date below the text is not the page\'s', () => {
		expect(dateOf([head, '', ...story, '', 'Upcoming', 'Carers forum', '14', 'March', '2017'])).toBe(null);
	});
});

describe('a day and month without the year', () => {
	it('an events listing\'s day above the headline is not the page\'s', () => {
		expect(dateOf(['Borough Council', "What's on", 'Saturday 6 November', 'Carers coffee morning', '', head, '', ...story, 'The inspection earlier this year, in March 2021, found the service good.'])).toBe(null);
	});
	it('a sponsored box\'s day under the headline is not the page\'s', () => {
		expect(dateOf(['The Ashby Mercury', '', head, '', 'Sponsored', '28th October', 'Win tickets to the panto', '', ...story, '', 'The inspection in September 2021 found the service good.', '', 'Copyright 2021 Ashby Mercury Ltd'])).toBe(null);
	});
	it('a related story\'s day below the text is not the page\'s', () => {
		expect(dateOf(['The Ashby Mercury', '', head, '', ...story, '', 'The inspection in September 2021 found the service good.', '', 'Related', 'Panto tickets on sale', '28th October', '', 'Copyright 2021 Ashby Mercury Ltd'])).toBe(null);
	});
	it('a bank holiday above the headline is not the page\'s', () => {
		expect(dateOf(['Borough Council', 'Bank holiday: 3 May', '', 'Our fostering service has been rated good!', '', 'The inspection earlier this year, in March 2021, looked at how we support our carers.'])).toBe(null);
	});
	it('a weekday that fits the year is read', () => {
		expect(dateOf(['The Ashby Mercury', '', head, '', 'Thursday 28 October', '', ...story, '', 'The inspection in September 2021 found the service good.', '', 'Copyright 2021 Ashby Mercury Ltd'])).toBe('2021-10-28');
	});
	it('a closing date under the headline is not the page\'s', () => {
		expect(dateOf(['The Ashby Mercury', '', head, '', 'Closing date: 28 October', '', ...story, 'The inspection in September 2021 found the service good.', '', 'Copyright 2021 Ashby Mercury Ltd'])).toBe(null);
	});
	it('a meeting\'s day and time under the headline is not the page\'s', () => {
		expect(dateOf(['The Ashby Mercury', '', head, '', 'Next meeting 3 May at 18:00', '', ...story, 'The inspection in March 2022 found the service good.', '', '© 2022 Ashby Mercury Ltd'])).toBe(null);
	});
	it('a change of bin days under the headline is not the page\'s', () => {
		expect(dateOf(['The Ashby Mercury', '', head, '', 'Bin collections change from 28th October', '', ...story, 'The inspection in September 2021 found the service good.', '', 'Copyright 2021 Ashby Mercury Ltd'])).toBe(null);
	});
});

describe('author boxes and share bars', () => {
	it('a picture\'s date under the share bar is not the page\'s', () => {
		expect(dateOf([head, '', 'Share this article', 'Facebook  X  Email', 'Picture taken 9 June 2018 at the protest', '', ...story])).toBe(null);
	});
	it('an event\'s date under the share bar is not the page\'s', () => {
		expect(dateOf([head, '', 'Share', 'Facebook', 'Email', 'Event date: 14 July 2018', '', ...story])).toBe(null);
	});
	it('a meeting\'s date under the share bar is not the page\'s', () => {
		expect(dateOf([head, '', 'Share', 'Facebook', 'Email', 'Meeting: 14 July 2018', '', ...story])).toBe(null);
	});
	it('a review date under the share bar is not the page\'s', () => {
		expect(dateOf([head, '', 'Share', 'Facebook', 'Email', 'Last reviewed: 14 July 2018', '', ...story])).toBe(null);
	});
});
