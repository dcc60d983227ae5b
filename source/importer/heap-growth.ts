/**
 * How far the heap may grow past what a collection left alive before the next full collection: V8 lets a heap of a
 * gigabyte grow by up to half as much again, and an import's last merge and write and the caches made after it
 * each leave hundreds of megabytes of garbage beside the store's records, which the process's peak counts. Once
 * the extraction workers are done, collections come sooner: the import sets this after closing its pool and
 * before it saves the caches (the UI calls neither). The setting is the process's and stays for its life.
 */
import {setFlagsFromString} from 'node:v8';

const growingPercent = 10;

/** From now on, a full collection once the heap has grown a tenth past what the last one left. */
export function collectSooner(): void {
	setFlagsFromString(`--heap-growing-percent=${growingPercent}`);
}
