/**
 * Where and why a file is not JSON, for the store's one-line message: V8's own messages give a position only
 * for some errors, so the text is scanned again by a minimal scanner.
 */

/**
 * Where and why `text` is not JSON, as "unexpected end at byte N" or "unexpected '}' at byte N, line L column C".
 * V8's messages give a character position only for some errors, so this re-scans the text.
 */
export function describeJsonError(text: string, byteBase: number, error: unknown): string {
	const found = locateJsonError(text);
	if (!found) {
		return error instanceof Error ? error.message : String(error);
	}

	const byte = byteBase + Buffer.byteLength(text.slice(0, found.index), 'utf8');
	if (found.index >= text.length) {
		return `unexpected end at byte ${byte}`;
	}

	const before = text.slice(0, found.index);
	const line = before.split('\n').length;
	const column = found.index - before.lastIndexOf('\n');
	return `${found.what} at byte ${byte}, line ${line} column ${column}`;
}

/** A minimal JSON scanner (iterative, so deep nesting cannot overflow the stack): the first error, or null. */
function locateJsonError(text: string): {index: number; what: string} | null {
	type Mode = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value';
	const stack: Array<'array' | 'object'> = [];
	let mode: Mode = 'value';
	let index = 0;
	const unexpected = (at: number) => ({index: at, what: `unexpected ${showChar(text, at)}`});
	const end = {index: text.length, what: 'unexpected end'};

	for (;;) {
		while (index < text.length && ' \t\n\r'.includes(text[index]!)) {
			index++;
		}

		if (index >= text.length) {
			return stack.length === 0 && mode === 'after-value' ? null : end;
		}

		const char = text[index]!;
		if (mode === 'after-value') {
			const top = stack.at(-1);
			if (!top) {
				return {index, what: `unexpected ${showChar(text, index)} after the end of the data`};
			}

			if (char === ',') {
				index++;
				mode = top === 'object' ? 'key' : 'value';
			} else if ((top === 'object' && char === '}') || (top === 'array' && char === ']')) {
				stack.pop();
				index++;
			} else {
				return unexpected(index);
			}

			continue;
		}

		if (mode === 'colon') {
			if (char !== ':') {
				return unexpected(index);
			}

			index++;
			mode = 'value';
			continue;
		}

		if (mode === 'key' || mode === 'key-or-close') {
			if (mode === 'key-or-close' && char === '}') {
				stack.pop();
				index++;
				mode = 'after-value';
				continue;
			}

			if (char !== '"') {
				return unexpected(index);
			}

			const next = scanString(text, index);
			if (typeof next !== 'number') {
				return next;
			}

			index = next;
			mode = 'colon';
			continue;
		}

		// mode is 'value' or 'value-or-close'
		if (mode === 'value-or-close' && char === ']') {
			stack.pop();
			index++;
			mode = 'after-value';
			continue;
		}

		if (char === '{' || char === '[') {
			stack.push(char === '{' ? 'object' : 'array');
			index++;
			mode = char === '{' ? 'key-or-close' : 'value-or-close';
			continue;
		}

		let next: number | {index: number; what: string};
		if (char === '"') {
			next = scanString(text, index);
		} else if (char === '-' || (char >= '0' && char <= '9')) {
			next = scanNumber(text, index);
		} else if (char === 't' || char === 'f' || char === 'n') {
			const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null';
			let at = 0;
			while (at < word.length && index + at < text.length && text[index + at] === word[at]) {
				at++;
			}

			next = at === word.length ? index + at : index + at >= text.length ? end : unexpected(index + at);
		} else {
			return unexpected(index);
		}

		if (typeof next !== 'number') {
			return next;
		}

		index = next;
		mode = 'after-value';
	}
}

/** Scans the string starting at the quote at `start`: the index after its closing quote, or the error. */
function scanString(text: string, start: number): number | {index: number; what: string} {
	let index = start + 1;
	for (;;) {
		if (index >= text.length) {
			return {index: text.length, what: 'unexpected end'};
		}

		const code = text.charCodeAt(index);
		if (code === 0x22) {
			return index + 1;
		}

		if (code < 0x20) {
			return {index, what: `control character ${showChar(text, index)} in a string`};
		}

		if (code === 0x5c) {
			const escape = text[index + 1];
			if (escape === undefined) {
				return {index: text.length, what: 'unexpected end'};
			}

			if (escape === 'u') {
				for (let at = index + 2; at < index + 6; at++) {
					if (at >= text.length) {
						return {index: text.length, what: 'unexpected end'};
					}

					if (!/[\da-fA-F]/.test(text[at]!)) {
						return {index: at, what: `bad \\u escape ${showChar(text, at)}`};
					}
				}

				index += 6;
				continue;
			}

			if (!'"\\/bfnrt'.includes(escape)) {
				return {index: index + 1, what: `bad escape ${showChar(text, index + 1)}`};
			}

			index += 2;
			continue;
		}

		index++;
	}
}

/** Scans the number at `start`: the index after it, or the error. */
function scanNumber(text: string, start: number): number | {index: number; what: string} {
	let index = start;
	const digits = (): number | {index: number; what: string} => {
		const from = index;
		while (index < text.length && text[index]! >= '0' && text[index]! <= '9') {
			index++;
		}

		if (index > from) {
			return index;
		}

		return index >= text.length ? {index, what: 'unexpected end'} : {index, what: `unexpected ${showChar(text, index)}`};
	};

	if (text[index] === '-') {
		index++;
	}

	if (text[index] === '0') {
		index++;
	} else {
		const result = digits();
		if (typeof result !== 'number') {
			return result;
		}
	}

	if (text[index] === '.') {
		index++;
		const result = digits();
		if (typeof result !== 'number') {
			return result;
		}
	}

	if (text[index] === 'e' || text[index] === 'E') {
		index++;
		if (text[index] === '+' || text[index] === '-') {
			index++;
		}

		const result = digits();
		if (typeof result !== 'number') {
			return result;
		}
	}

	return index;
}

/** A character from the file, shown safely: printable ASCII quoted, anything else as U+XXXX. */
function showChar(text: string, index: number): string {
	const code = text.codePointAt(index) ?? 0;
	return code >= 0x20 && code < 0x7f ? `'${String.fromCodePoint(code)}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
