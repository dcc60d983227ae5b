/** The event form over the timeline's list: adding an event, or editing one as a curated record. */
import {Box, Text} from 'ink';
import {draftFields} from '../../../corpus/curation.js';
import type {EventStatus} from '../../../corpus/vocabulary.js';
import {safeLine} from '../../../text/terminal-safety.js';
import {hint, pairKeys} from '../../key-hints.js';
import {displayWidth, fit, truncate} from '../../text-layout.js';
import {colourProps} from '../../theme.js';
import type {ViewEnv} from '../view-types.js';
import {dateHint, draftStatus, textFields} from './form-model.js';
import {typeLabels} from './labels.js';
import type {FormPanel} from './panels.js';

const fieldLabels = {date: 'Date', type: 'Type', status: 'Status', rating: 'Rating', authority: 'Authority', summary: 'Summary'} as const;

/** What each status means for the research views (compare, cohort), beside the choice; short enough for 80 columns. */
const statusHints: Readonly<Record<EventStatus, string>> = {
	happened: 'done: counts as a response',
	planned: 'announced, not done: not counted',
	proposed: 'called for only: not counted',
	refused: 'turned down: not counted as done',
};

export function EventForm({panel, env, busy, height}: {readonly panel: FormPanel; readonly env: ViewEnv; readonly busy: boolean; readonly height: number}) {
	const {width, theme} = {width: env.layout.body.width, theme: env.theme};
	const valueWidth = Math.max(10, width - 14);
	const heading = panel.target
		? panel.target.origin === 'curated'
			? 'Edit your event (curated; changed in place)'
			: 'Edit event: saved as a curated copy that replaces the press report (re-imports keep it)'
		: 'Add an event of your own (curated; re-imports keep it)';
	const hints: Record<keyof typeof fieldLabels, string> = {
		date: dateHint(panel.draft.date),
		type: panel.draft.type,
		status: statusHints[draftStatus(panel.draft)],
		rating: panel.draft.rating ? '' : 'none',
		authority: `${pairKeys('form-option-next', true)} the store’s authorities, or type a name`,
		summary: '',
	};
	const shown = (field: keyof typeof fieldLabels): string => {
		const v = safeLine(field === 'type' ? typeLabels[panel.draft.type] : field === 'status' ? draftStatus(panel.draft) : field === 'rating' ? panel.draft.rating || 'none' : panel.draft[field]);
		if (textFields.includes(field)) return v;
		return `‹ ${v} ›`;
	};
	const rows = draftFields.map((field) => {
		const focused = panel.field === field;
		const value = shown(field);
		const hint = hints[field];
		// The focused text field shows its end, where one types, with the cursor.
		const cursorRoom = focused && textFields.includes(field) ? 1 : 0;
		const room = Math.max(4, (hint && field !== 'summary' ? Math.min(valueWidth, 30) : valueWidth) - cursorRoom);
		const visible = focused && displayWidth(value) > room ? `…${[...value].slice(-(room - 1)).join('')}` : truncate(value, room);
		return {field, focused, visible, hint, pad: Math.max(0, room - displayWidth(visible))};
	});
	const error = panel.error;
	const footer = busy
		? 'saving…'
		: [hint('form-save', 'saves (locked, atomic write)', true), `${pairKeys('form-next', true)} field`, `${pairKeys('form-option-next', true)} choice`, hint('panel-cancel', 'cancels', true)].join(' · ');
	return (
		<Box flexDirection="column" height={height}>
			<Text bold wrap="truncate">
				{truncate(heading, width)}
			</Text>
			{rows.map((r) => (
				<Text key={r.field} wrap="truncate">
					<Text inverse={r.focused}>{r.focused ? '›' : ' '}</Text> <Text bold={r.focused}>{fit(fieldLabels[r.field], 10)}</Text> {r.visible}
					{r.focused && textFields.includes(r.field) ? <Text inverse> </Text> : null}
					{r.hint && r.field !== 'summary' ? <Text dimColor>{`${' '.repeat(r.pad)}  ${r.hint}`}</Text> : null}
				</Text>
			))}
			{error ? (
				<Text bold wrap="truncate" {...colourProps(theme, 'red')}>
					{truncate(`${env.ascii ? '!' : '✗'} ${fieldLabels[error.field]}: ${safeLine(error.message)}`, width)}
				</Text>
			) : null}
			<Text dimColor wrap="truncate">
				{truncate(footer, width)}
			</Text>
		</Box>
	);
}
