import {describe, expect, test} from 'vitest';
import {afterLastStop, comparable, endsLikeSentence, firstEndingAfter, isSpace, wordCount, lastSentenceStart, matchesIn, sentenceSpans, shortHash, slug} from '../../source/ingest/text.js';

const sentences = (p: string) => sentenceSpans(p).map((s) => p.slice(s.start, s.end));

describe('sentenceSpans', () => {
	test.each([
		['The council met. The leader spoke.', ['The council met.', 'The leader spoke.']],
		['Coun. Osei spoke. Mr. Hale replied.', ['Coun. Osei spoke.', 'Mr. Hale replied.']],
		['Spending rose to £1.5m. Costs rose too.', ['Spending rose to £1.5m.', 'Costs rose too.']],
		// A stop inside a quotation ends nothing until the quotation closes.
		['He said: "We failed. We are sorry." Then he left.', ['He said: "We failed. We are sorry."', 'Then he left.']],
		// The attribution belongs to the sentence of its quote.
		['“We failed,” he said. “We are sorry.”', ['“We failed,” he said.', '“We are sorry.”']],
		['It was late. and then it ended.', ['It was late. and then it ended.']],
		['Was it late? Yes. It was!', ['Was it late?', 'Yes.', 'It was!']],
		['Was it late? No. It was not!', ['Was it late?', 'No.', 'It was not!']],
		['It moved to No. 10 Downing Street. Then it stopped.', ['It moved to No. 10 Downing Street.', 'Then it stopped.']],
		['The end', ['The end']],
		['', []],
	])('%j', (p, expected) => {
		expect(sentences(p)).toEqual(expected);
	});
});

describe('comparable', () => {
	test('ignores case, quote styles and punctuation but keeps apostrophes', () => {
		expect(comparable('“Don’t” — it’s the COUNCIL’s fault!')).toBe("don't it's the council's fault");
		expect(comparable("Don't, it's the council's fault")).toBe(comparable('“Don’t” — it’s the COUNCIL’s fault!'));
		expect(comparable('the council failed')).not.toBe(comparable('the councils failed'));
	});
});

describe('endsLikeSentence', () => {
	test.each([
		['The council met.', true],
		['What next?', true],
		['He said:', true],
		['“We failed.”', true],
		["'We failed.'", true],
		["The 'new' town hall at dusk'", false],
		['The town hall at dusk', false],
		['Costs rose by 5%', false],
	])('%j → %s', (s, expected) => {
		expect(endsLikeSentence(s)).toBe(expected);
	});
});

describe('ids', () => {
	test('shortHash is 32-bit FNV-1a as eight hex digits', () => {
		expect(shortHash('')).toBe('811c9dc5');
		expect(shortHash('a')).toBe('e40c292c');
		expect(shortHash('abc')).not.toBe(shortHash('abd'));
	});

	test.each([
		['Children’s Services: Ofsted’s Verdict!', 'childrens-services-ofsteds-verdict'],
		['Café  déjà vu', 'cafe-deja-vu'],
		['--North  East Lincs--', 'north-east-lincs'],
		['!!!', ''],
	])('slug %j → %j', (s, expected) => {
		expect(slug(s)).toBe(expected);
	});
});

test('firstEndingAfter: the first item ending after an offset, by binary search', () => {
	const items = [{end: 5}, {end: 10}, {end: 20}];
	expect([0, 5, 6, 10, 19, 20, 99].map((at) => firstEndingAfter(items, at))).toEqual([0, 1, 1, 2, 2, 3, 3]);
	expect(firstEndingAfter([], 3)).toBe(0);
});

describe('lastSentenceStart and afterLastStop', () => {
	// The regular expressions they replace, as the oracle: the same index on every text, however it ends.
	const lastByRegex = (s: string) => s.search(/[^.!?]*[.!?:]?\s*$/);
	const afterByRegex = (s: string, end: number) => s.slice(0, end).search(/[^.!?]*$/);
	const cases = ['', ' ', 'No stop at all', 'One sentence.', 'Two. Sentences.', 'Two. Sentences.  \n', 'Ends with a colon:', 'First! Then: ', 'Is it? Yes', 'a.b.c', '...', '. ', 'Dr. Smith said the following statement.', 'Q? A! B. \u00a0', 'x\u2028'];
	test.each(cases)('%j', (s) => {
		expect(lastSentenceStart(s)).toBe(lastByRegex(s));
		for (let end = 0; end <= s.length; end++) expect(afterLastStop(s, end)).toBe(afterByRegex(s, end));
	});

	test('random texts of stops, colons, spaces and letters', () => {
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		const alphabet = ['a', 'b', ' ', '.', '!', '?', ':', '\n', '\u00a0', '"'];
		for (let n = 0; n < 2000; n++) {
			const s = Array.from({length: Math.floor(next() * 14)}, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
			expect(lastSentenceStart(s), JSON.stringify(s)).toBe(lastByRegex(s));
			expect(afterLastStop(s), JSON.stringify(s)).toBe(afterByRegex(s, s.length));
		}
	});
});

describe('matchesIn', () => {
	const plain = (ms: RegExpMatchArray[]) => ms.map((m) => ({at: m.index, groups: [...m], named: m.groups}));
	// The same matches as matchAll: overlapping words, empty matches (one character, or one code point under the
	// u flag), lookbehinds, named groups and a lastIndex left by another caller.
	test.each([
		[/\b(the|a) (report|letter)\b/gi, 'The report and a letter; THE REPORT again.'],
		[/(?<![A-Za-z])[Ii]t(?= said)/g, 'It said so. Bit said. it said it.'],
		[/x*/g, 'axxb😀c'],
		[/x*/gu, 'axxb😀c'],
		[/(?<word>[A-Z][a-z]+)/g, 'Ofsted told Wigan Council'],
		[/\d/g, ''],
	])('%s', (re, text) => {
		expect(plain(matchesIn(re, text))).toEqual(plain([...text.matchAll(re)]));
		re.lastIndex = 3;
		expect(plain(matchesIn(re, text))).toEqual(plain([...text.matchAll(re)]));
		expect(re.lastIndex).toBe(3);
		re.lastIndex = 0;
	});
	test('a pattern without the g flag is refused, as matchAll refuses it', () => {
		expect(() => matchesIn(/a/, 'a')).toThrow(TypeError);
	});
});

describe('isSpace', () => {
	test('is /\\s/ for every UTF-16 code unit', () => {
		const differ: number[] = [];
		for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
		expect(differ).toEqual([]);
	});
});

describe('sentenceSpans at the edges of a stop', () => {
	test.each([
		// Marks and brackets after the stop belong to the sentence; any white space may follow them.
		['He left.) Then.', ['He left.)', 'Then.']],
		['It ended.]\u00a0Next one.', ['It ended.]', 'Next one.']],
		['It ended.\u2003‘Quoted’ next.', ['It ended.', '‘Quoted’ next.']],
		['It cost less. £5m went.', ['It cost less.', '£5m went.']],
		['It ended. (An aside.)', ['It ended.', '(An aside.)']],
		['Not here.x Here. Yes.', ['Not here.x Here.', 'Yes.']],
		// Only the letters within eight characters of the stop make the abbreviation.
		['Mr. Hale spoke. ContactsMr. Hale replied.', ['Mr. Hale spoke.', 'ContactsMr.', 'Hale replied.']],
		['Call Xyzabcdefgh. Now.', ['Call Xyzabcdefgh.', 'Now.']],
	])('%s', (text, expected) => {
		expect(sentences(text)).toEqual(expected);
	});
});

describe('wordCount', () => {
	test.each(['', '   ', 'one', '  two words  ', 'tab\tand\nnew line', 'nbsp\u00a0and\u2003em\ufeffbom', 'a\u200bb', '😀 😀', ' \u3000x\u2029y '])('%j', (s) => {
		const t = s.trim();
		expect(wordCount(s)).toBe(t === '' ? 0 : t.split(/\s+/).length);
	});
});
