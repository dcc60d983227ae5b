/** One reading of double quotation marks for every step that asks whether a position is inside someone's words. */
import {describe, expect, it} from 'vitest';
import {insideQuotes} from '../../source/ingest/dates/tense.js';
import {openAfter} from '../../source/ingest/quote-marks.js';
import {findQuoteSpans} from '../../source/ingest/quote-spans.js';
import {sentenceSpans} from '../../source/ingest/text.js';

const openAt = (text: string) => {
	const out: boolean[] = [];
	let open = false;
	for (let i = 0; i < text.length; i++) out.push((open = openAfter(text.charCodeAt(i), open)));
	return out;
};

describe('double quotation marks', () => {
	it('opens on “ and „, closes on ”, and lets a straight mark close what is open or else open', () => {
		expect(openAt('a“b”c')).toEqual([false, true, true, false, false]);
		expect(openAt('a„b”c')).toEqual([false, true, true, false, false]);
		expect(openAt('a"b"c')).toEqual([false, true, true, false, false]);
		expect(openAt('“a"b')).toEqual([true, true, false, false]);
	});

	it('is read the same by the sentence splitter, the quotation finder and the date tense', () => {
		const text = 'He said „We will act. We have a plan.” Then he left.';
		// The splitter does not cut inside the quotation; the finder finds one quotation; the tense sees its inside.
		expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['He said „We will act. We have a plan.”', 'Then he left.']);
		expect(findQuoteSpans(text).map((s) => s.text)).toEqual(['We will act. We have a plan.']);
		expect(insideQuotes(text, [text.indexOf('plan'), text.indexOf('Then')])).toEqual([true, false]);
	});
});
