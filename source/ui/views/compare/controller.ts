/**
 * The comparison's keys: each command (or typed text) becomes the next compare screen, for the comparison or the
 * panel open over it (the authority chooser, the quote search).
 */
import type {CommandName, KeyContext} from '../../keymap.js';
import {hint} from '../../key-hints.js';
import {clampPos, movePos, scrollBy, startPos, type ListPos} from '../../list-window.js';
import {readerScreen, reportsScreen, type CompareScreen} from '../../state.js';
import {isCommand, moveOf, type Controller, type ControllerResult, type ViewEnv, type ViewInput, type WhileReading} from '../view-types.js';
import type {LinesPanel} from './line-items.js';
import {choosePair, nextEpisode, type ChooserPanel, type QuotesPanel} from './model.js';
import {chooserHeight, chosenOf, filteredLinesOf, itemsOf, lineItemsOf, linesOf, matchesOf, modelOf, pageHeight, quotesGeometry, savedDraws} from './selectors.js';

/** Where keys go: the comparison, or the panel open over it (every panel has a text box; two are filters). */
export function compareKeys(screen: CompareScreen): KeyContext {
	if (screen.panel?.kind === 'chooser') return {view: 'compare-chooser', typing: true, filtering: screen.panel.query !== ''};
	if (screen.panel?.kind === 'quotes') return {view: 'compare-quotes', typing: true};
	if (screen.panel?.kind === 'lines') return {view: 'compare-lines', typing: true, filtering: screen.panel.filter !== ''};
	return {view: 'compare', typing: false};
}

/** While the store is read: the comparison itself, from the one saved beside it, scrolled, realigned, its episodes stepped. */
export const compareWhileReading: WhileReading<CompareScreen> = {
	draws: (screen, env) => screen.panel === null && savedDraws(env, screen),
	takes: (screen, input) => screen.panel === null && (moveOf(input) !== null || ['toggle-alignment', 'episode-left', 'episode-right'].some((c) => isCommand(input, c as CommandName))),
};

export const compareController: Controller<CompareScreen> = (screen, input, env) => {
	switch (screen.panel?.kind) {
		case 'chooser':
			return chooserInput(screen, screen.panel, input, env);
		case 'quotes':
			return quotesInput(screen, screen.panel, input, env);
		case 'lines':
			return linesInput(screen, screen.panel, input, env);
		default:
			return mainInput(screen, input, env);
	}
};

function mainInput(screen: CompareScreen, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const m = modelOf(env, screen);
	const move = moveOf(input);
	if (move) {
		const lines = m ? linesOf(m, env.layout.body.width, screen.align, env.ascii) : [];
		return {screen: {...screen, top: scrollBy(screen.top, move, lines.length, pageHeight(env))}};
	}
	if (!('command' in input)) return undefined;
	switch (input.command) {
		case 'choose-authority':
			return {screen: {...screen, panel: {kind: 'chooser', side: 'left', query: '', pos: startPos}}};
		case 'toggle-alignment': {
			// The aligned timelines are what changes: bring them to the top.
			const align = screen.align === 'calendar' ? 'judgement' : 'calendar';
			const lines = m ? linesOf(m, env.layout.body.width, align, env.ascii) : [];
			const section = Math.max(0, lines.findIndex((l) => l.kind === 'section'));
			return {screen: {...screen, align, top: Math.min(section, Math.max(0, lines.length - pageHeight(env)))}};
		}
		case 'episode-left':
		case 'episode-right': {
			if (!m) return {notice: `no pair to compare yet: ${hint('choose-authority', 'chooses')} one`};
			const side = input.command === 'episode-left' ? 'left' : 'right';
			const count = m.episodes[side === 'left' ? 0 : 1].length;
			if (count < 2) return {notice: `${side === 'left' ? m.left : m.right}: ${count === 0 ? "no 'inadequate' judgement" : 'one episode only'}`};
			return {screen: {...screen, episodes: nextEpisode(screen.episodes, side, m), top: 0}};
		}
		case 'line-reports':
			return m ? {screen: {...screen, panel: {kind: 'lines', filter: '', pos: startPos}}} : {notice: `no pair to compare yet: ${hint('choose-authority', 'chooses')} one`};
		case 'quote-panel':
			return m ? {screen: {...screen, panel: {kind: 'quotes', query: '', column: 'left', pos: [startPos, startPos]}}} : {notice: `no pair to compare yet: ${hint('choose-authority', 'chooses')} one`};
		default:
			return undefined;
	}
}
function chooserInput(screen: CompareScreen, panel: ChooserPanel, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const set = (p: Partial<ChooserPanel>) => ({screen: {...screen, panel: {...panel, ...p}}});
	if ('text' in input) return set({query: panel.query + input.text, pos: startPos});
	const list = chosenOf(itemsOf(env.data), panel.query);
	const move = moveOf(input);
	if (move) return set({pos: movePos(panel.pos, move, list.length, chooserHeight(env))});
	switch (input.command) {
		case 'search-delete':
			return set({query: [...panel.query].slice(0, -1).join(''), pos: startPos});
		case 'search-clear':
		case 'filter-clear':
			return set({query: '', pos: startPos});
		case 'chooser-side':
			return set({side: panel.side === 'left' ? 'right' : 'left'});
		case 'chooser-pick': {
			const chosen = list[clampPos(panel.pos, list.length, chooserHeight(env)).selected];
			if (!chosen) return {};
			const m = modelOf(env, screen);
			const other = itemsOf(env.data).find((i) => i.name !== chosen.name)?.name ?? chosen.name;
			const current: [string, string] = m ? [m.left, m.right] : [chosen.name, other];
			return {screen: {...screen, panel: null, top: 0, pair: choosePair(current, panel.side, chosen.name), episodes: [null, null]}};
		}
		case 'panel-cancel':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}
function quotesInput(screen: CompareScreen, panel: QuotesPanel, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const m = modelOf(env, screen);
	if (!m) return {screen: {...screen, panel: null}};
	const set = (p: Partial<QuotesPanel>) => ({screen: {...screen, panel: {...panel, ...p}}});
	if ('text' in input) return set({query: panel.query + input.text, pos: [startPos, startPos]});
	const matches = matchesOf(env.data, m.left, m.right, panel.query);
	const col = panel.column === 'left' ? 0 : 1;
	const {visible} = quotesGeometry(env);
	const move = moveOf(input);
	if (move) {
		const pos: [ListPos, ListPos] = [panel.pos[0], panel.pos[1]];
		pos[col] = movePos(pos[col], move, matches[col].length, visible[col]);
		return set({pos});
	}
	switch (input.command) {
		case 'search-delete':
			return set({query: [...panel.query].slice(0, -1).join(''), pos: [startPos, startPos]});
		case 'search-clear':
			return set({query: '', pos: [startPos, startPos]});
		case 'quotes-column':
			return set({column: panel.column === 'left' ? 'right' : 'left'});
		case 'open': {
			const match = matches[col][clampPos(panel.pos[col], matches[col].length, visible[col]).selected];
			return match ? {open: readerScreen(match.quote.articleId, match.quote.paragraph)} : {};
		}
		case 'panel-cancel':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}

function linesInput(screen: CompareScreen, panel: LinesPanel, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const m = modelOf(env, screen);
	if (!m) return {screen: {...screen, panel: null}};
	const set = (p: Partial<LinesPanel>) => ({screen: {...screen, panel: {...panel, ...p}}});
	if ('text' in input) return set({filter: panel.filter + input.text, pos: startPos});
	const list = filteredLinesOf(lineItemsOf(m, env.ascii), panel.filter);
	const move = moveOf(input);
	if (move) return set({pos: movePos(panel.pos, move, list.length, chooserHeight(env))});
	switch (input.command) {
		case 'search-delete':
			return set({filter: [...panel.filter].slice(0, -1).join(''), pos: startPos});
		case 'search-clear':
		case 'filter-clear':
			return set({filter: '', pos: startPos});
		case 'open': {
			const item = list[clampPos(panel.pos, list.length, chooserHeight(env)).selected];
			if (!item) return {};
			return item.articles ? {open: reportsScreen(item.line)} : {notice: 'no article reports this event: it is official data or your own'};
		}
		case 'panel-cancel':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}
