/** Where a store's curated records are kept: a second file beside it. */
export function curatedPath(storePath: string): string {
	return `${storePath}.curated.json`;
}
