/**
 * The reader's find: the words typed, whether the box has the keyboard, and which match is current; what each key
 * does to it; and where the reader scrolls to show a match. Pure; the matches themselves come from the reader's
 * model (reader-model.ts), which highlights them in the text as shown.
 */
import {safeLine} from '../../text/terminal-safety.js';
import type {ReaderScreen} from '../state.js';
import {readerTop, type FindMatch, type ReaderModel} from './reader-model.js';
import type {ControllerResult, ViewInput} from './view-types.js';

/** A find in the reader: the query, whether its box has the keyboard, and the current match (-1 for none). */
export type ReaderFind = {readonly query: string; readonly typing: boolean; readonly current: number};

export const newFind: ReaderFind = {query: '', typing: true, current: -1};

/** The first match in or after a paragraph, else the first of all (wrapping, as `n` does); -1 when none. */
export function matchFrom(matches: readonly FindMatch[], paragraph: number): number {
	if (matches.length === 0) return -1;
	const i = matches.findIndex((m) => m.paragraph >= paragraph);
	return i < 0 ? 0 : i;
}

/** The next (`1`) or previous (`-1`) match, wrapping at the ends. */
export function stepMatch(count: number, current: number, dir: 1 | -1): number {
	if (count <= 0) return -1;
	if (current < 0) return dir === 1 ? 0 : count - 1;
	return (current + dir + count) % count;
}

/**
 * The first visible line with the current match on screen: as the reader would place its paragraph, moved on when
 * the match is further down a paragraph taller than the view (a third of the view of context above it).
 */
export function findTop(m: ReaderModel, paragraph: number, top: number | null, height: number, current: number): number {
	const t = readerTop(m, paragraph, top, height);
	const match = m.matches[current];
	if (!match || match.paragraph !== paragraph || (match.line >= t && match.line < t + height)) return t;
	return Math.max(0, Math.min(match.line - Math.floor(height / 3), m.lines.length - height));
}

/** The reader with a match current: its paragraph selected and its line on screen. */
function placed(screen: ReaderScreen, find: ReaderFind, m: ReaderModel, height: number): ReaderScreen {
	const match = m.matches[find.current];
	if (!match) return {...screen, find};
	const top = findTop(m, match.paragraph, readerTop(m, screen.paragraph, screen.top, height), height, find.current);
	return {...screen, find, raw: false, paragraph: match.paragraph, top};
}

/**
 * What a key does to the find, or undefined for a key that is not the find's (moving, citing). `modelFor` lays
 * the article out with a query's matches; `height` is the text's rows.
 */
export function findInput(screen: ReaderScreen, input: ViewInput, modelFor: (query: string) => ReaderModel, height: number): ControllerResult | undefined {
	const find = screen.find;
	const retype = (query: string): ControllerResult => {
		// Each key shows the first match from where the reader is, as it is typed.
		const m = modelFor(query);
		return {screen: placed(screen, {query, typing: true, current: matchFrom(m.matches, screen.paragraph)}, m, height)};
	};
	if ('text' in input) return find?.typing ? retype(find.query + input.text) : undefined;
	switch (input.command) {
		case 'reader-find':
			return {screen: {...screen, raw: false, find: find ? {...find, typing: true} : newFind}};
		case 'search-delete':
			return find ? retype([...find.query].slice(0, -1).join('')) : undefined;
		case 'search-clear':
			return find ? retype('') : undefined;
		case 'find-keep':
			if (!find) return undefined;
			return {screen: {...screen, find: find.query.trim() === '' ? null : {...find, typing: false}}};
		case 'find-next':
		case 'find-previous': {
			if (!find) return undefined;
			const m = modelFor(find.query);
			if (m.matches.length === 0) return {notice: `no match for “${safeLine(find.query)}” in this article`};
			return {screen: placed(screen, {...find, current: stepMatch(m.matches.length, find.current, input.command === 'find-next' ? 1 : -1)}, m, height)};
		}
		case 'find-leave':
			return {screen: {...screen, find: null}};
		default:
			return undefined;
	}
}
