/**
 * People (5): everyone the store names, with titles, roles, party, authority and number of quotes, in a table
 * sorted by a key (`s` the next column, `S` reverse). Enter lists the person's quotes.
 */
import {Box, Text} from 'ink';
import {listPeople, type PersonView} from '../../corpus/queries.js';
import type {StoreData} from '../../corpus/schema.js';
import {describeQuoteTally, quoteCountCell} from '../../corpus/counts.js';
import {safeLine} from '../../text/terminal-safety.js';
import {DataTable} from '../components/data-table.js';
import {clampPos, movePos, startPos, visibleRange} from '../list-window.js';
import {memoLast} from '../memo.js';
import type {PeopleScreen, SortState} from '../state.js';
import {truncate} from '../text-layout.js';
import {nextSort, reverseSort, sortRows, tableColumns, widestCells, type Cells, type SortColumn, type TableSpec} from './table-model.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps, type WhileReading} from './view-types.js';

const text = (xs: readonly string[]) => xs.join(', ');

export const peopleSortColumns: readonly SortColumn<PersonView>[] = [
	{key: 'quotes', label: 'quotes', compare: (a, b) => a.quotes - b.quotes, descendingFirst: true},
	{key: 'name', label: 'name', compare: (a, b) => a.name.localeCompare(b.name)},
	{key: 'party', label: 'party', compare: (a, b) => (a.party ?? '~').localeCompare(b.party ?? '~')},
	{key: 'authority', label: 'authority', compare: (a, b) => text(a.authorities).localeCompare(text(b.authorities))},
	{key: 'roles', label: 'roles', compare: (a, b) => (text(a.roles) || '~').localeCompare(text(b.roles) || '~')},
];

const sortedRows = memoLast((data: StoreData, saved: readonly PersonView[] | null, sort: SortState): PersonView[] => sortRows(saved ?? listPeople(data), sort, peopleSortColumns));

/** The rows of the screen: from the store, or while it is read from the list saved beside it (the same rows). */
export function peopleRows(env: Pick<ViewEnv, 'data' | 'saved'>, sort: SortState): PersonView[] {
	return sortedRows(env.data, env.saved?.people ?? null, sort);
}

/** While the store is read, the list draws from the saved rows; a person's quotes (Enter) wait for the store. */
export const peopleWhileReading: WhileReading<PeopleScreen> = {
	draws: (_, env) => Boolean(env.saved?.people),
	takes: () => true,
};

const peopleSpecs: readonly TableSpec[] = [
	{key: 'name', header: 'name', min: 10, priority: 10},
	{key: 'quotes', header: 'quotes', min: 6, priority: 9, align: 'right'},
	{key: 'roles', header: 'roles', min: 8, priority: 7, grow: true},
	{key: 'authority', header: 'authority', min: 9, priority: 6},
	{key: 'party', header: 'party', min: 6, priority: 5},
	{key: 'titles', header: 'titles', min: 6, priority: 4},
];

/** A person's cells, cleaned for display. */
export function personCells(p: PersonView): Cells {
	return {
		name: safeLine(p.name),
		titles: safeLine(text(p.titles)),
		roles: safeLine(text(p.roles)),
		party: safeLine(p.party ?? ''),
		authority: safeLine(text(p.authorities)),
		// Quotes leave fragments out; someone quoted only in fragments shows how many, marked (corpus/counts.ts).
		quotes: quoteCountCell(p),
	};
}

/** The widest cells of the list: once per list (a new store or sort), never per key press. */
const widest = memoLast((rows: readonly PersonView[]) => widestCells(rows, personCells, peopleSpecs));

/** Rows of records: the body less the title, the table's heading and the detail line. */
function tableHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 3);
}

export const peopleController: Controller<PeopleScreen> = (screen, input, env) => {
	const rows = peopleRows(env, screen.sort);
	const h = tableHeight(env);
	const move = moveOf(input);
	if (move) return {screen: {...screen, pos: movePos(screen.pos, move, rows.length, h)}};
	if (isCommand(input, 'sort')) return {screen: {...screen, sort: nextSort(screen.sort, peopleSortColumns), pos: startPos}};
	if (isCommand(input, 'sort-reverse')) return {screen: {...screen, sort: reverseSort(screen.sort), pos: startPos}};
	if (isCommand(input, 'open')) {
		const p = rows[clampPos(screen.pos, rows.length, h).selected];
		return p ? {open: {view: 'person-quotes', personId: p.id, pos: startPos}} : {};
	}
	return undefined;
};

export function PeopleView({screen, env}: ViewProps<PeopleScreen>) {
	const {width} = env.layout.body;
	const rows = peopleRows(env, screen.sort);
	if (rows.length === 0) {
		return (
			<Box flexDirection="column">
				<Text bold>People</Text>
				<Text>Nobody is named in this store yet.</Text>
			</Box>
		);
	}
	const h = tableHeight(env);
	const pos = clampPos(screen.pos, rows.length, h);
	const {start, end} = visibleRange(pos, rows.length, h);
	const columns = tableColumns(peopleSpecs, widest(rows), width, screen.sort);
	const sel = rows[pos.selected]!;
	const detail = [safeLine(sel.name), text(sel.titles), text(sel.roles), sel.party, text(sel.authorities), describeQuoteTally(sel)].filter(Boolean).join(' · ');
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				People · {rows.length} · sorted by {screen.sort.column} {screen.sort.descending ? '(high to low)' : '(low to high)'}
			</Text>
			<DataTable columns={columns} rows={rows.slice(start, end).map(personCells)} selected={pos.selected - start} />
			<Text dimColor wrap="truncate">
				{truncate(safeLine(detail), width)}
			</Text>
		</Box>
	);
}
