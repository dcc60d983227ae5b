/**
 * A whole page's foot: the post's stamp under the last paragraph is read past the sidebars below it (recent posts,
 * an archive of months, a calendar), and an unlabelled stamp with its writer or its time straight after the text
 * is the page's; readers' stamps under a comments heading, teasers' dated bylines under their headlines and related
 * stories' dates in a list are not.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {sidebarLine} from '../../source/ingest/page-foot.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const story = [
	'Foster carers in the valley say a change to their allowances has left some of them worse off than last year.',
	'',
	'The council said the new rates were fairer and that most carers would receive more over a full year.',
	'',
	'A meeting for carers to put their questions to officers has been arranged at the civic centre.',
];
const sidebars = ['Recent Posts', '- Bus route to be cut back', '- Library hours extended', '- New play park opens', '', 'Archives', 'March 2017', 'February 2017', 'January 2017', 'December 2016', '', 'Calendar', 'March 2017', 'M T W T F S S', ' 1  2  3  4  5', ' 6  7  8  9 10 11 12', '13 14 15 16 17 18 19', '« Feb', '', 'Tags', 'Fostering', 'Allowances', '', 'Powered by a blogging platform'];

describe('a labelled stamp above the sidebars', () => {
	it('is read however long the sidebars below it are', () => {
		expect(dateOf(['Valley Residents\' Blog', '', 'Carers unhappy at allowance change', '', ...story, '', 'This entry was posted on Tuesday, March 7th, 2017 at 9:05 am and is filed under Fostering.', '', ...sidebars])).toBe('2017-03-07');
	});
	it('under a comments heading is a reader\'s, not the page\'s', () => {
		expect(dateOf(['Valley Residents\' Blog', '', 'Carers unhappy at allowance change', '', ...story, '', 'Comments', 'Posted by Gwen on 9 March 2017', 'My allowance has gone down by a third.', '', ...sidebars])).toBe(null);
	});
});

describe('an unlabelled stamp straight after the text', () => {
	it('with its writer, after a bar of links, is the page\'s', () => {
		expect(dateOf(['Valley FM', 'Listen', 'News', '', 'Carers unhappy at allowance change', '', ...story, '', 'Hear the interview: Part 1 | Part 2', '', 'March 7, 2017 by Ellis Maddox', '', 'Categories: Local News', '', ...sidebars])).toBe('2017-03-07');
	});
	it('with its time, after an agency\'s credit, is the page\'s', () => {
		expect(dateOf(['| 9.1°C Carlisle', '', 'Carers unhappy at allowance change', '', ...story, '', 'Press Association', '', 'March 7 2017 3:41 PM'])).toBe('2017-03-07');
	});
	it('is not a teaser\'s dated byline under its own headline', () => {
		expect(dateOf(['Care Weekly', '', 'Carers unhappy at allowance change', '', ...story, '', 'FOSTERING', '', 'What carers are really paid', '', 'By Imogen Leckie | 08 March 2017', '', 'A short summary of this piece.'])).toBe(null);
	});
	it('is not a reader\'s stamp followed by its reply link', () => {
		expect(dateOf(['Valley Residents\' Blog', '', 'Carers unhappy at allowance change', '', ...story, '', 'Gwen', '9 March 2017 at 10:12 am', 'Reply'])).toBe(null);
	});
	it('is not one of several readers\' stamps', () => {
		expect(dateOf(['Valley Residents\' Blog', '', 'Carers unhappy at allowance change', '', ...story, '', 'Gwen', '9 March 2017 at 10:12 am', 'My allowance has gone down by a third this year.', '', 'Tomasz', '10 March 2017 at 8:40 pm', 'Same here, and nobody told us in advance.'])).toBe(null);
	});
	it('is not a related story\'s date in a list', () => {
		expect(dateOf(['Valley Residents\' Blog', '', 'Carers unhappy at allowance change', '', ...story, '', 'Related', 'Fostering fortnight begins', '12 May 2016 10:00', '', '© 2018 Valley Residents'])).toBe(null);
	});
});

describe('sidebar lines', () => {
	it('are menus, list items, archive months and calendar rows', () => {
		for (const l of ['Recent Posts', '- Bus route to be cut back', 'January 2017', 'March 2019 (4)', 'M T W T F S S', '13 14 15 16 17 18 19', '« Feb']) expect(sidebarLine(l)).toBe(true);
		for (const l of ['Posted on 7 March 2017', 'The meeting is on Tuesday.', 'March 7, 2017 by Ellis Maddox']) expect(sidebarLine(l)).toBe(false);
	});
});
