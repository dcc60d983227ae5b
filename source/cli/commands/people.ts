/** `scrutiny people`: everyone the articles name, most quoted first. */
import {listPeople} from '../../corpus/queries.js';
import {openForReading, outputMode, println, type Context} from '../context.js';
import {json, textTable} from '../format.js';

export async function peopleCommand(ctx: Context): Promise<number> {
	const mode = outputMode(ctx, ['json']);
	const {data} = await openForReading(ctx);
	const rows = listPeople(data, {authority: ctx.flags.authority?.[0]});
	if (mode === 'json') println(ctx.stdout, json(rows));
	else
		println(
			ctx.stdout,
			textTable(rows, [
				{header: 'name', get: (r) => r.name, max: 24},
				{header: 'title', get: (r) => r.titles.join(', ')},
				{header: 'party', get: (r) => r.party ?? ''},
				{header: 'quotes', get: (r) => r.quotes},
				{header: 'authority', get: (r) => r.authorities.join(', '), max: 26},
				{header: 'roles', get: (r) => r.roles.join('; '), max: 70},
			]),
		);
	return 0;
}
