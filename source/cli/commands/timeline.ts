/** `scrutiny timeline`: every event in date order, reports of one event merged into one line, each cited. */
import {eventFacets} from '../../corpus/frequency-facets.js';
import {timeline} from '../../corpus/queries.js';
import type {Origin} from '../../corpus/schema.js';
import {timelineFormats} from '../../corpus/timeline-export.js';
import type {Context} from '../context.js';
import {openForReading, rowsOnce} from '../store-source.js';
import {writeCounted} from '../export.js';

export async function timelineCommand(ctx: Context): Promise<number> {
	const {data} = await openForReading(ctx);
	const opts = {authorities: ctx.flags.authority, types: ctx.flags.type, origins: ctx.flags.origin as Origin[] | undefined, from: ctx.flags.from, to: ctx.flags.to};
	const rows = rowsOnce(ctx, `timeline ${JSON.stringify(opts)}`, () => timeline(data, opts));
	return writeCounted(ctx, {rows, ...timelineFormats(data)}, eventFacets);
}
