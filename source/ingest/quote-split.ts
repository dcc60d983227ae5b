/**
 * Two people's or documents' words in one paragraph: 'The report said: "..." A council spokesperson said: "..."'.
 * The paragraph's quotations make one record while they are one speaker's (a quotation its attribution does not name
 * joins the one before); a quotation that its own words attribute to someone else starts a record of its own.
 */
import type {QuoteSpan} from './quote-spans.js';
import type {Found} from './quotes.js';

export type SpeakerGroup = {spans: QuoteSpan[]; found: Found | null};

export function groupBySpeaker(full: readonly QuoteSpan[], attribute: (s: QuoteSpan) => Found | null): SpeakerGroup[] {
	const groups: SpeakerGroup[] = [];
	for (const s of full) {
		const found = attribute(s);
		const last = groups.at(-1);
		if (last && (!found || !last.found || found.speaker.name === last.found.speaker.name)) {
			last.spans.push(s);
			last.found ??= found;
		} else groups.push({spans: [s], found});
	}
	return groups;
}
