/** Builds a minimal .docx (one paragraph per line) with fflate, the way a Nexis Uni export lays out its text. */
import {strToU8, zipSync, type Zippable} from 'fflate';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function documentXml(lines: readonly string[], prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'): string {
	const body = lines.map((l) => (l === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${escape(l)}</w:t></w:r></w:p>`)).join('');
	return `${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

export function makeDocx(lines: readonly string[], extra: Zippable = {}, xml = documentXml(lines)): Uint8Array {
	return zipSync({
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
		),
		'word/document.xml': strToU8(xml),
		...extra,
	});
}
