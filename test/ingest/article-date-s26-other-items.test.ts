/**
 * Dates of other things a saved page prints where a dateline might stand: a heading of another item with a date of
 * its own (a meeting, an event, a deadline, the post before or after), a box of the site's own (the weather, a
 * listing of what is on, a paid promotion), a teaser's headline with its date above the page's headline. Written
 * in other words than review26's pages, to hold the reasons rather than the words; and the page's own datelines
 * beside them, which are still read.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {otherItemHeading} from '../../source/ingest/page-other-items.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const story = [
	'Parents of children with special needs say the new transport policy leaves some pupils travelling for hours.',
	'',
	'The council said the routes had been planned with schools and would be reviewed after the first term.',
	'',
	'A drop-in session for families has been arranged at the town library next week.',
];
const head = 'School transport changes worry parents';

describe('dates of other items and of the site\'s boxes are not the page\'s', () => {
	it('the older posts\' stamp at the foot', () => {
		expect(dateOf(['Parents\' Forum', '', head, '', ...story, '', 'Older posts', 'Swimming lessons return', 'May 2, 2018 by Rhian Pugh'])).toBe(null);
	});
	it('a closing date labelled on the line above the foot\'s date', () => {
		expect(dateOf(['Parents\' Forum', '', head, '', ...story, '', 'Closing date:', 'June 30, 2018 12:00 PM'])).toBe(null);
	});
	it('a forecast box above the headline, in Fahrenheit', () => {
		expect(dateOf(['The Dale Courier', 'Home', 'News', '', 'Forecast', 'Cloudy 54°F', 'Tuesday 8 May 2018', '', head, '', ...story])).toBe(null);
	});
	it('a promoted box\'s day without a year under the headline', () => {
		expect(dateOf(['The Dale Courier', '', head, '', 'Promoted', '14th May', 'Win a family day out', '', ...story, '', 'The inspection in March 2018 found the service good.', '', 'Copyright 2018 Dale Courier Ltd'])).toBe(null);
	});
	it('a box of what is coming up, its date broken over lines, above the headline', () => {
		expect(dateOf(['Dale Council', 'Home', 'Coming Up', '21', 'May', '2018', 'Parents\' evening', '', head, '', ...story])).toBe(null);
	});
});

describe('the page\'s own dateline beside them is still read', () => {
	it('under "Published" after a sender\'s label', () => {
		expect(dateOf(['Dale Council', 'Home', '', head, '', 'From:', 'Children\'s services', 'Published', '8 May 2018', '', ...story])).toBe('2018-05-08');
	});
	it('straight under a menu that lists what is on and events', () => {
		expect(dateOf(['The Dale Courier', 'Home', 'News', "What's On", 'Events', '8 May 2018', '', head, '', ...story])).toBe('2018-05-08');
	});
	it('between the headline and the text', () => {
		expect(dateOf(['The Dale Courier', 'Home', 'News', '', head, '8 May 2018', '', ...story])).toBe('2018-05-08');
	});
	it('at the foot after an agency\'s credit', () => {
		expect(dateOf(['Parents\' Forum', '', head, '', ...story, '', 'Press Association', '', 'May 8 2018 3:41 PM'])).toBe('2018-05-08');
	});
});

describe('headings of other items', () => {
	it('are short, name another item or a box, and are no sentence nor a publishing label', () => {
		for (const t of ['Coming up', 'Newer entry', 'Event details', 'Weather', 'Sponsored by a local firm', 'Deadline for responses:']) expect(otherItemHeading(t)).toBe(true);
		for (const t of ['Published', 'Date:', 'Posted in Events', 'The meeting is on Tuesday.', 'Press Association', 'From']) expect(otherItemHeading(t)).toBe(false);
	});
});
