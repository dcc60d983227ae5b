/**
 * "The full council meets on Thursday to debate the motion": a meeting told in the present beside its weekday is
 * one the news announces (a report of it says "met"), so the weekday is the next one (dates/tense.ts).
 */
import {describe, expect, it} from 'vitest';
import {findDates} from '../../source/ingest/dates/resolve.js';

const today = new Date('2026-11-22T12:00:00Z');
// A Tuesday.
const ref = {value: '2019-11-12', precision: 'day', approximate: false, basis: 'stated'} as const;
const firstOf = (sentence: string) => findDates(sentence, ref, {today})[0]!.date.value;

describe('a weekday beside a meeting told in the present', () => {
	it('meets on Thursday: the coming Thursday', () => expect(firstOf('The full council meets on Thursday to debate a motion of no confidence.')).toBe('2019-11-14'));
	it('votes on Monday on whether: the coming Monday', () => expect(firstOf('The cabinet votes on Monday on whether to accept the plan.')).toBe('2019-11-18'));
	it('sits on Friday', () => expect(firstOf('The scrutiny committee sits on Friday.')).toBe('2019-11-15'));
	it('met on Thursday: the last Thursday', () => expect(firstOf('The full council met on Thursday to debate a motion of no confidence.')).toBe('2019-11-07'));
	it('a past telling in the sentence keeps the past', () => expect(firstOf('Councillors, who were angry, debates aside, said on Monday that the leader should go.')).toBe('2019-11-11'));
});
