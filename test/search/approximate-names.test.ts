/** Typed names matched with a typo forgiven, as the search index matches words (source/search/approximate-names.ts). */
import {describe, expect, it} from 'vitest';
import {NameIndex} from '../../source/search/approximate-names.js';

const names = new NameIndex(['Simon Blackburn', 'Ian Lindley', 'Blackpool', 'Blackburn with Darwen', 'Tony Williams', 'resignation-call', 'resignation-refused']);
const near = (typed: string) => names.near(typed).map((n) => `${n.name}:${n.edits}`);

describe('NameIndex', () => {
	it('finds a name from a word of it with a typo, counting the edits', () => {
		expect(near('blakpool')).toEqual(['Blackpool:1']);
		expect(near('lindly')).toEqual(['Ian Lindley:1']);
		expect(near('wiliams')).toEqual(['Tony Williams:1']);
	});

	it('needs every typed word to be near a word of the name, and orders by edits in all', () => {
		expect(near('simon blakburn')).toEqual(['Simon Blackburn:1']);
		expect(near('blakburn darwen')).toEqual(['Blackburn with Darwen:1']);
		expect(near('blakburn')).toEqual(['Simon Blackburn:1', 'Blackburn with Darwen:1']);
		expect(near('resignaton call')).toEqual(['resignation-call:1']);
		expect(names.closest('resignaton-refusd').map((n) => n.name)).toEqual(['resignation-refused']);
	});

	it('allows the edits a word of its length may have (Fuse\'s threshold): none for short words', () => {
		expect(near('lnd')).toEqual([]);
		expect(near('bxxxkpool')).toEqual([]);
		expect(near('')).toEqual([]);
	});

	it('gives the closest names, several when they tie', () => {
		expect(names.closest('blakburn').map((n) => n.name)).toEqual(['Simon Blackburn', 'Blackburn with Darwen']);
		expect(names.closest('nothing near')).toEqual([]);
	});
});
