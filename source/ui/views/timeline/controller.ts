/**
 * The timeline's keys: each command (or typed text) becomes the next timeline screen, for the list or the panel
 * open over it (the search box, a picker, the event form); curated changes are asked of the shell to save.
 */
import {blankDraft, draftOf, validateDraft, type CurationEdit} from '../../../corpus/curation.js';
import type {EventType} from '../../../corpus/vocabulary.js';
import {hint} from '../../key-hints.js';
import type {KeyContext} from '../../keymap.js';
import {clampPos, movePos, startPos} from '../../list-window.js';
import {readerScreen, reportsScreen, type Screen, type TimelineScreen} from '../../state.js';
import {isCommand, moveOf, type Controller, type ControllerResult, type SaveOutcome, type ViewEnv, type ViewInput, type WhileReading} from '../view-types.js';
import {clearLastFilter, withFilter, type TimelineFilters} from './filters.js';
import {cycleChoice, defaultAuthority, deleteInField, nextField, typeIntoField} from './form-model.js';
import {recordIds, sourceOf, type TimelineItem} from './items.js';
import {nextOriginMode, originMarker, statusNames} from './labels.js';
import {togglePick, type FormPanel, type PickerPanel} from './panels.js';
import {moveItem, resolveSelection, rowOfItem, windowTop, yearJump} from './rows.js';
import {allLines, authoritiesOf, layoutOf, linesOf, pickerChoicesOf, pickerFilteredOf, pickerHeight, snapshotAnswers, type TimelineLines} from './selectors.js';

/** Where keys go: the list, or the panel open over it. */
export function timelineKeys(screen: TimelineScreen): KeyContext {
	switch (screen.panel?.kind) {
		case 'find':
			return {view: 'timeline-find', typing: true};
		case 'picker':
			// Letters narrow the list: the picker's letter keys (j/k, g/G) give way while it is open.
			return {view: 'timeline-picker', typing: true, filtering: screen.panel.filter !== ''};
		case 'form':
			return {view: 'timeline-form', typing: true};
		default:
			return {view: 'timeline', typing: false};
	}
}

/** Commands that need only the lines, not the store: moving through them and the search within. */
const onLines = new Set<string>(['previous-year', 'next-year', 'timeline-find', 'clear-filter', 'search-delete', 'search-clear', 'search-leave', 'find-done', 'frequency']);

/**
 * While the store is read, the timeline draws from the lines saved beside it and takes the keys that need
 * nothing else: moving, the year jumps, the search within and `F` (counting the lines). The rest (opening the
 * reader, the pickers, the origins, curation) wait for the store; so do the keys after them, to keep their order.
 * Until every saved line is read, only the first are there: the timeline draws them and takes the moves that stay
 * among them, and `F` (the lines' counts are saved with them).
 */
export const timelineWhileReading: WhileReading<TimelineScreen> = {
	draws: (screen, env) => {
		const saved = env.timeline;
		if (saved === null || !snapshotAnswers(screen.filters) || (screen.panel !== null && screen.panel.kind !== 'find')) return false;
		return saved.complete || (screen.filters.query === '' && selectedAmong(screen, saved.items));
	},
	takes: (screen, input, env) => {
		if (screen.panel !== null && screen.panel.kind !== 'find') return false;
		if (env.timeline && !env.timeline.complete) return takenAmongFirst(screen, input, env);
		if (!('command' in input)) return screen.panel?.kind === 'find';
		return moveOf(input) !== null || onLines.has(input.command);
	},
};

/** Whether the screen's selected line is one of `items` (the first lines, all that is read of them yet). */
function selectedAmong(screen: TimelineScreen, items: readonly TimelineItem[]): boolean {
	return screen.selectedId === null ? screen.pos.selected < items.length : items.some((i) => i.line.id === screen.selectedId);
}

/**
 * With the first lines only: whether the input is a move (or a year jump) whose selection and window stay among
 * them, opening or closing the search within (what is typed into it waits: it finds in every line), or Esc
 * leaving the unfiltered timeline. The others wait for every line: a move past the first lines would stop at the
 * last of them.
 */
function takenAmongFirst(screen: TimelineScreen, input: ViewInput, env: ViewEnv): boolean {
	if (!('command' in input)) return false;
	switch (input.command) {
		case 'timeline-find':
		case 'search-leave':
		case 'find-done':
		case 'previous-year':
			return true;
		case 'clear-filter':
			return screen.filters.order.length === 0;
		case 'frequency':
			// Every line was counted when they were saved.
			return screen.filters.query === '' && Boolean(env.timeline?.counts);
		default:
			break;
	}

	const move = moveOf(input);
	if (!move && input.command !== 'next-year') return false;
	const lines = linesOf(env, screen.filters);
	const {items} = lines;
	const {listRows} = layoutOf(env, lines);
	const current = resolveSelection(items, screen.selectedId, screen.pos.selected);
	const to = move ? moveItem(current, move, lines.digest.total, listRows - 1) : yearJump(items, current, 1);
	// No next year among the first lines (`yearJump` stays): it is after them.
	return (move !== null || to !== current) && to + listRows < items.length;
}

/** The screen with the line at `index` selected and the window moved to show it. */
function select(screen: TimelineScreen, lines: TimelineLines, index: number, listRows: number): TimelineScreen {
	const {items, rows} = lines;
	const i = Math.min(Math.max(0, index), Math.max(0, items.length - 1));
	const top = windowTop(rows, rowOfItem(rows, i), screen.pos.top, listRows);
	return {...screen, pos: {selected: i, top}, selectedId: items[i]?.line.id ?? null};
}

/**
 * The screen with new filters. The selection stays on its line where that line is still listed; where it is
 * not, the first line is shown selected but the line is remembered, and selected again when a filter brings it
 * back (cycling the origins comes back to where one was).
 */
function refilter(screen: TimelineScreen, filters: TimelineFilters, env: ViewEnv, extra: Partial<TimelineScreen> = {}): TimelineScreen {
	const lines = linesOf(env, filters);
	const {items} = lines;
	const next = select({...screen, ...extra, filters, pos: {...screen.pos, top: 0}}, lines, resolveSelection(items, screen.selectedId, 0), layoutOf(env, lines).listRows);
	const listed = screen.selectedId !== null && items.some((i) => i.line.id === screen.selectedId);
	return listed || screen.selectedId === null ? next : {...next, selectedId: screen.selectedId};
}
/** Applies a finished save to a timeline screen: closes the form and selects the record, or shows why it failed. */
function afterSave(outcome: SaveOutcome): (s: Screen) => Screen {
	return (s) => {
		if (s.view !== 'timeline' || !s.busy) return s;
		const form = s.panel?.kind === 'form' ? s.panel : null;
		if (outcome.ok) return {...s, busy: false, panel: form ? null : s.panel, selectedId: outcome.id};
		return {...s, busy: false, panel: form ? {...form, error: {field: form.field, message: outcome.message}} : s.panel};
	};
}

export const timelineController: Controller<TimelineScreen> = (screen, input, env) => {
	switch (screen.panel?.kind) {
		case 'find':
			return findInput(screen, input, env);
		case 'picker':
			return pickerInput(screen, screen.panel, input, env);
		case 'form':
			return formInput(screen, screen.panel, input, env);
		default:
			return listInput(screen, input, env);
	}
};

function listInput(screen: TimelineScreen, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const lines = linesOf(env, screen.filters);
	const {items} = lines;
	const lay = layoutOf(env, lines);
	const current = resolveSelection(items, screen.selectedId, screen.pos.selected);
	const item = items[current];
	const move = moveOf(input);
	if (move) return {screen: select(screen, lines, moveItem(current, move, items.length, lay.listRows - 1), lay.listRows)};
	if (!('command' in input)) return undefined;
	switch (input.command) {
		case 'previous-year':
		case 'next-year':
			return {screen: select(screen, lines, yearJump(items, current, input.command === 'next-year' ? 1 : -1), lay.listRows)};
		case 'open': {
			const src = item ? sourceOf(item.line) : null;
			if (!src) return item ? {notice: 'no article reports this event: it is official data or your own'} : {};
			return {open: readerScreen(src.articleId, src.paragraph)};
		}
		case 'line-reports':
			if (!item) return {notice: 'no event selected'};
			return item.articles ? {open: reportsScreen(item.line)} : {notice: 'no article reports this event: it is official data or your own'};
		case 'timeline-find':
			return {screen: {...screen, panel: {kind: 'find'}}};
		case 'pick-authorities':
		case 'pick-types': {
			const of = input.command === 'pick-authorities' ? 'authorities' : 'types';
			return {screen: {...screen, panel: {kind: 'picker', of, pos: startPos, picked: [...screen.filters[of]], filter: ''}}};
		}
		case 'cycle-origin':
			return {screen: refilter(screen, withFilter(screen.filters, 'origin', nextOriginMode(screen.filters.origin)), env)};
		case 'clear-filter': {
			const cleared = clearLastFilter(screen.filters);
			return cleared ? {screen: refilter(screen, cleared, env)} : {back: true};
		}
		case 'edit-event':
		case 'add-event':
		case 'mark-wrong':
			return curate(screen, input.command, item, env);
		default:
			return undefined;
	}
}

function curate(screen: TimelineScreen, command: 'edit-event' | 'add-event' | 'mark-wrong', item: TimelineItem | undefined, env: ViewEnv): ControllerResult {
	if (screen.busy) return {notice: 'saving the last change…'};
	if (!env.canSave) return {notice: 'this store cannot be written from here'};
	if (command === 'add-event') {
		const draft = blankDraft(defaultAuthority(screen.filters, item?.line, env.data));
		return {screen: {...screen, panel: {kind: 'form', target: null, draft, field: 'date', error: null}}};
	}
	if (!item) return {notice: 'no event selected'};
	const {line, status} = item;
	if (command === 'edit-event') {
		if (line.origin === 'ofsted') return {notice: `official judgements are not edited: ${hint('add-event', 'adds')} a curated event beside it`};
		if (status !== 'current') return {notice: `this line is ${statusNames[status]}: ${status === 'wrong' ? `${hint('mark-wrong', 'unmarks')} it first` : 'edit the curated line instead'}`};
		return {screen: {...screen, panel: {kind: 'form', target: {id: line.id, ids: recordIds(line), origin: line.origin}, draft: draftOf(line), field: 'date', error: null}}};
	}
	let edit: CurationEdit;
	if (status === 'wrong') edit = {kind: 'unmark-wrong', ids: recordIds(line)};
	else if (status === 'current' && line.origin === 'extracted') edit = {kind: 'mark-wrong', ids: recordIds(line)};
	else return {notice: `only press events (${originMarker('extracted', 'current', env.ascii)}) are marked wrong${line.origin === 'curated' ? `: ${hint('edit-event', 'edits')} your own` : ''}`};
	return {screen: {...screen, busy: true}, save: {edit, then: afterSave}};
}

function findInput(screen: TimelineScreen, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const setQuery = (query: string) => ({screen: refilter(screen, withFilter(screen.filters, 'query', query), env)});
	if ('text' in input) return setQuery(screen.filters.query + input.text);
	if (moveOf(input)) return listInput(screen, input, env);
	switch (input.command) {
		case 'search-delete':
			return setQuery([...screen.filters.query].slice(0, -1).join(''));
		case 'search-clear':
			return setQuery('');
		case 'search-leave':
		case 'find-done':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}

function pickerInput(screen: TimelineScreen, panel: PickerPanel, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const all = pickerChoicesOf(env.data, panel.of);
	const choices = pickerFilteredOf(all, panel.filter);
	const h = pickerHeight(env, linesOf(env, screen.filters));
	const set = (p: Partial<PickerPanel>) => ({screen: {...screen, panel: {...panel, ...p}}});
	const narrow = (filter: string) => set({filter, pos: startPos});
	if ('text' in input) return narrow(panel.filter + input.text);
	const move = moveOf(input);
	if (move) return set({pos: movePos(panel.pos, move, choices.length, h)});
	const choice = choices[clampPos(panel.pos, choices.length, h).selected];
	switch (input.command) {
		case 'search-delete':
			return narrow([...panel.filter].slice(0, -1).join(''));
		case 'search-clear':
		case 'filter-clear':
			return narrow('');
		case 'picker-toggle':
			return choice ? set({picked: togglePick(panel.picked, choice.value)}) : {};
		case 'filter-pick': {
			// Picked, the filter goes and the item stays selected in the whole list: Enter again applies.
			if (!choice) return {notice: 'nothing matches the filter'};
			const at = all.indexOf(choice);
			return set({picked: panel.picked.includes(choice.value) ? panel.picked : [...panel.picked, choice.value], filter: '', pos: clampPos({selected: at, top: at - Math.floor(h / 2)}, all.length, h)});
		}
		case 'picker-apply': {
			const filters = panel.of === 'authorities' ? withFilter(screen.filters, 'authorities', panel.picked) : withFilter(screen.filters, 'types', panel.picked as EventType[]);
			return {screen: refilter(screen, filters, env, {panel: null})};
		}
		case 'panel-cancel':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}

function formInput(screen: TimelineScreen, panel: FormPanel, input: ViewInput, env: ViewEnv): ControllerResult | undefined {
	const set = (p: Partial<FormPanel>) => ({screen: {...screen, panel: {...panel, ...p}}});
	// Editing a field clears its error: the message was about the old text.
	const edited = (draft: FormPanel['draft']) => set({draft, error: panel.error?.field === panel.field ? null : panel.error});
	if (screen.busy) return isCommand(input, 'panel-cancel') ? {notice: 'saving…'} : {};
	if ('text' in input) return edited(typeIntoField(panel.draft, panel.field, input.text));
	switch (input.command) {
		case 'search-delete':
			return edited(deleteInField(panel.draft, panel.field));
		case 'search-clear':
			return edited(deleteInField(panel.draft, panel.field, true));
		case 'form-next':
		case 'form-previous':
			return set({field: nextField(panel.field, input.command === 'form-next' ? 1 : -1)});
		case 'form-option-next':
		case 'form-option-previous':
			return edited(cycleChoice(panel.draft, panel.field, input.command === 'form-option-next' ? 1 : -1, authoritiesOf(env.data)));
		case 'form-save': {
			const v = validateDraft(env.data, panel.draft, env.today());
			if (!v.ok) return set({field: v.field, error: {field: v.field, message: v.error}});
			const edit: CurationEdit = panel.target ? {kind: 'edit', id: panel.target.id, ids: panel.target.ids, draft: panel.draft} : {kind: 'add', draft: panel.draft};
			return {screen: {...screen, busy: true, panel: {...panel, error: null}}, save: {edit, then: afterSave}};
		}
		case 'panel-cancel':
			return {screen: {...screen, panel: null}};
		default:
			return undefined;
	}
}
