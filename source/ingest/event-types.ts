/** The shapes of extracted events, shared by the event steps. */
import type {ArticleExtractEvent} from '../corpus/merge.js';
import type {DateValue} from '../corpus/schema.js';
import type {QuotedRefusal} from './quoted-refusals.js';

/** A named person or party in an event's sentence: who acted (`by`) and who it was about (`about`). */
export type Participant = {name: string; role: 'by' | 'about'};

/** A person or party mentioned in a paragraph, offsets into the paragraph. */
export type NamedMention = {name: string; start: number; end: number; kind: 'person' | 'party'};

/** The store's extracted event (corpus/merge.ts) as the event steps build it: its other reports still growing. */
export type ExtractedEvent = Omit<ArticleExtractEvent, 'alsoIn' | 'participants'> & {participants?: Participant[]; alsoIn: number[]};

/** An event as the sentence rules find it, before the article's mentions of one event are merged. */
/**
 * `future`: the clause speaks of the future anywhere (a date after the article is then a schedule, not a misreading);
 * `scheduled`: the event's own words do (an undated one is then this month's plan, not today's news);
 * `unresolved`: the words of a date the clause gives that could not be placed ("in May" on a page with no date);
 * `earlierOfRun`: the earlier grade a run tells of ("rated good again"), not the grade of now.
 */
export type RawEvent = ExtractedEvent & {dated: boolean; future: boolean; scheduled?: boolean; undatedPast: boolean; reportsNews: boolean; unresolved?: string; earlierOfRun?: boolean};

/** What `extractEvents` (events.ts) reads of an article. */
export type EventInput = {
	readonly paragraphs: readonly string[];
	/** The paragraphs with quotations blanked out. */
	readonly narratives: readonly string[];
	readonly published: DateValue;
	/** The article's main authority; events name another only where the sentence does (or a round-up's crosshead). */
	readonly authority: string | null;
	readonly sections?: readonly (string | null)[];
	readonly today?: Date;
	/** Refusals to resign told in the refuser's own words (quoted-refusals.ts). */
	readonly refusals?: readonly QuotedRefusal[];
	/** The headline, whose words tell which service a story is about. */
	readonly title?: string;
	/** How the article names its commissioners after the first mention ("Yarwood", "Dr Okafor"). */
	readonly commissioners?: readonly string[];
	/** Named people and parties of paragraph k (0-based), for the participants of resignation stories. */
	readonly mentionsOf?: (k: number) => readonly NamedMention[];
};
