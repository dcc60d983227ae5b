/**
 * Decoding an article's bytes to clean text: the encoding (UTF-8 with or without a BOM, UTF-16 with a BOM,
 * Windows-1252), binary files told apart, mojibake repaired, line ends normalised, controls removed. Pure: the
 * importer reads the bytes (importer/read-files.ts); tests and benchmarks decode bytes of their own.
 */
import {cleanText, type Removed} from '../text/terminal-safety.js';

/** The encodings {@link decodeArticleBytes} recognises. */
export type ArticleEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decoded article text, or why the bytes are not an article. */
export type DecodeResult =
	| {
			ok: true;
			/** Decoded, mojibake repaired, line ends normalised to \n, controls removed. */
			text: string;
			encoding: ArticleEncoding;
			removed: Removed;
			/** Characters restored from UTF-8 that had been read as Windows-1252. */
			mojibakeRepaired: number;
	  }
	| {ok: false; reason: string};

/** How far into a file a NUL byte marks it as binary. */
const NUL_SCAN_BYTES = 8192;

// Windows-1252 bytes 0x80-0x9F as the WHATWG Encoding Standard maps them. Node's own
// TextDecoder('windows-1252') decodes these as Latin-1 C1 controls since 20.18.3 (nodejs/node#60888),
// which would turn smart quotes into controls that cleanText then deletes.
const CP1252_HIGH = [
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
	0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
	0x0153, 0x009d, 0x017e, 0x0178,
];
const CP1252_HIGH_CHARS = CP1252_HIGH.map((c) => String.fromCharCode(c));

/** Byte for each character that Windows-1252 (or Latin-1, the other common mis-decoding) gives 0x80-0xFF. */
const HIGH_BYTE_OF = new Map<number, number>();
for (let b = 0x80; b <= 0xff; b++) HIGH_BYTE_OF.set(b, b);
CP1252_HIGH.forEach((c, i) => HIGH_BYTE_OF.set(c, 0x80 + i));

const MAGIC: {bytes: number[]; name: string}[] = [
	{bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'PNG image'},
	{bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'PDF document'},
	{bytes: [0x50, 0x4b, 0x03, 0x04], name: 'ZIP archive'},
	{bytes: [0x50, 0x4b, 0x05, 0x06], name: 'ZIP archive'},
	{bytes: [0x50, 0x4b, 0x07, 0x08], name: 'ZIP archive'},
	{bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], name: 'GIF image'},
	{bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], name: 'GIF image'},
	{bytes: [0xff, 0xd8, 0xff], name: 'JPEG image'},
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

// Shared decoders: a decode that is not streamed starts afresh, and making one per file cost more than some decodes.
const utf8 = new TextDecoder('utf-8', {ignoreBOM: true});
const utf8Strict = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});
const utf16le = new TextDecoder('utf-16le', {ignoreBOM: true});

function decodeWindows1252(bytes: Uint8Array): string {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
		.toString('latin1')
		.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH_CHARS[c.charCodeAt(0) - 0x80] ?? c);
}

function decodeUtf16be(bytes: Uint8Array): string {
	const swapped = new Uint8Array(bytes.length);
	for (let i = 0; i + 1 < bytes.length; i += 2) {
		swapped[i] = bytes[i + 1]!;
		swapped[i + 1] = bytes[i]!;
	}
	// An odd trailing byte stays last, so the decoder reports it as U+FFFD just as it would for LE.
	if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
	return utf16le.decode(swapped);
}

function decodeBytes(bytes: Uint8Array): {text: string; encoding: ArticleEncoding} | {reason: string} {
	if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return {reason: 'unsupported encoding (UTF-32LE)'};
	if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) return {reason: 'unsupported encoding (UTF-32BE)'};
	if (startsWith(bytes, [0xff, 0xfe])) {
		return {text: utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le'};
	}
	if (startsWith(bytes, [0xfe, 0xff])) return {text: decodeUtf16be(bytes.subarray(2)), encoding: 'utf-16be'};

	const nul = bytes.subarray(0, NUL_SCAN_BYTES).indexOf(0);
	if (nul !== -1) return {reason: `binary file (NUL byte at offset ${nul})`};

	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		// The BOM is a promise of UTF-8: broken sequences become U+FFFD rather than a guess at another encoding.
		return {text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom'};
	}
	try {
		return {text: utf8Strict.decode(bytes), encoding: 'utf-8'};
	} catch {
		return {text: decodeWindows1252(bytes), encoding: 'windows-1252'};
	}
}

/** Byte 0x80-0xFF that `text[i]` stands for when UTF-8 was read as Windows-1252 or Latin-1, else -1. */
function highByteAt(text: string, i: number): number {
	return i < text.length ? (HIGH_BYTE_OF.get(text.charCodeAt(i)) ?? -1) : -1;
}

/** One pass of mojibake repair: each well-formed UTF-8 sequence spelled in cp1252 characters is decoded. */
function repairMojibakePass(text: string): {text: string; repaired: number} {
	// Every sequence starts with a lead byte 0xC2-0xF4, which only U+00C2-U+00F4 stand for: most text has none.
	if (!/[\u00c2-\u00f4]/.test(text)) return {text, repaired: 0};
	const parts: string[] = [];
	let keepFrom = 0;
	let repaired = 0;
	for (let i = 0; i < text.length; i++) {
		const lead = highByteAt(text, i);
		if (lead < 0xc2 || lead > 0xf4) continue;
		const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
		// The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
		const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
		const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
		let codePoint = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
		let valid = true;
		for (let k = 1; k < length; k++) {
			const b = highByteAt(text, i + k);
			if (b < (k === 1 ? low : 0x80) || b > (k === 1 ? high : 0xbf)) {
				valid = false;
				break;
			}
			codePoint = (codePoint << 6) | (b & 0x3f);
		}
		if (!valid) continue;
		if (i > keepFrom) parts.push(text.slice(keepFrom, i));
		parts.push(String.fromCodePoint(codePoint));
		repaired++;
		keepFrom = i + length;
		i += length - 1;
	}
	if (repaired === 0) return {text, repaired};
	parts.push(text.slice(keepFrom));
	return {text: parts.join(''), repaired};
}

/**
 * Repair UTF-8 that was decoded as Windows-1252 (`â€œ` → “, `Ã©` → é), also when it happened twice.
 * Only sequences that re-encode to well-formed UTF-8 are touched, so ordinary accented text survives.
 */
export function repairMojibake(text: string): {text: string; repaired: number} {
	let current = text;
	let total = 0;
	// Text mangled twice needs two passes; a third catches the rare triple and bounds the work.
	for (let pass = 0; pass < 3; pass++) {
		const result = repairMojibakePass(current);
		if (result.repaired === 0) break;
		current = result.text;
		total += result.repaired;
	}
	return {text: current, repaired: total};
}

/**
 * Decode the bytes of an article file into clean text, or say why they are not an article.
 *
 * A UTF-8 BOM or a UTF-16 LE/BE BOM decides the encoding; without one, valid UTF-8 is UTF-8 and anything
 * else is Windows-1252. Then mojibake is repaired, CRLF and lone CR become \n, and {@link cleanText}
 * removes escape sequences and controls. Refuses empty and whitespace-only input, and binary data: a known
 * magic number (PNG, PDF, ZIP, GIF, JPEG), or a NUL byte in the first 8 KB of a file without a UTF-16 BOM.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
	if (bytes.length === 0) return {ok: false, reason: 'empty file'};
	const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
	if (magic) return {ok: false, reason: `binary file (${magic.name})`};

	const decoded = decodeBytes(bytes);
	if ('reason' in decoded) return {ok: false, reason: decoded.reason};

	const repaired = repairMojibake(decoded.text);
	const cleaned = cleanText(repaired.text.replace(/\r\n?/g, '\n'));
	if (cleaned.text.trim() === '') return {ok: false, reason: 'no text'};
	return {
		ok: true,
		text: cleaned.text,
		encoding: decoded.encoding,
		removed: cleaned.removed,
		mojibakeRepaired: repaired.repaired,
	};
}
