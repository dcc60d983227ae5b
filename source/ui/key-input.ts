/**
 * Keys as Ink reports them: whether one is the key a spec names, whether it is text to type, how a key is written
 * for people, and the keys of one input event (a paste or fast typing arrives as one). The keymap's table uses
 * these; nothing here knows a command.
 */
import type {Key} from 'ink';

/**
 * A key as the table names it: one printable character (`q`, `G`, `?`), `space`, a named key (`enter`,
 * `escape`, `tab`, `shift+tab`, `up`, `down`, `left`, `right`, `pageup`, `pagedown`, `home`, `end`, `backspace`,
 * `delete`) or `ctrl+<letter>`.
 */
export type KeySpec = string;

const named: Record<string, (key: Key) => boolean> = {
	enter: (k) => k.return,
	escape: (k) => k.escape,
	tab: (k) => k.tab && !k.shift,
	'shift+tab': (k) => k.tab && k.shift,
	up: (k) => k.upArrow,
	down: (k) => k.downArrow,
	left: (k) => k.leftArrow,
	right: (k) => k.rightArrow,
	pageup: (k) => k.pageUp,
	pagedown: (k) => k.pageDown,
	home: (k) => k.home,
	end: (k) => k.end,
	backspace: (k) => k.backspace,
	// Ink reports the Backspace key (\x7f) as `delete`: both delete to the left.
	delete: (k) => k.delete,
};

/** Printable keys the table names by a word, because the character itself would be invisible. */
const printableNames: Record<string, string> = {space: ' '};

/** Whether a spec names a printable character (which is text, not a command, while typing). */
export function isPrintableSpec(spec: KeySpec): boolean {
	return [...spec].length === 1 || spec in printableNames;
}

/** Whether the key Ink reported is the one `spec` names. */
export function matchesKey(spec: KeySpec, input: string, key: Key): boolean {
	if (spec.startsWith('ctrl+')) return key.ctrl && input === spec.slice(5);
	const printable = printableNames[spec];
	if (printable !== undefined) return input === printable && !key.ctrl && !key.meta;
	const test = named[spec];
	if (test) return test(key);
	return input === spec && !key.ctrl && !key.meta;
}

/** Whether a key is text to type: printable, without Ctrl or Alt, and not a named key. */
export function isTextInput(input: string, key: Key): boolean {
	if (input === '' || key.ctrl || key.meta) return false;
	if (Object.values(named).some((test) => test(key))) return false;
	return !/[\x00-\x1f\x7f]/.test(input);
}

const labels: Record<string, string> = {
	space: 'Space',
	'shift+tab': 'Shift+Tab',
	enter: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	backspace: 'Backspace',
	delete: 'Delete',
};

/** How a key is written for people: `Enter`, `Esc`, `Ctrl+C`, `q`. */
export function keyLabel(spec: KeySpec): string {
	if (spec.startsWith('ctrl+')) return `Ctrl+${spec.slice(5).toUpperCase()}`;
	return labels[spec] ?? spec;
}

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/** The key one character means on its own, as Ink would report it. */
export function keyOfChar(ch: string): {input: string; key: Key} {
	const c = ch.codePointAt(0) ?? 0;
	if (ch === '\r' || ch === '\n') return {input: '', key: {...noKey, return: true}};
	if (ch === '\t') return {input: '', key: {...noKey, tab: true}};
	// Ink reports Backspace (\x7f) as `delete` and Ctrl+H (\b) as `backspace`.
	if (c === 0x7f) return {input: '', key: {...noKey, delete: true}};
	if (c === 0x08) return {input: '', key: {...noKey, backspace: true}};
	if (c < 0x20) return {input: String.fromCharCode(c + 0x60), key: {...noKey, ctrl: true}};
	return {input: ch, key: {...noKey, shift: /^[A-Z]$/.test(ch)}};
}

/**
 * The keys in one input event. Ink passes a run of characters that arrived together as one event (a paste, or
 * keys typed faster than they are read, which over SSH is common); each is a key of its own here, so that `jj`
 * moves twice and `/poundland` opens the search box and types `poundland`. Escape sequences and single keys
 * pass through as Ink parsed them.
 */
export function splitKeys(input: string, key: Key): {input: string; key: Key}[] {
	const chars = [...input];
	if (chars.length <= 1 || input.startsWith('\u001B') || key.ctrl || key.meta) return [{input, key}];
	return chars.map(keyOfChar);
}
