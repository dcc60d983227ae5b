/**
 * Which views the UI can draw while a large store is still being read, and which view each view key opens.
 */
import type {CommandName} from './keymap.js';
import type {Screen, TabView} from './state.js';
import {moduleFor, type ViewEnv, type ViewRegistry} from './views/view-types.js';

/** Views drawn from the start snapshot (or needing no store) while a large store loads, whatever the key. */
export function readyWhileLoading(view: string): boolean {
	return view === 'dashboard' || view === 'help';
}

/** Whether the screen can be drawn while the store is read: from the start snapshot, or the view's own. */
export function drawsWhileLoading(registry: ViewRegistry, screen: Screen, env: ViewEnv): boolean {
	return readyWhileLoading(screen.view) || (moduleFor(registry, screen.view).whileReading?.draws(screen, env) ?? false);
}

export const viewKeys: Partial<Record<CommandName, TabView>> = {
	'view-dashboard': 'dashboard',
	'view-search': 'search',
	'view-timeline': 'timeline',
	'view-compare': 'compare',
	'view-people': 'people',
	'view-articles': 'articles',
	'view-cohort': 'cohort',
};
