/**
 * A page printed from a browser carries the browser's stamp (the day it was printed) alone on the first line and the
 * address with a page count at the foot: the stamp is not the page's date, and the page's own dateline under the
 * headline is read; without the browser's footer a date and time alone on the first line is still a dateline.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const dateOf = (lines: string[]) => extractArticle(lines.join('\n'), {today}).published.value;

const story = [
	'A new respite home for disabled children has opened on the edge of the town after two years of building work.',
	'',
	'The home has four bedrooms and a sensory garden designed with families who will use it.',
	'',
	'Parents said short stays would give them a chance to rest and spend time with their other children.',
];

describe('a browser\'s print stamp', () => {
	it('is not the page\'s date; the dateline under the headline is', () => {
		expect(dateOf(['17/01/2025, 09:41', 'Respite home opens for disabled children | Hallam Courier', '', 'Respite home opens for disabled children', '', 'Published: 3rd May 2023', '', ...story, '', 'https://www.hallamcourier.co.uk/news/respite-home-opens/ 1/2'])).toBe('2023-05-03');
	});
	it('leaves a page with no date of its own undated', () => {
		expect(dateOf(['17/01/2025, 09:41', 'Respite home opens for disabled children | Hallam Courier', '', 'Respite home opens for disabled children', '', ...story, '', 'https://www.hallamcourier.co.uk/news/respite-home-opens/ 1/2'])).toBe(null);
	});
	it('without the browser\'s footer, a date and time on the first line is the page\'s dateline', () => {
		expect(dateOf(['03/05/2023, 09:41', '', 'Respite home opens for disabled children', '', ...story])).toBe('2023-05-03');
	});
});
