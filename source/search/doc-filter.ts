/**
 * The search box's filters and scope as a test of a document number, over columns read once from the documents:
 * a filter-only box (`type:com`, `speaker:k`) tests documents on each key press, and at 50,000 articles there
 * are over a million. The test answers exactly as testing each {@link Doc}'s fields does (`passes` in
 * test/search/ranking.test.ts states the rules plainly, and the tests there hold this to them).
 */
import {newestFirst} from '../corpus/lookups.js';
import {speakerMatches} from '../corpus/queries.js';
import type {DateValue} from '../corpus/schema.js';
import {NameIndex} from './approximate-names.js';
import type {DocTable} from './doc-table.js';
import type {DocFilter, SearchKind} from './search.js';

const kindCodes: Record<SearchKind, number> = {quote: 0, article: 1, person: 2, event: 3};

/** Numbers for the distinct values of a column, in first-seen order. */
class Distinct<T> {
	readonly values: T[] = [];
	private readonly ids = new Map<T, number>();
	id(v: T): number {
		let id = this.ids.get(v);
		if (id === undefined) {
			id = this.values.length;
			this.ids.set(v, id);
			this.values.push(v);
		}
		return id;
	}
}

const unknown: DateValue = {value: null, precision: 'unknown', approximate: false, basis: ''};

/** Values of one column for every document, and the documents that have one at all (ascending). */
type Column<T extends Float64Array | Int32Array> = {values: T; present: Uint32Array};

/**
 * Columns are read from the documents the first time a filter needs them (over a million documents at 50,000
 * articles: the first `authority:` need not pay for speakers and years too).
 */
export class FilterColumns {
	private readonly kind: Uint8Array;
	/** Document numbers of each kind, ascending. */
	private readonly ofKind: Uint32Array[];
	private readonly whoNames = new Distinct<string>();
	/** The names of {@link whoNames} for typo-tolerant look-ups, made on the first `speaker:` that needs one. */
	private nameIndex: NameIndex | null = null;
	private readonly authoritySets = new Distinct<readonly string[]>();
	private readonly types = new Distinct<string>();
	private whoColumn: Column<Int32Array> | null = null;
	private authorityColumn: Column<Int32Array> | null = null;
	private yearColumn: Column<Float64Array> | null = null;
	private typeColumn: Column<Int32Array> | null = null;
	/** Recent answers per filter value: a filter is typed a letter at a time, then kept for several searches. */
	private readonly speakerCache = new Map<string, Uint8Array>();
	private readonly authorityCache = new Map<string, Uint8Array>();
	private newestOrder: Uint32Array | null = null;
	private newestAt: Uint32Array | null = null;

	constructor(private readonly docs: DocTable) {
		this.kind = new Uint8Array(docs.length);
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < docs.length; i++) counts[(this.kind[i] = kindCodes[docs.kind(i)])]!++;
		this.ofKind = counts.map((c) => new Uint32Array(c));
		const at = [0, 0, 0, 0];
		for (let i = 0; i < docs.length; i++) this.ofKind[this.kind[i]!]![at[this.kind[i]!]!++] = i;
	}

	/**
	 * A column read document by document: `read` gives a value, or null for none. An article's paragraphs share
	 * one object for their authorities and date: where `shared` gives the same object as for the previous
	 * document, its value is reused.
	 */
	private column<T extends Float64Array | Int32Array>(values: T, read: (i: number) => number | null, shared?: (i: number) => unknown): Column<T> {
		const present: number[] = [];
		let prev: unknown = undefined;
		let value: number | null = null;
		for (let i = 0; i < this.docs.length; i++) {
			const key = shared ? shared(i) : undefined;
			if (i === 0 || !shared || key !== prev) value = read(i);
			prev = key;
			values[i] = value ?? -1;
			if (value !== null) present.push(i);
		}
		return {values, present: Uint32Array.from(present)};
	}

	/** Who a speaker filter tests (a quote's speaker, a person's name), as a number; -1 for nobody. */
	private get who(): Column<Int32Array> {
		return (this.whoColumn ??= this.column(new Int32Array(this.docs.length), (i) => {
			const who = this.docs.who(i);
			return who ? this.whoNames.id(who) : null;
		}));
	}

	/** The document's authorities list as a number (the same array object is the same number). */
	private get authoritySet(): Column<Int32Array> {
		return (this.authorityColumn ??= this.column(new Int32Array(this.docs.length), (i) => this.authoritySets.id(this.docs.authorities(i)), (i) => this.docs.authorities(i)));
	}

	/** The year (NaN where `Number` reads a malformed one); +Infinity for no date, which no year range holds. */
	private get year(): Column<Float64Array> {
		return (this.yearColumn ??= this.column(
			new Float64Array(this.docs.length),
			(i) => {
				const date = this.docs.date(i);
				return date?.value ? Number(date.value.slice(0, 4)) : Number.POSITIVE_INFINITY;
			},
			(i) => this.docs.date(i),
		));
	}

	/** The event type as a number; -1 for none. */
	private get type(): Column<Int32Array> {
		return (this.typeColumn ??= this.column(new Int32Array(this.docs.length), (i) => {
			const type = this.docs.type(i);
			return type === undefined ? null : this.types.id(type);
		}));
	}

	/** A test of document numbers: of the given kinds (all if none) and passing every filter set. */
	test(kinds: readonly SearchKind[] | undefined, f: DocFilter): (i: number) => boolean {
		const kindOk = new Uint8Array(4).fill(kinds?.length ? 0 : 1);
		for (const k of kinds ?? []) kindOk[kindCodes[k]] = 1;
		const kind = this.kind;
		const speakers = f.speaker === undefined ? null : this.speakers(f.speaker);
		const who = speakers ? this.who.values : null;
		const authorities = f.authority === undefined ? null : this.authorities(f.authority);
		const authoritySet = authorities ? this.authoritySet.values : null;
		const years = f.years;
		const year = years ? this.year.values : null;
		// A type no document has is a number no document has (-1 is none): nothing passes.
		const type = f.type === undefined ? null : this.type.values;
		const typeId = f.type === undefined ? null : this.types.values.indexOf(f.type);
		const wanted = typeId === -1 ? -2 : typeId;
		return (i) => {
			if (kindOk[kind[i]!] === 0) return false;
			if (speakers) {
				const w = who![i]!;
				if (w < 0 || speakers[w] === 0) return false;
			}
			if (authorities && authorities[authoritySet![i]!] === 0) return false;
			if (years) {
				const y = year![i]!;
				if (y < years.from || y > years.to) return false;
			}
			if (type && type[i] !== wanted) return false;
			return true;
		};
	}

	/**
	 * The documents that pass, ascending. Only documents that can pass are tested: those of the scope's kinds,
	 * and for a speaker or type filter those with a speaker or a type at all.
	 */
	passing(kinds: readonly SearchKind[] | undefined, f: DocFilter): Uint32Array {
		const keep = this.test(kinds, f);
		const domains: Uint32Array[] = [];
		if (kinds?.length) domains.push(this.kindsList(kinds));
		if (f.speaker !== undefined) domains.push(this.who.present);
		if (f.type !== undefined) domains.push(this.type.present);
		const domain = domains.length ? domains.reduce((a, b) => (b.length < a.length ? b : a)) : null;
		const out: number[] = [];
		if (domain) {
			for (const i of domain) if (keep(i)) out.push(i);
		} else for (let i = 0; i < this.docs.length; i++) if (keep(i)) out.push(i);
		return Uint32Array.from(out);
	}

	/** Documents of the given kinds, ascending. */
	private kindsList(kinds: readonly SearchKind[]): Uint32Array {
		const lists = [...new Set(kinds)].map((k) => this.ofKind[kindCodes[k]]!);
		if (lists.length === 1) return lists[0]!;
		const all = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
		let at = 0;
		for (const l of lists) all.set(l, (at += l.length) - l.length);
		return all.sort();
	}

	/**
	 * The speakers a `speaker:` filter picks, by number: every name holding what was typed; when none does, the
	 * names it matches with a typo forgiven, as the search's words are (`speaker:blakburn`).
	 */
	private speakers(query: string): Uint8Array {
		void this.who; // every name numbered first
		return remember(this.speakerCache, query, () => {
			const exact = Uint8Array.from(this.whoNames.values, (name) => (speakerMatches(name, query) ? 1 : 0));
			if (exact.includes(1)) return exact;
			this.nameIndex ??= new NameIndex(this.whoNames.values);
			for (const n of this.nameIndex.near(query)) exact[n.index] = 1;
			return exact;
		});
	}

	private authorities(name: string): Uint8Array {
		void this.authoritySet;
		return remember(this.authorityCache, name, () => Uint8Array.from(this.authoritySets.values, (list) => (list.includes(name) ? 1 : 0)));
	}

	/** Each document's place in {@link newest}. */
	newestPlaces(): Uint32Array {
		if (this.newestAt) return this.newestAt;
		const order = this.newest();
		const at = new Uint32Array(order.length);
		for (let p = 0; p < order.length; p++) at[order[p]!] = p;
		return (this.newestAt = at);
	}

	/**
	 * Document numbers newest first, ties in document order, as sorting with `newestFirst` would give. Dates are
	 * compared once per distinct value (what `newestFirst` reads: value and approximate), not per document pair.
	 */
	newest(): Uint32Array {
		if (this.newestOrder) return this.newestOrder;
		const keys = new Distinct<string>();
		const reps: DateValue[] = [];
		const dateId = new Uint32Array(this.docs.length);
		let lastDate: DateValue | undefined;
		let lastId = 0;
		for (let i = 0; i < this.docs.length; i++) {
			const d = this.docs.date(i) ?? unknown;
			if (d !== lastDate) {
				lastDate = d;
				lastId = keys.id(`${d.value === null ? 'none' : `on ${d.value}`}|${d.approximate}`);
				if (lastId === reps.length) reps.push(d);
			}
			dateId[i] = lastId;
		}
		const sorted = reps.map((_, i) => i).sort((a, b) => newestFirst(reps[a]!, reps[b]!));
		// Equal dates share a rank, so that document order decides between them.
		const rank = new Uint32Array(reps.length);
		for (let k = 1; k < sorted.length; k++) rank[sorted[k]!] = rank[sorted[k - 1]!]! + (newestFirst(reps[sorted[k - 1]!]!, reps[sorted[k]!]!) === 0 ? 0 : 1);
		// A counting sort by rank keeps document order within a rank.
		const starts = new Uint32Array(reps.length + 1);
		for (let i = 0; i < this.docs.length; i++) starts[rank[dateId[i]!]! + 1]!++;
		for (let r = 1; r <= reps.length; r++) starts[r]! += starts[r - 1]!;
		const order = new Uint32Array(this.docs.length);
		for (let i = 0; i < this.docs.length; i++) order[starts[rank[dateId[i]!]!]!++] = i;
		return (this.newestOrder = order);
	}
}

function remember(cache: Map<string, Uint8Array>, key: string, make: () => Uint8Array): Uint8Array {
	let v = cache.get(key);
	if (!v) {
		if (cache.size >= 64) cache.clear();
		cache.set(key, (v = make()));
	}
	return v;
}
