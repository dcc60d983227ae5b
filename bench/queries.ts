/**
 * The 20 queries the benchmark types, character by character, as a researcher would: single words, pairs,
 * typos (with the word they mean), phrases, Fuse's exact-phrase syntax and the search box's filters.
 */
export type BenchQuery = {
	readonly kind: 'one-word' | 'two-word' | 'typo' | 'phrase' | 'exact' | 'filter' | 'name';
	readonly text: string;
	/** For a typo: the word the results should contain. */
	readonly expect?: string;
};

export const benchQueries: readonly BenchQuery[] = [
	{kind: 'one-word', text: 'inadequate'},
	{kind: 'one-word', text: 'commissioner'},
	{kind: 'one-word', text: 'caseloads'},
	{kind: 'one-word', text: 'resign'},
	{kind: 'two-word', text: 'social workers'},
	{kind: 'two-word', text: 'improvement board'},
	{kind: 'two-word', text: 'agency staff'},
	{kind: 'typo', text: 'inadequte', expect: 'inadequate'},
	{kind: 'typo', text: 'comissioner', expect: 'commissioner'},
	{kind: 'typo', text: 'safegaurding', expect: 'safeguarding'},
	{kind: 'typo', text: 'goverment', expect: 'government'},
	{kind: 'phrase', text: 'vote of no confidence'},
	{kind: 'phrase', text: "director of children's services"},
	{kind: 'phrase', text: 'children in care moved placements'},
	{kind: 'exact', text: `'"improvement notice"`},
	{kind: 'filter', text: 'authority:somerset inadequate'},
	{kind: 'filter', text: 'year:2019 commissioner'},
	{kind: 'filter', text: 'type:commissioner-appointed report'},
	{kind: 'filter', text: 'speaker:khan resign'},
	{kind: 'name', text: 'Sutcliffe'},
];

/** Every keystroke of every query: the box's text after each character typed. */
export function keystrokes(queries: readonly BenchQuery[] = benchQueries): {query: number; prefix: string}[] {
	return queries.flatMap((q, query) => [...q.text].map((_, i) => ({query, prefix: q.text.slice(0, i + 1)})));
}
