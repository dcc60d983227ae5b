/**
 * What a store file's (or its curated file's) states held: for each identity (file-identity.ts) scrutiny read or
 * wrote the file in, the sha256 of its bytes and the key its caches are made under. Kept beside the file as
 * `<file>.digests`, so that a copy of the store with its caches (`cp -a`, `rsync -a`, `scp -p`, `scp`) keeps
 * them: the copy is another file, with another inode (and, for `scp` without `-p`, another modification time), so
 * its identity is new; when the record copied with it names a state of the same size and permission bits, the copy
 * is hashed once, and only if its bytes are that state's does it take that state's key. Bytes that differ never
 * do, whatever their size and times. The permission bits must match too: a store made private with chmod makes its
 * caches again, private (cache-write.ts).
 *
 * Written as the caches are (beside the file, with its mode, renamed into place) and, like them, only ever a
 * shortcut: a record that cannot be read or written costs a rebuild, never a wrong answer. Two processes adding
 * a state at once may lose one of them: that state is hashed again when next asked for.
 * No zod, no lowdb: the UI's first frame loads this.
 */
import {createHash} from 'node:crypto';
import {closeSync, fstatSync, openSync, readFileSync, readSync, type Stats} from 'node:fs';
import {writeBesideStore} from '../cache-write.js';

/** An identity as file-identity.ts writes it, and a key: an identity, or one with its bytes' digest after '#'. */
const identityForm = /^\d+:\d+:[\d.e+-]+(?::[0-7]+)?$/;
const keyForm = /^\d+:\d+:[\d.e+-]+(?::[0-7]+)?(?:#[\da-f]{16})?$/;

/** The states kept: the newest first; an older one's caches were made again long since. */
const keptStates = 16;

/** Bytes read at a time when a copy is hashed. */
const hashChunkBytes = 16 << 20;

/** One state of the file: its identity, the sha256 of its bytes, and the key of the caches made for those bytes. */
type State = readonly [identity: string, sha256: string, key: string];

/** The file the states of `file` are recorded in. */
export function digestsPath(file: string): string {
	return `${file}.digests`;
}

/** The identity of the file open as `fd`; null when it has none (no inode). */
export type IdentityOf = (stats: Stats) => string | null;

/** The key this process last worked out for each state: asked again, it is not read again (a new record replaces it). */
const known = new Map<string, string>();

/**
 * The key of the caches of `file` in state `identity`: the key recorded for it; else, for a copy of a recorded
 * state (same size and permission bits, and the same bytes: hashed once, here), that state's key; else the
 * identity itself. Never throws.
 */
export function cacheKeyOf(file: string, identity: string, identityOf: IdentityOf): string {
	const memo = known.get(`${file}\0${identity}`);
	if (memo !== undefined) return memo;
	const states = readStates(file);
	const own = states.find((s) => s[0] === identity);
	if (own) return remember(file, identity, own[2]);
	// Hashing costs a read of the file: only when a recorded state could be its original.
	if (!states.some((s) => sameShape(s[0], identity))) return identity;
	const sha256 = hashIfStill(file, identity, identityOf);
	return sha256 === null ? identity : recordDigest(file, identity, sha256);
}

/**
 * Records that `file` in state `identity` holds bytes whose sha256 is `sha256` (as just read or written), and
 * gives the key of its caches: that of a recorded state with the same bytes and permission bits, else the identity.
 * The caller must know the bytes are the state's (read through the same descriptor, or the identity unchanged
 * after the read). Never throws.
 */
export function recordDigest(file: string, identity: string, sha256: string): string {
	const {key, states, recorded} = keyForBytes(file, identity, sha256);
	if (!recorded) writeBesideStore(file, digestsPath(file), () => `${JSON.stringify({format: 1, states: [[identity, sha256, key], ...states].slice(0, keptStates)})}\n`);
	return remember(file, identity, key);
}

/**
 * The key of the caches of `file` in state `identity` whose bytes' sha256 is `sha256` (already known: no read),
 * without recording it: for a reader, which writes nothing beside the store. Never throws.
 */
export function cacheKeyOfBytes(file: string, identity: string, sha256: string): string {
	return remember(file, identity, keyForBytes(file, identity, sha256).key);
}

/** The key for those bytes, whether the record holds that state already, and the record's other states. */
function keyForBytes(file: string, identity: string, sha256: string): {key: string; states: State[]; recorded: boolean} {
	let states = readStates(file);
	const own = states.find((s) => s[0] === identity);
	if (own?.[1] === sha256) return {key: own[2], states, recorded: true};
	// The same identity with other bytes (rewritten in place, its size and time kept): the caches made under the key
	// it had are not these bytes', so these take a key of their own.
	if (own) states = states.filter((s) => s !== own);
	const original = states.find((s) => s[1] === sha256 && sameShape(s[0], identity));
	const key = original ? original[2] : own ? `${identity}#${sha256.slice(0, 16)}` : identity;
	return {key, states, recorded: false};
}

function remember(file: string, identity: string, key: string): string {
	known.set(`${file}\0${identity}`, key);
	return key;
}

/** The recorded states, newest first; none when there is no record or it is not one. */
function readStates(file: string): State[] {
	try {
		const parsed = JSON.parse(readFileSync(digestsPath(file), 'utf8')) as {format?: unknown; states?: unknown};
		if (parsed.format !== 1 || !Array.isArray(parsed.states)) return [];
		// Of the forms written here only: a key goes into the caches' state strings, whose parts a '|' separates.
		return parsed.states.filter((s): s is State => Array.isArray(s) && s.length === 3 && s.every((x) => typeof x === 'string') && identityForm.test(s[0] as string) && /^[\da-f]{64}$/.test(s[1] as string) && keyForm.test(s[2] as string));
	} catch {
		return [];
	}
}

/**
 * Whether two identities (`inode:size:mtime[:mode]`) could be of the same bytes as the caches see them: the same
 * size and permission bits. The inode differs for any copy, the modification time for `scp` without `-p`.
 */
function sameShape(a: string, b: string): boolean {
	const [, sizeA, , modeA] = a.split(':');
	const [, sizeB, , modeB] = b.split(':');
	return sizeA !== undefined && sizeA === sizeB && modeA === modeB;
}

/** The sha256 of `file`'s bytes if it is in state `identity` before and after the read, else null. */
function hashIfStill(file: string, identity: string, identityOf: IdentityOf): string | null {
	let fd: number | null = null;
	try {
		fd = openSync(file, 'r');
		const before = fstatSync(fd);
		if (identityOf(before) !== identity) return null;
		const hash = createHash('sha256');
		const buffer = Buffer.allocUnsafe(Math.min(hashChunkBytes, Math.max(1, before.size)));
		for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) hash.update(buffer.subarray(0, n));
		// Written in place meanwhile (the size or time moved): these bytes are no state's.
		return identityOf(fstatSync(fd)) === identity ? hash.digest('hex') : null;
	} catch {
		return null;
	} finally {
		if (fd !== null) closeSync(fd);
	}
}
