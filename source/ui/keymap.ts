/**
 * The one table of commands: names, keys, descriptions, categories and the views they work in. The input
 * handler resolves keys through it, the footer shows the commands that work in the current view, and the `?`
 * help lists them all; nothing else in the UI compares key names.
 */
import type {Key} from 'ink';
import {isPrintableSpec, isTextInput, keyLabel, matchesKey, type KeySpec} from './key-input.js';

export {isPrintableSpec, isTextInput, keyLabel, keyOfChar, matchesKey, splitKeys, type KeySpec} from './key-input.js';

export const viewNames = ['dashboard', 'search', 'timeline', 'compare', 'people', 'person-quotes', 'articles', 'cohort', 'reader', 'help', 'reports', 'frequency'] as const;
/** Every screen the UI can show. */
export type ViewName = (typeof viewNames)[number];

/**
 * Panels that take the keyboard inside a view: the timeline's search box, its pickers and its event form, and
 * the comparison's authority chooser and quote panel. While one is open its commands apply, not the view's.
 */
export const panelNames = ['timeline-find', 'timeline-picker', 'timeline-form', 'compare-chooser', 'compare-quotes', 'compare-lines'] as const;
export type PanelName = (typeof panelNames)[number];

/** Where a key is resolved: a view, or a panel open in one. */
export type KeyScope = ViewName | PanelName;
export const keyScopes: readonly KeyScope[] = [...viewNames, ...panelNames];

export const categories = ['global', 'views', 'navigation', 'search', 'timeline', 'compare', 'panels', 'tables', 'reader', 'lists'] as const;
export type Category = (typeof categories)[number];


export type CommandName =
	| 'quit'
	| 'force-quit'
	| 'help'
	| 'search'
	| 'back'
	| 'reload'
	| 'view-dashboard'
	| 'view-search'
	| 'view-timeline'
	| 'view-compare'
	| 'view-people'
	| 'view-articles'
	| 'view-cohort'
	| 'move-down'
	| 'move-up'
	| 'top'
	| 'bottom'
	| 'page-down'
	| 'page-up'
	| 'open'
	| 'search-scope'
	| 'search-leave'
	| 'search-delete'
	| 'search-clear'
	| 'sort'
	| 'sort-reverse'
	| 'toggle-raw'
	| 'next-quote'
	| 'previous-quote'
	| 'copy-citation'
	| 'previous-year'
	| 'next-year'
	| 'pick-authorities'
	| 'pick-types'
	| 'cycle-origin'
	| 'timeline-find'
	| 'clear-filter'
	| 'edit-event'
	| 'add-event'
	| 'mark-wrong'
	| 'choose-authority'
	| 'toggle-alignment'
	| 'quote-panel'
	| 'episode-left'
	| 'episode-right'
	| 'find-done'
	| 'picker-toggle'
	| 'picker-apply'
	| 'panel-cancel'
	| 'form-next'
	| 'form-previous'
	| 'form-option-next'
	| 'form-option-previous'
	| 'form-save'
	| 'chooser-side'
	| 'chooser-pick'
	| 'quotes-column'
	| 'line-reports'
	| 'filter-clear'
	| 'filter-pick'
	| 'reader-find'
	| 'find-keep'
	| 'find-next'
	| 'find-previous'
	| 'find-leave'
	| 'frequency'
	| 'frequency-column-next'
	| 'frequency-column-previous'
	| 'frequency-filter'
	| 'save-csv'
	| 'save-markdown';

/** One command of the keymap. */
export type Command = {
	readonly name: CommandName;
	readonly keys: readonly KeySpec[];
	readonly description: string;
	readonly category: Category;
	/**
	 * `all`: works everywhere (handled by the shell); else the views (or panels) whose controllers handle it.
	 * Global commands work in panels too, unless the panel's own command takes the key.
	 */
	readonly views: 'all' | readonly KeyScope[];
	/** Only while a text box has the keyboard (`typing`), or only while none does (`browsing`). */
	readonly mode?: 'typing' | 'browsing';
	/** Only while a filter (a picker's) or a find (the reader's) is set; it then wins its keys (Esc, `n`) from the view's. */
	readonly filtering?: true;
	/** Short label for the footer; commands without one are listed only in the help. */
	readonly footer?: string;
	/** How the footer shows the keys when it differs from the keys themselves (`j/k` for moving both ways). */
	readonly footerKeys?: string;
	/** The same while the search box has the keyboard (where letters are text). */
	readonly footerKeysTyping?: string;
};

const lists: readonly KeyScope[] = ['dashboard', 'search', 'timeline', 'compare', 'people', 'person-quotes', 'articles', 'cohort', 'reader', 'help', 'reports', 'timeline-find', 'timeline-picker', 'compare-chooser', 'compare-quotes', 'compare-lines', 'frequency'];
const openable: readonly KeyScope[] = ['dashboard', 'search', 'timeline', 'people', 'person-quotes', 'articles', 'reports', 'compare-quotes', 'compare-lines'];
/** The lists that can be counted (a frequency table) and saved, as they are on screen. */
const counted: readonly KeyScope[] = ['timeline', 'search', 'people', 'articles', 'person-quotes'];
const savable: readonly KeyScope[] = ['timeline', 'search', 'person-quotes', 'frequency'];
/** The panels with a text box: printable keys are text there (the reader's while its find box is open). */
const textBoxes: readonly KeyScope[] = ['search', 'reader', 'timeline-find', 'timeline-picker', 'timeline-form', 'compare-chooser', 'compare-quotes', 'compare-lines'];
const panels: readonly KeyScope[] = ['timeline-picker', 'timeline-form', 'compare-chooser', 'compare-quotes', 'compare-lines'];
/** The lists with a filter box: typing narrows them. */
const filtered: readonly KeyScope[] = ['timeline-picker', 'compare-chooser', 'compare-lines'];

export const commands: readonly Command[] = [
	{name: 'quit', keys: ['q'], description: 'Quit scrutiny (after saving edits and their files; press twice while typed keys wait for the store)', category: 'global', views: 'all', footer: 'quit'},
	{name: 'force-quit', keys: ['ctrl+c'], description: 'Quit at once, even while typing in the search box', category: 'global', views: 'all'},
	{name: 'help', keys: ['?'], description: 'Show every key (this list); again to close it', category: 'global', views: 'all', footer: 'help'},
	{name: 'search', keys: ['/'], description: 'Jump into the search box from anywhere', category: 'global', views: 'all', footer: 'search'},
	{name: 'back', keys: ['escape'], description: 'Go back to the previous screen (a back stack, like a browser)', category: 'global', views: 'all', footer: 'back'},
	{name: 'reload', keys: ['r'], description: 'Reload the store from disk (after an import)', category: 'global', views: 'all'},
	{name: 'view-dashboard', keys: ['1'], description: 'Dashboard: ratings by authority, most quoted people, latest events', category: 'views', views: 'all'},
	{name: 'view-search', keys: ['2'], description: 'Search quotes, articles, people and events', category: 'views', views: 'all'},
	{name: 'view-timeline', keys: ['3'], description: 'Timeline: every event in date order', category: 'views', views: 'all'},
	{name: 'view-compare', keys: ['4'], description: 'Compare two authorities side by side', category: 'views', views: 'all'},
	{name: 'view-people', keys: ['5'], description: 'People: who is quoted, with titles, roles and party', category: 'views', views: 'all'},
	{name: 'view-articles', keys: ['6'], description: 'Articles: every article with its date and counts', category: 'views', views: 'all'},
	{name: 'view-cohort', keys: ['7'], description: "Cohort: every authority's 'inadequate' episodes on months since the judgement, the median delay to each response", category: 'views', views: 'all'},
	{name: 'move-down', keys: ['j', 'down'], description: 'Move down', category: 'navigation', views: lists, footer: 'move', footerKeys: 'j/k', footerKeysTyping: '↑/↓'},
	{name: 'move-up', keys: ['k', 'up'], description: 'Move up', category: 'navigation', views: lists},
	{name: 'top', keys: ['g', 'home'], description: 'Go to the top', category: 'navigation', views: lists},
	{name: 'bottom', keys: ['G', 'end'], description: 'Go to the bottom', category: 'navigation', views: lists},
	{name: 'page-down', keys: ['pagedown'], description: 'Page down', category: 'navigation', views: lists},
	{name: 'page-up', keys: ['pageup'], description: 'Page up', category: 'navigation', views: lists},
	{name: 'open', keys: ['enter'], description: 'Open the selection (an article at its paragraph, a person’s quotes, an authority’s articles)', category: 'navigation', views: openable, footer: 'open'},
	{name: 'search-scope', keys: ['tab'], description: 'Cycle the scope: all, quotes, articles, people, events', category: 'search', views: ['search'], footer: 'scope'},
	{name: 'search-leave', keys: ['escape'], description: 'Leave the search box; the results stay (Esc again goes back, or on the timeline clears the search)', category: 'search', views: ['search', 'timeline-find'], mode: 'typing', footer: 'leave box'},
	{name: 'search-delete', keys: ['backspace', 'delete'], description: 'Delete the character before the cursor', category: 'search', views: textBoxes, mode: 'typing'},
	{name: 'search-clear', keys: ['ctrl+u'], description: 'Clear the search box (in a form: the field)', category: 'search', views: textBoxes, mode: 'typing'},
	{name: 'previous-year', keys: ['['], description: 'Timeline: the first event of the previous year', category: 'timeline', views: ['timeline'], footer: 'year', footerKeys: '[/]'},
	{name: 'next-year', keys: [']'], description: 'Timeline: the first event of the next year (the undated come last)', category: 'timeline', views: ['timeline']},
	{name: 'timeline-find', keys: ['/'], description: 'Timeline: search within the timeline, filtering its lines (here / is the timeline’s own; 2 opens the global search)', category: 'timeline', views: ['timeline'], footer: 'find'},
	{name: 'pick-authorities', keys: ['a'], description: 'Timeline: pick the authorities to show (type to narrow the list; several: Tab picks, Enter applies)', category: 'timeline', views: ['timeline'], footer: 'filters', footerKeys: 'a/t/o'},
	{name: 'pick-types', keys: ['t'], description: 'Timeline: pick the event types to show', category: 'timeline', views: ['timeline']},
	{name: 'cycle-origin', keys: ['o'], description: 'Timeline: origins shown, in turn: all, press, Ofsted, curated, all with the events marked wrong', category: 'timeline', views: ['timeline']},
	{name: 'clear-filter', keys: ['escape'], description: 'Timeline: clear the filters one by one, the last set first; with none left, go back', category: 'timeline', views: ['timeline'], footer: 'clear'},
	{name: 'edit-event', keys: ['e'], description: 'Timeline: edit the selected event (date, type, status, rating, authority, summary), saved as curated', category: 'timeline', views: ['timeline'], footer: 'curate', footerKeys: 'e/n/x'},
	{name: 'add-event', keys: ['n'], description: 'Timeline: add an event of your own (curated)', category: 'timeline', views: ['timeline']},
	{name: 'mark-wrong', keys: ['x'], description: 'Timeline: mark the selected press event as wrong (kept but hidden; o shows it), or unmark it', category: 'timeline', views: ['timeline']},
	{name: 'choose-authority', keys: ['c'], description: 'Compare: choose the left or right authority from a fuzzy list of every authority in the store', category: 'compare', views: ['compare'], footer: 'choose'},
	{name: 'toggle-alignment', keys: ['m'], description: 'Compare: align the two timelines by calendar date, or by months since each side’s \'inadequate\' judgement', category: 'compare', views: ['compare'], footer: 'align'},
	{name: 'episode-left', keys: ['e'], description: 'Compare: the left side’s next episode (each \'inadequate\' judgement until the next better rating; the latest first)', category: 'compare', views: ['compare'], footer: 'episode', footerKeys: 'e/E'},
	{name: 'episode-right', keys: ['E'], description: 'Compare: the right side’s next episode', category: 'compare', views: ['compare']},
	{name: 'quote-panel', keys: ['/'], description: 'Compare: search the quotes of both sides at once (here / is the comparison’s own; 2 opens the global search)', category: 'compare', views: ['compare'], footer: 'quotes'},
	{name: 'find-done', keys: ['enter'], description: 'Keep the timeline’s search and leave its box (then j/k move through the lines)', category: 'panels', views: ['timeline-find'], footer: 'done'},
	{name: 'picker-toggle', keys: ['tab'], description: 'Pick or unpick the selected item (letters filter the list, so Space is text there)', category: 'panels', views: ['timeline-picker'], footer: 'toggle'},
	{name: 'picker-apply', keys: ['enter'], description: 'Apply the picks (none picked: no filter)', category: 'panels', views: ['timeline-picker'], footer: 'apply'},
	{name: 'form-next', keys: ['tab', 'down'], description: 'Next field of the form', category: 'panels', views: ['timeline-form'], footer: 'field', footerKeysTyping: 'Tab/↑↓'},
	{name: 'form-previous', keys: ['shift+tab', 'up'], description: 'Previous field of the form', category: 'panels', views: ['timeline-form']},
	{name: 'form-option-next', keys: ['right'], description: 'Next choice of a field with choices (type, rating, authority)', category: 'panels', views: ['timeline-form'], footer: 'choice', footerKeysTyping: '←/→'},
	{name: 'form-option-previous', keys: ['left'], description: 'Previous choice of a field with choices', category: 'panels', views: ['timeline-form']},
	{name: 'form-save', keys: ['enter'], description: 'Check the event and save it to the store (locked, written atomically)', category: 'panels', views: ['timeline-form'], footer: 'save'},
	{name: 'chooser-side', keys: ['tab'], description: 'Choose the other side: left or right', category: 'panels', views: ['compare-chooser'], footer: 'side'},
	{name: 'chooser-pick', keys: ['enter'], description: 'Compare with the selected authority', category: 'panels', views: ['compare-chooser'], footer: 'choose'},
	{name: 'quotes-column', keys: ['tab'], description: 'Move between the left and right column of quotes', category: 'panels', views: ['compare-quotes'], footer: 'column'},
	{name: 'panel-cancel', keys: ['escape'], description: 'Close the panel (picker, form, chooser, quotes) without changing anything', category: 'panels', views: panels, footer: 'close'},
	{name: 'sort', keys: ['s'], description: 'Sort by the next column', category: 'tables', views: ['people', 'articles'], footer: 'sort'},
	{name: 'sort-reverse', keys: ['S'], description: 'Reverse the sort order', category: 'tables', views: ['people', 'articles']},
	{name: 'toggle-raw', keys: ['f'], description: 'Show the raw text with page furniture, or the paragraphs again', category: 'reader', views: ['reader'], footer: 'raw text'},
	{name: 'next-quote', keys: ['n'], description: 'Next quote', category: 'reader', views: ['reader'], footer: 'quotes', footerKeys: 'n/N'},
	{name: 'previous-quote', keys: ['N'], description: 'Previous quote', category: 'reader', views: ['reader']},
	{name: 'copy-citation', keys: ['y'], description: 'Copy a citation (title, date, paragraph) where the terminal allows, and show it; on Reports, of the selected report', category: 'reader', views: ['reader', 'reports'], footer: 'cite'},
	// Every report of a line, type-to-filter in the pickers, find in the reader.
	{name: 'line-reports', keys: ['R'], description: 'Every article that reports the selected line (its reports merged), to open any of them; in Compare, first the line, from both sides; in Search, of an event result', category: 'timeline', views: ['timeline', 'compare', 'search'], footer: 'reports'},
	{name: 'filter-clear', keys: ['escape'], description: 'Clear the filter typed (Esc again closes the list)', category: 'panels', views: filtered, filtering: true, footer: 'clear filter'},
	{name: 'filter-pick', keys: ['enter'], description: 'Pick the highlighted item and clear the filter (Enter again applies the picks)', category: 'panels', views: ['timeline-picker'], filtering: true, footer: 'pick'},
	{name: 'reader-find', keys: ['/'], description: 'Reader: find words in the article, every match highlighted (here / is the reader’s own; 2 opens the global search)', category: 'reader', views: ['reader'], footer: 'find'},
	{name: 'find-keep', keys: ['enter'], description: 'Keep the find and leave its box: then n/N go from match to match', category: 'reader', views: ['reader'], mode: 'typing', filtering: true, footer: 'keep'},
	{name: 'find-next', keys: ['n'], description: 'The next match of the find, the reader scrolled to it (after the last, the first)', category: 'reader', views: ['reader'], filtering: true, footer: 'match', footerKeys: 'n/N'},
	{name: 'find-previous', keys: ['N'], description: 'The previous match of the find', category: 'reader', views: ['reader'], filtering: true},
	{name: 'find-leave', keys: ['escape'], description: 'Leave the find: the highlights go, the reader stays where it is', category: 'reader', views: ['reader'], filtering: true, footer: 'leave find'},
	// Counting and saving the list on screen (issue 12).
	{name: 'frequency', keys: ['F'], description: 'Count the list on screen, its filters applied, by a column (events by type, authority or year; quotes by speaker or party; people by party; articles by year): a frequency table', category: 'lists', views: counted, footer: 'count'},
	{name: 'frequency-column-next', keys: ['tab', 'right'], description: 'Frequency table: count by the next column', category: 'lists', views: ['frequency'], footer: 'column', footerKeys: 'Tab/←→'},
	{name: 'frequency-column-previous', keys: ['shift+tab', 'left'], description: 'Frequency table: count by the previous column', category: 'lists', views: ['frequency']},
	{name: 'frequency-filter', keys: ['enter'], description: 'Frequency table: back to the list, filtered to the selected value (the timeline by type or authority, articles by authority, search results by kind)', category: 'lists', views: ['frequency'], footer: 'filter'},
	{name: 'save-csv', keys: ['S'], description: 'Save the list on screen, its filters applied, to a CSV file in the current folder, each row with its citation (a new file: never over one that exists)', category: 'lists', views: savable, footer: 'save', footerKeys: 'S/M'},
	{name: 'save-markdown', keys: ['M'], description: 'Save the list on screen to a Markdown file in the current folder, each row with its citation', category: 'lists', views: savable},
];

/**
 * The view (or the panel open in it), whether a text box has the keyboard, and whether a filter or a find is set:
 * what decides what a key means.
 */
export type KeyContext = {readonly view: KeyScope; readonly typing: boolean; readonly filtering?: boolean};


function appliesIn(c: Command, ctx: KeyContext): boolean {
	if (c.views !== 'all' && !c.views.includes(ctx.view)) return false;
	if (c.mode === 'typing' && !ctx.typing) return false;
	if (c.mode === 'browsing' && ctx.typing) return false;
	if (c.filtering && !ctx.filtering) return false;
	return true;
}

/**
 * The commands that work in this context: those of a filter or find that is set first, then the view's own,
 * then the global ones; an earlier command wins a key over a later one.
 */
export function commandsIn(ctx: KeyContext): Command[] {
	const here = commands.filter((c) => appliesIn(c, ctx));
	return [...here.filter((c) => c.filtering), ...here.filter((c) => c.views !== 'all' && !c.filtering), ...here.filter((c) => c.views === 'all')];
}

/** The command a key means here, if any. While typing, printable keys are never commands. */
export function resolveCommand(input: string, key: Key, ctx: KeyContext): Command | undefined {
	for (const c of commandsIn(ctx)) {
		for (const spec of c.keys) {
			if (ctx.typing && isPrintableSpec(spec)) continue;
			if (matchesKey(spec, input, key)) return c;
		}
	}
	return undefined;
}


/** The keys of a command as the help writes them. */
export function keysLabel(c: Command): string {
	return c.keys.map(keyLabel).join(' ');
}

/**
 * How a command's keys are written in the footer and in hints: the form the table gives (`j/k` for moving both
 * ways, `↑/↓` where letters are text) when all its keys work, else the keys that do, joined with '/'.
 */
export function keysText(c: Command, live: readonly KeySpec[], typing: boolean): string {
	return (typing ? c.footerKeysTyping : live.length === c.keys.length ? c.footerKeys : undefined) ?? live.map(keyLabel).join('/');
}

/**
 * The footer's hints for this context: the view's own commands first, then the global ones, in table order.
 * Only keys that work here are shown: while typing, printable keys are text; a key a view's command takes
 * (Esc in the search box) is not shown again for the global command it shadows.
 */
export function footerHints(ctx: KeyContext): {keys: string; label: string}[] {
	const taken = new Set<KeySpec>();
	const out: {keys: string; label: string}[] = [];
	for (const c of commandsIn(ctx)) {
		const live = c.keys.filter((k) => !taken.has(k) && !(ctx.typing && isPrintableSpec(k)));
		for (const k of live) taken.add(k);
		if (!c.footer || live.length === 0) continue;
		out.push({keys: keysText(c, live, ctx.typing), label: c.footer});
	}
	return out;
}

export const categoryTitles: Record<Category, string> = {
	global: 'Everywhere',
	views: 'Views',
	navigation: 'Moving around',
	search: 'Search box',
	timeline: 'Timeline',
	compare: 'Compare',
	panels: 'Pickers, forms and panels',
	tables: 'People and Articles tables',
	reader: 'Article reader',
	lists: 'Counting and saving lists',
};

/** The help's sections: every command, grouped by category. */
export function helpSections(): {title: string; commands: Command[]}[] {
	return categories.map((cat) => ({title: categoryTitles[cat], commands: commands.filter((c) => c.category === cat)})).filter((s) => s.commands.length > 0);
}

/** The key table as Markdown, for the README. */
export function keyTableMarkdown(): string {
	const rows = commands.map((c) => `| ${c.keys.map((k) => `\`${keyLabel(k)}\``).join(' ')} | ${c.description} | ${c.views === 'all' ? 'everywhere' : c.views.join(', ')} |`);
	return ['| keys | command | where |', '|---|---|---|', ...rows].join('\n');
}


