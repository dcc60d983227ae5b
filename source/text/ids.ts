/** Ids made from text: the store's article and person ids, shared by the importer and the store's merge. */

/** Stable short hash (FNV-1a, 32 bit) for ids derived from text. */
export function shortHash(s: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

/** A name as an id: accents and apostrophes dropped, lower case, runs of other characters as one hyphen. */
export function slug(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
