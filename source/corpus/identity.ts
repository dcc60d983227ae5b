/**
 * An article is the same article wherever its file lives. A new file's article replaces one already in the store
 * when it is a changed copy of it: the same export id (Factiva's accession number), the same URL, or the same
 * file name with nearly the same words. And regional groups print one story in several titles: articles of the
 * same day whose words nearly all overlap are linked as copies (LexisNexisTools compares same-day articles by
 * word overlap the same way).
 */
import type {Article} from './schema.js';

/** Share of words two texts have in common (Jaccard over word sets) for a changed copy of one file. */
export const changedCopyOverlap = 0.7;
/** ... and for two titles' printings of one story. */
export const syndicatedOverlap = 0.8;

type Candidate = {readonly id?: string | undefined; readonly url?: string | null | undefined; readonly file: string; readonly paragraphs: readonly string[]};

/** Sketch length: the overlap it estimates is within about ±0.06 of the true one. */
const signatureLength = 64;

const signatures = new WeakMap<object, Uint32Array>();

const wordChar = /[\p{L}\p{N}]/u;
const letterChar = /\p{L}/u;
/** Letters and digits of any script; the code units of a pair above U+FFFF read as one character. */
function classify(text: string, i: number, letterOnly: boolean): number {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!letterOnly && c >= 48 && c <= 57) ? 1 : 0;
	const cp = text.codePointAt(i)!;
	const ch = String.fromCodePoint(cp);
	return (letterOnly ? letterChar : wordChar).test(ch) ? ch.length : 0;
}

/** FNV-1a of text[from, to) lower-cased, then mixed so that the smallest values are a fair sample of the words. */
function wordHash(text: string, from: number, to: number): number {
	let h = 0x811c9dc5;
	for (let i = from; i < to; i++) {
		let c = text.charCodeAt(i);
		if (c >= 65 && c <= 90) c += 32;
		else if (c === 0x2019) c = 39;
		else if (c >= 128) {
			const lower = text[i]!.toLowerCase();
			for (let j = 0; j < lower.length; j++) h = Math.imul(h ^ lower.charCodeAt(j), 0x01000193);
			continue;
		}
		h = Math.imul(h ^ c, 0x01000193);
	}
	let x = h >>> 0;
	x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
	x = Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
	return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A bottom-k sketch of an article's words (cached per article record): the 64 smallest hashes of its distinct
 * words, in order. 256 bytes in place of a set of its words, so that a store of 50,000 articles keeps them all
 * for comparing; one hash a word, where a MinHash of 64 functions took 64. A word is a run of letters and digits,
 * with an apostrophe and letters after it ("council's"), compared lower-cased and with either apostrophe (two titles
 * printing one story may set them differently).
 */
export function wordSetOf(a: {readonly paragraphs: readonly string[]}): Uint32Array {
	let sig = signatures.get(a);
	if (sig) return sig;
	const hashes: number[] = [];
	for (const text of a.paragraphs) {
		let i = 0;
		while (i < text.length) {
			const w = classify(text, i, false);
			if (w === 0) {
				i++;
				continue;
			}
			const from = i;
			i += w;
			for (let n = 0; i < text.length && (n = classify(text, i, false)) > 0; ) i += n;
			const mark = text.charCodeAt(i);
			if ((mark === 39 || mark === 0x2019) && i + 1 < text.length && classify(text, i + 1, true) > 0) {
				i++;
				for (let n = 0; i < text.length && (n = classify(text, i, true)) > 0; ) i += n;
			}
			hashes.push(wordHash(text, from, i));
		}
	}
	const sorted = Uint32Array.from(hashes).sort();
	let kept = 0;
	for (let k = 0; k < sorted.length && kept < signatureLength; k++) if (kept === 0 || sorted[k] !== sorted[kept - 1]) sorted[kept++] = sorted[k]!;
	sig = sorted.slice(0, kept);
	signatures.set(a, sig);
	return sig;
}

/**
 * Gives `a` the signature {@link wordSetOf} made for the same paragraphs elsewhere (the extraction worker, or the
 * candidate an article record was made from), so that it is not made again.
 */
export function keepWordSet(a: {readonly paragraphs: readonly string[]}, sig: Uint32Array): void {
	signatures.set(a, sig);
}

/** Forgets the signatures of `articles` (made again from their paragraphs when next asked for). */
export function forgetWordSets(articles: readonly object[]): void {
	for (const a of articles) signatures.delete(a);
}

/**
 * The share of words two articles have in common (Jaccard), estimated from their sketches: of the 64 smallest
 * hashes of both together, the share both hold; 0 for no words.
 */
export function overlap(a: Uint32Array, b: Uint32Array): number {
	if (a.length === 0 || b.length === 0) return 0;
	let i = 0, j = 0, union = 0, both = 0;
	while (union < signatureLength && (i < a.length || j < b.length)) {
		if (j >= b.length || (i < a.length && a[i]! < b[j]!)) i++;
		else if (i >= a.length || b[j]! < a[i]!) j++;
		else {
			both++;
			i++;
			j++;
		}
		union++;
	}
	return both / union;
}

/** Maps to find a changed copy or a same-day printing quickly; kept up to date by {@link IdentityIndex.add}. */
export class IdentityIndex {
	readonly #byId = new Map<string, Article>();
	readonly #byUrl = new Map<string, Article>();
	readonly #byFile = new Map<string, Article[]>();
	readonly #byDay = new Map<string, Article[]>();

	constructor(articles: readonly Article[]) {
		for (const a of articles) this.add(a);
	}

	add(a: Article): void {
		this.#byId.set(a.id, a);
		if (a.url) this.#byUrl.set(urlKey(a.url), a);
		push(this.#byFile, a.file, a);
		if (a.published.precision === 'day' && a.published.value) push(this.#byDay, a.published.value, a);
	}

	remove(a: Article): void {
		if (this.#byId.get(a.id) === a) this.#byId.delete(a.id);
		if (a.url && this.#byUrl.get(urlKey(a.url)) === a) this.#byUrl.delete(urlKey(a.url));
		drop(this.#byFile, a.file, a);
		if (a.published.value) drop(this.#byDay, a.published.value, a);
	}

	/** The article `c` is a changed copy of, if any: by export id, then URL, then file name and closeness of text. */
	changedCopyOf(c: Candidate): Article | null {
		if (c.id) {
			const same = this.#byId.get(c.id);
			if (same) return same;
		}
		if (c.url) {
			const same = this.#byUrl.get(urlKey(c.url));
			if (same) return same;
		}
		const named = this.#byFile.get(c.file) ?? [];
		let best: Article | null = null;
		let bestScore = changedCopyOverlap;
		const mine = wordSetOf(c);
		for (const a of named) {
			const score = overlap(mine, wordSetOf(a));
			if (score >= bestScore) [best, bestScore] = [a, score];
		}
		return best;
	}

	/** Other articles of the same day with nearly the same words: the same story printed by other titles. */
	copiesOf(a: Article): Article[] {
		if (a.published.precision !== 'day' || !a.published.value) return [];
		const mine = wordSetOf(a);
		return (this.#byDay.get(a.published.value) ?? []).filter((b) => b.id !== a.id && overlap(mine, wordSetOf(b)) >= syndicatedOverlap);
	}
}

function push(map: Map<string, Article[]>, key: string, a: Article): void {
	const list = map.get(key);
	if (list) list.push(a);
	else map.set(key, [a]);
}

function drop(map: Map<string, Article[]>, key: string, a: Article): void {
	const list = map.get(key);
	if (!list) return;
	const at = list.indexOf(a);
	if (at >= 0) list.splice(at, 1);
}

/** A URL as a key: scheme, `www.`, fragment and a final slash do not count. */
function urlKey(url: string): string {
	return url.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/#.*$/, '').replace(/\/+$/, '');
}
