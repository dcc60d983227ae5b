/**
 * "Services in Wigan and Bolton had both been judged to require improvement": the pluperfect with "both", "also" or
 * "already" between its words tells the grades as history, as "had been judged" does, never the article's news.
 */
import {describe, expect, it} from 'vitest';
import {run} from '../helpers/review-events.js';

const grades = (text: string) => run(text).filter((e) => e.type === 'inspection-judgement');

describe('a pluperfect grade with a word inside it', () => {
	it.each([
		'Before the merger, services in Stockport and Bolton had both been judged to require improvement.',
		'Stockport had also been rated inadequate.',
		'Stockport had already been judged good.',
	])('leaves "%s" undated', (text) => {
		const found = grades(text);
		expect(found.length).toBeGreaterThan(0);
		for (const g of found) expect(g.date.value).toBeNull();
	});

	it('still reads a grade of now as the news', () => {
		expect(grades('Stockport has been judged to require improvement.')[0]?.date.value).toBe('2019-06-20');
	});
});
