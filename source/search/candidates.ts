/**
 * Which documents a query in Fuse's extended syntax can match, found in the term index: a superset of Fuse's
 * own matches, so that ranking only these changes nothing but the time it takes.
 *
 * Syntax (Fuse): words are ANDed, ` | ` ORs groups; `'word` includes, `=text` is exact, `^word` a prefix,
 * `word$` a suffix, `!…` excludes (left to Fuse: an exclusion never adds candidates).
 */
import {tokens, type TermIndex} from './term-index.js';

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
function termsFor(index: TermIndex, word: string, how: Term['how'], last: boolean): {strong: number[]; loose: number[]} {
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

/** Intersects ascending document lists, smallest first. */
function intersect(lists: Uint32Array[], documents: number): Uint32Array {
	if (lists.length === 0) return new Uint32Array(0);
	const sorted = [...lists].sort((a, b) => a.length - b.length);
	let cur = sorted[0]!;
	for (const next of sorted.slice(1)) {
		if (cur.length === 0) break;
		const mark = new Uint8Array(documents);
		for (let k = 0; k < next.length; k++) mark[next[k]!] = 1;
		const out = new Uint32Array(cur.length);
		let m = 0;
		for (let k = 0; k < cur.length; k++) if (mark[cur[k]!] === 1) out[m++] = cur[k]!;
		cur = out.subarray(0, m);
	}
	return cur;
}

/**
 * Candidate document numbers for a query: those that match every word strongly (exactly, or as the start of a
 * word), and those that match only loosely (typos, inside longer words). Each ascending; typed arrays and mark
 * arrays throughout, because a common word can match most of a 50,000-article corpus.
 */
export function candidates(index: TermIndex, query: string): {strong: Uint32Array; loose: Uint32Array} {
	const groups = parseExtended(query);
	const n = index.documents;
	// 1 = strong, 2 = loose only.
	const mark = new Uint8Array(n);
	const allWords = groups.flatMap((g) => g.flatMap((t) => t.words));
	const lastWord = allWords.at(-1);
	for (const group of groups) {
		if (group.length === 0) {
			// Only exclusions: anything may match.
			for (let d = 0; d < n; d++) if (mark[d] === 0) mark[d] = 2;
			continue;
		}
		const strongLists: Uint32Array[] = [];
		const looseLists: Uint32Array[] = [];
		for (const term of group)
			for (const word of term.words) {
				const t = termsFor(index, word, term.how, word === lastWord);
				strongLists.push(index.union(t.strong));
				looseLists.push(index.union(t.loose));
			}
		for (const d of intersect(looseLists, n)) if (mark[d] === 0) mark[d] = 2;
		for (const d of intersect(strongLists, n)) mark[d] = 1;
	}
	let strongCount = 0;
	let looseCount = 0;
	for (let d = 0; d < n; d++) {
		if (mark[d] === 1) strongCount++;
		else if (mark[d] === 2) looseCount++;
	}
	const strong = new Uint32Array(strongCount);
	const loose = new Uint32Array(looseCount);
	let i = 0;
	let j = 0;
	for (let d = 0; d < n; d++) {
		if (mark[d] === 1) strong[i++] = d;
		else if (mark[d] === 2) loose[j++] = d;
	}
	return {strong, loose};
}
