/**
 * The file-system calls the store makes, behind one small interface.
 *
 * The store's promises (never a half-written or silently replaced file) are only worth what their failure paths
 * are worth, and those paths are reached by disks filling up, read-only remounts and I/O errors that a test
 * cannot cause for real. Tests pass a seam that fails the one call they target; everything else uses `realFs`.
 */
import * as fsp from 'node:fs/promises';

/** The parts of `fs.Stats` the store reads. */
export interface SeamStats {
	/** File type and permission bits, as in `fs.Stats.mode`. */
	readonly mode: number;
	readonly size: number;
	/** Inode and modification time: with the size, the file's identity, to tell without reading it whether it was replaced. */
	readonly ino?: number;
	readonly mtimeMs?: number;
	isFile(): boolean;
	isDirectory(): boolean;
	isSymbolicLink(): boolean;
}

/** An open file: the store only ever writes a whole buffer, flushes it and closes. */
export interface SeamFile {
	/** Writes all of `data` (looping over short writes). */
	write(data: Uint8Array): Promise<void>;
	/** fsync(2): the data is on disk when this resolves. */
	sync(): Promise<void>;
	close(): Promise<void>;
}

/** The fs/promises calls the store uses. Errors are Node errno errors (`code` such as `ENOSPC`). */
export interface FsSeam {
	/** `flags` as for `fs.open` (`'wx'` to create a new file, `'r'` to open a directory for fsync). */
	open(path: string, flags: string, mode?: number): Promise<SeamFile>;
	readFile(path: string): Promise<Buffer>;
	stat(path: string): Promise<SeamStats>;
	lstat(path: string): Promise<SeamStats>;
	realpath(path: string): Promise<string>;
	rename(from: string, to: string): Promise<void>;
	unlink(path: string): Promise<void>;
	readdir(path: string): Promise<string[]>;
	chmod(path: string, mode: number): Promise<void>;
}

/** The real file system. */
export const realFs: FsSeam = {
	async open(path, flags, mode) {
		const handle = await fsp.open(path, flags, mode);
		return {
			async write(data) {
				let done = 0;
				while (done < data.byteLength) {
					const {bytesWritten} = await handle.write(data, done, data.byteLength - done);
					done += bytesWritten;
				}
			},
			sync: async () => handle.sync(),
			close: async () => handle.close(),
		};
	},
	readFile: async (path) => fsp.readFile(path),
	stat: async (path) => fsp.stat(path),
	lstat: async (path) => fsp.lstat(path),
	realpath: async (path) => fsp.realpath(path),
	rename: async (from, to) => fsp.rename(from, to),
	unlink: async (path) => fsp.unlink(path),
	readdir: async (path) => fsp.readdir(path),
	chmod: async (path, mode) => fsp.chmod(path, mode),
};
