/**
 * The keys every counted list shares, whatever the view: `F` opens a frequency table of the list as it is on
 * screen, `S` and `M` save it as CSV or Markdown. The registry wraps the lists' controllers with these, so the
 * views themselves need not know of them.
 */
import {startPos} from '../list-window.js';
import type {CountedScreen} from '../state.js';
import {shownList, type ListFile, type ListSource, type SaveFormat, type ShownList} from './shown-list.js';
import type {Controller, ControllerResult, ViewInput} from './view-types.js';

/** The format a save command asks for. */
export function saveFormatOf(input: ViewInput): SaveFormat | null {
	if (!('command' in input)) return null;
	return input.command === 'save-csv' ? 'csv' : input.command === 'save-markdown' ? 'md' : null;
}

/** Asks the shell to write a list's file; says why not where there is nothing to write. */
export function saveRequest(list: ShownList, make: ((format: SaveFormat) => ListFile) | null, format: SaveFormat): ControllerResult {
	if (!make) return {notice: `the ${list.unit} list is saved from the command line (scrutiny ${list.unit} --csv)`};
	if (list.rows === 0) return {notice: `nothing to save: no ${list.unit} on screen`};
	const file = make(format);
	return {write: {base: list.slug, extension: file.extension, content: file.content, rows: file.rows}};
}

function listAction(screen: CountedScreen, input: ViewInput, source: ListSource): ControllerResult | undefined {
	if (!('command' in input)) return undefined;
	// The timeline's panels (its search box, pickers, form) take their own keys.
	if (screen.view === 'timeline' && screen.panel) return undefined;
	const format = saveFormatOf(input);
	if (format) {
		const list = shownList(screen, source);
		return saveRequest(list, list.file, format);
	}
	if (input.command !== 'frequency') return undefined;
	const list = shownList(screen, source);
	// Coming back (Esc) lands in the list as it was, the search box left.
	const of = screen.view === 'search' ? {...screen, typing: false} : screen;
	return {open: {view: 'frequency', of, column: list.columns[0] ?? '', pos: startPos}};
}

/** A list's controller with the shared keys handled first. */
export function withListActions<S extends CountedScreen>(controller: Controller<S>): Controller<S> {
	return (screen, input, env) => listAction(screen, input, env) ?? controller(screen, input, env);
}
