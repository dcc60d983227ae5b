/**
 * "The service was last inspected in 2016, when its work was judged satisfactory": an earlier inspection told without
 * a grade the rules read. It is not the report the article's news grades, so it never lends that grade its year.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {run, today} from '../helpers/review-events.js';

describe('an inspection told as the last one, beside the grade of a new report', () => {
	it('leaves the new grade of an undated page undated, and the last inspection its own year', () => {
		const text = 'Stockport Council has set out its first steps after inspectors concluded that its youth justice service requires improvement overall.\n\nThe service was last inspected in 2016, under the previous framework, when its work was judged satisfactory in most areas.\n';
		const events = extractArticle(`title: Council statement\nauthority: Stockport Council\n\n${text}`, {today}).events.filter((e) => e.type === 'inspection-judgement');
		const grade = events.find((e) => e.rating === 'requires improvement');
		expect(grade?.date.value).toBeNull();
		expect(events.some((e) => !e.rating && e.date.value === '2016')).toBe(true);
	});

	it('still dates a grade the same sentence gives that inspection', () => {
		const grade = run("Stockport's children's services were last inspected in 2016, when they were rated good.").find((e) => e.type === 'inspection-judgement');
		expect(grade?.rating).toBe('good');
		expect(grade?.date.value).toBe('2016');
	});
});
