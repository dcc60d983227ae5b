/**
 * Which words of a fixed list occur in a text, by one left-to-right walk of an Aho-Corasick automaton over the
 * text's UTF-16 code units: the answer of `text.includes(w)` for each word, at a few steps a character, where a
 * search for any word's start tried the words again at every position.
 */
export type WordAutomaton = (text: string) => Set<string>;

/**
 * An automaton for `list` (distinct, non-empty words). The answer is a set: its order (where each word first ends) is
 * no part of it, and its readers ask it for words or hand it to neededBy, which puts the items in their own order.
 */
export function wordAutomaton(list: readonly string[]): WordAutomaton {
	const {classOf, delta, width, output, ending} = build(list);
	const answer = walkAnswers(list, output);
	return (text) => {
		const present = answer.begin();
		let s = 0;
		for (let i = 0; i < text.length; i++) {
			const c = classOf[text.charCodeAt(i)]!;
			s = c === 0 ? 0 : delta[s * width + c]!;
			if (ending[s] !== 0) answer.found(s);
		}
		return present;
	};
}

/**
 * The words a walk finds, each once, in the order first found: the walk that last found each word is kept by number,
 * so that nothing is allocated per walk but the answer.
 */
function walkAnswers(list: readonly string[], output: readonly (Int32Array | null)[]) {
	const seen = new Int32Array(list.length);
	let walk = 0;
	let present = new Set<string>();
	return {
		begin(): Set<string> {
			if (walk === 0x7fffffff) {
				seen.fill(0);
				walk = 0;
			}
			walk++;
			return (present = new Set<string>());
		},
		found(s: number): void {
			const out = output[s]!;
			for (let k = 0; k < out.length; k++) {
				const w = out[k]!;
				if (seen[w] !== walk) {
					seen[w] = walk;
					present.add(list[w]!);
				}
			}
		},
	};
}

/**
 * Which words of the list occur in each of many parts of one text (`text.slice(start, end).includes(w)` for each word),
 * from one walk of the whole text: every word's every end is kept, and a part's words are those that end in it and
 * start in it. The walk's table is read once for the text, where a walk of each part read it afresh (a sentence's
 * walk, between the other steps of extraction, found little of it in the processor's cache).
 *
 * A part's answer is the same set, in the same order, as the walk of that part alone: at each position the whole
 * walk's state has the part's walk's state on its chain of failure links, and its words are its own and then those
 * of that chain in turn, longest first, so those no longer than the part's text so far are the part's walk's, in
 * the part's walk's order.
 */
export function wordAutomatonByPart(list: readonly string[]): (text: string) => (start: number, end: number) => Set<string> {
	const {classOf, delta, width, output, ending} = build(list);
	const lengths = Int32Array.from(list, (w) => w.length);
	return (text) => {
		// Each word's end (the position after it) and which word, in the walk's order.
		const ends: number[] = [];
		const words: number[] = [];
		let s = 0;
		for (let i = 0; i < text.length; i++) {
			const c = classOf[text.charCodeAt(i)]!;
			s = c === 0 ? 0 : delta[s * width + c]!;
			if (ending[s] === 0) continue;
			const out = output[s]!;
			for (let k = 0; k < out.length; k++) {
				ends.push(i + 1);
				words.push(out[k]!);
			}
		}
		let from = 0;
		return (start, end) => {
			const present = new Set<string>();
			// (Parts are mostly asked for in order: the search starts where the last one's did, else from the beginning.)
			if (from > 0 && ends[from - 1]! > start) from = 0;
			let h = from;
			while (h < ends.length && ends[h]! <= start) h++;
			from = h;
			for (; h < ends.length && ends[h]! <= end; h++) {
				const w = words[h]!;
				if (ends[h]! - lengths[w]! >= start) present.add(list[w]!);
			}
			return present;
		};
	};
}

/**
 * An automaton for `list` that reads a lower-cased text as its words between single spaces: the answer of
 * `wordAutomaton(list)` for `` ` ${lower.replace(/[^a-z0-9&]+/g, ' ')} ` ``, from one walk that feeds each run of other
 * characters to it as one space, where the text was first rewritten by a pattern and then walked.
 */
export function wordAutomatonOverWords(list: readonly string[]): WordAutomaton {
	const {classOf, delta, width, output, ending} = build(list);
	const space = classOf[32]!;
	const answer = walkAnswers(list, output);
	return (lower) => {
		const present = answer.begin();
		// The leading space, then the text, then the trailing space.
		let s = space === 0 ? 0 : delta[space]!;
		if (ending[s] !== 0) answer.found(s);
		let between = false;
		for (let i = 0; i < lower.length; i++) {
			const code = lower.charCodeAt(i);
			let c: number;
			if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 38) {
				between = false;
				c = classOf[code]!;
			} else if (between) continue;
			else {
				between = true;
				c = space;
			}
			s = c === 0 ? 0 : delta[s * width + c]!;
			if (ending[s] !== 0) answer.found(s);
		}
		s = space === 0 ? 0 : delta[s * width + space]!;
		if (ending[s] !== 0) answer.found(s);
		return present;
	};
}

/** The automaton's tables: the character classes, the transitions, and the words each state ends. */
function build(list: readonly string[]) {
	// Only the characters the words use have a column: any other resets the walk (no word runs across it).
	const classOf = new Uint16Array(0x10000);
	let width = 1;
	for (const w of list) for (let i = 0; i < w.length; i++) if (classOf[w.charCodeAt(i)] === 0) classOf[w.charCodeAt(i)] = width++;
	// The trie, then each state's transitions completed through its failure link (a DFA), and its words: those ending
	// there and those of the states its failure links lead to.
	const children: Map<number, number>[] = [new Map()];
	const ends: number[][] = [[]];
	list.forEach((w, idx) => {
		let s = 0;
		for (let i = 0; i < w.length; i++) {
			const c = classOf[w.charCodeAt(i)]!;
			let next = children[s]!.get(c);
			if (next === undefined) {
				next = children.length;
				children.push(new Map());
				ends.push([]);
				children[s]!.set(c, next);
			}
			s = next;
		}
		ends[s]!.push(idx);
	});
	// The states renumbered in breadth-first order (the root, then the states one letter deep, ...): a walk over prose
	// spends nearly all its steps in the shallow states, whose rows of the table then lie together, and the table is of
	// 16-bit entries where the states fit, a quarter of a row of 32-bit ones less to fetch. The words each state
	// ends are found as before, in the same order.
	const states = children.length;
	const order: number[] = [0];
	for (let q = 0; q < order.length; q++) for (const next of children[order[q]!]!.values()) order.push(next);
	const id = new Int32Array(states);
	order.forEach((s, k) => (id[s] = k));
	const delta: Uint16Array | Int32Array = states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
	const fail = new Int32Array(states);
	const queue: number[] = [];
	for (const [c, next] of children[0]!) {
		delta[c] = id[next]!;
		queue.push(next);
	}
	for (let q = 0; q < queue.length; q++) {
		const s = queue[q]!;
		for (const w of ends[fail[s]!]!) if (!ends[s]!.includes(w)) ends[s]!.push(w);
		const row = id[s]! * width;
		const failRow = id[fail[s]!]! * width;
		for (let c = 1; c < width; c++) {
			const next = children[s]!.get(c);
			if (next === undefined) delta[row + c] = delta[failRow + c]!;
			else {
				// (fail holds trie numbers; the table, breadth-first ones.)
				fail[next] = order[delta[failRow + c]!]!;
				delta[row + c] = id[next]!;
				queue.push(next);
			}
		}
	}
	const output: (Int32Array | null)[] = order.map((s) => (ends[s]!.length > 0 ? Int32Array.from(ends[s]!) : null));
	// Whether a state ends a word, a byte each: most steps end none, and ask only this.
	const ending = Uint8Array.from(output, (o) => (o ? 1 : 0));
	return {classOf, delta, width, output, ending};
}
