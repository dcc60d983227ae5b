/**
 * "The commissioner who has overseen the service since 2017 has stepped down": "since 2017" starts the tenure the
 * resignation ends, so it dates the resignation only by a reading (event-date-calibration.ts); likewise a notice "in
 * force since March 2019" that has been lifted. The state's start stays the date of what began it. Sentences written
 * for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const events = (published: string, text: string) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Kirklees\n\n${text}\n`, {today}).events.map((e) => `${e.type} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);

describe('a since-date is the start of what an ending ends', () => {
	it('a commissioner who has overseen the service since 2017 has stepped down', () => {
		expect(events('2021-02-01', "The commissioner who has overseen Kirklees Council's children's services since 2017 has stepped down after ministers ended the statutory direction.")).toContain('resignation 2017~');
	});
});

describe('the start of a state keeps its date', () => {
	it('under a notice since March 2019', () => {
		expect(events('2021-02-01', "Kirklees Council's children's services have been under an improvement notice since March 2019.")).toContain('improvement-notice 2019-03');
	});
	it('a resignation dated in its own words', () => {
		expect(events('2021-02-01', "Kirklees's director of children's services resigned in January 2021.")).toContain('resignation 2021-01');
	});
});
