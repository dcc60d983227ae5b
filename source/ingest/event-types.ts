/** The shapes of extracted events, shared by the event steps. */
import type {DateValue, EventStatus, EventType, InspectedService, Rating} from '../corpus/schema.js';

/** A named person or party in an event's sentence: who acted (`by`) and who it was about (`about`). */
export type Participant = {name: string; role: 'by' | 'about'};

/** A person or party mentioned in a paragraph, offsets into the paragraph. */
export type NamedMention = {name: string; start: number; end: number; kind: 'person' | 'party'};

export type ExtractedEvent = {
	participants?: Participant[];
	date: DateValue;
	authority: string;
	type: EventType;
	rating?: Rating;
	summary: string;
	paragraph: number;
	/** Further paragraphs of the same article that report the same event. */
	alsoIn: number[];
	status?: EventStatus;
	inspectorate?: string;
	service?: InspectedService;
	/** The sentence the event was read from and the words that typed it. */
	evidence?: {sentence: string; cue: string};
};

/** An event as the sentence rules find it, before the article's mentions of one event are merged. */
export type RawEvent = ExtractedEvent & {dated: boolean; future: boolean; undatedPast: boolean; reportsNews: boolean};
