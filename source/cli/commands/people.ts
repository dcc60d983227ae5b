/**
 * `scrutiny people`: everyone the articles name, most quoted first, cited by the articles that name them. Quotes
 * leave fragments out (corpus/counts.ts); fragments are a column of their own in every form.
 */
import {citer, type Citation} from '../../corpus/citation.js';
import {quoteCountCell} from '../../corpus/counts.js';
import {personFacets} from '../../corpus/frequency-facets.js';
import {listPeople, type PersonView} from '../../corpus/queries.js';
import type {Context, Flags} from '../context.js';
import {citationColumns, joinCitations} from '../export.js';
import {runList, type ListSpec} from '../list-spec.js';

const options = (flags: Flags) => ({authority: flags.authority?.[0]});

export const peopleList: ListSpec<PersonView> = {
	memoKey: (flags) => `people ${JSON.stringify(options(flags))}`,
	rows: (data, flags) => listPeople(data, options(flags)),
	facets: () => personFacets,
	formats(data) {
		const cite = citer(data);
		// Each person's citations made once: the CSV reads them for several columns.
		const cited = new Map<string, Citation[]>();
		const citations = (p: PersonView) => {
			let c = cited.get(p.id);
			if (!c) cited.set(p.id, (c = cite.person(p.id)));
			return c;
		};
		return {
			json: (p) => ({...p, citations: citations(p)}),
			text: [
				{header: 'name', get: (r) => r.name, max: 24},
				{header: 'title', get: (r) => r.titles.join(', ')},
				{header: 'party', get: (r) => r.party ?? ''},
				// Quotes leave fragments out; someone quoted only in fragments shows how many, marked, as in the UI.
				{header: 'quotes', get: (r) => quoteCountCell(r)},
				{header: 'fragments', get: (r) => r.fragments},
				{header: 'authority', get: (r) => r.authorities.join(', '), max: 26},
				{header: 'roles', get: (r) => r.roles.join('; '), max: 70},
			],
			csv: [
				{header: 'id', get: (p) => p.id},
				{header: 'name', get: (p) => p.name},
				{header: 'titles', get: (p) => p.titles.join('; ')},
				{header: 'roles', get: (p) => p.roles.join('; ')},
				{header: 'party', get: (p) => p.party},
				{header: 'authorities', get: (p) => p.authorities.join('; ')},
				{header: 'quotes', get: (p) => p.quotes},
				{header: 'articles', get: (p) => citations(p).length},
				...citationColumns((p) => citations(p)[0], {paragraph: true, all: citations}),
				// Added after the citation columns: CSV columns are only ever added at the end (CONTRACT.md).
				{header: 'fragments', get: (p) => p.fragments},
			],
			md: [
				{header: 'name', get: (p) => p.name},
				{header: 'titles', get: (p) => p.titles.join(', ')},
				{header: 'party', get: (p) => p.party ?? ''},
				{header: 'quotes', get: (p) => quoteCountCell(p)},
				{header: 'fragments', get: (p) => p.fragments},
				{header: 'roles', get: (p) => p.roles.join('; ')},
				{header: 'named in', get: (p) => joinCitations(citations(p))},
			],
		};
	},
};

export async function peopleCommand(ctx: Context): Promise<number> {
	return runList(ctx, peopleList);
}
