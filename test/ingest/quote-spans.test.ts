import {describe, expect, test} from 'vitest';
import {findQuoteSpans, isRatingPhrase, narrativeOf} from '../../source/ingest/quote-spans.js';

/** Each span as its words, and ' (single)' / ' (runs on)' where it is not a closed double quotation. */
const spans = (p: string) => findQuoteSpans(p).map((s) => s.text + (s.mark === 'single' ? ' (single)' : '') + (s.closed ? '' : ' (runs on)'));

describe('findQuoteSpans', () => {
	test.each([
		['Cllr Rao said: “We will put this right.”', ['We will put this right.']],
		['Cllr Rao said: "We will put this right."', ['We will put this right.']],
		['“We are sorry,” she said. “It will take time.”', ['We are sorry,', 'It will take time.']],
		['He called it "a shambles" and "a disgrace".', ['a shambles', 'a disgrace']],
		['He said: ‘We are working on this every day.’', ['We are working on this every day. (single)']],
		["The plan was 'not fit for purpose', he said.", ['not fit for purpose (single)']],
		['“We will not stop until every child is safe', ['We will not stop until every child is safe (runs on)']],
		['She said: "The report is clear: we failed." Then she left.', ['The report is clear: we failed.']],
		// In single marks too, a quote that runs on into the next paragraph has no closing mark.
		["The leader said: 'This is a hard day for the families we serve.", ['This is a hard day for the families we serve. (single) (runs on)']],
		["‘We didn’t see it coming,’ she said. ‘The council’s leaders will answer for it.", ['We didn’t see it coming, (single)', 'The council’s leaders will answer for it. (single) (runs on)']],
		["'We will not hide from what the inspectors found.", ['We will not hide from what the inspectors found. (single) (runs on)']],
	])('%j', (p, expected) => {
		expect(spans(p)).toEqual(expected);
	});

	test.each([
		// Ratings and verdicts in quote marks are the judgement, not anybody's words.
		['The service was rated ‘inadequate’ by Ofsted.'],
		["The service was rated 'requires improvement' in 2019."],
		["It was rated 'requires improvement to be good'."],
		['It was judged “Inadequate.” last year.'],
		['It was rated "good".'],
		['Its schools were called ‘failing’ by the MP.'],
		// One or two words in single marks are scare quotes.
		['The so-called ‘recovery’ has stalled.'],
		["Officers described a 'perfect storm' of pressures."],
		// Apostrophes are not marks.
		['The council’s plan and the councils’ plans don’t match.'],
		['Rock ’n’ roll has nothing to do with the ’90s.'],
		['"" is not a quotation.'],
		// An opening mark inside a sentence, or a paragraph that does not end on a sentence, is no quote that runs on.
		["The council's 'recovery plan will be published next month."],
		["He said: 'the plan"],
	])('no quotation in %j', (p) => {
		expect(spans(p)).toEqual([]);
	});

	test('a plural possessive inside a single-quoted quotation does not close it', () => {
		expect(spans('She said: ‘We have lost the families’ trust and we must earn it back.’')).toEqual(['We have lost the families’ trust and we must earn it back. (single)']);
	});

	test('a closing double mark typed where an opening one belongs, after a colon and before a capital, opens the quotation', () => {
		expect(spans('It also says: ”The joint work on housing is the best example.”')).toEqual(['The joint work on housing is the best example.']);
		expect(spans('He said it was ”good” and left.')).toEqual([]);
	});

	test('a mark after a plural before a verb or a linking word closes the quotation ("‘Grave weaknesses’ have been found")', () => {
		expect(spans('‘Grave and systemic weaknesses’ have been found by inspectors in a report on the county’s services.')).toEqual(['Grave and systemic weaknesses (single)']);
	});

	test('a mark after -ss, or before a mark that opens another quotation, closes the quotation', () => {
		expect(spans('Inspectors noted the ‘real and lasting progress’ being made since the service was rated ‘inadequate in every area’ two years ago.')).toEqual(['real and lasting progress (single)', 'inadequate in every area (single)']);
		expect(spans('Leaders praised the staff’s ‘hard work and their success’ during a year of ‘change on every front’ for the service.')).toEqual(['hard work and their success (single)', 'change on every front (single)']);
	});

	test('offsets run from the opening mark to just after the closing one, or to the end when it runs on', () => {
		const p = 'He said: “Never.” Then: “And more';
		const [a, b] = findQuoteSpans(p);
		expect(p.slice(a!.start, a!.end)).toBe('“Never.”');
		expect(p.slice(b!.start, b!.end)).toBe('“And more');
		expect(b!.end).toBe(p.length);
	});
});

describe('narrativeOf', () => {
	test('blanks every quotation and keeps the length, so offsets still hold', () => {
		const p = 'Cllr Rao said: “Mr Khan should go.” She added that it was ‘far too slow for everyone’.';
		const n = narrativeOf(p, findQuoteSpans(p));
		expect(n).toHaveLength(p.length);
		const blank = (s: string) => ' '.repeat(s.length);
		expect(n).toBe(`Cllr Rao said: ${blank('“Mr Khan should go.”')} She added that it was ${blank('‘far too slow for everyone’')}.`);
	});

	test('is the paragraph itself when there is no quotation', () => {
		const p = 'The service was rated ‘inadequate’.';
		expect(narrativeOf(p, findQuoteSpans(p))).toBe(p);
	});
});

describe('isRatingPhrase', () => {
	test.each([
		['inadequate', true],
		['Inadequate.', true],
		['Outstanding!', true],
		['requires improvement', true],
		['requires improvement to be good', true],
		['poor', true],
		['not good enough', false],
		['good for children', false],
		['', false],
	])('%j → %s', (phrase, expected) => {
		expect(isRatingPhrase(phrase)).toBe(expected);
	});
});
