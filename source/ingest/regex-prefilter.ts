/**
 * A long pattern of alternatives ("a|b|c") run only with the alternatives that could match a text. The engine tries
 * every alternative at every position of the text; most alternatives need a word the text lacks. Each alternative's
 * needed words are read from the pattern itself (a run of plain letters outside any optional part, or one of the words
 * of a group's branches), so no hand-kept list can fall behind the pattern. Removing alternatives that cannot match
 * anywhere leaves the leftmost match, and which alternative wins it, as they were: `exec` gives the same index and
 * matched text (only the numbering of capture groups changes, which no caller of this reads).
 */
import {wordAutomaton} from './word-automaton.js';

/** Words of which a text must hold one (lower-cased) for a part of a pattern to match it; null when none is known. */
type Words = readonly string[] | null;
/** For an alternative: each of these lists must have a word in the text (every part of it the alternative must match). */
type Needs = readonly (readonly string[])[];

/** A character the lower-cased text keeps as it is or lower-cases as the pattern's `i` flag folds it (ASCII, or no case). */
const plain = (c: string) => c.charCodeAt(0) < 128 || (c.toLowerCase() === c && c.toUpperCase() === c);

const shortest = (a: readonly string[]) => Math.min(...a.map((w) => w.length));
/** The better of two lists: the one whose shortest word is longest (fewer false passes), then the one with fewer words. */
function better(a: Words, b: Words): Words {
	if (a === null) return b;
	if (b === null) return a;
	const ma = shortest(a), mb = shortest(b);
	return mb > ma || (mb === ma && b.length < a.length) ? b : a;
}

/**
 * The lists worth asking, longest words first: a word that holds another of its list adds nothing ("further visit"
 * beside "visit"), and a list with a word of one or two letters is in nearly every text.
 */
const asked = (lists: readonly (readonly string[])[]): Needs =>
	lists
		.map((l) => [...new Set(l)].filter((w, _, list) => !list.some((o) => o !== w && w.includes(o))))
		.filter((l) => shortest(l) >= 3)
		.sort((a, b) => shortest(b) - shortest(a))
		.slice(0, 2);

/**
 * Reads a pattern's source: the needs of each top-level alternative, with where it is in the source. A construct it
 * does not know ends the run of plain letters it is in and adds nothing: the needs only ever get weaker, never wrong.
 */
export function alternativeNeeds(source: string): {readonly start: number; readonly end: number; readonly needs: Needs}[] {
	let i = 0;
	const top: {start: number; end: number; needs: Needs}[] = [];
	// The lists of the sequence being read, for the top level, where every one of them is asked.
	let all: (readonly string[])[] = [];
	// The minimum count of the quantifier at i (null when there is none), stepping over it.
	const quantifier = (): number | null => {
		const c = source[i];
		let min = 1;
		if (c === '*' || c === '?') (min = 0), i++;
		else if (c === '+') i++;
		else if (c === '{') {
			const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i));
			if (!m) return null;
			min = Number(m[1]);
			i += m[0].length;
		} else return null;
		if (source[i] === '?') i++;
		return min;
	};
	// A disjunction up to the closing parenthesis (or the end): the union of its branches' needs, null if one has none.
	const disjunction = (atTop: boolean): Words => {
		const branches: Words[] = [];
		let start = i;
		for (;;) {
			if (atTop) all = [];
			const words = sequence(atTop);
			branches.push(words);
			if (atTop) top.push({start, end: i, needs: asked(all)});
			if (source[i] === '|') {
				i++;
				start = i;
				continue;
			}
			break;
		}
		if (branches.some((b) => b === null)) return null;
		return [...new Set(branches.flat() as string[])];
	};
	// A sequence of atoms up to "|" or ")": the best of the runs of plain characters and of the groups it must match.
	const sequence = (atTop: boolean): Words => {
		let best: Words = null;
		let run = '';
		const take = (words: Words) => {
			best = better(best, words);
			if (atTop && words) all.push(words);
		};
		const end = () => {
			if (run !== '') take([run]);
			run = '';
		};
		while (i < source.length && source[i] !== '|' && source[i] !== ')') {
			const c = source[i]!;
			if (c === '(') {
				i++;
				let kind: 'group' | 'look' = 'group';
				if (source.startsWith('?:', i)) i += 2;
				else if (source.startsWith('?=', i) || source.startsWith('?!', i)) (kind = 'look'), (i += 2);
				else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) (kind = 'look'), (i += 3);
				else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
				const inner = disjunction(false);
				if (source[i] !== ')') throw new Error(`unclosed group in /${source}/`);
				i++;
				const min = quantifier();
				// A lookaround matches no characters: the run goes on across it.
				if (kind === 'look') continue;
				end();
				if (min !== 0) take(inner);
				continue;
			}
			let char: string | null = null;
			let width = true;
			if (c === '[') {
				const close = /^\[\^?(?:\\[^]|[^\]\\])*\]/.exec(source.slice(i));
				if (!close) throw new Error(`unclosed class in /${source}/`);
				i += close[0].length;
			} else if (c === '\\') {
				const e = source[i + 1] ?? '';
				i += 2;
				if (e === 'b' || e === 'B') width = false;
				else if (e === 'k') i = source.indexOf('>', i) + 1;
				// A character by its code, or a back reference: its digits are no letters of the text.
				else if (e === 'x' || e === 'u' || e === 'c' || /[0-9]/.test(e)) while (/[0-9A-Fa-f{}]/.test(source[i] ?? '')) i++;
				else if (/[^A-Za-z0-9]/.test(e)) char = e;
			} else if (c === '^' || c === '$') {
				i++;
				width = false;
			} else {
				i++;
				if (c !== '.') char = c;
			}
			const min = quantifier();
			if (!width) continue;
			if (char !== null && plain(char)) {
				const lower = char.toLowerCase();
				if (min === 0) end();
				else if (min === null) run += lower;
				else {
					// "s+" needs an s where it stands, and what follows comes after an s, not next to what came before.
					run += lower;
					end();
					run = lower;
				}
			} else end();
		}
		end();
		return best;
	};
	disjunction(true);
	if (i !== source.length) throw new Error(`unbalanced parenthesis in /${source}/`);
	return top;
}

/**
 * `exec` of each of several patterns, asking only the alternatives whose needed words a text holds: null at once when
 * none could match. Each alternative is its own pattern, run alone; the match is the leftmost of theirs, and at one
 * index the first alternative's, as the whole pattern finds it. Where many could match, the whole pattern is run, once.
 * The words are found once for a text (`read`, given it lower-cased), for all the patterns then asked of it.
 */
export function prefiltered(patterns: readonly RegExp[]): {read(lower: string): void; exec(k: number, text: string): RegExpExecArray | null} {
	const lists: string[][] = [];
	const listIds = new Map<string, number>();
	const listOf = (words: readonly string[]) => {
		const key = words.join('\n');
		let id = listIds.get(key);
		if (id === undefined) {
			listIds.set(key, (id = lists.length));
			lists.push([...words]);
		}
		return id;
	};
	const compiled = patterns.map((pattern) => {
		if (pattern.global || pattern.sticky || pattern.unicode || pattern.flags.includes('v')) return null;
		const parts = alternativeNeeds(pattern.source);
		return {pattern, alone: parts.map((p) => new RegExp(pattern.source.slice(p.start, p.end), pattern.flags)), needs: parts.map((p) => Int32Array.from(p.needs, listOf))};
	});
	const words = [...new Set(lists.flat())];
	const listsOfWord = new Map<string, number[]>();
	lists.forEach((l, id) => {
		for (const w of l) listsOfWord.set(w, [...(listsOfWord.get(w) ?? []), id]);
	});
	const find = wordAutomaton(words);
	// Which lists the last text read holds a word of: those marked with the number of its reading.
	const held = new Int32Array(lists.length);
	let reading = 0;
	const possible: number[] = [];
	return {
		read(lower) {
			reading++;
			for (const w of find(lower)) for (const id of listsOfWord.get(w)!) held[id] = reading;
		},
		exec(k, text) {
			const c = compiled[k];
			if (!c) return patterns[k]!.exec(text);
			possible.length = 0;
			for (let a = 0; a < c.needs.length; a++) {
				const n = c.needs[a]!;
				let all = true;
				for (let j = 0; j < n.length; j++)
					if (held[n[j]!] !== reading) {
						all = false;
						break;
					}
				if (all) possible.push(a);
			}
			if (possible.length === 0) return null;
			if (possible.length > manyAlone) return c.pattern.exec(text);
			let best: RegExpExecArray | null = null;
			for (const a of possible) {
				const m = c.alone[a]!.exec(text);
				if (m && (best === null || m.index < best.index)) best = m;
			}
			return best;
		},
	};
}
/** Above this many alternatives to run alone, one run of the whole pattern costs less. */
const manyAlone = 6;
