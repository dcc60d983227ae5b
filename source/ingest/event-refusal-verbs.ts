/**
 * A refusal to go told by the verb that answers the calls, in any tense and with the calls qualified: "has declined
 * calls to stand down", "dismisses the calls for her to resign", "rejects renewed demands that he quit", "ignored
 * earlier calls to step aside", "declines opposition calls for her to go". The calls must be calls to go: calls for
 * comment, an inquiry or money are other things. (The rules of event-rules.ts hold the past forms with the bare calls.)
 * They describe how papers tell a refusal, never a particular article.
 */
import type {Rule} from './event-rules.js';

/** What a call to go asks: to resign, step down, quit or go, for him or her or that he or she. */
const toGo = String.raw`(?:for\s+(?:him|her|them|[A-Z][\w'’-]+)\s+to\s+|that\s+(?:he|she|they|[A-Z][\w'’-]+)\s+(?:should\s+)?|to\s+)(?:resign|step down|stand down|step aside|stand aside|quit|go)\b`;
/** Words that may stand before the calls: "the", "renewed", "opposition", "earlier". */
const qualified = String.raw`(?:(?:the|these|those|repeated|renewed|growing|mounting|earlier|fresh|further|opposition|Conservative|Labour|Tory|Liberal Democrat|Lib Dem|parents['’]?)\s+){0,3}`;

const refusedCalls = new RegExp(String.raw`\b(?:declin|reject|dismiss|rebuff|resist|ignor|spurn)\w*\s+${qualified}(?:calls?|demands?)\s+${toGo}`, 'i');

export const refusalVerbRules: readonly Rule[] = [
	{
		// Its own group: the calls the verb answers are typed by the call rules of the 'resign' group in the same clause.
		group: 'resign-answered',
		type: 'resignation-refused',
		context: 'childrens-services-people',
		// (The calls' words, which the call rules need already: a sentence is not read for a verb alone.)
		needs: ['call', 'demand'],
		test: refusedCalls,
		// A refusal denied, or asked about, is none.
		unless: /\b(?:not|never)\s+(?:\w+\s+)?(?:declin|reject|dismiss|rebuff|resist|ignor|spurn)\w*|n['’]t\s+(?:\w+\s+)?(?:declin|reject|dismiss|rebuff|resist|ignor|spurn)\w*|\?\s*$/i,
	},
];
