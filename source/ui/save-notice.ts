/** Writes a list saved from the screen (`S`, `M`) and says in one line where and how many rows, or why not. */
import path from 'node:path';
import {safeLine} from '../text/terminal-safety.js';
import type {WriteRequest} from './views/view-types.js';
import {writeNewFile} from './write-new-file.js';

/** The file as the notice names it: `./name` in the current folder, else the whole path. */
function shownPath(file: string): string {
	const rel = path.relative(process.cwd(), file);
	return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? `.${path.sep}${rel}` : file;
}

export function writeSaved(request: WriteRequest, dir = process.cwd()): string {
	try {
		const file = writeNewFile(dir, request.base, request.extension, request.content());
		return `saved ${request.rows} ${request.rows === 1 ? 'row' : 'rows'} to ${safeLine(shownPath(file))}`;
	} catch (error) {
		return `not saved: ${safeLine((error as Error).message ?? String(error))}`;
	}
}
