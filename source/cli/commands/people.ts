/** `scrutiny people`: everyone the articles name, most quoted first, cited by the articles that name them. */
import {citer} from '../../corpus/citation.js';
import {personFacets} from '../../corpus/frequency-facets.js';
import {listPeople, type PersonView} from '../../corpus/queries.js';
import type {Context} from '../context.js';
import {openForReading, rowsOnce} from '../store-source.js';
import {citationColumns, joinCitations, writeCounted} from '../export.js';

export async function peopleCommand(ctx: Context): Promise<number> {
	const {data} = await openForReading(ctx);
	const opts = {authority: ctx.flags.authority?.[0]};
	const rows = rowsOnce(ctx, `people ${JSON.stringify(opts)}`, () => listPeople(data, opts));
	const cite = citer(data);
	const cited = new Map(rows.map((p) => [p.id, cite.person(p.id)]));
	const citations = (p: PersonView) => cited.get(p.id) ?? [];
	return writeCounted(ctx, {
		rows,
		json: (p) => ({...p, citations: citations(p)}),
		text: [
			{header: 'name', get: (r) => r.name, max: 24},
			{header: 'title', get: (r) => r.titles.join(', ')},
			{header: 'party', get: (r) => r.party ?? ''},
			{header: 'quotes', get: (r) => r.quotes},
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
		],
		md: [
			{header: 'name', get: (p) => p.name},
			{header: 'titles', get: (p) => p.titles.join(', ')},
			{header: 'party', get: (p) => p.party ?? ''},
			{header: 'quotes', get: (p) => p.quotes},
			{header: 'roles', get: (p) => p.roles.join('; ')},
			{header: 'named in', get: (p) => joinCitations(citations(p))},
		],
	}, personFacets);
}
