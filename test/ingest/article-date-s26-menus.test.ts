/**
 * Whole saved pages: the site's menus, toolbars and banners above the headline do not push the dateline out of
 * reach, while dates below a comments heading (however the blog words it) stay readers'.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {menuLine} from '../../source/ingest/page-menus.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const menus = ['The Upper Wharfdale Gazette', 'Home', 'News', 'Sport', 'What\'s On', 'Jobs', 'Property', 'Motors', 'Announcements', '', 'Local news | Politics | Courts | Education', 'Sign in', 'Subscribe', ''];
const story = [
	'A youth support scheme in the dales has been given more money by councillors after a review of its first year.',
	'',
	'Members of the cabinet agreed to extend the pilot for another twelve months at a meeting on Tuesday.',
	'',
	'The scheme pairs teenagers leaving care with volunteer mentors living in the same village.',
	'',
	'A report to the meeting said that almost all of those taking part had stayed in education or training.',
];

describe('a dateline below a long run of menus', () => {
	it('is read under the headline however many menu lines stand above it', () => {
		expect(dateOf([...menus, 'Mentoring scheme for care leavers gets another year', '', 'Posted: 14:05 Thursday 6 June 2019', '', 'Share', 'Save', '', ...story])).toBe('2019-06-06');
	});
	it('is read after menu items run together and a byline', () => {
		expect(dateOf(['Radio Fellside', 'HomeNewsSportWeatherTravelTrafficPodcasts', 'Listen', 'Schedule', 'Presenters', 'Contact', 'Competitions', 'Win', 'Events', 'Jobs', 'About', '', 'Mentoring scheme for care leavers gets another year', 'By Dora Pennick', '3 Sep 2021 at 08:12', '', ...story])).toBe('2021-09-03');
	});
	it('still stops at the article text: a date among the paragraphs is not the page\'s', () => {
		expect(dateOf([...menus, 'Mentoring scheme for care leavers gets another year', '', ...story, '', '12 March 2019', '', 'More of the story follows here in a last paragraph of its own.'])).toBe(null);
	});
	it('does not read dates under a blog\'s count of responses', () => {
		expect(dateOf(['A parent\'s notebook', 'Where each council stands', '', 'I keep a list here of where each council\'s plan has got to.', '', '4 thoughts on "Where each council stands"', '', 'M. Oakes', '2 May 2023 at 10:01 am', 'Thank you for this.', '', 'Ray T', '4 May 2023 at 7:40 pm', 'Very useful.'])).toBe(null);
	});
});

describe('menu lines', () => {
	it('are short lines, bars of items and run-together links without figures or a full stop', () => {
		expect(menuLine('Home')).toBe(true);
		expect(menuLine('News | Sport | Business | Opinion')).toBe(true);
		expect(menuLine('NewsHomeInDepthClimateUKWorldBusiness')).toBe(true);
		expect(menuLine('Council approves new children\'s home plan')).toBe(false);
		expect(menuLine('12 March 2019')).toBe(false);
		expect(menuLine('It was good.')).toBe(false);
	});
});
