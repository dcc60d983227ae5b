/**
 * The one table of file-system errors: how the store, its caches and the commands name a Node errno error in a
 * one-line message.
 */

/** The errno code of a Node error (`ENOSPC`, `ELOCKED`, ...), or undefined. */
export function errorCode(error: unknown): string | undefined {
	const code = (error as {code?: unknown} | null)?.code;
	return typeof code === 'string' ? code : undefined;
}

/** Error text for a Node errno error: "no space left on device", "read-only file system", ... */
export function describeFsError(error: unknown): string {
	const code = errorCode(error);
	if (code && code in errnoText) {
		return errnoText[code]!;
	}

	if (code) {
		return code;
	}

	return error instanceof Error ? error.message : String(error);
}

const errnoText: Record<string, string> = {
	EACCES: 'permission denied',
	EBUSY: 'resource busy',
	EDQUOT: 'disk quota exceeded',
	EEXIST: 'file exists',
	EFBIG: 'file too large',
	EIO: 'input/output error',
	EISDIR: 'is a directory',
	ELOOP: 'too many levels of symbolic links',
	EMFILE: 'too many open files',
	ENAMETOOLONG: 'file name too long',
	ENFILE: 'too many open files in the system',
	ENOENT: 'no such file or directory',
	ENOSPC: 'no space left on device',
	ENOTDIR: 'a component of the path is not a directory',
	EPERM: 'operation not permitted',
	EROFS: 'read-only file system',
	EXDEV: 'not on the same file system',
};
