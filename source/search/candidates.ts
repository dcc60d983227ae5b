/**
 * Which terms the documents a query in Fuse's extended syntax can match must contain: the documents they give
 * are a superset of Fuse's own matches, so that ranking only these changes nothing but the time it takes.
 *
 * Syntax (Fuse): words are ANDed, ` | ` ORs groups; `'word` includes, `=text` is exact, `^word` a prefix,
 * `word$` a suffix, `!…` excludes (left to Fuse: an exclusion never adds candidates).
 */
import type {Conjunction, Disjunction} from './first-matches.js';
import {tokens, type SearchIndex} from './term-index.js';

type Term = {readonly how: 'fuzzy' | 'include' | 'exact' | 'prefix' | 'suffix'; readonly words: readonly string[]};

/** Splits a query into OR groups of AND terms, dropping exclusions. */
export function parseExtended(query: string): Term[][] {
	const groups: Term[][] = [];
	for (const group of query.split(/\s+\|\s+/)) {
		const terms: Term[] = [];
		// A quoted phrase is one term: `'"improvement board"`.
		for (const m of group.matchAll(/(!?[=^']?)"([^"]*)"(\$?)|(\S+)/g)) {
			let raw = m[4] ?? `${m[1]}${m[2]}${m[3]}`;
			if (raw.startsWith('!')) continue;
			let how: Term['how'] = 'fuzzy';
			if (raw.startsWith('=')) (how = 'exact'), (raw = raw.slice(1));
			else if (raw.startsWith("'")) (how = 'include'), (raw = raw.slice(1));
			else if (raw.startsWith('^')) (how = 'prefix'), (raw = raw.slice(1));
			else if (raw.endsWith('$') && raw.length > 1) (how = 'suffix'), (raw = raw.slice(0, -1));
			const words = tokens(raw);
			if (words.length) terms.push({how, words});
		}
		groups.push(terms);
	}
	return groups;
}

/** Term numbers a word can match: loosely (what Fuse might accept) and strongly (exact or prefix). */
function termsFor(index: SearchIndex, word: string, how: Term['how'], last: boolean): {strong: number[]; loose: number[]} {
	switch (how) {
		case 'exact':
			return {strong: index.terms(word, 'exact'), loose: index.terms(word, 'exact')};
		case 'prefix': {
			const t = index.terms(word, 'prefix');
			return {strong: t, loose: t};
		}
		case 'suffix': {
			const t = index.terms(word, 'suffix');
			return {strong: t, loose: t};
		}
		case 'include': {
			const t = index.terms(word, 'substring');
			return {strong: t, loose: t};
		}
		case 'fuzzy': {
			// Fuse finds a word inside longer ones and with a few typos: prefix, substring and near spellings.
			const strong = last ? index.terms(word, 'prefix') : index.terms(word, 'exact');
			const loose = new Set([...index.terms(word, 'prefix'), ...index.terms(word, 'substring'), ...index.terms(word, 'fuzzy')]);
			return {strong, loose: [...loose]};
		}
	}
}

/** Recent term look-ups per index: typing repeats every word but the last on each key, and a typo scan reads the vocabulary. */
const lookups = new WeakMap<SearchIndex, Map<string, {strong: number[]; loose: number[]}>>();
const lookupsKept = 256;

function cachedTermsFor(index: SearchIndex, word: string, how: Term['how'], last: boolean): {strong: number[]; loose: number[]} {
	let cache = lookups.get(index);
	if (!cache) lookups.set(index, (cache = new Map()));
	const key = `${how}:${last ? 1 : 0}:${word}`;
	let found = cache.get(key);
	if (!found) {
		if (cache.size >= lookupsKept) cache.clear();
		cache.set(key, (found = termsFor(index, word, how, last)));
	}
	return found;
}

/**
 * The terms a query's documents must contain, as OR groups of AND-ed words: strongly (every word exactly, or as
 * the start of a word) and loosely (typos, inside longer words). A document matching strongly is a strong
 * candidate; one matching only loosely a loose one. A group of exclusions alone matches every document loosely.
 */
export function candidateTerms(index: SearchIndex, query: string): {strong: Disjunction; loose: Disjunction} {
	const groups = parseExtended(query);
	const lastWord = groups.flatMap((g) => g.flatMap((t) => t.words)).at(-1);
	const strong: Conjunction[] = [];
	const loose: Conjunction[] = [];
	for (const group of groups) {
		if (group.length === 0) {
			loose.push([]);
			continue;
		}
		const s: number[][] = [];
		const l: number[][] = [];
		for (const term of group)
			for (const word of term.words) {
				const t = cachedTermsFor(index, word, term.how, word === lastWord);
				s.push(t.strong);
				l.push(t.loose);
			}
		strong.push(s);
		loose.push(l);
	}
	return {strong, loose};
}
