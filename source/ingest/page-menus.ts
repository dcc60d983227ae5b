/**
 * A whole saved page starts with its site's furniture: the masthead, a menu of sections one to a line ("Home",
 * "News", "Sport"), a bar of them on one line ("News | Sport | Business"), a menu run together when its links lost
 * their spaces, toolbar words ("Sign in", "Share", "Save"). None of it is the article, so none of it counts when the
 * reader measures how far below the top a dateline may stand: the dateline sits under the headline, wherever the
 * menus end.
 */
import {datelineDate} from './dateline.js';
import type {Line} from './metadata.js';

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

/**
 * An author box's lines under the byline ("Dee Holt is the Courier's education reporter and has covered the council
 * since 2011."): sentences about the writer, not the article's text, so they do not end the page's header.
 */
export function authorBioLine(line: string): boolean {
	const t = line.trim();
	return /^(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|He|She|They)\s+(?:is|was|has|joined|covers|writes|reports)\b/.test(t) && /\b(?:reporter|correspondent|editor|journalist|writer|columnist)\b|\bhas (?:covered|written|reported)\b/i.test(t);
}

/** "Related", "More on this story", "Most read", "Recent posts": a heading of other stories, each with its own date. */
export const othersHeading = /^(?:read more|more (?:on this story|stories|news|from)|related|see also|also read|recommended|most (?:read|popular|viewed)|trending|top stories|latest|recent posts|popular)\b/i;

/** The first item of a share bar ("Share", "Share this article", "Share on Facebook"). */
const shareStart = /^share\b/i;
/** The bar's other items: networks, email, print, save. */
const shareItem = /^(?:share|tweet|e-?mail|print|save|copy link|facebook|twitter|x|whatsapp|linkedin|messenger|pinterest|reddit|bluesky|threads)\b/i;

/**
 * A share bar from `from` on (blank lines aside), and the dateline straight under it: a share bar closes the page's
 * header, so the date under it is the page's even after a long standfirst and captions. Null when the line after
 * `from` does not start a share bar or the line after the bar is no dateline.
 */
export function dateAfterShareBar(body: readonly Line[], from: number): {date: string; line: string} | null {
	let items = 0;
	for (let k = from; k < body.length; k++) {
		const t = body[k]!.text.trim();
		if (t === '') continue;
		// Under a comments heading or a heading of other stories the dates are readers' or those stories'.
		if (commentsHeading(t) || othersHeading.test(t)) return null;
		if (items === 0 ? shareStart.test(t) : items < 6 && (shareItem.test(t) || menuLine(t))) {
			items++;
			continue;
		}
		if (items === 0) return null;
		const date = datelineDate(t);
		return date ? {date, line: t} : null;
	}
	return null;
}

/**
 * A heading of other stories at `k` ("Trending", "Most read", "Latest news") with another story's headline or a list
 * item straight under it: a block of other stories, their dates theirs. A menu's "Latest" among other menu items is
 * not one.
 */
export function othersAbove(body: readonly Line[], k: number): boolean {
	const t = body[k]!.text.trim();
	if (!othersHeading.test(t) || t.split(/\s+/).length > 4) return false;
	const next = body[k + 1]?.text.trim() ?? '';
	return /^\s*[-•*]\s/.test(next) || (!menuLine(next) && next.split(/\s+/).length >= 4 && !/[.!?]$/.test(next));
}
