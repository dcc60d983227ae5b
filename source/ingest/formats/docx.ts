/**
 * The text of a Word document (.docx): its paragraphs, in order, one string each.
 *
 * The zip is read with fflate's streaming unzipper and only `word/document.xml` is inflated, counting the bytes
 * as they come: a zip bomb stops at the limit whatever sizes its headers claim. The XML goes through saxes, which
 * expands no entity beyond XML's five and character references; a document that declares a DTD (the way to
 * external or billion-laughs entities) is refused before parsing.
 */
import {Unzip, UnzipInflate} from 'fflate';
import {SaxesParser} from 'saxes';

/** Limits on what a .docx may unpack to. */
export const DOCX_LIMITS = {maxEntries: 5000, maxDocumentBytes: 64 * 1024 * 1024};

export type DocxResult = {ok: true; paragraphs: string[]} | {ok: false; reason: string};

/** Reads the paragraphs of a .docx. Never throws: a bad file is a reason. */
export function docxParagraphs(bytes: Uint8Array, limits = DOCX_LIMITS): DocxResult {
	const xml = documentXml(bytes, limits);
	if (!xml.ok) return xml;
	return paragraphsOfXml(xml.text);
}

function documentXml(bytes: Uint8Array, limits: typeof DOCX_LIMITS): {ok: true; text: string} | {ok: false; reason: string} {
	const chunks: Uint8Array[] = [];
	let entries = 0;
	let total = 0;
	let found = false;
	let done = false;
	let failure: string | null = null;
	const unzip = new Unzip((file) => {
		entries++;
		if (entries > limits.maxEntries) failure ??= `not a Word document (more than ${limits.maxEntries} entries in the zip)`;
		if (file.name !== 'word/document.xml' || failure) return;
		found = true;
		file.ondata = (error, chunk, final) => {
			if (failure) return;
			if (error) {
				failure = `damaged Word document (${error.message})`;
				return;
			}
			total += chunk.length;
			if (total > limits.maxDocumentBytes) {
				failure = `Word document too large when unpacked (over ${limits.maxDocumentBytes / (1024 * 1024)} MB: a zip bomb?)`;
				file.terminate();
				return;
			}
			chunks.push(chunk);
			if (final) done = true;
		};
		file.start();
	});
	unzip.register(UnzipInflate);
	try {
		const step = 64 * 1024;
		for (let at = 0; at < bytes.length && !failure; at += step) unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
	} catch (error) {
		failure ??= `damaged zip (${(error as Error).message})`;
	}
	if (failure) return {ok: false, reason: failure};
	if (!found) return {ok: false, reason: 'a zip file that is not a Word document (no word/document.xml)'};
	if (!done) return {ok: false, reason: 'damaged Word document (word/document.xml is cut short)'};
	return {ok: true, text: Buffer.concat(chunks).toString('utf8')};
}

function paragraphsOfXml(xml: string): DocxResult {
	if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return {ok: false, reason: 'Word document declares a DTD or entities (refused: external entities)'};
	const paragraphs: string[] = [];
	let current: string[] | null = null;
	let inText = false;
	const parser = new SaxesParser({xmlns: false});
	parser.on('opentag', (tag) => {
		switch (tag.name) {
			case 'w:p':
				current = [];
				break;
			case 'w:t':
				inText = true;
				break;
			case 'w:tab':
				current?.push('\t');
				break;
			case 'w:br':
			case 'w:cr':
				current?.push('\n');
				break;
			default:
		}
	});
	parser.on('closetag', (tag) => {
		if (tag.name === 'w:t') inText = false;
		else if (tag.name === 'w:p' && current) {
			// A line break inside a paragraph (`<w:br/>End of Document`) makes lines of their own.
			paragraphs.push(...current.join('').split('\n'));
			current = null;
		}
	});
	parser.on('text', (t) => {
		if (inText && current) current.push(t);
	});
	try {
		parser.write(xml).close();
	} catch (error) {
		return {ok: false, reason: `damaged Word document (${(error as Error).message.split('\n')[0]})`};
	}
	return {ok: true, paragraphs};
}
