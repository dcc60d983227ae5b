/**
 * Writes `<store>.records` (records-format.ts) from the store file's data: a temp file beside the store with its
 * mode, renamed into place, never a half-written file under the name (a crash leaves a temp file, and a file cut
 * short fails its chunks' checks). Made only from the data of the store file in the state it names, and only
 * while the file is still in that state.
 */
import {createHash} from 'node:crypto';
import {writeSync} from 'node:fs';
import {streamBesideStore} from '../cache-write.js';
import type {StoreData} from '../schema.js';
import {holdsCurated} from '../store/curated-split.js';
import {cacheKeyNow} from '../store/file-identity.js';
import {articleBulk, bulkChunkRecords, bulkSection, chunkRecords, recordsFormat, recordsPath, type ChunkInfo, type RecordsHeader, type SavedParagraphs} from './records-format.js';

/**
 * Saves the records of `extracted` (the store file's data alone, `Store.extracted`) made from the store file in
 * state `identity` (the store's part of `Store.state`). Returns false, leaving nothing behind, if it cannot: the
 * store has changed since, it still holds curated records (from before the curated file), or a write fails.
 */
export function saveRecords(storePath: string, extracted: StoreData, identity: string | null): boolean {
	if (identity === null || holdsCurated(extracted)) return false;
	return streamBesideStore(storePath, recordsPath(storePath), (fd) => {
		if (cacheKeyNow(storePath) !== identity) return false;
		const out = new Appender(fd);
		const top = extracted as unknown as Record<string, unknown>;
		const keys = Object.keys(top);
		const scalars: Record<string, unknown> = {};
		const sections: Record<string, ChunkInfo[]> = {};
		for (const key of keys) {
			const value = top[key];
			if (!Array.isArray(value)) scalars[key] = value;
			else if (key === 'articles') writeArticles(out, value as Record<string, unknown>[], sections);
			else sections[key] = out.section(value, (r) => r);
		}

		const header: RecordsHeader = {format: recordsFormat, state: identity, keys, scalars, sections};
		const headerStart = out.at;
		out.write(Buffer.from(`${JSON.stringify(header)}\n${headerStart.toString(16).padStart(16, '0')}\n`));
		out.flush();
		// The store may have been saved while the records were written: then they are of no state, and dropped.
		return cacheKeyNow(storePath) === identity;
	});
}

/** The articles without their bulk (each field a section of its own) and without their raw text. */
function writeArticles(out: Appender, articles: readonly Record<string, unknown>[], sections: Record<string, ChunkInfo[]>): void {
	sections['articles'] = out.section(articles, slimArticle);
	for (const field of articleBulk) sections[bulkSection(field)] = out.section(articles, (a) => a[field] ?? null, bulkChunkRecords.value);
}

function slimArticle(article: Record<string, unknown>): Record<string, unknown> {
	const slim: Record<string, unknown> = {};
	// Object.keys, not a spread: a large store's `raw` is a getter that reads the text from the file.
	for (const key of Object.keys(article)) {
		if (key === 'paragraphs') {
			const paragraphs = article['paragraphs'] as string[];
			slim[key] = (paragraphs.length > 0 ? [paragraphs.length, paragraphs[0]] : [0]) satisfies SavedParagraphs;
		} else if (key === 'raw' || (articleBulk as readonly string[]).includes(key)) slim[key] = 0;
		else slim[key] = article[key];
	}

	return slim;
}

/** A UTF-16 code unit as a JSON escape (a pair of surrogates becomes two, which JSON.parse joins again). */
function jsonEscape(unit: string): string {
	return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Appends chunks to the file, keeping count of where each begins. */
class Appender {
	at = 0;
	readonly #pending: Buffer[] = [];
	#pendingBytes = 0;

	constructor(private readonly fd: number) {}

	write(bytes: Buffer): void {
		this.#pending.push(bytes);
		this.#pendingBytes += bytes.length;
		this.at += bytes.length;
		if (this.#pendingBytes >= 1 << 20) this.flush();
	}

	/** Writes what is pending to the file (called before the file is closed). */
	flush(): void {
		const bytes = this.#pending.length === 1 ? this.#pending[0]! : Buffer.concat(this.#pending);
		this.#pending.length = 0;
		this.#pendingBytes = 0;
		for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done);
	}

	/**
	 * Writes `records` (each as `shape` makes it) in chunks; returns where they are. A record at a time, hashed as
	 * it goes: a chunk made whole as one string (and again escaped, and again as bytes) is megabytes of garbage
	 * that only a full collection frees, and a large store's records are many such chunks.
	 */
	section<T>(records: readonly T[], shape: (record: T) => unknown, size = chunkRecords): ChunkInfo[] {
		const chunks: ChunkInfo[] = [];
		for (let from = 0; from < records.length || (from === 0 && chunks.length === 0); from += size) {
			const start = this.at;
			const sha1 = createHash('sha1');
			const end = Math.min(records.length, from + size);
			const put = (text: string) => {
				const bytes = Buffer.from(text, 'latin1');
				sha1.update(bytes);
				this.write(bytes);
			};
			put('[');
			for (let i = from; i < end; i++) {
				const text = JSON.stringify(shape(records[i]!)) ?? 'null';
				// ASCII, everything else escaped: read back as one-byte text, which decodes and parses faster than UTF-8.
				put(`${i === from ? '' : ','}${nonAscii.test(text) ? text.replace(nonAsciiAll, jsonEscape) : text}`);
			}
			put(']');
			chunks.push({start, length: this.at - start, count: end - from, sha1: sha1.digest('hex')});
			if (records.length === 0) break;
		}

		return chunks;
	}
}

const nonAscii = /[^\x00-\x7e]/;
const nonAsciiAll = /[^\x00-\x7e]/g;
