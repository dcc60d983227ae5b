/** `scrutiny timeline`: every event in date order, reports of one event merged into one line, each cited. */
import {eventFacets} from '../../corpus/frequency-facets.js';
import {timeline} from '../../corpus/queries.js';
import type {Origin} from '../../corpus/schema.js';
import {timelineFormats} from '../../corpus/timeline-export.js';
import type {Context} from '../context.js';
import {openForReading} from '../store-source.js';
import {writeCounted} from '../export.js';

export async function timelineCommand(ctx: Context): Promise<number> {
	const {data} = await openForReading(ctx);
	const rows = timeline(data, {authorities: ctx.flags.authority, types: ctx.flags.type, origins: ctx.flags.origin as Origin[] | undefined, from: ctx.flags.from, to: ctx.flags.to});
	return writeCounted(ctx, {rows, ...timelineFormats(data)}, eventFacets);
}
