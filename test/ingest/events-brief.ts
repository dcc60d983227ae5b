/** What the event tests share: a Bury article of Thursday 14 March 2024 around their sentences, and its events in brief. */
import {article} from './article.js';

export const published = '2024-03-14'; // a Thursday
const lede = 'Bury Council’s children’s services are under scrutiny.';

/** The events of an article of `published` whose lede is about Bury and whose other paragraphs are given. */
export const events = (...paragraphs: string[]) => article(published, lede, ...paragraphs).events;

/** "type[/rating] value" with a leading '~' for an approximate date; "undated" when there is none. */
export const brief = (...paragraphs: string[]) =>
	events(...paragraphs).map((e) => `${e.type}${e.rating ? `/${e.rating}` : ''} ${e.date.value === null ? 'undated' : (e.date.approximate ? '~' : '') + e.date.value}`);
