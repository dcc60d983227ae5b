/** Matching typed text: the ranges a find highlights and the items a filter box lets through. */
import {describe, expect, it} from 'vitest';
import {filterItems, findRanges, foldText} from '../../source/ui/text-match.js';

const at = (text: string, query: string) => findRanges(text, query).map(([s, e]) => text.slice(s, e));

describe('finding words in the text as shown', () => {
	it.each([
		['The report rated the council inadequate', 'the', ['The', 'the']],
		['Ofsted OFSTED ofsted', 'ofsted', ['Ofsted', 'OFSTED', 'ofsted']],
		['Sándwell and Sandwell', 'sandwell', ['Sándwell', 'Sandwell']],
		// Accents in the query fold too.
		['Sandwell', 'Sándwell', ['Sandwell']],
		// A decomposed accent (e + combining acute) is one character of the match.
		['cafe\u0301 society', 'cafe', ['cafe\u0301']],
		['aaaa', 'aa', ['aa', 'aa']],
		['nothing here', 'zzz', []],
		['blank query', '   ', []],
		['', 'x', []],
		// A typed straight apostrophe finds the text's curly one, and the other way round; double quotes alike.
		['the resort’s most vulnerable children', "resort's", ['resort’s']],
		["the resort's children", 'resort’s', ["resort's"]],
		['said it was “in context”', '"in context"', ['“in context”']],
		['‘Poundland’ and \'Poundland\'', "'poundland'", ['‘Poundland’', "'Poundland'"]],
	])('%j for %j', (text, query, expected) => {
		expect(at(text, query)).toEqual(expected);
	});

	it('keeps ranges in the original text where folding changes the length', () => {
		// "İ" folds to two code units ("i" and a combining dot, then the dot is dropped): later matches still land.
		const text = 'İstanbul and Inadequate';
		expect(at(text, 'inadequate')).toEqual(['Inadequate']);
		expect(at(text, 'istanbul')).toEqual(['İstanbul']);
		expect(foldText('ÉCOLE')).toBe('ecole');
	});

	it('never splits an emoji or a wide character', () => {
		const text = '😀 Kent 😀 kent 漢字';
		expect(at(text, 'kent')).toEqual(['Kent', 'kent']);
		expect(at(text, '漢')).toEqual(['漢']);
	});
});

describe('filtering a list by the words typed', () => {
	const names = ['Blackpool', 'Blackburn with Darwen', 'North East Lincolnshire', 'North Lincolnshire', 'Kent', 'Lincolnshire', 'Bracknell Forest'];
	const f = (q: string) => filterItems(names, q, (n) => n);

	it('lets everything through for an empty query, in the list order', () => {
		expect(f('')).toEqual(names);
		expect(f('  ')).toEqual(names);
	});

	it('keeps the items holding every word, case-insensitively: the label’s start first, then a word’s start, then inside', () => {
		expect(f('black')).toEqual(['Blackpool', 'Blackburn with Darwen']);
		expect(f('LINCOLN')).toEqual(['Lincolnshire', 'North East Lincolnshire', 'North Lincolnshire']);
		expect(f('east lincoln')).toEqual(['North East Lincolnshire']);
		expect(f('nell')).toEqual(['Bracknell Forest']);
		expect(f('ent')).toEqual(['Kent']);
	});

	it('falls back to a fuzzy match for a typo', () => {
		expect(f('blakpool')[0]).toBe('Blackpool');
		// No name holds "lincs": the fuzzy match still finds the one meant.
		expect(f('north lincs')[0]).toBe('North Lincolnshire');
		expect(f('qqqqqq')).toEqual([]);
	});
});
