/** The timeline's picker: the authorities or event types to show, several picked. */
import {Text} from 'ink';
import {safeLine} from '../../../text/terminal-safety.js';
import {PickerPanel} from '../../components/picker-panel.js';
import {hint} from '../../key-hints.js';
import {truncate} from '../../text-layout.js';
import type {ViewEnv} from '../view-types.js';
import {pickerItems, type PickerItem, type PickerPanel as PickerPanelState} from './panels.js';
import {allLines} from './selectors.js';

export function Picker({panel, env, height}: {readonly panel: PickerPanelState; readonly env: ViewEnv; readonly height: number}) {
	const {width} = env.layout.body;
	const choices = pickerItems(env.data, panel.of, allLines(env.data));
	const title = `Show ${panel.of === 'authorities' ? 'authorities' : 'event types'} · ${panel.picked.length} picked · ${hint('picker-toggle', 'picks')} · ${hint('picker-apply', 'applies (none: all)')} · ${hint('panel-cancel', 'cancels')}`;
	return (
		<PickerPanel
			height={height}
			header={
				<Text bold wrap="truncate">
					{truncate(title, width)}
				</Text>
			}
			items={choices}
			row={(c: PickerItem) => ({key: c.value, label: safeLine(c.label), detail: `${c.count} line${c.count === 1 ? '' : 's'}`, picked: panel.picked.includes(c.value)})}
			pos={panel.pos}
			listHeight={Math.max(1, height - 1)}
			labelWidth={() => Math.max(10, Math.min(40, width - 24))}
			theme={env.theme}
		/>
	);
}
