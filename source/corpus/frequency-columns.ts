/**
 * The names of the columns each list can be counted by (frequency-facets.ts defines them): the command table
 * lists them as `--freq`'s choices, and it is loaded with every start, so this module imports nothing.
 */
export const frequencyColumns = {
	events: ['type', 'authority', 'year', 'origin', 'status'],
	quotes: ['speaker', 'party', 'year', 'authority', 'kind'],
	people: ['party', 'authority', 'quotes-by-party'],
	articles: ['year', 'authority', 'publication'],
	results: ['kind', 'speaker', 'year', 'authority'],
} as const;
