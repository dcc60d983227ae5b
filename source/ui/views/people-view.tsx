/**
 * People (5): everyone the store names, with titles, roles, party, authority and number of quotes, in a table
 * sorted by a key (`s` the next column, `S` reverse). Enter lists the person's quotes. The rules are in
 * people-model.ts.
 */
import {Box, Text} from 'ink';
import {describeQuoteTally} from '../../corpus/counts.js';
import {safeLine} from '../../text/terminal-safety.js';
import {DataTable} from '../components/data-table.js';
import {clampPos, movePos, startPos, visibleRange} from '../list-window.js';
import type {PeopleScreen} from '../state.js';
import {truncate} from '../text-layout.js';
import {takenFromHead, windowRead} from './head-list.js';
import {peopleList, peopleSortColumns, peopleSpecs, personCells, personDetail} from './people-model.js';
import {nextSort, reverseSort, tableColumns} from './table-model.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps, type WhileReading} from './view-types.js';

export {peopleRows} from './people-model.js';

/** Rows of records: the body less the title, the table's heading and the detail line. */
function tableHeight(env: ViewEnv): number {
	return Math.max(1, env.layout.body.height - 3);
}

/**
 * While the store is read, the list draws from the saved rows, or before those are read from the list's head
 * (its first screen in its first order); a person's quotes (Enter) wait for the store.
 */
export const peopleWhileReading: WhileReading<PeopleScreen> = {
	draws: (screen, env) => {
		if (env.saved?.people) return true;
		const list = peopleList(env, screen.sort);
		return list.counts !== null && windowRead(list, screen.pos, tableHeight(env));
	},
	takes: (screen, input, env) => {
		const list = peopleList(env, screen.sort);
		return list.counts === null || takenFromHead(screen.pos, input, tableHeight(env), list);
	},
};

export const peopleController: Controller<PeopleScreen> = (screen, input, env) => {
	const list = peopleList(env, screen.sort);
	const h = tableHeight(env);
	const move = moveOf(input);
	if (move) return {screen: {...screen, pos: movePos(screen.pos, move, list.total, h)}};
	if (isCommand(input, 'sort')) return {screen: {...screen, sort: nextSort(screen.sort, peopleSortColumns), pos: startPos}};
	if (isCommand(input, 'sort-reverse')) return {screen: {...screen, sort: reverseSort(screen.sort), pos: startPos}};
	if (isCommand(input, 'open')) {
		const p = list.rows[clampPos(screen.pos, list.total, h).selected];
		return p ? {open: {view: 'person-quotes', personId: p.id, pos: startPos}} : {};
	}
	return undefined;
};

export function PeopleView({screen, env}: ViewProps<PeopleScreen>) {
	const {width} = env.layout.body;
	const {rows, total, widest} = peopleList(env, screen.sort);
	if (total === 0) {
		return (
			<Box flexDirection="column">
				<Text bold>People</Text>
				<Text>Nobody is named in this store yet.</Text>
			</Box>
		);
	}
	const h = tableHeight(env);
	const pos = clampPos(screen.pos, total, h);
	const {start, end} = visibleRange(pos, total, h);
	const columns = tableColumns(peopleSpecs, widest, width, screen.sort);
	const sel = rows[pos.selected]!;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				People · {total} · sorted by {screen.sort.column} {screen.sort.descending ? '(high to low)' : '(low to high)'}
			</Text>
			<DataTable columns={columns} rows={rows.slice(start, end).map(personCells)} selected={pos.selected - start} />
			<Text dimColor wrap="truncate">
				{truncate(safeLine(personDetail(sel, describeQuoteTally(sel))), width)}
			</Text>
		</Box>
	);
}
