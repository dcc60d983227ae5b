/**
 * The page's header can run long before its dateline: a standfirst, a caption sentence, a pull line, an author box
 * with sentences about the writer. An author box's sentences do not count as the story's text, and a share bar
 * straight after the first lines closes the header, so the dateline under it is the page's. A share bar followed by
 * comments, by a heading of other stories, or by the story's paragraphs gives no date.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {authorBioLine} from '../../source/ingest/page-menus.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const head = ['Weekend clubs for disabled children saved', '', 'Parents had campaigned for two years for more weekend clubs in the north of the county.', ''];
const story = ['Councillors have agreed to spend more on short breaks for disabled children after parents packed the public gallery.', '', 'The extra money will pay for two more weekend clubs and a holiday scheme in the north of the county.', '', 'Parents told the committee that waiting lists had grown every year since the last review.'];

describe('a long header', () => {
	it('with an author box of two sentences about the writer still reaches the dateline', () => {
		expect(dateOf([...head, 'Mina Okafor', 'Mina Okafor is the Herald\'s families correspondent and has covered the county council since 2012.', 'She was previously a reporter on a weekly paper in the south of the county.', '', '9 June 2018', '', ...story])).toBe('2018-06-09');
	});
	it('closed by a share bar after a caption sentence gives the date under the bar', () => {
		expect(dateOf([...head, 'A mother whose son uses the clubs said the vote would change her weekends completely.', '', 'The picture shows the committee room at the civic centre during a crowded meeting in the spring.', '', 'Share this article', 'Facebook  X  Email', '09/06/2018', '', ...story])).toBe('2018-06-09');
	});
	it('closed by a share bar, then comments, gives no reader\'s date', () => {
		expect(dateOf([...head, ...story.slice(0, 3), '', 'Share', 'Facebook', 'Comments', 'Ravi D', '10 June 2018 08:15', 'Good news for families at last.'])).toBe(null);
	});
	it('closed by a share bar, then other stories, gives none of their dates', () => {
		expect(dateOf([...head, ...story.slice(0, 3), '', 'Share', 'Email', 'Related', '3 July 2016', 'Clubs close for summer holidays after funding gap'])).toBe(null);
	});
	it('is not stretched by a share bar that comes after the story\'s paragraphs and a date in them', () => {
		expect(dateOf([...head, ...story, '', 'Councillors will review the clubs again at a meeting in the autumn, officers said.', '', 'Share', '', '12 March 2015', 'Inspectors rate the service inadequate after a visit in the winter.'])).toBe(null);
	});
});

describe('author box lines', () => {
	it('are sentences naming the writer\'s job', () => {
		expect(authorBioLine('Mina Okafor is the Herald\'s families correspondent and has covered the council since 2012.')).toBe(true);
		expect(authorBioLine('She has covered local government for the paper for a decade and more.')).toBe(true);
		expect(authorBioLine('The council said the clubs would reopen in the autumn after a review.')).toBe(false);
		expect(authorBioLine('Parents told the committee that waiting lists had grown.')).toBe(false);
	});
});
