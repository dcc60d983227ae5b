/** The comparison's lines to choose from (R): both sides' events in date order, narrowed by the words typed. */
import {Text} from 'ink';
import {safeLine} from '../../../text/terminal-safety.js';
import {PickerPanel} from '../../components/picker-panel.js';
import {hint, pairKeys} from '../../key-hints.js';
import type {ViewEnv} from '../view-types.js';
import type {CompareLineItem, LinesPanel as LinesPanelState} from './line-items.js';
import type {CompareModel} from './model.js';
import {chooserHeight, filteredLinesOf, lineItemsOf} from './selectors.js';

export function LinesPanel({panel, env, model}: {readonly panel: LinesPanelState; readonly env: ViewEnv; readonly model: CompareModel}) {
	const {width} = env.layout.body;
	const items = lineItemsOf(model, env.ascii);
	const list = filteredLinesOf(items, panel.filter);
	const filtering = panel.filter !== '';
	const esc = filtering ? hint('filter-clear', 'clears the filter', true) : hint('panel-cancel', 'closes', true);
	return (
		<PickerPanel
			width={width}
			header={
				<>
					<Text wrap="truncate">
						<Text bold>› reports of a line: </Text>
						{safeLine(panel.filter)}
						<Text inverse> </Text>
						<Text dimColor> type to filter</Text>
					</Text>
					<Text dimColor wrap="truncate">
						{list.length} of {items.length} lines of both sides · {pairKeys('move-down', true)} move · {hint('open', 'lists its reports', true)} · {esc}
					</Text>
				</>
			}
			empty={<Text wrap="truncate">No line matches “{safeLine(panel.filter)}”.</Text>}
			items={list}
			row={(item: CompareLineItem) => ({key: `${item.side}${item.line.id}`, label: item.label, detail: item.articles ? `×${item.articles}` : 'no article', colour: env.colours.get(item.authority)})}
			pos={panel.pos}
			listHeight={chooserHeight(env)}
			labelWidth={() => Math.max(10, width - 14)}
			theme={env.theme}
		/>
	);
}
