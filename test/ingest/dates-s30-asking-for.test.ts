/**
 * "Her group would table a motion at full council in July asking for a cross-party panel": July is the asking's day;
 * the panel asked for has no date of its own yet, so it takes July only approximately (dates/own-clause.ts). A call to
 * resign is made by its asking, and keeps the day. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Central Bedfordshire\n\n${text}\n`, {today}).events.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('what a dated act asks for is not dated by it', () => {
	it('a panel asked for in a motion tabled in July', () => {
		expect(events('2019-06-14', 'Labour group leader Cllr Deborah Ince said her group would table a motion at full council in July asking for a cross-party panel to oversee the improvement plan.')).toContain('improvement-board 2019-07~');
	});
});

describe('a call keeps its day', () => {
	it('a motion in July calling for the leader to resign', () => {
		expect(events('2019-07-20', 'Opposition councillors tabled a motion on Thursday calling for the council leader to resign over the Ofsted report.')).toContain('resignation-call 2019-07-18');
	});
});
