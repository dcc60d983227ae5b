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
import {timeline as timelineLines} from '../../source/corpus/queries.js';
import {freshScreen, readerScreen, reportsScreen, type Screen} from '../../source/ui/state.js';
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

	it('never gives one key two meanings in the same place (a filter’s command may shadow the view’s, a view’s a global one)', () => {
		for (const view of keyScopes) {
			for (const typing of [false, true]) {
				for (const filtering of [false, true]) {
					const here = commandsIn({view, typing, filtering});
					const ofFilter = here.filter((c) => c.filtering).flatMap((c) => c.keys);
					const own = here.filter((c) => c.views !== 'all' && !c.filtering).flatMap((c) => c.keys);
					const global = here.filter((c) => c.views === 'all').flatMap((c) => c.keys);
					expect(new Set(ofFilter).size, `${view} typing=${typing} filtering`).toBe(ofFilter.length);
					expect(new Set(own).size, `${view} typing=${typing} filtering=${filtering}`).toBe(own.length);
					expect(new Set(global).size).toBe(global.length);
				}
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
			savedSearch: null,
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
			frequency: {view: 'frequency', of: timeline, column: 'type', pos: {selected: 0, top: 0}},
			'timeline-find': {...timeline, panel: {kind: 'find'}},
			reports: reportsScreen(timelineLines(data).find((l) => new Set(l.sources.map((x) => x.articleId)).size >= 3)!),
			'timeline-picker': {...timeline, panel: {kind: 'picker', of: 'types', pos: {selected: 0, top: 0}, picked: [], filter: ''}},
			'timeline-form': {...timeline, panel: form},
			'compare-chooser': {...compare, panel: {kind: 'chooser', side: 'left', query: '', pos: {selected: 0, top: 0}}},
			'compare-quotes': {...compare, panel: {kind: 'quotes', query: '', column: 'left', pos: [{selected: 0, top: 0}, {selected: 0, top: 0}]}},
			'compare-lines': {...compare, panel: {kind: 'lines', filter: '', pos: {selected: 0, top: 0}}},
		};
		const run = (screen: Screen, input: ViewInput) => (views[screen.view].controller as (s: Screen, i: ViewInput, e: ViewEnv) => Record<string, unknown> | undefined)(screen, input, env);
		const then = (screen: Screen, input: ViewInput): Screen => (run(screen, input)?.['screen'] as Screen | undefined) ?? screen;
		/**
		 * The screen where a command has something to do: moving up from the bottom, the previous quote from the
		 * next, deleting from a box with text, the next choice on a field with choices.
		 */
		const where = (name: string, screen: Screen): Screen => {
			// A filter's and a find's commands: with something typed (a find kept, but for the key that keeps it).
			if (commands.find((c) => c.name === name)?.filtering) {
				if (screen.view === 'reader') return {...screen, find: {query: 'the', typing: name === 'find-keep', current: 0}};
				if (screen.view === 'timeline' && screen.panel?.kind === 'picker') return {...screen, panel: {...screen.panel, filter: 'o'}};
				if (screen.view === 'compare' && screen.panel?.kind === 'chooser') return {...screen, panel: {...screen.panel, query: 'o'}};
				if (screen.view === 'compare' && screen.panel?.kind === 'lines') return {...screen, panel: {...screen.panel, filter: 'o'}};
			}
			if (screen.view === 'reader' && (name === 'search-delete' || name === 'search-clear')) return then(then(screen, {command: 'reader-find'}), {text: 'th'});
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
		['/', 'reader', false, 'reader-find'],
		['/', 'people', false, 'search'],
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
		// The pickers are filter boxes: letters (and Space) are text, Tab picks.
		['\t', 'timeline-picker', true, 'picker-toggle'],
		[' ', 'timeline-picker', true, undefined],
		['j', 'timeline-picker', true, undefined],
		['a', 'compare-lines', true, undefined],
		['R', 'timeline', false, 'line-reports'],
		['R', 'compare', false, 'line-reports'],
		[' ', 'timeline-form', true, undefined],
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
		// With a filter typed, Esc clears it first; with none, it closes the list.
		expect(resolveCommand('', esc, {view: 'timeline-picker', typing: true, filtering: true})?.name).toBe('filter-clear');
		expect(resolveCommand('', esc, {view: 'timeline-picker', typing: true, filtering: false})?.name).toBe('panel-cancel');
		expect(resolveCommand('', esc, {view: 'compare-chooser', typing: true, filtering: true})?.name).toBe('filter-clear');
		expect(resolveCommand('', esc, {view: 'compare-lines', typing: true, filtering: false})?.name).toBe('panel-cancel');
		expect(resolveCommand('', named({return: true}), {view: 'timeline-picker', typing: true, filtering: true})?.name).toBe('filter-pick');
		expect(resolveCommand('', named({return: true}), {view: 'timeline-picker', typing: true, filtering: false})?.name).toBe('picker-apply');
		// In the reader a find takes Esc and n/N while it is set; while its box is open, letters are text.
		expect(resolveCommand('', esc, {view: 'reader', typing: false, filtering: true})?.name).toBe('find-leave');
		expect(resolveCommand('n', k('n').key, {view: 'reader', typing: false, filtering: true})?.name).toBe('find-next');
		expect(resolveCommand('N', k('N').key, {view: 'reader', typing: false, filtering: true})?.name).toBe('find-previous');
		expect(resolveCommand('n', k('n').key, {view: 'reader', typing: true, filtering: true})).toBeUndefined();
		expect(resolveCommand('', named({return: true}), {view: 'reader', typing: true, filtering: true})?.name).toBe('find-keep');
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

	it('shows a filter’s or a find’s keys in place of those they shadow', () => {
		const show = (ctx: Parameters<typeof footerHints>[0]) => footerHints(ctx).map((h) => `${h.keys} ${h.label}`);
		const finding = show({view: 'reader', typing: false, filtering: true});
		expect(finding).toEqual(expect.arrayContaining(['n/N match', 'Esc leave find', 'j/k move', 'y cite']));
		expect(finding).not.toContain('n/N quotes');
		expect(finding).not.toContain('Esc back');
		expect(show({view: 'reader', typing: true, filtering: true})).toEqual(['Enter keep', 'Esc leave find', '↑/↓ move']);
		expect(show({view: 'timeline-picker', typing: true, filtering: true})).toEqual(['Esc clear filter', 'Enter pick', '↑/↓ move', 'Tab toggle']);
		expect(show({view: 'timeline-picker', typing: true, filtering: false})).toEqual(['↑/↓ move', 'Tab toggle', 'Enter apply', 'Esc close']);
	});

	it('writes keys for people', () => {
		expect(keyLabel('ctrl+c')).toBe('Ctrl+C');
		expect(keyLabel('escape')).toBe('Esc');
		expect(keyLabel('pagedown')).toBe('PgDn');
		expect(keyLabel('G')).toBe('G');
	});
});
