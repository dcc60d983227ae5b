/**
 * A notice told as one in force, with the participle of its issuing and a date right after its words ("required
 * under the improvement notice issued this month", "working under an improvement notice imposed in March 2019",
 * "still under the notice it received in 2021"): that date is the notice's, stated (event-notice-in-force.ts). Near
 * misses: a notice in force with no issuing words before the date ("until March", another act's date after "and" or
 * in a which-clause, a publication "alongside a report in January"), and "since 2017", which keeps its own reading.
 * Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const notices = (text: string) =>
	extractArticle(`title: Council news\ndate: 2024-03-22\nauthority: Derbyshire\n\n${text}\n`, {today})
		.events.filter((e) => e.type === 'improvement-notice')
		.map((e) => `${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('a notice in force takes the date of its issuing told right after it', () => {
	const cases: [string, string][] = [
		['The board, required under the improvement notice issued this month, held its first meeting on Wednesday.', '2024-03'],
		['The council is working under an improvement notice issued in March.', '2024-03'],
		['Derbyshire has been under an improvement notice imposed in March 2019.', '2019-03'],
		['Derbyshire remains subject to a statutory direction, first issued in 2017.', '2017'],
		['The council is still under the improvement notice it received in 2021.', '2021'],
		['Derbyshire has been working under an improvement notice served on the council in June 2022.', '2022-06'],
	];
	for (const [text, want] of cases) it(`${want}: ${text.slice(0, 70)}`, () => expect(notices(text)).toContain(want));
});

describe('notices in force that keep their reading', () => {
	const cases: [string, string][] = [
		['Derbyshire has been under an improvement notice since 2017.', '2017'],
		['Derbyshire will remain under the improvement notice until March.', 'undated'],
		['Derbyshire is under an improvement notice, and its improvement board met in February.', 'undated'],
		['Derbyshire is under an improvement notice and was rated inadequate in January.', 'undated'],
		['Derbyshire is working under an improvement notice, which ministers reviewed in May.', 'undated'],
		['Derbyshire is under an improvement notice published alongside a report in January.', 'undated'],
	];
	for (const [text, want] of cases) it(text.slice(0, 90), () => expect(notices(text)).toContain(want));
});
