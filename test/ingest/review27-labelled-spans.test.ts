/**
 * review27: a fieldwork span line is no dateline (f314cf3).
 * Sentences written for the review, near-misses the family must not change and a few it should handle; the
 * it.fails cases are over-reaches found by review27 (they assert the right behaviour and fail today).
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {run, show, today} from '../helpers/review-events.js';

const page = (lines: string) =>
	extractArticle(`title: Council news\nauthority: Stockport Council\n\n${lines}\nStockport's children's services were rated good by Ofsted.\n`, {today});

describe('fine: spans and datelines', () => {
	it('a fieldwork span dates no page', () => {
		expect(page('Fieldwork 12 March 2019 - 22 March 2019').published.value).toBeNull();
	});
	it.each([
		['Published 3 May 2019 - Updated 22 May 2019', '2019-05-03'],
		['Posted on 3 May 2019 - 4 comments', '2019-05-03'],
		['Published 3 May 2019\nFieldwork 12 March 2019 - 22 March 2019', '2019-05-03'],
	])('%s', (lines, want) => {
		expect(page(lines).published.value).toBe(want);
	});
});
