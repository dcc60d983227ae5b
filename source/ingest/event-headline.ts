/**
 * A headline that gives the judgement the body only describes ("Leeds children's services 'inadequate', says
 * Ofsted") reports it as the story's news.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {unknownDate} from '../corpus/date-value.js';
import {aspiration, judgementVerb, serviceWords} from './event-cues.js';
import {toldAsHistory} from './event-clauses.js';
import {ratingsIn, serviceOf} from './event-facets.js';
import {gradeNotGiven} from './event-grades-not-given.js';
import {summarise} from './event-settle.js';
import type {RawEvent} from './event-types.js';
import {sentenceSpans, squash} from './text.js';

/** "Children's services at three councils rated 'good'": a headline about several authorities the body lists. */
const severalAuthorities = /\b(?:two|three|four|five|six|several|\d+) (?:councils|authorities|local authorities|boroughs|counties)\b/i;

/**
 * The authorities a headline about several names in the body: those of the first sentence of the opening
 * paragraphs that names two or more ("Stockport, Merton and Central Bedfordshire all received ..."), else none.
 */
function listedAuthorities(title: string, body: readonly string[]): string[] {
	if (!severalAuthorities.test(title) || findAuthorityMentions(title).length > 0) return [];
	const text = body.join(' ');
	for (const sp of sentenceSpans(text)) {
		const names = [...new Set(findAuthorityMentions(text.slice(sp.start, sp.end)).map((m) => m.name))];
		if (names.length >= 2) return names;
	}
	return [];
}

/**
 * "Ofsted gives 'good' grade two years after 'widespread and serious failures'": a grade after "N years after" or
 * "since" in a headline is the earlier one the news is measured from, not the news (the body tells it with its date).
 */
function reckonedBack(title: string, at: number): boolean {
	return /\b(?:years?|months?|weeks?|decades?)\s+(?:after|since)\b[^,;:|]*$/i.test(title.slice(0, at));
}

/** The judgements `title` gives that `raw` (the body's events so far) does not already hold. */
export function headlineJudgements(title: string, authority: string | null, opening: string, raw: readonly RawEvent[], body: readonly string[] = []): RawEvent[] {
	const out: RawEvent[] = [];
	const listed = listedAuthorities(title, body);
	const titleAuthority = findAuthorityMentions(title)[0]?.name ?? authority;
	if (!titleAuthority || !(judgementVerb.test(title) || serviceWords.test(title)) || aspiration.test(title)) return out;
	for (const r of ratingsIn(title)) for (const who of listed.length > 0 ? listed : [titleAuthority]) {
		// A dated grade of the body may be history ("has been rated inadequate since 2015"): settling decides whether the
		// headline's is the same one.
		if (toldAsHistory(title, r.index) || reckonedBack(title, r.index) || gradeNotGiven(title, r) || raw.some((e) => e.type === 'inspection-judgement' && e.rating === r.rating && !e.dated && (listed.length === 0 || e.authority === who))) continue;
		out.push({
			date: unknownDate(),
			authority: who,
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
