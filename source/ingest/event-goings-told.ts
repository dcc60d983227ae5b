/**
 * Goings and refusals to go as newsrooms tell them after the lede: "His departure today comes days after ...",
 * "Her resignation comes after ..." (the going named by its noun, dated by its own word); "said her focus was on the
 * changes needed, and did not step down", "Calls for senior councillors to resign were rejected at a council
 * meeting" (a refusal). A flight's or a train's departure, or a step down from a stage, is none. They describe how
 * news tells these, never a particular article.
 */
import type {Rule} from './event-rules.js';

const goVerb = String.raw`(?:resign(?:ed)?|step(?:ped)? down|stand down|stood down|quit|step(?:ped)? aside|stand aside|stood aside)`;

/** A council's person, somewhere before the refusal: its leader, a councillor, a director or lead member of its services. */
const councilPerson = String.raw`(?<=\b(?:council leader|leader of (?:the\s+)?(?:[\w'’-]+\s+){0,2}council|councillors?|Cllr|Coun|cabinet member|lead member|portfolio holder|director of children['’]s (?:services|social care)|director of (?:children|people)|children['’]s services director|chief executive of (?:the\s+)?(?:[\w'’-]+\s+){0,2}council|council['’]s chief executive)\b[^.;]{0,120}?)`;

export const goingToldRules: readonly Rule[] = [
	{
		group: 'resign',
		type: 'resignation',
		needs: ['departure', 'exit', 'resignation'],
		context: 'council-named-people',
		// "His departure today comes days after an Ofsted letter", "Her resignation comes weeks after".
		test: /\b(?:his|her|their)\s+(?:(?:sudden|abrupt|shock|surprise|immediate)\s+)?(?:departure|exit|resignation)\s+(?:(?:today|yesterday|this week|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:comes?|came)\b/i,
	},
	{
		// A group of its own: the call the sentence also names is read by the call rule.
		group: 'resign-refused',
		type: 'resignation-refused',
		needs: ['did not', "didn't", 'didn’t', 'has not', 'have not', "hasn't", 'hasn’t', "haven't", 'haven’t', 'rejected', 'dismissed', 'rebuffed', 'voted down', 'brushed aside'],
		context: 'council-named-people',
		test: new RegExp(
			// "and did not step down", "has not resigned" (not "did not step down until 2019", "from the stage", "quit the scheme").
			// Only a council's person, named in the sentence or by a pronoun for one the sentence before named: an
			// archbishop, a club's chairman or a council's head of planning who stays is none. (A call that was rejected is
			// the call rule's as well, which gives the call its status; this rule reads it as a
			// refusal only for a call on a council's people.)
			// (The refusal's own words are looked for first: the person behind them is looked for back from every position.)
			String.raw`(?=(?:did not|didn['’]t|has not|have not|hasn['’]t|haven['’]t)\s+${goVerb}\b)(?:(?<=^\W*(?:he|she|they)\s+)|${councilPerson})\b(?:did not|didn['’]t|has not|have not|hasn['’]t|haven['’]t)\s+${goVerb}\b(?!\s+(?:until|till|before|after|from|as (?:chair|a member)|in|the|its|their|an?|his|her)\b)` +
				// "Calls for senior councillors to resign ... were rejected", "demands that he quit were voted down": only calls on
				// a council's people (a water company's boss or a bishop is none).
				String.raw`|\b(?:calls?|demands?|motion)\s+(?:for|on|calling for|calling on|that)\s+(?:[\w'’-]+\s+){0,4}?(?:councillors?|Cllr|council leader|leader of the council|cabinet members?|lead members?|portfolio holders?|directors? of children['’]s (?:services|social care)|(?:the\s+)?council['’]s chief executive)\b[^.;]{0,100}?\b(?:to\s+)?${goVerb}\b[^.;]{0,80}?\b(?:were|was|have been|had been|has been)\s+(?:(?:firmly|flatly|comfortably|narrowly)\s+)?(?:rejected|dismissed|rebuffed|voted down|brushed aside)\b`,
			'i',
		),
	},
];

/** Where a refusal the rules above read is told: "did not step down", "has not resigned", "Calls ... were rejected". */
const toldRefusal = /^(?:calls?|demands?|motion|did not|didn['’]t|has not|have not|hasn['’]t|haven['’]t|rejected|dismissed|rebuffed|voted down|brushed aside)\b/i;

/**
 * "did not step down, despite the critical report in 2019", "Cllr Smith, lead member since 2019, did not resign": a
 * refusal told so is of the story's day; a date beyond a comma from its words, or after "despite", "unlike", "since" or
 * "when", is another event's (only a date told with its words, "were rejected at a meeting last night", is its own).
 */
export function refusalsOtherDate(sentence: string, type: string, d: {start: number; end: number}, at: number): boolean {
	if (type !== 'resignation-refused' || !toldRefusal.test(sentence.slice(at, at + 16))) return false;
	const between = d.start >= at ? sentence.slice(at, d.start) : sentence.slice(d.end, at);
	return /[,;()]/.test(between) || /\b(?:despite|unlike|since|when|after|before|following|first|made)\b/i.test(between);
}
