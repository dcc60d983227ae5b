/**
 * Catches an error thrown while a view renders and shows it in the view's place: the header, the tabs, the
 * footer and every key keep working, so one broken view never takes the session down.
 */
import {Box, Text} from 'ink';
import {Component, type ReactNode} from 'react';
import {safeLine} from '../../text/terminal-safety.js';
import {hint, keyRange} from '../key-hints.js';
import type {Theme} from '../theme.js';

export type ViewBoundaryProps = {readonly view: string; readonly theme: Theme; readonly width: number; readonly children?: ReactNode};

type BoundaryState = {readonly error: Error | null};

export class ViewBoundary extends Component<ViewBoundaryProps, BoundaryState> {
	override state: BoundaryState = {error: null};

	static getDerivedStateFromError(error: unknown): BoundaryState {
		return {error: error instanceof Error ? error : new Error(String(error))};
	}

	override render() {
		const {error} = this.state;
		if (!error) return this.props.children;
		const {theme, view, width} = this.props;
		return (
			<Box flexDirection="column" width={width} borderStyle="round" {...(theme.color ? {borderColor: 'red'} : {})}>
				<Text bold {...(theme.color ? {color: 'red'} : {})} wrap="truncate">
					Error in the {view} view
				</Text>
				<Text wrap="truncate">{safeLine(error.message) || error.name}</Text>
				<Text dimColor wrap="truncate">
					The rest of scrutiny still works: {hint('back', 'goes back')}, {keyRange('view-dashboard', 'view-articles')} switch views, {hint('quit', 'quits')}.
				</Text>
			</Box>
		);
	}
}
