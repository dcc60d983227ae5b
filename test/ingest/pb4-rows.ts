/** What the phrasebook-4 event tests share: an article around their sentences, and its events in brief. */
import {article} from './article.js';

const lead = 'Children’s services in the borough are under the spotlight again.';
const brief = (e: {date: {value: string | null; approximate: boolean}}) => `${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`;

/** "type date" of each event of an article of `published` whose other paragraphs are given ('~' for approximate). */
export const rows = (published: string, ...paragraphs: string[]) => article(published, lead, ...paragraphs).events.map((e) => `${e.type} ${brief(e)}`);
/** "type rating date", '-' for no rating. */
export const graded = (published: string, ...paragraphs: string[]) => article(published, lead, ...paragraphs).events.map((e) => `${e.type} ${e.rating ?? '-'} ${brief(e)}`);
/** "type authority date". */
export const placed = (published: string, ...paragraphs: string[]) => article(published, lead, ...paragraphs).events.map((e) => `${e.type} ${e.authority} ${brief(e)}`);
