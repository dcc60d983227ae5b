/**
 * The quick checks of quick-checks.ts pass only what zod's schemas pass: a valid record of each kind (every
 * optional field set, and none) passes both, and a record with any field, at any depth, changed to any value or
 * taken out passes the quick check only if zod passes it too. And the records of a real import pass the quick
 * checks (else they would spare nothing).
 */
import {rmSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {articleSchema, eventSchema, quoteSchema} from '../source/corpus/schema.js';
import {openStore} from '../source/corpus/store/index.js';
import {quickArticle, quickEvent, quickQuote} from '../source/corpus/store/quick-checks.js';
import {importPaths} from '../source/importer/import-paths.js';
import {article} from './helpers/store-fixtures.js';
import {tempDir, writeCorpus} from './reliability/synthetic.js';

const date = {value: '2024-03-05', precision: 'day', approximate: false, basis: 'stated'};
const fullArticle = {...article(1), byline: 'A Reporter', url: null, copies: ['a2', 'a3']};
const quote = {id: 'a1-q1', articleId: 'a1', paragraph: 2, text: 'We will act.', speaker: 'Jo Bloggs', speakerId: 'jo-bloggs', fragment: false, date, origin: 'extracted'};
const fullQuote = {...quote, attribution: {kind: 'same-paragraph', cue: 'said'}};
const event = {id: 'a1-e1', date, authority: 'Blackpool', type: 'inspection-judgement', summary: 'Rated inadequate', sources: [{articleId: 'a1', paragraph: 1}], origin: 'extracted'};
const fullEvent = {
	...event,
	rating: 'inadequate',
	articleId: 'a1',
	paragraph: 1,
	participants: [{name: 'Jo Bloggs', role: 'by'}],
	hidden: true,
	officialId: 'ofsted-1',
	replaces: 'x',
	status: 'planned',
	inspectorate: 'Ofsted',
	service: "children's services",
	evidence: {sentence: 'Ofsted rated it inadequate.', cue: 'rated'},
};

const kinds = [
	{name: 'article', quick: (v: unknown) => quickArticle(v, false), schema: articleSchema, valid: [article(0), fullArticle]},
	{name: 'quote', quick: quickQuote, schema: quoteSchema, valid: [quote, fullQuote]},
	{name: 'event', quick: quickEvent, schema: eventSchema, valid: [event, fullEvent]},
] as const;

/** Every path to a value inside `value` (objects' keys and arrays' indexes), the empty path first. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
	const out = [at];
	if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
	else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
	return out;
}

/** A deep copy of `value` with the value at `path` replaced by `by`, or taken out when `by` is `drop`. */
const drop = Symbol('drop');
function changed(value: unknown, path: readonly (string | number)[], by: unknown): unknown {
	if (path.length === 0) return by;
	const copy = structuredClone(value) as Record<string | number, unknown>;
	let parent = copy;
	for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
	const last = path.at(-1)!;
	if (by === drop) delete parent[last];
	else parent[last] = by;
	return copy;
}

const odd = fc.oneof(
	fc.anything(),
	fc.constantFrom(undefined, null, Number.NaN, Infinity, -1, 0, 1.5, 2 ** 53, -0, '', 'x', '2024', '2024-3', true, [], {}, [1], ['a', 2], 'day', 'extracted', 'by', drop),
	fc.string(),
	fc.integer(),
	fc.double(),
);

describe('quick checks', () => {
	for (const kind of kinds) {
		it(`pass valid ${kind.name}s, as zod does`, () => {
			for (const v of kind.valid) {
				expect(kind.schema.safeParse(v).success).toBe(true);
				expect(kind.quick(v)).toBe(true);
			}
		});

		it(`pass no ${kind.name} zod refuses, whatever field is changed`, () => {
			for (const base of kind.valid) {
				const all = paths(base);
				fc.assert(
					fc.property(fc.constantFrom(...all), odd, fc.constantFrom(...all), odd, (p1, v1, p2, v2) => {
						let record = changed(base, p1, v1);
						// A second change, where the first left a path to change.
						try {
							record = changed(record, p2, v2);
						} catch {
							// The first change removed the second's path.
						}
						if (kind.quick(record)) expect(kind.schema.safeParse(record).success).toBe(true);
					}),
					{numRuns: 3000, seed: 20_261_206},
				);
			}
		});
	}

	const dir = tempDir('scrutiny-quick-');
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	it('pass every record of an import', async () => {
		const corpus = writeCorpus(dir, 40, 11);
		const store = await openStore(path.join(dir, 'store.json'), {create: true});
		try {
			await importPaths(store, [corpus], {workers: 0});
			expect(store.data.quotes.length).toBeGreaterThan(0);
			expect(store.data.events.length).toBeGreaterThan(0);
			expect(store.data.articles.every((a) => quickArticle(a, false))).toBe(true);
			expect(store.data.quotes.every((q) => quickQuote(q))).toBe(true);
			expect(store.data.events.every((e) => quickEvent(e))).toBe(true);
		} finally {
			await store.release();
		}
	});
});
