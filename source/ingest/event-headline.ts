/**
 * A headline that gives the judgement the body only describes ("Leeds children's services 'inadequate', says
 * Ofsted") reports it as the story's news.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {unknownDate} from '../corpus/date-value.js';
import {aspiration, judgementVerb, serviceWords} from './event-cues.js';
import {toldAsHistory} from './event-clauses.js';
import {ratingsIn, serviceOf} from './event-facets.js';
import {summarise} from './event-settle.js';
import type {RawEvent} from './event-types.js';
import {squash} from './text.js';

/** The judgements `title` gives that `raw` (the body's events so far) does not already hold. */
export function headlineJudgements(title: string, authority: string | null, opening: string, raw: readonly RawEvent[]): RawEvent[] {
	const out: RawEvent[] = [];
	const titleAuthority = findAuthorityMentions(title)[0]?.name ?? authority;
	if (!titleAuthority || !(judgementVerb.test(title) || serviceWords.test(title)) || aspiration.test(title)) return out;
	for (const r of ratingsIn(title)) {
		if (toldAsHistory(title, r.index) || raw.some((e) => e.type === 'inspection-judgement' && e.rating === r.rating)) continue;
		out.push({
			date: unknownDate(),
			authority: titleAuthority,
			type: 'inspection-judgement',
			rating: r.rating,
			...serviceOf(title, title, opening),
			evidence: {sentence: squash(title).slice(0, 400), cue: 'the headline'},
			summary: summarise(title),
			paragraph: 1,
			alsoIn: [],
			dated: false,
			future: false,
			undatedPast: false,
			reportsNews: true,
		});
	}
	return out;
}
