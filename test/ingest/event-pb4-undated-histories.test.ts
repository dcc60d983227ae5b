/**
 * On a page that prints no date of its own, a month told without its year inside a history takes the history's year,
 * approximate, as it does on a dated page; a month with no history before it stays undated. Sentences written for this
 * project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {today} from './article.js';

const rows = (...paragraphs: string[]) =>
	extractArticle(`title: Children's services\nauthority: Gateshead\n\n${paragraphs.join('\n\n')}\n`, {today}).events.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

test('a month of a history on an undated page takes the history’s year', () => {
	expect(rows('Gateshead was rated inadequate in July 2017. A commissioner was appointed that September.')).toEqual(['inspection-judgement 2017-07', 'commissioner-appointed 2017-09~']);
	expect(rows('Gateshead was rated inadequate in July 2017. In November the Department for Education issued an improvement notice.')).toContain('improvement-notice 2017-11~');
});

test('a month with no history before it stays undated on an undated page', () => {
	expect(rows('Gateshead’s improvement board will meet again in September.').every((r) => r.endsWith('undated'))).toBe(true);
	expect(rows('A commissioner was appointed to Gateshead in March.')).toEqual(['commissioner-appointed undated']);
});
