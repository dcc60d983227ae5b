import {strToU8} from 'fflate';
import {describe, expect, it} from 'vitest';
import {docxParagraphs} from '../../source/ingest/formats/docx.js';
import {parseExportBytes} from '../../source/ingest/formats/parse-export.js';
import {documentXml, makeDocx} from './make-docx.js';

describe('Word documents that are not what they claim', () => {
	it('a zip bomb stops at the unpacked-size limit', () => {
		// 16 MB of one character compresses to a few kilobytes; the limit is lowered to keep the test quick.
		const bomb = makeDocx([], {}, documentXml(['x'.repeat(16 * 1024 * 1024)]));
		expect(bomb.length).toBeLessThan(100 * 1024);
		const r = docxParagraphs(bomb, {maxEntries: 5000, maxDocumentBytes: 2 * 1024 * 1024});
		expect(r).toEqual({ok: false, reason: 'Word document too large when unpacked (over 2 MB: a zip bomb?)'});
	});

	it('a zip of too many entries is refused', () => {
		const extra = Object.fromEntries(Array.from({length: 60}, (_, i) => [`junk/${i}.xml`, strToU8('<a/>')]));
		expect(docxParagraphs(makeDocx(['a'], extra), {maxEntries: 50, maxDocumentBytes: 1024 * 1024})).toMatchObject({ok: false, reason: expect.stringMatching(/more than 50 entries/)});
	});

	it('external entities and entity expansion are refused, never resolved', async () => {
		const xxe = documentXml(['&xxe;'], '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace('&amp;xxe;', '&xxe;');
		const r = await parseExportBytes(makeDocx([], {}, xxe));
		expect(r).toEqual({kind: 'refused', reason: 'Word document declares a DTD or entities (refused: external entities)'});
	});

	it('a damaged or truncated zip, and a zip that is not a Word document, each get a reason', async () => {
		const good = makeDocx(['Hello']);
		expect(await parseExportBytes(good.subarray(0, 60))).toMatchObject({kind: 'refused', reason: expect.stringMatching(/damaged|cut short|not a Word document/)});
		const {zipSync} = await import('fflate');
		expect(await parseExportBytes(zipSync({'a.txt': strToU8('hi')}))).toEqual({kind: 'refused', reason: 'a zip file that is not a Word document (no word/document.xml)'});
	});

	it('a Word document that is no export is one plain article', async () => {
		const r = await parseExportBytes(makeDocx(['Council approves budget', '', 'The council approved its budget on Monday.']));
		expect(r).toMatchObject({kind: 'plain', encoding: 'docx'});
	});
});
