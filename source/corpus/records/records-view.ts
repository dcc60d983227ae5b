/**
 * The store's data as the list commands read it, from `<store>.records` and the curated file: the same object a
 * read-only open gives (the same keys in the same order, the curated records merged in the same way), but each
 * collection is read from the records when first touched, and an article's bulk (paragraphs, the people it
 * names, furniture) when first touched, a chunk of articles at a time. A command that lists events never reads
 * the quotes; one that cites articles reads each article's first paragraph and paragraph count, which the saved
 * article keeps.
 * Asking for an article's raw text throws `RecordsMiss` (the records do not keep it): read the store instead.
 */
import type {StoreData} from '../schema.js';
import type {CuratedData} from '../store/curated-kind.js';
import {mergeCurated} from '../store/curated-split.js';
import {articleBulk, bulkSection, type ArticleBulk, type SavedParagraphs} from './records-format.js';
import {RecordsMiss, type RecordsFile} from './records-file.js';

/** The data of the store file the records were made from, merged with `curated` (the curated file as it is now). */
export function recordsView(file: RecordsFile, curated: CuratedData): StoreData {
	const {keys, scalars} = file.header;
	const view: Record<string, unknown> = {};
	const stub = (collections: Partial<StoreData>): StoreData => ({...emptyCollections(keys, scalars), ...collections}) as StoreData;
	for (const key of keys) {
		if (Object.hasOwn(scalars, key)) view[key] = scalars[key];
		else if (key === 'articles') lazy(view, key, () => articlesOf(file));
		// As `mergeCurated` makes them: the events with the curated ones and their markers, the authorities with
		// any only a curated event names. Each from its own collection alone, so that one does not read the other.
		else if (key === 'events') lazy(view, key, () => mergeCurated(stub({events: file.section('events') as StoreData['events']}), curated).events);
		else if (key === 'authorities') lazy(view, key, () => mergeCurated(stub({authorities: file.section('authorities') as StoreData['authorities']}), curated).authorities);
		else lazy(view, key, () => file.section(key));
	}

	return view as StoreData;
}

function emptyCollections(keys: readonly string[], scalars: Readonly<Record<string, unknown>>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const key of keys) out[key] = Object.hasOwn(scalars, key) ? scalars[key] : [];
	return out;
}

/** Makes `object[key]` the value `load` gives, loaded when first read; setting it stores a plain value. */
function lazy(object: object, key: string, load: () => unknown): void {
	const settle = (value: unknown) => Object.defineProperty(object, key, {value, writable: true, enumerable: true, configurable: true});
	Object.defineProperty(object, key, {
		enumerable: true,
		configurable: true,
		get() {
			const value = load();
			settle(value);
			return value;
		},
		set: settle,
	});
}

/** The saved articles, each with its bulk read when first asked for and its raw text unavailable. */
function articlesOf(file: RecordsFile): Array<Record<string, unknown>> {
	const articles = file.section('articles') as Array<Record<string, unknown>>;
	const bulk = new Map<ArticleBulk, BulkChunks>();
	const bulkOf = (field: ArticleBulk, i: number): unknown => {
		let chunks = bulk.get(field);
		if (!chunks) {
			chunks = new BulkChunks(file, bulkSection(field));
			if (chunks.count !== articles.length) throw new RecordsMiss(`${bulkSection(field)} does not match the articles`);
			bulk.set(field, chunks);
		}

		return chunks.record(i);
	};

	articles.forEach((article, i) => {
		for (const field of articleBulk) {
			if (!Object.hasOwn(article, field)) continue;
			if (field === 'paragraphs') {
				const [count, first] = article['paragraphs'] as SavedParagraphs;
				article['paragraphs'] = lazyParagraphs(count, first, () => bulkOf('paragraphs', i) as string[]);
			} else lazy(article, field, () => bulkOf(field, i));
		}

		if (Object.hasOwn(article, 'raw')) {
			Object.defineProperty(article, 'raw', {
				enumerable: true,
				configurable: true,
				get() {
					throw new RecordsMiss('the records do not keep the articles’ raw text');
				},
				set(value: unknown) {
					Object.defineProperty(article, 'raw', {value, writable: true, enumerable: true, configurable: true});
				},
			});
		}
	});
	return articles;
}

/** A section of an article's bulk, read a chunk at a time: the chunk that holds the article asked for. */
class BulkChunks {
	readonly count: number;
	readonly #starts: number[] = [];
	readonly #read = new Map<number, unknown[]>();

	constructor(
		private readonly file: RecordsFile,
		private readonly name: string,
	) {
		let count = 0;
		for (const chunk of file.header.sections[name] ?? []) {
			this.#starts.push(count);
			count += chunk.count;
		}

		this.count = count;
	}

	record(i: number): unknown {
		// The last chunk starting at or before i.
		let lo = 0;
		let hi = this.#starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.#starts[mid]! <= i) lo = mid;
			else hi = mid - 1;
		}

		let records = this.#read.get(lo);
		if (!records) {
			records = this.file.chunk(this.name, lo);
			this.#read.set(lo, records);
		}

		return records[i - this.#starts[lo]!];
	}
}

/**
 * An article's paragraphs, of which only the count and the first are at hand: reading `length` or `[0]` (a
 * citation's title, the articles list's count) reads nothing more; anything else (another paragraph, a method
 * that walks them, a change) reads every article's paragraphs once and answers from them. It is an array to
 * `Array.isArray` and `JSON.stringify`.
 */
function lazyParagraphs(count: number, first: string | undefined, load: () => string[]): string[] {
	const held: string[] = new Array<string>(count);
	if (count > 0) held[0] = first!;
	let loaded = false;
	const full = (): string[] => {
		if (!loaded) {
			const all = load();
			if (all.length !== count || (count > 0 && all[0] !== first)) throw new RecordsMiss('paragraphs do not match their article');
			for (let i = 1; i < count; i++) held[i] = all[i]!;
			loaded = true;
		}

		return held;
	};

	const cheap = (key: string | symbol) => loaded || key === 'length' || key === '0' || key in Array.prototype;
	return new Proxy(held, {
		get: (target, key, receiver) => Reflect.get(cheap(key) ? target : full(), key, receiver),
		set: (_, key, value) => Reflect.set(full(), key, value),
		has: (_, key) => Reflect.has(full(), key),
		ownKeys: () => Reflect.ownKeys(full()),
		getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(full(), key),
		defineProperty: (_, key, descriptor) => Reflect.defineProperty(full(), key, descriptor),
		deleteProperty: (_, key) => Reflect.deleteProperty(full(), key),
	});
}
