/**
 * The one table of commands: names, keys, descriptions, categories and the views they work in. The input
 * handler resolves keys through it, the footer shows the commands that work in the current view, and the `?`
 * help lists them all; nothing else in the UI compares key names.
 */
import type {Key} from 'ink';

export const viewNames = ['dashboard', 'search', 'timeline', 'compare', 'people', 'person-quotes', 'articles', 'reader', 'help'] as const;
/** Every screen the UI can show. */
export type ViewName = (typeof viewNames)[number];

export const categories = ['global', 'views', 'navigation', 'search', 'tables', 'reader'] as const;
export type Category = (typeof categories)[number];

/**
 * A key as the table names it: one printable character (`q`, `G`, `?`), a named key (`enter`, `escape`, `tab`,
 * `up`, `down`, `pageup`, `pagedown`, `home`, `end`, `backspace`, `delete`) or `ctrl+<letter>`.
 */
export type KeySpec = string;

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
	| 'copy-citation';

/** One command of the keymap. */
export type Command = {
	readonly name: CommandName;
	readonly keys: readonly KeySpec[];
	readonly description: string;
	readonly category: Category;
	/** `all`: works everywhere (handled by the shell); else the views whose controllers handle it. */
	readonly views: 'all' | readonly ViewName[];
	/** Only while the search box has the keyboard (`typing`), or only while it does not (`browsing`). */
	readonly mode?: 'typing' | 'browsing';
	/** Short label for the footer; commands without one are listed only in the help. */
	readonly footer?: string;
	/** How the footer shows the keys when it differs from the keys themselves (`j/k` for moving both ways). */
	readonly footerKeys?: string;
	/** The same while the search box has the keyboard (where letters are text). */
	readonly footerKeysTyping?: string;
};

const lists: readonly ViewName[] = ['dashboard', 'search', 'timeline', 'compare', 'people', 'person-quotes', 'articles', 'reader', 'help'];
const openable: readonly ViewName[] = ['dashboard', 'search', 'timeline', 'people', 'person-quotes', 'articles'];

export const commands: readonly Command[] = [
	{name: 'quit', keys: ['q'], description: 'Quit scrutiny', category: 'global', views: 'all', footer: 'quit'},
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
	{name: 'move-down', keys: ['j', 'down'], description: 'Move down', category: 'navigation', views: lists, footer: 'move', footerKeys: 'j/k', footerKeysTyping: '↑/↓'},
	{name: 'move-up', keys: ['k', 'up'], description: 'Move up', category: 'navigation', views: lists},
	{name: 'top', keys: ['g', 'home'], description: 'Go to the top', category: 'navigation', views: lists},
	{name: 'bottom', keys: ['G', 'end'], description: 'Go to the bottom', category: 'navigation', views: lists},
	{name: 'page-down', keys: ['pagedown'], description: 'Page down', category: 'navigation', views: lists},
	{name: 'page-up', keys: ['pageup'], description: 'Page up', category: 'navigation', views: lists},
	{name: 'open', keys: ['enter'], description: 'Open the selection (an article at its paragraph, a person’s quotes, an authority’s articles)', category: 'navigation', views: openable, footer: 'open'},
	{name: 'search-scope', keys: ['tab'], description: 'Cycle the scope: all, quotes, articles, people, events', category: 'search', views: ['search'], footer: 'scope'},
	{name: 'search-leave', keys: ['escape'], description: 'Leave the search box; the results stay (Esc again goes back)', category: 'search', views: ['search'], mode: 'typing', footer: 'leave box'},
	{name: 'search-delete', keys: ['backspace', 'delete'], description: 'Delete the character before the cursor', category: 'search', views: ['search'], mode: 'typing'},
	{name: 'search-clear', keys: ['ctrl+u'], description: 'Clear the search box', category: 'search', views: ['search'], mode: 'typing'},
	{name: 'sort', keys: ['s'], description: 'Sort by the next column', category: 'tables', views: ['people', 'articles'], footer: 'sort'},
	{name: 'sort-reverse', keys: ['S'], description: 'Reverse the sort order', category: 'tables', views: ['people', 'articles']},
	{name: 'toggle-raw', keys: ['f'], description: 'Show the raw text with page furniture, or the paragraphs again', category: 'reader', views: ['reader'], footer: 'raw text'},
	{name: 'next-quote', keys: ['n'], description: 'Next quote', category: 'reader', views: ['reader'], footer: 'quotes', footerKeys: 'n/N'},
	{name: 'previous-quote', keys: ['N'], description: 'Previous quote', category: 'reader', views: ['reader']},
	{name: 'copy-citation', keys: ['y'], description: 'Copy a citation (title, date, paragraph) where the terminal allows, and show it', category: 'reader', views: ['reader'], footer: 'cite'},
];

/** The view and whether the search box has the keyboard: what decides which commands a key can mean. */
export type KeyContext = {readonly view: ViewName; readonly typing: boolean};

const named: Record<string, (key: Key) => boolean> = {
	enter: (k) => k.return,
	escape: (k) => k.escape,
	tab: (k) => k.tab && !k.shift,
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

/** Whether a spec names a printable character (which is text, not a command, while typing). */
export function isPrintableSpec(spec: KeySpec): boolean {
	return [...spec].length === 1;
}

/** Whether the key Ink reported is the one `spec` names. */
export function matchesKey(spec: KeySpec, input: string, key: Key): boolean {
	if (spec.startsWith('ctrl+')) return key.ctrl && input === spec.slice(5);
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

function appliesIn(c: Command, ctx: KeyContext): boolean {
	if (c.views !== 'all' && !c.views.includes(ctx.view)) return false;
	if (c.mode === 'typing' && !ctx.typing) return false;
	if (c.mode === 'browsing' && ctx.typing) return false;
	return true;
}

/** The commands that work in this context, the view's own first (they win over a global command's key). */
export function commandsIn(ctx: KeyContext): Command[] {
	const here = commands.filter((c) => appliesIn(c, ctx));
	return [...here.filter((c) => c.views !== 'all'), ...here.filter((c) => c.views === 'all')];
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

const labels: Record<string, string> = {
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

/** The keys of a command as the help writes them. */
export function keysLabel(c: Command): string {
	return c.keys.map(keyLabel).join(' ');
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
		const keys = (ctx.typing ? c.footerKeysTyping : live.length === c.keys.length ? c.footerKeys : undefined) ?? live.map(keyLabel).join('/');
		out.push({keys, label: c.footer});
	}
	return out;
}

export const categoryTitles: Record<Category, string> = {
	global: 'Everywhere',
	views: 'Views',
	navigation: 'Moving around',
	search: 'Search box',
	tables: 'People and Articles tables',
	reader: 'Article reader',
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
