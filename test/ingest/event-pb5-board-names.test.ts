/**
 * Improvement boards under longer names: an "improvement governance board", a "children's services oversight board".
 * Beside ordinary boards with the same words: a hospital's governance board, a school's governing board, a football
 * club's board, a regeneration scheme's oversight board. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const boards = (published: string, text: string) => rows(published, text).filter((r) => r.startsWith('improvement-board '));

test('an improvement governance board or a children’s services oversight board is an improvement board', () => {
	expect(boards('2018-02-15', 'Barnsley Council has set up an improvement governance board for its children’s social care.')).toEqual(['improvement-board 2018-02-15~']);
	expect(boards('2018-02-15', 'Gateshead’s children’s services oversight board met for the first time on Monday.')).toEqual(['improvement-board 2018-02-12']);
});

test('a hospital’s governance board, a school’s governing board or a club’s board is none', () => {
	expect(boards('2018-02-15', 'The hospital trust’s governance board met on Monday to discuss waiting times in Barnsley.')).toEqual([]);
	expect(boards('2018-02-15', 'Barnsley’s football club board appointed a new manager on Monday.')).toEqual([]);
	expect(boards('2018-02-15', 'The hospital’s quality improvement governance board in Barnsley met on Monday to discuss waiting times.')).toEqual([]);
	expect(boards('2018-02-15', 'The school’s governing board in Gateshead has appointed a new headteacher.')).toEqual([]);
});
