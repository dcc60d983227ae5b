/**
 * Judgements told without their grade (event-judgements.ts's reportWithoutGrade): a joint area review that prompted
 * an intervention, a "devastating joint area review", "Ofsted's critical July report". Each is a judgement without a
 * rating. Beside them, reviews of other kinds, reports still to come, and hopes, which give none. Sentences written for
 * this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const judgements = (published: string, ...text: string[]) =>
	article(published, ...text)
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}`);

test('a joint area review that prompted intervention, and a critical report of a month, are judgements', () => {
	expect(judgements('2018-01-09', 'Wigan has struggled to lift its children’s services since 2008, when a joint area review prompted an improvement notice.')).toEqual(['ungraded 2008']);
	expect(judgements('2012-05-01', 'In 2007 a joint area review of Bury’s services for children led to a government notice to improve.')).toEqual(['ungraded 2007']);
	expect(judgements('2012-05-01', 'A joint area review in 2008 triggered ministerial intervention in Oldham’s children’s services.')).toEqual(['ungraded 2008']);
	expect(judgements('2012-05-01', 'Salford’s director left in 2008 after a devastating joint area review.').map((r) => r.split(' ')[0])).toEqual(['ungraded']);
	expect(judgements('2018-09-18', 'Rochdale’s leader survived a no-confidence motion on Monday, two months after Ofsted’s critical July report.')).toEqual(['ungraded 2018-07']);
	expect(judgements('2018-09-18', 'The cabinet member resigned in the wake of the damning spring report on Stockport’s children’s services.').map((r) => r.split(' ')[0])).toEqual(['ungraded']);
});

test('other reviews, reports still to come and hopes give no judgement', () => {
	expect(judgements('2018-01-09', 'Wigan Council’s review of its leisure centres led to two closures in 2008.')).toEqual([]);
	expect(judgements('2018-01-09', 'A critical July heatwave forced Bury Council to close two libraries.')).toEqual([]);
	expect(judgements('2018-01-09', 'Oldham Council published its annual review of parking in July, which led to higher charges.')).toEqual([]);
	expect(judgements('2018-01-09', 'The joint area review of Salford is due to begin in the spring and will report in July.')).toEqual([]);
	expect(judgements('2018-01-09', 'If a joint area review were to find failings in Rochdale, ministers could intervene.')).toEqual([]);
	expect(judgements('2018-01-09', 'Stockport’s critical care unit at the hospital was praised in a July report by the health regulator.')).toEqual([]);
});
