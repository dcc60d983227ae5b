/**
 * The terminal's size, from Ink's stdout (never `process.stdout`, so tests and other streams work), updated on
 * resize. Streams that do not know their size (pipes, test doubles) count as 80x24.
 */
import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {Size} from './layout.js';

export const defaultSize: Size = {columns: 80, rows: 24};

function read(stdout: NodeJS.WriteStream): Size {
	return {columns: stdout.columns || defaultSize.columns, rows: stdout.rows || defaultSize.rows};
}

export function useTerminalSize(): Size {
	const {stdout} = useStdout();
	const [size, setSize] = useState<Size>(() => read(stdout));
	useEffect(() => {
		const onResize = () =>
			setSize((prev) => {
				const next = read(stdout);
				return next.columns === prev.columns && next.rows === prev.rows ? prev : next;
			});
		stdout.on('resize', onResize);
		// A resize between the first render and this effect would otherwise be missed.
		onResize();
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
