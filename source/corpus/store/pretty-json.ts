/**
 * The store's JSON text written in pieces, byte for byte what `JSON.stringify(data, null, 2)` would write, without
 * one string of the whole document (more than V8's longest string at 50,000 articles).
 */

/**
 * The text `JSON.stringify(data, null, 2) + '\n'` would give, in pieces (a top-level array's records one by
 * one). Throws as `JSON.stringify` would (a cycle, a BigInt). `standIn` may give a record's piece from another
 * value (the caller then mends the piece); a record `given` says the caller has is left out of its piece, which
 * then holds only what comes before the record's text (the caller puts the text in).
 */
export function* prettyPieces(
	data: Record<string, unknown>,
	onRecord?: (key: string, index: number) => void,
	standIn?: (key: string, record: unknown) => unknown,
	given?: (key: string, index: number) => boolean,
): Generator<string> {
	let first = true;
	yield '{';
	for (const key of Object.keys(data)) {
		const value = data[key];
		const head = `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
		if (Array.isArray(value)) {
			first = false;
			if (value.length === 0) {
				yield `${head}[]`;
				continue;
			}

			yield `${head}[`;
			for (let i = 0; i < value.length; i++) {
				const text = given?.(key, i) ? '' : recordText(standIn ? standIn(key, value[i]) : value[i]);
				// Told before the piece is given: the piece that follows is this record.
				onRecord?.(key, i);
				yield `${i === 0 ? '' : ','}\n    ${text}`;
			}

			yield '\n  ]';
			continue;
		}

		const text = JSON.stringify(value, null, 2);
		if (text === undefined) {
			// A key whose value JSON cannot hold is left out, as JSON.stringify does.
			continue;
		}

		first = false;
		yield `${head}${indent(text, '  ')}`;
	}

	yield first ? '}\n' : '\n}\n';
}

/**
 * A record of a top-level array as `JSON.stringify(data, null, 2)` lays it out two levels down. Stringified inside
 * two arrays, JSON.stringify indents it itself (a second pass over the text to indent it cost as much again);
 * the arrays' brackets are cut off. An element JSON cannot hold (undefined, a function) comes out as null, as
 * JSON.stringify writes it in an array.
 */
function recordText(record: unknown): string {
	// '[\n  [\n    ' + the record + '\n  ]\n]'
	return JSON.stringify([[record]], null, 2).slice(10, -6);
}

// Strings in JSON text never hold a raw newline, so every newline is a line break of the layout.
function indent(text: string, by: string): string {
	return text.includes('\n') ? text.replaceAll('\n', `\n${by}`) : text;
}
