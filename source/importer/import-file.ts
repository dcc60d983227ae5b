/**
 * The importer's side of the formats: reading a file by what it holds, recognising one in a folder, and turning
 * an export's articles into what the store merges (each extracted with the title, date and publication the
 * export states).
 */
import {createHash} from 'node:crypto';
import {open, readFile} from 'node:fs/promises';
import {wordSetOf} from '../corpus/identity.js';
import {compactStrings, hasWideCharacters} from '../corpus/shared-strings.js';
import type {ArticleInput} from '../corpus/merge.js';
import {shortHash} from '../ingest/text.js';
import {extractArticle} from '../ingest/extract.js';
import {decodeArticleBytes} from '../ingest/decode.js';
import {DEFAULT_MAX_BYTES, readFileBytes, tooLarge} from './read-files.js';
import {detectContainer, detectText} from '../ingest/formats/detect.js';
import {parseExportBytes, type ReadExport} from '../ingest/formats/parse-export.js';
import {linesOf, type ArticleProblem, type ParsedArticle, type ParsedExport} from '../ingest/formats/types.js';
import {parseUrlList, urlKey, type UrlList} from '../ingest/formats/url-list.js';

/** Word and RTF exports of a hundred articles run to tens of megabytes; text and pages keep the 10 MB limit. */
export const EXPORT_MAX_BYTES = 64 * 1024 * 1024;

/** Reads a file as an export, a saved page or one article, with the size limit its kind allows. */
export async function readImportFile(file: string): Promise<ReadExport> {
	// Synchronous calls: an import reads one file at a time in each thread (read-files.ts).
	const read = await readFileBytes(file, {maxBytes: EXPORT_MAX_BYTES, sync: true});
	if (!read.ok) return {kind: 'refused', reason: read.reason};
	if (detectContainer(read.bytes.subarray(0, 64)) === 'text' && read.bytes.length > DEFAULT_MAX_BYTES) return {kind: 'refused', reason: tooLarge(read.bytes.length, DEFAULT_MAX_BYTES)};
	return parseExportBytes(read.bytes);
}

const sniffBytes = 256 * 1024;

/** In a folder, is this (non-.txt) file one to import? A Word or RTF document, an export, a saved page. */
export async function recognisedByContent(file: string): Promise<boolean> {
	let head: Buffer;
	let tail: Buffer;
	try {
		const handle = await open(file, 'r');
		try {
			const read = async (at: number) => {
				const buf = Buffer.alloc(sniffBytes);
				const {bytesRead} = await handle.read(buf, 0, sniffBytes, at);
				return buf.subarray(0, bytesRead);
			};
			const size = (await handle.stat()).size;
			head = await read(0);
			tail = size > sniffBytes ? await read(size - sniffBytes) : head;
		} finally {
			await handle.close();
		}
	} catch {
		return false;
	}
	const container = detectContainer(head.subarray(0, 64));
	// A zip is taken only when it is a Word document: its central directory, at the end, names the document part.
	if (container === 'docx') return tail.includes('word/document.xml');
	if (container === 'rtf') return true;
	const decoded = decodeArticleBytes(head);
	return decoded.ok && detectText(decoded.text, linesOf(decoded.text)) !== null;
}

const urlLists = new Map<string, Promise<UrlList>>();

/** A URL list read once per thread. */
export async function loadUrlList(file: string): Promise<UrlList> {
	let list = urlLists.get(file);
	if (!list) {
		list = readFile(file, 'utf8').then(parseUrlList);
		urlLists.set(file, list);
	}
	return list;
}

/** The header block that carries an export's stated title, date and publication into the extraction. */
function headerOf(a: ParsedArticle): string {
	const line = (k: string, v: string | null | undefined) => (v ? `${k}: ${v.replace(/\s+/g, ' ').trim()}\n` : '');
	const head = line('title', a.title) + line('date', a.published?.value) + line('source', a.source);
	return head ? `${head}\n` : '';
}

/** An export's articles as store inputs, each extracted with what the export states about it. */
export async function exportArticleInputs(
	parsed: ParsedExport,
	ctx: {path: string; readReport: ArticleInput['readReport']; today: Date | undefined; urlList: string | null},
): Promise<{inputs: ArticleInput[]; dateProblems: string[]; problems: ArticleProblem[]}> {
	const list = ctx.urlList && parsed.format === 'html' ? await loadUrlList(ctx.urlList) : null;
	const inputs: ArticleInput[] = [];
	const dateProblems: string[] = [];
	const problems = [...parsed.problems];
	const single = parsed.format === 'html';
	for (const found of parsed.articles) {
		const listed = list && found.url ? list.get(urlKey(found.url)) : undefined;
		const a: ParsedArticle = listed
			? {...found, source: found.source ?? listed.source, published: found.published ?? listed.published, title: found.title ?? listed.title}
			: found;
		try {
			const text = headerOf(a) + a.text;
			const extracted = extractArticle(text, {today: ctx.today, meta: {dateBasis: a.published?.basis, byline: a.byline, url: a.url}});
			if (hasWideCharacters(text)) compactStrings(extracted);
			for (const problem of [a.dateProblem, extracted.dateProblem]) if (problem) dateProblems.push(single ? problem : `article ${a.position}: ${problem}`);
			inputs.push({
				// One article per export position: a re-import of the same export replaces each in place.
				path: single ? ctx.path : `${ctx.path}#${a.position}`,
				raw: a.raw,
				contentHash: createHash('sha256').update(a.raw).digest('hex'),
				readReport: ctx.readReport,
				extracted,
				wordSet: wordSetOf(extracted),
				...(single ? {} : {id: a.exportId ? slugId(a.exportId) : `${parsed.format}-${shortHash(a.text)}`}),
			});
		} catch (error) {
			problems.push({position: a.position, reason: `could not be read as an article (${(error as Error).message})`});
		}
	}
	problems.sort((x, y) => x.position - y.position);
	return {inputs, dateProblems, problems};
}

const slugId = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');
