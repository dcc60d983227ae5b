import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {
	commands,
	commandsIn,
	footerHints,
	helpSections,
	isTextInput,
	keyLabel,
	keyOfChar,
	keyScopes,
	keyTableMarkdown,
	matchesKey,
	resolveCommand,
	splitKeys,
	viewNames,
	type KeyScope,
	type ViewName,
} from '../../source/ui/keymap.js';
import {appLayout} from '../../source/ui/layout.js';
import {freshScreen, readerScreen, type Screen} from '../../source/ui/state.js';
import {authorityColours, themeFor} from '../../source/ui/theme.js';
import {views} from '../../source/ui/views/registry.js';
import {keyContextOf, type ViewEnv, type ViewInput} from '../../source/ui/views/view-types.js';
import {runSearch} from '../../source/search/run-search.js';
import {Searcher} from '../../source/search/search.js';
import {bundledData} from './harness.js';

const k = (input: string) => keyOfChar(input);
const named = (overrides: Partial<Key>): Key => ({...keyOfChar('x').key, ...overrides});

describe('the keymap table', () => {
	it('gives every command keys, a description and a known category and views', () => {
		for (const c of commands) {
			expect(c.keys.length, c.name).toBeGreaterThan(0);
			for (const key of c.keys) expect(key.trim(), c.name).not.toBe('');
			expect(c.description.length, c.name).toBeGreaterThan(5);
			if (c.views !== 'all') for (const v of c.views) expect(keyScopes).toContain(v);
		}
		expect(new Set(commands.map((c) => c.name)).size).toBe(commands.length);
	});

	it('never gives one key two meanings in the same place (a view command may shadow a global one)', () => {
		for (const view of keyScopes) {
			for (const typing of [false, true]) {
				const here = commandsIn({view, typing});
				const own = here.filter((c) => c.views !== 'all').flatMap((c) => c.keys);
				const global = here.filter((c) => c.views === 'all').flatMap((c) => c.keys);
				expect(new Set(own).size, `${view} typing=${typing}`).toBe(own.length);
				expect(new Set(global).size).toBe(global.length);
			}
		}
	});

	it('lists every command in the help and in the README table', () => {
		const inHelp = helpSections().flatMap((s) => s.commands.map((c) => c.name));
		expect(inHelp.sort()).toEqual(commands.map((c) => c.name).sort());
		const md = keyTableMarkdown();
		for (const c of commands) expect(md).toContain(c.description);
	});

	it('has every view-specific command handled by the controller of each view it names', () => {
		const data = bundledData();
		const env: ViewEnv = {
			data,
			start: null,
			timeline: null,
			layout: appLayout({columns: 100, rows: 30}),
			theme: themeFor({}),
			colours: authorityColours([]),
			searcher: () => Searcher.fromStore(data),
			searchDelayMs: 0,
			ascii: false,
			canSave: true,
			today: () => '2026-11-22',
		};
		const timeline = freshScreen('timeline') as Extract<Screen, {view: 'timeline'}>;
		const compare = freshScreen('compare') as Extract<Screen, {view: 'compare'}>;
		const form = {kind: 'form', target: null, draft: {date: '', type: 'other', rating: '', authority: 'Blackpool', summary: 'x'}, field: 'date', error: null} as const;
		const screens: Record<KeyScope, Screen> = {
			dashboard: freshScreen('dashboard'),
			search: {...(freshScreen('search') as Extract<Screen, {view: 'search'}>), typing: true, query: 'council', results: runSearch(data, Searcher.fromStore(data), 'council', 'all')},
			timeline: freshScreen('timeline'),
			compare: freshScreen('compare'),
			people: freshScreen('people'),
			'person-quotes': {view: 'person-quotes', personId: data.people[0]!.id, pos: {selected: 0, top: 0}},
			articles: freshScreen('articles'),
			cohort: freshScreen('cohort'),
			reader: readerScreen(data.articles[0]!.id, 1),
			help: {view: 'help', top: 0},
			'timeline-find': {...timeline, panel: {kind: 'find'}},
			'timeline-picker': {...timeline, panel: {kind: 'picker', of: 'types', pos: {selected: 0, top: 0}, picked: []}},
			'timeline-form': {...timeline, panel: form},
			'compare-chooser': {...compare, panel: {kind: 'chooser', side: 'left', query: '', pos: {selected: 0, top: 0}}},
			'compare-quotes': {...compare, panel: {kind: 'quotes', query: '', column: 'left', pos: [{selected: 0, top: 0}, {selected: 0, top: 0}]}},
		};
		const run = (screen: Screen, input: ViewInput) => (views[screen.view].controller as (s: Screen, i: ViewInput, e: ViewEnv) => Record<string, unknown> | undefined)(screen, input, env);
		const then = (screen: Screen, input: ViewInput): Screen => (run(screen, input)?.['screen'] as Screen | undefined) ?? screen;
		/**
		 * The screen where a command has something to do: moving up from the bottom, the previous quote from the
		 * next, deleting from a box with text, the next choice on a field with choices.
		 */
		const where = (name: string, screen: Screen): Screen => {
			if (['move-up', 'top', 'page-up'].includes(name)) return then(then(screen, {command: 'move-down'}), {command: 'move-down'});
			if (name === 'previous-quote') return then(then(screen, {command: 'next-quote'}), {command: 'next-quote'});
			if (name === 'search-delete' || name === 'search-clear') {
				if (screen.view === 'timeline' && screen.panel?.kind === 'form') return {...screen, panel: {...screen.panel, draft: {...screen.panel.draft, date: '2019'}}};
				return then(screen, {text: 'ab'});
			}
			if (name.startsWith('form-option') && screen.view === 'timeline' && screen.panel?.kind === 'form') return {...screen, panel: {...screen.panel, field: 'type'}};
			return screen;
		};
		for (const c of commands) {
			if (c.views === 'all') continue;
			for (const scope of c.views) {
				const screen = where(c.name, screens[scope]);
				// The screen for a panel's scope is its view's screen with the panel open: keys resolve there.
				expect(keyContextOf(views, screen).view, scope).toBe(scope);
				const r = run(screen, {command: c.name});
				expect(r, `${c.name} in ${scope}`).toBeDefined();
				// It does something: a new state, a screen opened, a save, a copy, going back, or a notice saying why not.
				const effects = Object.entries(r ?? {}).filter(([k, v]) => k !== 'screen' || JSON.stringify(v) !== JSON.stringify(screen));
				expect(effects.length, `${c.name} in ${scope} changes nothing`).toBeGreaterThan(0);
			}
		}
	});
});

describe('resolving keys', () => {
	it.each([
		['q', 'dashboard', false, 'quit'],
		['j', 'timeline', false, 'move-down'],
		['G', 'people', false, 'bottom'],
		['/', 'reader', false, 'search'],
		['?', 'search', false, 'help'],
		['5', 'reader', false, 'view-people'],
		['s', 'articles', false, 'sort'],
		['n', 'reader', false, 'next-quote'],
		['N', 'reader', false, 'previous-quote'],
		['s', 'dashboard', false, undefined],
		// The timeline's and the comparison's own `/` shadows the global search; elsewhere it is the search.
		['/', 'timeline', false, 'timeline-find'],
		['/', 'compare', false, 'quote-panel'],
		['/', 'dashboard', false, 'search'],
		['[', 'timeline', false, 'previous-year'],
		[']', 'timeline', false, 'next-year'],
		['o', 'timeline', false, 'cycle-origin'],
		['m', 'compare', false, 'toggle-alignment'],
		[' ', 'timeline-picker', false, 'picker-toggle'],
		[' ', 'timeline-form', true, undefined],
		['j', 'timeline-picker', false, 'move-down'],
		// In the form and the chooser letters are text.
		['e', 'timeline-form', true, undefined],
		['c', 'compare-chooser', true, undefined],
		// While typing, letters and digits are text.
		['q', 'search', true, undefined],
		['j', 'search', true, undefined],
		['1', 'search', true, undefined],
		['/', 'search', true, undefined],
	] as const)('%s in %s (typing %s) is %s', (input, view, typing, name) => {
		expect(resolveCommand(input, k(input).key, {view, typing})?.name).toBe(name);
	});

	it('gives Esc to the search box while typing, and to the back stack otherwise', () => {
		const esc = named({escape: true, meta: true});
		expect(resolveCommand('', esc, {view: 'search', typing: true})?.name).toBe('search-leave');
		expect(resolveCommand('', esc, {view: 'search', typing: false})?.name).toBe('back');
		expect(resolveCommand('', esc, {view: 'reader', typing: false})?.name).toBe('back');
		expect(resolveCommand('', esc, {view: 'timeline', typing: false})?.name).toBe('clear-filter');
		expect(resolveCommand('', esc, {view: 'timeline-find', typing: true})?.name).toBe('search-leave');
		expect(resolveCommand('', esc, {view: 'timeline-form', typing: true})?.name).toBe('panel-cancel');
		expect(resolveCommand('', esc, {view: 'compare', typing: false})?.name).toBe('back');
		expect(resolveCommand('', named({tab: true, shift: true}), {view: 'timeline-form', typing: true})?.name).toBe('form-previous');
		expect(resolveCommand('', named({tab: true}), {view: 'timeline-form', typing: true})?.name).toBe('form-next');
	});

	it('keeps arrows, Enter, Tab, Backspace and Ctrl+C working while typing', () => {
		const ctx = {view: 'search', typing: true} as const;
		expect(resolveCommand('', named({downArrow: true}), ctx)?.name).toBe('move-down');
		expect(resolveCommand('', named({return: true}), ctx)?.name).toBe('open');
		expect(resolveCommand('', named({tab: true}), ctx)?.name).toBe('search-scope');
		expect(resolveCommand('', named({delete: true}), ctx)?.name).toBe('search-delete');
		expect(resolveCommand('', named({backspace: true}), ctx)?.name).toBe('search-delete');
		expect(resolveCommand('c', named({ctrl: true}), ctx)?.name).toBe('force-quit');
		expect(resolveCommand('u', named({ctrl: true}), ctx)?.name).toBe('search-clear');
	});

	it('tells text from keys', () => {
		expect(isTextInput('a', k('a').key)).toBe(true);
		expect(isTextInput('é', k('é').key)).toBe(true);
		expect(isTextInput('', named({return: true}))).toBe(false);
		expect(isTextInput('c', named({ctrl: true}))).toBe(false);
		expect(matchesKey('ctrl+c', 'c', named({ctrl: true}))).toBe(true);
		expect(matchesKey('q', 'q', named({meta: true}))).toBe(false);
	});

	it('splits characters that arrived together into keys', () => {
		expect(splitKeys('/pound', k('/pound').key).map((x) => x.input)).toEqual(['/', 'p', 'o', 'u', 'n', 'd']);
		const withEnter = splitKeys('ab\r', k('a').key);
		expect(withEnter.map((x) => x.key.return)).toEqual([false, false, true]);
		expect(splitKeys('x\u007F', k('x').key)[1]!.key.delete).toBe(true);
		expect(splitKeys('jG', k('j').key)[1]!.key.shift).toBe(true);
		// Escape sequences and single keys pass through as Ink parsed them.
		expect(splitKeys('\u001B[A', named({upArrow: true}))).toHaveLength(1);
		expect(splitKeys('q', k('q').key)).toEqual([{input: 'q', key: k('q').key}]);
	});
});

describe('the footer', () => {
	it('shows only keys that work here', () => {
		const typing = footerHints({view: 'search', typing: true});
		const text = typing.map((h) => `${h.keys} ${h.label}`).join('  ');
		expect(text).toContain('↑/↓ move');
		expect(text).toContain('Esc leave box');
		expect(text).not.toContain('q quit');
		expect(text).not.toContain('Esc back');
		const reader = footerHints({view: 'reader', typing: false}).map((h) => `${h.keys} ${h.label}`);
		expect(reader).toEqual(expect.arrayContaining(['j/k move', 'f raw text', 'n/N quotes', 'y cite', 'q quit', '? help', 'Esc back']));
		expect(reader).not.toContain('s sort');
	});

	it('writes keys for people', () => {
		expect(keyLabel('ctrl+c')).toBe('Ctrl+C');
		expect(keyLabel('escape')).toBe('Esc');
		expect(keyLabel('pagedown')).toBe('PgDn');
		expect(keyLabel('G')).toBe('G');
	});
});
