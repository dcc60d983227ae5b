import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, rm, symlink, truncate, writeFile, chmod} from 'node:fs/promises';
import {createServer, type Server} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {decodeArticleBytes} from '../source/ingest/decode.js';
import {collectArticlePaths, readArticleFile} from '../source/importer/read-files.js';

const ARTICLE =
	'date 2019-02-01 Coun Blackburn said: “It’s a café — the £5m plan…”\n\nA second paragraph.\tTabbed.\nLast line';

// Encoded here, independently of the module under test, for the characters ARTICLE uses.
const CP1252: Record<string, number> = {'“': 0x93, '”': 0x94, '’': 0x92, '—': 0x97, '…': 0x85, 'é': 0xe9, '£': 0xa3};
function cp1252(text: string): Uint8Array {
	return Uint8Array.from([...text].map((c) => CP1252[c] ?? c.charCodeAt(0)));
}

function utf16be(text: string): Uint8Array {
	const le = Buffer.from(text, 'utf16le');
	const be = Buffer.alloc(le.length);
	for (let i = 0; i < le.length; i += 2) {
		be[i] = le[i + 1]!;
		be[i + 1] = le[i]!;
	}
	return be;
}

const bytes = (...parts: (Uint8Array | number[] | string)[]) =>
	Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function decodedText(input: Uint8Array): string {
	const result = decodeArticleBytes(input);
	if (!result.ok) throw new Error(`refused: ${result.reason}`);
	return result.text;
}

describe('decodeArticleBytes', () => {
	it.each([
		['utf-8', Buffer.from(ARTICLE, 'utf8')],
		['utf-8-bom', bytes([0xef, 0xbb, 0xbf], ARTICLE)],
		['utf-16le', bytes([0xff, 0xfe], Buffer.from(ARTICLE, 'utf16le'))],
		['utf-16be', bytes([0xfe, 0xff], utf16be(ARTICLE))],
		['windows-1252', cp1252(ARTICLE)],
	] as const)('decodes %s to the same text', (encoding, input) => {
		expect(decodeArticleBytes(input)).toEqual({
			ok: true,
			text: ARTICLE,
			encoding,
			removed: {escapes: 0, controls: 0, bidi: 0},
			mojibakeRepaired: 0,
		});
	});

	it.each([
		['CRLF', ARTICLE.replace(/\n/g, '\r\n')],
		['lone CR', ARTICLE.replace(/\n/g, '\r')],
	])('normalises %s line ends in every encoding', (_name, variant) => {
		expect(decodedText(Buffer.from(variant, 'utf8'))).toBe(ARTICLE);
		expect(decodedText(bytes([0xef, 0xbb, 0xbf], variant))).toBe(ARTICLE);
		expect(decodedText(bytes([0xff, 0xfe], Buffer.from(variant, 'utf16le')))).toBe(ARTICLE);
		expect(decodedText(bytes([0xfe, 0xff], utf16be(variant)))).toBe(ARTICLE);
		expect(decodedText(cp1252(variant))).toBe(ARTICLE);
	});

	it('maps every Windows-1252 byte 0x80-0x9F as the WHATWG standard does, not as Latin-1', () => {
		const result = decodeArticleBytes(Uint8Array.from([0x41, 0x80, 0x82, 0x8a, 0x91, 0x92, 0x93, 0x94, 0x96, 0x99, 0x9f, 0xff]));
		expect(result).toMatchObject({ok: true, encoding: 'windows-1252', text: 'A€‚Š‘’“”–™Ÿÿ'});
	});

	it('drops the five bytes Windows-1252 leaves undefined as controls', () => {
		const result = decodeArticleBytes(Uint8Array.from([0x61, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x62, 0x93]));
		expect(result).toMatchObject({ok: true, text: 'ab“', removed: {escapes: 0, controls: 5, bidi: 0}});
	});

	it('repairs UTF-8 that was read as Windows-1252', () => {
		const mangled = 'â€œIt’s a cafÃ© â€” Â£5mâ€\u009d, she said. â€˜Niceâ€™.';
		expect(decodeArticleBytes(Buffer.from(mangled, 'utf8'))).toEqual({
			ok: true,
			text: '“It’s a café — £5m”, she said. ‘Nice’.',
			encoding: 'utf-8',
			removed: {escapes: 0, controls: 0, bidi: 0},
			mojibakeRepaired: 7,
		});
	});

	it('repairs mojibake in a Windows-1252 file too', () => {
		// The bytes of UTF-8 “ and é, written into a file that is otherwise cp1252 (the 0x97 dash).
		const input = bytes([0xe2, 0x80, 0x9c], 'caf', [0xc3, 0xa9, 0x20, 0x97, 0x20], 'ok');
		// Valid UTF-8 apart from the lone 0x97, so the whole file is read as cp1252.
		expect(decodeArticleBytes(input)).toMatchObject({ok: true, encoding: 'windows-1252', text: '“café — ok', mojibakeRepaired: 2});
	});

	it('repairs text mangled twice', () => {
		const twice = Buffer.from(Buffer.from('â€œcafÃ©â€\u009d', 'utf8').toString('latin1'), 'utf8');
		expect(decodeArticleBytes(twice)).toMatchObject({ok: true, text: '“café”'});
	});

	it('repairs UTF-8 read as Latin-1 (C1 code points instead of cp1252 punctuation)', () => {
		expect(decodedText(Buffer.from('â\u0080\u009cquoted', 'utf8'))).toBe('“quoted');
	});

	it('leaves accented text that is not mojibake alone', () => {
		const text = 'Ângela São Paulo, naïve résumé, Â B, Ã and ©, â€ alone';
		expect(decodeArticleBytes(Buffer.from(text, 'utf8'))).toMatchObject({ok: true, text, mojibakeRepaired: 0});
	});

	it('removes escape sequences and bidi controls and reports the counts', () => {
		const input = Buffer.from('Title\x1b]52;c;ZXZpbA==\x07\n\u202eBody\x1b[2J text\b.', 'utf8');
		expect(decodeArticleBytes(input)).toEqual({
			ok: true,
			text: 'Title\nBody text.',
			encoding: 'utf-8',
			removed: {escapes: 2, controls: 1, bidi: 1},
			mojibakeRepaired: 0,
		});
	});

	it.each([
		['an empty file', [], 'empty file'],
		['whitespace only', [0x20, 0x0a, 0x09, 0x0d, 0x0a, 0x20], 'no text'],
		['a UTF-8 BOM only', [0xef, 0xbb, 0xbf], 'no text'],
		['a UTF-16 BOM and spaces', [0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00], 'no text'],
		['escape sequences only', [...Buffer.from('\x1b[2J\x1b]0;x\x07\n')], 'no text'],
		['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'binary file (PNG image)'],
		['a PDF', [...Buffer.from('%PDF-1.7\n%âãÏÓ\n')], 'binary file (PDF document)'],
		['a ZIP (or .docx)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'binary file (ZIP archive)'],
		['a GIF image', [...Buffer.from('GIF89a'), 1, 0, 1, 0], 'binary file (GIF image)'],
		['a JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'binary file (JPEG image)'],
		['a NUL byte', [...Buffer.from('hello'), 0, ...Buffer.from('world')], 'binary file (NUL byte at offset 5)'],
		['UTF-16 without a BOM', [...Buffer.from('hi there', 'utf16le')], 'binary file (NUL byte at offset 1)'],
		['UTF-32LE', [0xff, 0xfe, 0, 0, 0x41, 0, 0, 0], 'unsupported encoding (UTF-32LE)'],
	])('refuses %s', (_name, input, reason) => {
		expect(decodeArticleBytes(Uint8Array.from(input))).toEqual({ok: false, reason});
	});

	it('only looks for NUL bytes in the first 8 KB', () => {
		const input = bytes('a'.repeat(8192), [0], 'b');
		expect(decodeArticleBytes(input)).toMatchObject({ok: true, removed: {controls: 1}});
		expect(decodeArticleBytes(bytes('a'.repeat(8191), [0]))).toEqual({
			ok: false,
			reason: 'binary file (NUL byte at offset 8191)',
		});
	});

	it('accepts NUL bytes in UTF-16 with a BOM', () => {
		expect(decodedText(bytes([0xff, 0xfe], Buffer.from('plain', 'utf16le')))).toBe('plain');
	});

	// The decoders are shared between files: what one file leaves half-read must not reach the next.
	it('decodes a file after a broken one as it decodes it alone', () => {
		const inputs = [
			Buffer.from(ARTICLE, 'utf8'),
			bytes([0xff, 0xfe], Buffer.from(ARTICLE, 'utf16le')),
			bytes([0xfe, 0xff], utf16be(ARTICLE)),
			bytes([0xef, 0xbb, 0xbf], ARTICLE),
		];
		const alone = inputs.map((b) => decodeArticleBytes(b));
		const broken = [bytes('caf', [0xc3]), bytes([0xff, 0xfe], [0x41, 0x00, 0x3d, 0xd8]), bytes([0xfe, 0xff], [0x00, 0x41, 0xd8]), bytes([0xef, 0xbb, 0xbf], [0x61, 0xe2, 0x80])];
		for (const b of broken) for (const [k, input] of inputs.entries()) {
			decodeArticleBytes(b);
			expect(decodeArticleBytes(input)).toEqual(alone[k]);
		}
	});
});

describe('files', () => {
	let dir: string;
	const filesDir = () => dir;
	const isRoot = process.getuid?.() === 0;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'scrutiny-read-'));
	});
	afterAll(async () => {
		await rm(dir, {recursive: true, force: true});
	});

	// The importer reads with synchronous calls (ReadOptions.sync): the same checks, the same refusals.
	describe.each([{sync: false}, {sync: true}])('readArticleFile %o', (mode) => {
		let dir: string;
		beforeAll(async () => {
			dir = join(filesDir(), mode.sync ? 'sync' : 'async');
			await mkdir(dir);
		});

		it('reads and decodes a regular file, and one reached by a symbolic link', async () => {
			const file = join(dir, 'article.txt');
			await writeFile(file, bytes([0xef, 0xbb, 0xbf], ARTICLE.replace(/\n/g, '\r\n')));
			expect(await readArticleFile(file, mode)).toEqual({
				path: file,
				ok: true,
				text: ARTICLE,
				encoding: 'utf-8-bom',
				removed: {escapes: 0, controls: 0, bidi: 0},
				mojibakeRepaired: 0,
			});
			const link = join(dir, 'article-link.txt');
			await symlink(file, link);
			expect(await readArticleFile(link, mode)).toMatchObject({path: link, ok: true, text: ARTICLE});
		});

		it('refuses a FIFO without opening it', {timeout: 600_000}, async () => {
			const fifo = join(dir, 'pipe.txt');
			execFileSync('mkfifo', [fifo]);
			expect(await readArticleFile(fifo, mode)).toEqual({path: fifo, ok: false, reason: 'not a regular file (FIFO)'});
		});

		it('refuses a socket', {timeout: 600_000}, async () => {
			const socketPath = join(dir, 'socket.txt');
			const server: Server = createServer();
			await new Promise<void>((resolve) => server.listen(socketPath, resolve));
			try {
				expect(await readArticleFile(socketPath, mode)).toEqual({
					path: socketPath,
					ok: false,
					reason: 'not a regular file (socket)',
				});
			} finally {
				await new Promise((resolve) => server.close(resolve));
			}
		});

		it('refuses a character device', {timeout: 600_000}, async () => {
			expect(await readArticleFile('/dev/zero', mode)).toEqual({
				path: '/dev/zero',
				ok: false,
				reason: 'not a regular file (character device)',
			});
		});

		it('refuses a directory, a missing file and a dangling symbolic link', async () => {
			const sub = join(dir, 'a-directory');
			await mkdir(sub);
			expect(await readArticleFile(sub, mode)).toEqual({path: sub, ok: false, reason: 'is a directory'});
			const missing = join(dir, 'missing.txt');
			expect(await readArticleFile(missing, mode)).toEqual({path: missing, ok: false, reason: 'no such file or directory'});
			const dangling = join(dir, 'dangling.txt');
			await symlink(join(dir, 'nowhere.txt'), dangling);
			expect(await readArticleFile(dangling, mode)).toEqual({path: dangling, ok: false, reason: 'dangling symbolic link'});
		});

		it('refuses a symbolic link that points to itself', async () => {
			const self = join(dir, 'self.txt');
			await symlink(self, self);
			expect(await readArticleFile(self, mode)).toEqual({path: self, ok: false, reason: 'too many levels of symbolic links'});
		});

		it('refuses a file larger than the limit', async () => {
			const file = join(dir, 'small-limit.txt');
			await writeFile(file, 'x'.repeat(150));
			expect(await readArticleFile(file, {...mode, maxBytes: 100})).toEqual({
				path: file,
				ok: false,
				reason: 'file too large (150 bytes > 100 bytes)',
			});
			expect(await readArticleFile(file, {...mode, maxBytes: 150})).toMatchObject({ok: true});
		});

		it('refuses a file over the default 10 MB limit', async () => {
			const file = join(dir, 'huge.txt');
			await writeFile(file, '');
			await truncate(file, Math.round(12.3 * 1024 * 1024));
			expect(await readArticleFile(file, mode)).toEqual({path: file, ok: false, reason: 'file too large (12.3 MB > 10 MB)'});
		});

		it('shows exact sizes when rounding would hide the difference', async () => {
			const file = join(dir, 'just-over.txt');
			await writeFile(file, 'x'.repeat(2049));
			expect(await readArticleFile(file, {...mode, maxBytes: 2048})).toMatchObject({
				reason: 'file too large (2049 bytes > 2048 bytes)',
			});
		});

		it('refuses an unreadable file with the errno', async () => {
			const file = join(dir, 'secret.txt');
			await writeFile(file, 'secret');
			// The system's refusal, as open(2) gives it: root reads anything, so the failure is injected.
			const denied = (code: string) => async () => {
				throw Object.assign(new Error(`${code}: open`), {code});
			};
			const deniedSync = (code: string) => () => {
				throw Object.assign(new Error(`${code}: open`), {code});
			};
			expect(await readArticleFile(file, {...mode, openFile: denied('EACCES'), openFileSync: deniedSync('EACCES')})).toEqual({path: file, ok: false, reason: 'permission denied'});
			expect(await readArticleFile(file, {...mode, openFile: denied('EIO'), openFileSync: deniedSync('EIO')})).toEqual({path: file, ok: false, reason: 'input/output error'});
			expect(await readArticleFile(file, mode)).toMatchObject({ok: true, text: 'secret'});
			if (isRoot) return;
			// Where the tests do not run as root, a real unreadable file too.
			await chmod(file, 0o000);
			expect(await readArticleFile(file, mode)).toEqual({path: file, ok: false, reason: 'permission denied'});
		});

		it('refuses a binary file', async () => {
			const file = join(dir, 'photo.txt');
			await writeFile(file, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
			expect(await readArticleFile(file, mode)).toEqual({path: file, ok: false, reason: 'binary file (JPEG image)'});
		});
	});

	describe('collectArticlePaths', () => {
		let root: string;
		beforeAll(async () => {
			root = join(dir, 'corpus');
			await mkdir(join(root, 'sub', 'deeper'), {recursive: true});
			await mkdir(join(root, '.git'));
			await mkdir(join(dir, 'elsewhere'));
			await writeFile(join(root, 'b.txt'), 'b');
			await writeFile(join(root, 'A.TXT'), 'a');
			await writeFile(join(root, 'notes.md'), 'not an article');
			await writeFile(join(root, '.hidden.txt'), 'hidden');
			await writeFile(join(root, '.git', 'x.txt'), 'hidden');
			await writeFile(join(root, 'sub', 'c.txt'), 'c');
			await writeFile(join(root, 'sub', 'deeper', 'd.Txt'), 'd');
			await writeFile(join(dir, 'elsewhere', 'e.txt'), 'e');
			await symlink(join(dir, 'elsewhere'), join(root, 'linked'));
			await symlink(join(dir, 'elsewhere'), join(root, 'sub', 'linked-again'));
			await symlink(root, join(root, 'sub', 'deeper', 'back-to-root'));
			await symlink(join(root, 'gone.txt'), join(root, 'broken.txt'));
			await symlink(join(root, 'gone'), join(root, 'broken-not-text'));
		});

		it('walks a directory for *.txt, sorted, following links, reporting loops once and dangling links', async () => {
			const result = await collectArticlePaths([root]);
			expect(result.files).toEqual([
				join(root, 'A.TXT'),
				join(root, 'b.txt'),
				join(root, 'linked', 'e.txt'),
				join(root, 'sub', 'c.txt'),
				join(root, 'sub', 'deeper', 'd.Txt'),
			]);
			expect(result.errors).toEqual([
				{path: join(root, 'broken.txt'), reason: 'dangling symbolic link'},
				{path: join(root, 'sub', 'deeper', 'back-to-root'), reason: `directory loop (back to ${root})`},
			]);
		});

		it('takes files as given, reports missing paths and lists nothing twice', async () => {
			const notes = join(root, 'notes.md');
			const missing = join(dir, 'no-such-thing');
			const broken = join(root, 'broken.txt');
			const result = await collectArticlePaths([notes, missing, root, join(root, 'sub'), notes, broken]);
			expect(result.files).toEqual([
				notes,
				join(root, 'A.TXT'),
				join(root, 'b.txt'),
				join(root, 'linked', 'e.txt'),
				join(root, 'sub', 'c.txt'),
				join(root, 'sub', 'deeper', 'd.Txt'),
			]);
			expect(result.errors).toEqual([
				{path: missing, reason: 'no such file or directory'},
				{path: broken, reason: 'dangling symbolic link'},
				{path: join(root, 'sub', 'deeper', 'back-to-root'), reason: `directory loop (back to ${root})`},
				{path: broken, reason: 'dangling symbolic link'},
			]);
		});

		it('walks a directory given with a trailing slash', async () => {
			const result = await collectArticlePaths([join(dir, 'elsewhere') + '/']);
			expect(result).toEqual({files: [join(dir, 'elsewhere', 'e.txt')], errors: []});
		});
	});
});
