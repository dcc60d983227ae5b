/** What the quote attributor reads and gives (quotes.ts), apart from its steps so that each file keeps one job. */
import type {ArticlePerson} from './people.js';
import type {Mention} from './mentions.js';
import type {QuoteSpan} from './quote-spans.js';

export type Speaker = {readonly name: string; readonly person: ArticlePerson | null; readonly written?: boolean};

export type ExtractedQuote = {
	readonly paragraph: number;
	readonly text: string;
	readonly speaker: Speaker | null;
	readonly fragment: boolean;
	/** How the speaker was found, for debugging and the reader's tooltip. */
	readonly how: 'before' | 'after' | 'continues' | 'previous-paragraph' | 'reported-speech' | 'none';
	/** The words that named the speaker ("said Cllr Smith", "The letter reads"), or those it carried on from. */
	readonly cue: string;
};

export type QuoteParagraph = {
	readonly text: string;
	readonly narrative: string;
	readonly spans: readonly QuoteSpan[];
	readonly mentions: readonly Mention[];
	/** The source line printed under it ("– Ofsted"), and who it names (quote-citations.ts). */
	readonly cite?: {readonly text: string; readonly mentions: readonly Mention[]};
	/** Words quote-documents.ts tests for, found in the lower-cased narrative with the mentions (mentionsAndWords). */
	readonly words?: ReadonlySet<string>;
};

export type Found = {speaker: Speaker; how: ExtractedQuote['how']; cue: string};
