/**
 * The text of an RTF document, through rtf-stream-parser's tokenizer and plain-text converter (it honours
 * `\ucN` skips, `\'hh` bytes in the document's code page and skips font tables, colour tables and `\*`
 * destinations); iconv-lite decodes the code pages.
 */
import iconv from 'iconv-lite';
import {Tokenize} from 'rtf-stream-parser';
import {ToPlainText} from 'rtf-stream-parser/dist/src/ToPlainText.js';

export type RtfResult = {ok: true; text: string} | {ok: false; reason: string};

/**
 * Two things the plain-text converter does not do for us, done on the RTF first. It writes nothing for a table's
 * cell and row ends, which would run Factiva's field code column into its text ("HDCouncil sets aside"): they
 * become a tab and a paragraph end. And it writes out the text of page headers and footers (Nexis gives each
 * article a section whose footer repeats its headline and page number), pictures' hex data and the document's
 * info: those groups are marked `\*` (ignorable) so that it leaves them out. A control word is a backslash not
 * itself escaped by a backslash.
 */
function prepareRtf(rtf: string): string {
	return rtf
		.replace(/(?<!\\)((?:\\\\)*)\\(nestcell|cell|nestrow|row)(?![a-z])(-?\d+)? ?/g, (_, before: string, word: string) => `${before}${word.endsWith('cell') ? '\\tab ' : '\\par '}`)
		.replace(/(?<!\\)((?:\\\\)*)\{\\(header[lrf]?|footer[lrf]?|pict|info|object|shppict|nonshppict|themedata|datastore|latentstyles)(?![a-z])/g, (_, before: string, word: string) => `${before}{\\*\\${word}`);
}

export async function rtfText(bytes: Uint8Array): Promise<RtfResult> {
	return new Promise((resolve) => {
		const tokenize = new Tokenize();
		const plain = new ToPlainText({decode: (buf: Buffer, enc: string) => iconv.decode(buf, enc), warn: () => {}});
		const chunks: string[] = [];
		let settled = false;
		const fail = (error: Error) => {
			if (settled) return;
			settled = true;
			resolve({ok: false, reason: `damaged RTF (${error.message.split('\n')[0]})`});
		};
		plain.on('data', (c: Buffer | string) => chunks.push(String(c)));
		plain.on('end', () => {
			if (settled) return;
			settled = true;
			resolve({ok: true, text: chunks.join('')});
		});
		plain.on('error', fail);
		tokenize.on('error', fail);
		tokenize.pipe(plain);
		// RTF is 7-bit: latin1 keeps every byte as it is for the tokenizer.
		tokenize.end(Buffer.from(prepareRtf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')), 'latin1'));
	});
}
