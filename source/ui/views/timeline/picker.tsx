/** The timeline's picker: the authorities or event types to show, several picked. */
import {Text} from 'ink';
import {safeLine} from '../../../text/terminal-safety.js';
import {PickerPanel} from '../../components/picker-panel.js';
import {hint} from '../../key-hints.js';
import {truncate} from '../../text-layout.js';
import type {ViewEnv} from '../view-types.js';
import type {PickerItem, PickerPanel as PickerPanelState} from './panels.js';
import {pickerChoicesOf, pickerFilteredOf} from './selectors.js';

export function Picker({panel, env, height}: {readonly panel: PickerPanelState; readonly env: ViewEnv; readonly height: number}) {
	const {width} = env.layout.body;
	const all = pickerChoicesOf(env.data, panel.of);
	const choices = pickerFilteredOf(all, panel.filter);
	const what = `Show ${panel.of === 'authorities' ? 'authorities' : 'event types'}`;
	// The keys are in the footer (Tab picks, Enter applies, Esc closes): the title says what is listed and picked.
	const status = ` · ${choices.length} of ${all.length}${panel.filter ? ' match' : ''} · ${panel.picked.length} picked${panel.filter ? ` · ${hint('filter-pick', 'picks', true)}` : ' · type to filter'}`;
	return (
		<PickerPanel
			height={height}
			header={
				<Text wrap="truncate">
					<Text bold>{what}: </Text>
					{truncate(safeLine(panel.filter), Math.max(4, Math.floor(width / 4)))}
					<Text inverse> </Text>
					<Text dimColor>{status}</Text>
				</Text>
			}
			empty={<Text wrap="truncate">Nothing matches “{safeLine(panel.filter)}”.</Text>}
			items={choices}
			row={(c: PickerItem) => ({key: c.value, label: safeLine(c.label), detail: `${c.count} line${c.count === 1 ? '' : 's'}`, picked: panel.picked.includes(c.value)})}
			pos={panel.pos}
			listHeight={Math.max(1, height - 1)}
			labelWidth={() => Math.max(10, Math.min(40, width - 24))}
			theme={env.theme}
		/>
	);
}
