/** A generated block of the README, between its start and end markers, replaced by what generates it. */
export function replaceBlock(readme: string, startMarker: string, endMarker: string, body: string, what: string): string {
	const start = readme.indexOf(startMarker);
	const end = readme.indexOf(endMarker);
	if (start < 0 || end < start) throw new Error(`README.md has no ${what} markers`);
	return `${readme.slice(0, start + startMarker.length)}\n${body}\n${readme.slice(end)}`;
}
