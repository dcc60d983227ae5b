/**
 * review27: a scheduled leaving is planned (87c96b8).
 * Sentences written for the review, near-misses the family must not change and a few it should handle; the
 * it.fails cases are over-reaches found by review27 (they assert the right behaviour and fail today).
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const run = (text: string, published = '2019-06-20') =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Stockport Council\n\n${text}\n`, {today}).events;
// One line per event: type, rating, a status other than done, date ('~' approximate), an authority other than Stockport.
const show = (text: string) =>
	run(text)
		.map((e) => `${e.type}${e.rating ? ':' + e.rating : ''}${e.status ? '/' + e.status : ''}@${e.date.value}${e.date.approximate ? '~' : ''}${e.authority && e.authority !== 'Stockport' ? '[' + e.authority + ']' : ''}`)
		.join(' | ');

describe('fine: a scheduled leaving', () => {
	it.each([
		["Jane Holt, Stockport's director of children's services, resigned on 3 March and will leave at the end of April.", 'resignation@2019-03-03'],
		["Trafford's director of children's services will leave at the end of March, Trafford Council said.", 'resignation/planned@2020-03~[Trafford]'],
		["Jane Holt is leaving Stockport at the end of the year to become Trafford's director.", 'resignation/planned@2019~'],
		["Jane Holt said she would not leave at the end of March despite calls to go.", ''],
		["Stockport County's manager will leave at the end of the season.", ''],
		['The head teacher of Stockport Grammar School is to retire in the summer.', ''],
		['Jane Holt was due to leave at the end of March, but agreed to stay.', ''],
		["Will Jane Holt, Stockport's director of children's services, leave at the end of March?", ''],
	])('%s', (text, want) => {
		expect(show(text)).toBe(want);
	});
});
