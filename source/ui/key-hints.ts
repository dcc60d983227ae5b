/**
 * Keys as the views write them in titles, panels and notices ("Enter applies · Esc cancels", "q quits"), all
 * from the keymap: rebinding a key there changes every hint that names it. A test checks that no view writes a
 * key's name itself.
 */
import {commands, isPrintableSpec, keyLabel, keysText, type Command, type CommandName, type KeySpec} from './keymap.js';

/** The command of this name (the table has every name of the union). */
export function commandNamed(name: CommandName): Command {
	const c = commands.find((x) => x.name === name);
	if (!c) throw new Error(`no command ${name} in the keymap`);
	return c;
}

/** The keys of a command that work: where a text box has the keyboard (`typing`), printable keys are text. */
function liveKeys(c: Command, typing: boolean): KeySpec[] {
	return typing ? c.keys.filter((k) => !isPrintableSpec(k)) : [...c.keys];
}

/** A command's own keys as a hint writes them: `Enter`, `Esc`, `a`, `Tab/↓`. */
export function keysFor(name: CommandName, typing = false): string {
	return liveKeys(commandNamed(name), typing).map(keyLabel).join('/');
}

/**
 * The keys of a command and its counterpart as the footer writes them (`j/k` for moving down and up, `↑/↓`
 * where letters are text, `Tab/↑↓` for the form's fields, `←/→` for its choices).
 */
export function pairKeys(name: CommandName, typing = false): string {
	const c = commandNamed(name);
	return keysText(c, liveKeys(c, typing), typing);
}

/** A hint: the command's keys, then what they do here (`Enter applies`, `q quits`). */
export function hint(name: CommandName, does: string, typing = false): string {
	return `${keysFor(name, typing)} ${does}`;
}

/** The first key of the first and the last command, as a range: `1-6` for the views. */
export function keyRange(first: CommandName, last: CommandName): string {
	return `${keyLabel(commandNamed(first).keys[0] ?? '')}-${keyLabel(commandNamed(last).keys[0] ?? '')}`;
}
