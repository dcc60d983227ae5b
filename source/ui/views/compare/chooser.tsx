/** The comparison's chooser: a fuzzy list of every authority in the store, choosing the left or the right side. */
import {Text} from 'ink';
import {safeLine} from '../../../text/terminal-safety.js';
import {PickerPanel} from '../../components/picker-panel.js';
import {hint, keysFor, pairKeys} from '../../key-hints.js';
import {displayWidth} from '../../text-layout.js';
import type {ViewEnv} from '../view-types.js';
import {chooserDetail, type ChooserItem, type ChooserPanel, type CompareModel} from './model.js';
import {chooserHeight, chosenOf, itemsOf} from './selectors.js';

export function Chooser({panel, env, model}: {readonly panel: ChooserPanel; readonly env: ViewEnv; readonly model: CompareModel | null}) {
	const {width} = env.layout.body;
	const {colours, theme} = env;
	const items = itemsOf(env.data);
	const list = chosenOf(items, panel.query);
	const replacing = model ? (panel.side === 'left' ? model.left : model.right) : null;
	const sides = (['left', 'right'] as const).map((s) => (s === panel.side ? `[${s}]` : s)).join(' ');
	return (
		<PickerPanel
			width={width}
			header={
				<>
					<Text wrap="truncate">
						<Text bold>› choose the {panel.side} authority: </Text>
						{safeLine(panel.query)}
						<Text inverse> </Text>
						<Text dimColor>
							{'  '}
							{sides} ({keysFor('chooser-side', true)}){replacing ? ` · replacing ${safeLine(replacing)}` : ''}
						</Text>
					</Text>
					<Text dimColor wrap="truncate">
						{list.length} of {items.length} authorities in the store (press, official data and articles) · {pairKeys('move-down', true)} · {hint('chooser-pick', 'chooses', true)} · {panel.query ? hint('filter-clear', 'clears the filter', true) : hint('panel-cancel', 'cancels', true)}
					</Text>
				</>
			}
			empty={<Text wrap="truncate">No authority matches “{safeLine(panel.query)}”.</Text>}
			items={list}
			row={(item: ChooserItem) => ({key: item.name, label: safeLine(item.name), detail: chooserDetail(item), colour: colours.get(item.name)})}
			pos={panel.pos}
			listHeight={chooserHeight(env)}
			labelWidth={(visible) => Math.min(34, Math.max(12, ...visible.map((r) => displayWidth(r.label))))}
			theme={theme}
		/>
	);
}
