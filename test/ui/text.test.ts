import {describe, expect, it} from 'vitest';
import {anchorOf, clipSpans, kwic} from '../../source/ui/kwic.js';
import {displayWidth, fit, markSpans, paintSpans, truncate, wrap, wrapSpans} from '../../source/ui/text-layout.js';

const text = (spans: readonly {text: string}[]) => spans.map((s) => s.text).join('');

describe('measuring and cutting', () => {
	it.each([
		['plain', 5],
		['café', 4],
		['e\u0301', 1],
		['東京', 4],
		['😀 ok', 5],
		['', 0],
	])('%j is %i cells', (s, w) => expect(displayWidth(s)).toBe(w));

	it.each([
		['Blackpool', 20, 'Blackpool'],
		['North East Lincolnshire', 10, 'North Eas…'],
		['東京東京', 5, '東京…'],
		['abc', 0, ''],
	])('truncate(%j, %i) is %j', (s, w, out) => {
		expect(truncate(s, w)).toBe(out);
		expect(displayWidth(truncate(s, w))).toBeLessThanOrEqual(w);
	});

	it('fits to an exact width, left or right', () => {
		expect(fit('ab', 4)).toBe('ab  ');
		expect(fit('ab', 4, 'right')).toBe('  ab');
		expect(fit('abcdef', 4)).toBe('abc…');
	});
});

describe('wrapping', () => {
	it.each([
		['one two three four', 9, ['one two', 'three', 'four']],
		['one two three', 13, ['one two three']],
		['a  b', 10, ['a  b']],
		['supercalifragilistic', 8, ['supercal', 'ifragili', 'stic']],
		['line one\nline two', 20, ['line one', 'line two']],
		['', 10, ['']],
		['word ', 4, ['word']],
	])('%j at %i', (s, w, lines) => {
		expect(wrap(s, w)).toEqual(lines);
		for (const l of wrap(s, w)) expect(displayWidth(l)).toBeLessThanOrEqual(w);
	});

	it('keeps tones across line breaks', () => {
		const spans = markSpans('He said a Poundland Donald Trump today', [[10, 32]], 'quote');
		const lines = wrapSpans(spans, 16);
		expect(lines.map(text)).toEqual(['He said a', 'Poundland Donald', 'Trump today']);
		expect(lines[1]).toEqual([{text: 'Poundland Donald', tone: 'quote'}]);
		expect(lines[2]).toEqual([
			{text: 'Trump', tone: 'quote'},
			{text: ' today', tone: 'plain'},
		]);
	});

	it('paints layers, the later on top', () => {
		expect(paintSpans('abcdef', [{ranges: [[1, 5]], tone: 'quote'}, {ranges: [[2, 3]], tone: 'match'}])).toEqual([
			{text: 'a', tone: 'plain'},
			{text: 'b', tone: 'quote'},
			{text: 'c', tone: 'match'},
			{text: 'de', tone: 'quote'},
			{text: 'f', tone: 'plain'},
		]);
	});
});

describe('keyword in context', () => {
	const long =
		'My view is what Blackpool needs is a leader who is committed, passionate and experienced and not a Poundland Donald Trump.';
	const at = long.indexOf('Poundland');

	it('shows short text whole, with the match marked', () => {
		expect(kwic('a Poundland Donald Trump', [[2, 11]], 40)).toEqual([
			{text: 'a ', tone: 'plain'},
			{text: 'Poundland', tone: 'match'},
			{text: ' Donald Trump', tone: 'plain'},
		]);
	});

	it.each([20, 30, 44, 60])('keeps a late match visible in %i cells', (w) => {
		const spans = kwic(long, [[at, at + 9]], w);
		expect(displayWidth(text(spans))).toBeLessThanOrEqual(w);
		expect(spans).toContainEqual({text: 'Poundland', tone: 'match'});
		expect(spans[0]).toEqual({text: '…', tone: 'dim'});
	});

	it('centres on the longest match', () => {
		expect(anchorOf([[0, 2], [10, 20], [30, 35]])).toEqual([10, 20]);
		expect(anchorOf([])).toBeNull();
	});

	it('cuts spans with an ellipsis', () => {
		const spans = clipSpans([{text: 'abcdef', tone: 'plain'}, {text: 'ghij', tone: 'match'}], 8);
		expect(text(spans)).toBe('abcdefg…');
		expect(clipSpans([{text: 'abc', tone: 'plain'}], 8)).toEqual([{text: 'abc', tone: 'plain'}]);
	});
});
