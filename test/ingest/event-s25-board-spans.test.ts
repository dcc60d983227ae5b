/**
 * An improvement board told by its span: "met monthly until last summer", "until it was disbanded in July 2011",
 * "held its final meeting in January 2024" (the board, at its end, approximately: annotators date a board told so by
 * its end), "has met every six weeks since the notice came into force", "has met every month since," (the board since
 * the event told just before, approximately), "which has met monthly since it was set up in April 2022" (stated: not approximate). Each beside
 * near-misses: another body's board, a board still to meet, a board that has not met, a question. Sentences written for
 * this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const of = (type: string, published: string, ...text: string[]) => rows(published, ...text).filter((r) => r.startsWith(`${type} `));

test('a board told by its end or by its start is dated by them, approximately', () => {
	expect(of('improvement-board', '2018-05-01', 'Leicester’s children’s services were rated inadequate in 2015.', 'An improvement board, chaired independently, met monthly until last summer.')).toContain('improvement-board 2017~');
	expect(of('improvement-board', '2011-12-14', 'An improvement board chaired by Leicestershire’s chief executive was set up within weeks of the notice and met monthly until the end of 2010.')).toContain('improvement-board 2010~');
	expect(of('improvement-board', '2019-01-17', 'Milton Keynes was issued with an improvement notice in 2009, and an improvement board, chaired by a former chief inspector, met monthly until it was disbanded in July 2011.')).toContain('improvement-board 2011-07~');
	expect(of('improvement-board', '2020-01-22', 'Middlesbrough was issued with an improvement notice in March 2019.', 'An improvement board, chaired independently, has met every six weeks since the notice came into force.')).toEqual(['improvement-board 2019-03~']);
	expect(of('improvement-board', '2015-03-11', 'St Helens was issued with an improvement notice in September 2012 after an inspection found child protection inadequate.', 'An improvement board chaired by a former director of children’s services has met every month since, and the council has added social work posts.')).toEqual(['improvement-board 2012-09~']);
	expect(of('improvement-board', '2023-07-27', 'Poole’s director said the letter would go to its improvement and assurance board, which has met monthly since it was set up in April 2022.')).toContain('improvement-board 2022-04');
});

test('another body’s board, a board to come, one that has not met, or a question is not dated so', () => {
	expect(of('improvement-board', '2018-05-01', 'The governing board of a Leicester school met monthly until last summer.')).toEqual([]);
	expect(of('improvement-board', '2018-05-01', 'Leicester’s improvement board will meet monthly until the notice is lifted in 2019.').filter((r) => r.includes('2019'))).toEqual([]);
	expect(of('improvement-board', '2024-03-14', 'Leicester’s leader said on Monday that the improvement board would be wound up in the summer.').filter((r) => /2024-0[6-8]|2024~/.test(r))).toEqual([]);
	expect(of('improvement-board', '2018-05-01', 'Leicester was issued with an improvement notice in March 2016.', 'Its improvement board has not met since, councillors heard.').filter((r) => r.includes('2016'))).toEqual([]);
	expect(of('improvement-board', '2018-05-01', 'Leicester was issued with an improvement notice in March 2016.', 'Has the improvement board met every month since?').filter((r) => r.includes('2016'))).toEqual([]);
});
