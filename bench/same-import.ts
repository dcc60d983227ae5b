/**
 * `node dist-bench/bench/same-import.js STORE_A STORE_B`: whether two imports of the same corpus wrote the same
 * bytes, the store and everything beside it (the caches, the records, the cohort, every row table), once what
 * must differ between two runs is set aside: each article's `importedAt` (and the records' chunk hashes over it), the store file's identity (inode, size,
 * modification time, permission bits) that keys each cache, and the random generation of a row table and its parts. Each file is read in
 * chunks (the store is over a gigabyte), those spans replaced, and the rest hashed. Prints one line a file and
 * exits 1 if any differs or is missing on one side. Not set aside: the binary table of piece checksums at the end of
 * `<store>.lists/events.lines` and `<store>.lists/reader.json`, over pieces that hold `importedAt`, so those files
 * and their indexes (which hold their trailers' SHA-1) differ between any two runs. The search documents
 * (`.search-docs`, `.search-events-docs`) are compared by their parts: the header with the identity set aside, the
 * records and their table, and the trailer's offset less the header's length, which moves with the identity's digits.
 */
import {createHash} from 'node:crypto';
import {closeSync, existsSync, fstatSync, openSync, readdirSync, readSync, statSync} from 'node:fs';
import path from 'node:path';
import {trailerBytes} from '../source/search/docs-file.js';

const normalised: readonly (readonly [RegExp, string])[] = [
	[/"importedAt":\s*"[^"]*"/g, '"importedAt":"-"'],
	// The records' chunk hashes, over articles that hold `importedAt` (the chunks themselves are compared).
	[/"sha1":"[0-9a-f]{40}"/g, '"sha1":"-"'],
	// A store file's identity: inode, size, modification time and permission bits (file-identity.ts).
	[/\b\d+:\d+:\d+(?:\.\d+)?(?::[0-7]{3})?\b/g, 'IDENTITY'],
	[/"generation":"[0-9a-f]+"/g, '"generation":"-"'],
	[/(scrutiny-rows-part \d+ )[0-9a-f]+/g, '$1-'],
	// A row table's index: the SHA-1 line under the identity, which differs with the generation.
	[/(scrutiny-rows \d+\nIDENTITY\n)[0-9a-f]{40}/g, '$1-'],
];
// The digests file's SHA-256 of each store state's bytes, which hold `importedAt` (content-digests.ts); only there:
// the store holds hashes of its own that must be compared.
const digestsNormalised: readonly (readonly [RegExp, string])[] = [...normalised, [/"[0-9a-f]{64}"/g, '"-"']];
// No replaced span is longer: a chunk's last bytes wait for the next chunk unless a span could not reach them.
const longestSpan = 256;

function hashOf(file: string, patterns = normalised): string {
	const hash = createHash('sha256');
	const fd = openSync(file, 'r');
	const buffer = Buffer.alloc(16 << 20);
	let carry = '';
	try {
		for (;;) {
			const n = readSync(fd, buffer, 0, buffer.length, null);
			// latin1: one character a byte, so no character is split across chunks.
			const text = carry + buffer.toString('latin1', 0, n);
			let cut = n === 0 ? text.length : Math.max(0, text.length - longestSpan);
			for (const [pattern] of patterns)
				for (const m of text.matchAll(pattern)) if (m.index < cut && m.index + m[0].length > cut) cut = Math.min(cut, m.index);
			let out = text.slice(0, cut);
			for (const [pattern, by] of patterns) out = out.replace(pattern, by);
			hash.update(out, 'latin1');
			carry = text.slice(cut);
			if (n === 0) break;
		}
	} finally {
		closeSync(fd);
	}
	return hash.digest('hex');
}

/** A search documents file's hash, its parts compared as they are (see the head of this file). */
function docsHashOf(file: string): string {
	const hash = createHash('sha256');
	const fd = openSync(file, 'r');
	try {
		const size = fstatSync(fd).size;
		const head = Buffer.alloc(Math.min(size, 1 << 16));
		readSync(fd, head, 0, head.length, 0);
		// The magic line, the state's line, the meta line.
		let headerBytes = 0;
		for (let lines = 0; lines < 3; lines++) headerBytes = head.indexOf(10, headerBytes) + 1;
		let header = head.toString('latin1', 0, headerBytes);
		for (const [pattern, by] of normalised) header = header.replace(pattern, by);
		hash.update(header, 'latin1');
		const buffer = Buffer.alloc(16 << 20);
		const end = size - trailerBytes;
		for (let at = headerBytes; at < end; ) {
			const n = readSync(fd, buffer, 0, Math.min(buffer.length, end - at), at);
			if (n === 0) break;
			hash.update(buffer.subarray(0, n));
			at += n;
		}
		const trailer = Buffer.alloc(trailerBytes);
		readSync(fd, trailer, 0, trailerBytes, end);
		hash.update(String(Number(trailer.toString('latin1').trim()) - headerBytes));
	} finally {
		closeSync(fd);
	}
	return hash.digest('hex');
}

/** The files an import leaves: the store, those beside it named after it, and those in its folders. */
function outputs(store: string): string[] {
	const dir = path.dirname(store);
	const base = path.basename(store);
	const found: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		if (name !== base && !name.startsWith(`${base}.`)) continue;
		if (/\.(?:lock|import-out|rss|threads|threads\.raw)$/.test(name)) continue;
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) for (const inner of readdirSync(full).sort()) found.push(path.join(name, inner));
		else found.push(name);
	}
	return found;
}

function main(): number {
	const [a, b] = process.argv.slice(2);
	if (!a || !b || path.basename(a) !== path.basename(b)) {
		process.stderr.write('usage: same-import STORE_A STORE_B (two stores of the same name, in two folders)\n');
		return 2;
	}
	const names = [...new Set([...outputs(a), ...outputs(b)])].sort();
	let differ = 0;
	for (const name of names) {
		const [fa, fb] = [path.join(path.dirname(a), name), path.join(path.dirname(b), name)];
		if (!existsSync(fa) || !existsSync(fb)) {
			differ++;
			process.stdout.write(`missing  ${name} (${existsSync(fa) ? 'B' : 'A'})\n`);
			continue;
		}
		const hasher = /\.search(?:-events)?-docs$/.test(name) ? docsHashOf : name.endsWith('.digests') ? (f: string) => hashOf(f, digestsNormalised) : hashOf;
		const [ha, hb] = [hasher(fa), hasher(fb)];
		if (ha !== hb) differ++;
		process.stdout.write(`${ha === hb ? 'same   ' : 'DIFFERS'}  ${name}  ${ha.slice(0, 16)}${ha === hb ? '' : ` ${hb.slice(0, 16)}`}\n`);
	}
	process.stdout.write(`${names.length - differ} of ${names.length} files the same\n`);
	return differ > 0 ? 1 : 0;
}

process.exitCode = main();
