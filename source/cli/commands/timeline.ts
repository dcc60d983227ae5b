/** `scrutiny timeline`: every event in date order, reports of one event merged into one line, each cited. */
import {eventFacets} from '../../corpus/frequency-facets.js';
import {timeline, type EventView} from '../../corpus/queries.js';
import type {Origin} from '../../corpus/schema.js';
import {timelineFormats} from '../../corpus/timeline-export.js';
import type {Context, Flags} from '../context.js';
import {runList, type ListSpec} from '../list-spec.js';

const options = (flags: Flags) => ({authorities: flags.authority, types: flags.type, origins: flags.origin as Origin[] | undefined, from: flags.from, to: flags.to});

export const timelineList: ListSpec<EventView> = {
	memoKey: (flags) => `timeline ${JSON.stringify(options(flags))}`,
	rows: (data, flags) => timeline(data, options(flags)),
	formats: (data) => timelineFormats(data),
	facets: () => eventFacets,
};

export async function timelineCommand(ctx: Context): Promise<number> {
	return runList(ctx, timelineList);
}
