/**
 * A whole saved page starts with its site's furniture: the masthead, a menu of sections one to a line ("Home",
 * "News", "Sport"), a bar of them on one line ("News | Sport | Business"), a menu run together when its links lost
 * their spaces, toolbar words ("Sign in", "Share", "Save"). None of it is the article, so none of it counts when the
 * reader measures how far below the top a dateline may stand: the dateline sits under the headline, wherever the
 * menus end.
 */

/** Separators between a menu's items printed on one line. */
const itemSeparators = /\s[|·•]\s|\s{2,}/g;

/**
 * A line of a site's menus or toolbars: no figure (a date, a time or a count would be read), no sentence's full
 * stop, and either a word or three, a bar of items, or one long run of words without spaces.
 */
export function menuLine(line: string): boolean {
	const t = line.trim();
	if (t === '' || /\d/.test(t) || /[.!?]["”’']?$/.test(t)) return false;
	const words = t.split(/\s+/);
	if (words.length <= 3) return true;
	if ((t.match(itemSeparators)?.length ?? 0) >= 2) return true;
	// "NewsHomeInDepthClimateUKWorld": links run together, a capital straight after a small letter more than once.
	return words.some((w) => w.length >= 20 && (w.match(/[a-z][A-Z]/g)?.length ?? 0) >= 2);
}

/**
 * The heading of readers' comments ("Comments", "3 comments", "Leave a reply", "12 thoughts on \"Headline\""): below
 * it the dates are readers'.
 */
export function commentsHeading(line: string): boolean {
	if (/^\s*(?:\d+\s+)?(?:comments?|replies|responses|leave a (?:comment|reply)|add (?:a|your) comment|join the (?:discussion|conversation)|have your say)\s*:?\s*$/i.test(line)) return true;
	// A blog's count of the responses to the post, by its title.
	return /^\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|responses?|repl(?:y|ies)|comments?)\s+(?:on|to)\s+["“‘'«]/i.test(line);
}
