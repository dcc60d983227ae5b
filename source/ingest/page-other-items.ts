/**
 * A saved page prints dates of things that are not the page: a block under a heading that names another item with
 * a date of its own (a meeting, an event, a deadline, the post before or after this one), and boxes of the site's own
 * around the story (the weather, a listing of what is on, a paid promotion). A date in one of them is that item's or
 * the box's (a weather box prints the day the page was viewed), never the story's, so the readers of the page's own
 * date pass over it: a wrong date is worse than none, as it moves every relative date of the article.
 */
import type {Line} from './metadata.js';

/**
 * A neighbour in a sequence of items: the post, entry or meeting before or after this one, or one still to come.
 * Whatever follows such a word, the heading points away from the page.
 */
const neighbour = /^[«‹<←\s]*(?:next|previous|prev|older|newer|upcoming|forthcoming|coming up|coming soon)\b/i;

/** Happenings that carry a day and time of their own, which a page lists beside its story. */
const happening = /\b(?:events?|meetings?|deadlines?|closing dates?|sessions?|hearings?|consultations?|webinars?|workshops?|surger(?:y|ies)|appointments?|exhibitions?|fixtures?|performances?|diary dates?|key dates?|what['’]s on|things to do|listings?)\b/i;

/** Boxes of the site's own: the weather, a paid promotion. */
const siteBox = /^(?:weather|forecast|(?:today['’]s|local) weather|sponsored(?: content| post| by)?|advertisement|advert(?:orial)?|promoted(?: content| post)?|promotion|paid(?: for)?(?: content| post| partnership)?|partner content|in association with|offers?|competitions?)\b/i;

/** A weather reading: a temperature ("12°C", "54 °F"). */
const temperature = /-?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]\b/;

/** A publishing label: the date under it is the page's after all. */
const publishing = /\b(?:published|posted|updated|issued)\b/i;
/** Labels sites print over the page's own date ("Date:", "Released:", "Filed under:"), or over its writer. */
const ownLabel = /^(?:(?:article |story |page |press release )?date|dated|released?|release date|filed(?: under)?|created|written(?: by)?|by|author|source|credit|(?:first )?appeared)\b/i;

/**
 * A short heading line that names another item or a box of the site's own ("Weather", a heading ending in a colon
 * that labels the date under it as something other than the page's publication). Its words are few and it is no
 * sentence: a sentence of the story that mentions a meeting is not a heading.
 */
export function otherItemHeading(line: string): boolean {
	const t = line.trim();
	if (t === '' || t.split(/\s+/).length > 6 || /[.!?]["”’']?$/.test(t) || publishing.test(t)) return false;
	if (temperature.test(t)) return true;
	if (/\d/.test(t)) return false;
	// "Deadline for responses:", "Venue and time:": a label says what the date under it is; only a publishing label
	// would make it the page's.
	if (/:$/.test(t)) return !ownLabel.test(t);
	return neighbour.test(t) || happening.test(t) || siteBox.test(t);
}

/** How many lines above the date a box's heading may stand within its block (the box's reading between them). */
const headingReach = 3;

/**
 * Whether the date at line index `k` stands in a block (lines with no blank between, by their numbers in the raw
 * text) under a heading that names another item or a box of the site's own: the date is then that item's. The
 * heading opens its block, so a site's menus run straight down to the dateline do not count for one of their items;
 * a weather reading counts wherever it stands in the block.
 */
export function underOtherItem(body: readonly Line[], k: number): boolean {
	for (let j = k - 1; j >= 0 && body[j]!.n === body[j + 1]!.n - 1; j--) {
		const t = body[j]!.text.trim();
		if (t === '') break;
		if (temperature.test(t)) return true;
		// "Published" on the line above: the date under it is the page's.
		if (publishing.test(t)) return false;
		// A label ending in a colon names only the line straight under it ("From:" names a sender, not the date).
		if (/:$/.test(t) && j !== k - 1) continue;
		const opens = j === 0 || body[j - 1]!.n !== body[j]!.n - 1 || body[j - 1]!.text.trim() === '';
		if (opens && k - j <= headingReach && otherItemHeading(t)) return true;
	}
	return false;
}

/** A headline of a story: a few words in sentence case, no figure, no sentence's stop, no bar of menu items. */
function headlineLike(line: string): boolean {
	const t = line.trim();
	if (/\d/.test(t) || /[.!?:;,]["”’']?$/.test(t) || /\s[|·•]\s/.test(t)) return false;
	const words = t.split(/\s+/);
	// Sentence case: after the first word, words of the running text rather than a name's or a menu's capitals.
	return words.length >= 3 && words.slice(1).filter((w) => /^[a-z][a-z'’-]{2,}$/.test(w)).length >= 2;
}

/**
 * Whether the date at line index `k`, above the page's headline, is a teaser's: another story's headline stands on
 * the line straight above it, the date closes that block, and a further headline follows before the text. The page's
 * own dateline has the page's headline on one side and its text on the other, never a headline on both.
 */
export function teaserAboveHeadline(body: readonly Line[], k: number): boolean {
	const above = body[k - 1];
	if (!above || above.n !== body[k]!.n - 1 || !headlineLike(above.text)) return false;
	const below = body[k + 1];
	if (below && below.n === body[k]!.n + 1 && below.text.trim() !== '') return false;
	const next = body.slice(k + 1).find((l) => l.text.trim() !== '');
	return next !== undefined && headlineLike(next.text);
}
