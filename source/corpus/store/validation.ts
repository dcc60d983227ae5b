/**
 * Schema checks with messages fit for one line: the path of the first bad field and what is wrong with it,
 * never the (untrusted, possibly huge) value found.
 */
import type {z} from 'zod';
import type {DocumentKind} from './document-kind.js';
import {Slicer} from './slicer.js';
import {isLeftInFile} from './text-in-file.js';

/**
 * The first schema issue of a document of `kind` as `path: message` ("articles[3].published.precision: invalid value ..."), or null.
 *
 * Checked a record at a time, in the order one parse of the whole store would report (the top level's fields,
 * then each collection in the schema's order): the same first issue, without building a copy of a large store
 * at once, and giving the event loop a turn now and then. `checked`: for a collection, which records (index >= 0)
 * are the very ones an earlier check passed, unchanged since (their bytes are copied from that write's file).
 */
export async function firstIssue(data: unknown, kind: DocumentKind<object>, checked?: ReadonlyMap<string, Int32Array>): Promise<string | null> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return issueText(kind.schema.safeParse(data, {error: issueMessage}).error?.issues[0], []);
	}

	const object = data as Record<string, unknown>;
	const top: Record<string, unknown> = {...object};
	for (const key of Object.keys(kind.records)) {
		if (Array.isArray(top[key])) {
			top[key] = [];
		}
	}

	const topIssue = issueText(kind.schema.safeParse(top, {error: issueMessage}).error?.issues[0], []);
	if (topIssue) {
		return topIssue;
	}

	const slicer = new Slicer();
	for (const [key, schema] of Object.entries(kind.records)) {
		const records = object[key] as unknown[];
		const passed = checked?.get(key);
		const quick = kind.quickChecks?.[key];
		for (let i = 0; i < records.length; i++) {
			if (passed && passed[i]! >= 0) continue;
			const record = records[i];
			// Raw text left in the file is a string literal by construction; reading it to check would read it all.
			const left = kind.leftInFile?.[key];
			const rawLeft = left !== undefined && typeof record === 'object' && record !== null && isLeftInFile(record);
			const check = rawLeft ? left : schema;
			// Passed by the quick check: zod would pass it too.
			if (quick?.(record, rawLeft)) {
				await slicer.tick();
				continue;
			}

			// Checked without the message map, which only a failure needs: zod's check with one set is slower and
			// leaves garbage that outlives young collections, which a large store's write pays for in peak memory.
			if (!check.safeParse(record).success) {
				return issueText(check.safeParse(record, {error: issueMessage}).error?.issues[0], [key, i]);
			}

			await slicer.tick();
		}
	}

	return null;
}

function issueText(issue: z.core.$ZodIssue | undefined, prefix: readonly PropertyKey[]): string | null {
	if (!issue) {
		return null;
	}

	const where = formatIssuePath([...prefix, ...issue.path]);
	const message = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
	return where ? `${where}: ${message}` : message;
}

// Messages that say what is wrong without echoing the (untrusted, possibly huge) value found.
const issueMessage: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type': {
			return issue.input === undefined ? 'missing' : `expected ${issue.expected}, found ${kindOf(issue.input)}`;
		}

		case 'invalid_value': {
			return `invalid value (expected ${issue.values.map(String).join(', ')})`;
		}

		case 'invalid_format': {
			return 'invalid format';
		}

		default: {
			return undefined;
		}
	}
};

function kindOf(value: unknown): string {
	if (value === null) {
		return 'null';
	}

	if (Array.isArray(value)) {
		return 'an array';
	}

	if (typeof value === 'number' && !Number.isInteger(value)) {
		return 'a fraction';
	}

	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function formatIssuePath(keys: readonly PropertyKey[]): string {
	let out = '';
	for (const key of keys) {
		if (typeof key === 'number') {
			out += `[${key}]`;
		} else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) {
			out += out ? `.${key}` : key;
		} else {
			out += `[${JSON.stringify(String(key))}]`;
		}
	}

	return out;
}
