/**
 * The star ratings of the frameworks before 2009: the Audit Commission's and the social care inspectorate's annual
 * assessments gave a council (and its children's services) nought to four stars, "awarded only one star for children's
 * services", "rated Haringey's children's services one star last year", "was awarded three stars by the Audit
 * Commission". Read as the grades the project maps that scale to (none or one star the bottom grade, two adequate,
 * three good, four the top). Only where the sentence names such an assessment or the services it rated: a hotel's, a
 * review's or a film's stars are none. They describe how news tells these ratings, never a particular article.
 */
import type {Rating} from '../corpus/schema.js';
import {anyWord} from './word-set.js';

/** What a sentence must name for its stars to be a council's assessment. */
const assessment = String.raw`\b(?:Audit Commission|annual (?:performance )?(?:assessment|rating)s?|performance assessment|comprehensive performance assessment|CPA|APA|Commission for Social Care Inspection|CSCI|social services inspectorate|star ratings?|children['’]s (?:services|social care)|social (?:services|care))\b`;
const named = String.raw`(?:(?<=${assessment}[^.;]{0,140})|(?=[^.;]{0,140}${assessment}))`;
/** A clause split from the sentence's assessment ("was awarded three stars | by the Audit Commission") keeps the verb. */
const given = String.raw`(?<=\b(?:awarded|given|handed|rated|received|receiving|gained|got|earned|kept|retained|lost|achieved|won)\s+(?:only\s+|just\s+|a\s+|its\s+|the\s+)?)`;
/**
 * What says the stars are not children's services' or the council's: another service the assessment rated ("the
 * annual assessment of the council's leisure services", "housing benefit service", care homes an adult inspectorate
 * checks), or a denial that they were given ("denied that the Audit Commission had ever given ... one star").
 */
const notOurs = String.raw`\b(?:den(?:y|ies|ied|ying)|disputed?)\b|\b(?:leisure|housing|benefits?|swimming|libraries|library|roads|highways|waste|planning|council tax|adult(?:s['’]?)?|older people|residential care|nursing)\b|(?<!children['’]s\s)\bcare homes?\b`;
const refuted = new RegExp(notOurs, 'i');
/**
 * The stars pattern; the sentence must still name an assessment (givesStars) before any of its clauses is read. A
 * question ("Will the Audit Commission award Wigan three stars?") gives none.
 */
const star = (count: string) => new RegExp(String.raw`(?<![^]*(?:${notOurs})[^]*)(?![^]*(?:${notOurs}))(?:${named}|${given})(?<!\bout of\s+|\bof (?:a possible|a maximum of|the|)\s*)\b(?:${count})(?:[- ]stars?\b|\s+(?:out of|of)\s+(?:a possible\s+|a maximum of\s+)?(?:four|4)(?:[- ]stars?\b|\s+(?=[^.;]{0,80}\bstars?\b)))(?![- ](?:hotel|review|restaurant|rated hotel|performer|player|signing|striker))(?![^.;]*\?)`, 'gi');

/** Patterns in the form of event-facets.ts's rating words: the pattern, its grade, the words it needs. */
export const starRatingWords: readonly [RegExp, Rating, readonly string[]][] = [
	[star('no|zero|nil|0|one|1|a single'), 'inadequate', ['no star', 'no-star', 'zero star', 'zero-star', 'nil star', '0 star', '0-star', 'one star', 'one-star', '1 star', '1-star', 'single star', 'out of four', 'out of 4']],
	[star('two|2'), 'adequate', ['two star', 'two-star', '2 star', '2-star', 'out of four', 'out of 4']],
	[star('three|3'), 'good', ['three star', 'three-star', '3 star', '3-star', 'out of four', 'out of 4']],
	[star('four|4'), 'outstanding', ['four star', 'four-star', '4 star', '4-star', 'out of four', 'out of 4']],
];

/** The words a sentence must hold one of for the patterns above (lower-cased). */
export const starRatingCues = ['no star', 'no-star', 'zero star', 'zero-star', 'nil star', '0 star', '0-star', 'one star', 'one-star', '1 star', '1-star', 'single star', 'two star', 'two-star', '2 star', '2-star', 'three star', 'three-star', '3 star', '3-star', 'four star', 'four-star', '4 star', '4-star'];
const hasStarRatingCue = anyWord(starRatingCues);

/**
 * Whether a sentence gives a star rating (it judges with no verb of judging: "awarded only one star for children's
 * services ... in the Audit Commission's annual assessment").
 */
export function givesStars(sentence: string, lowered: string): boolean {
	// (Most sentences have no "star": one scan spares them the list.)
	if (!lowered.includes('star') || !hasStarRatingCue(lowered)) return false;
	if (refuted.test(sentence)) return false;
	return new RegExp(`${named}\\b(?:no|zero|nil|a single|one|two|three|four|[0-4])(?:[- ]stars?|\\s+(?:out of|of)\\s+(?:a possible\\s+)?(?:four|4)[- ]stars?)\\b`, 'i').test(sentence);
}
