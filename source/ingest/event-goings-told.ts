/**
 * Goings and refusals to go as newsrooms tell them after the lede: "His departure today comes days after ...",
 * "Her resignation comes after ..." (the going named by its noun, dated by its own word); "said her focus was on the
 * changes needed, and did not step down", "Calls for senior councillors to resign were rejected at a council
 * meeting" (a refusal). A flight's or a train's departure, or a step down from a stage, is none. They describe how
 * news tells these, never a particular article.
 */
import type {Rule} from './event-rules.js';

const goVerb = String.raw`(?:resign(?:ed)?|step(?:ped)? down|stand down|stood down|quit|step(?:ped)? aside|stand aside|stood aside)`;

export const goingToldRules: readonly Rule[] = [
	{
		group: 'resign',
		type: 'resignation',
		needs: ['departure', 'exit', 'resignation'],
		context: 'childrens-services-people',
		// "His departure today comes days after an Ofsted letter", "Her resignation comes weeks after".
		test: /\b(?:his|her|their)\s+(?:(?:sudden|abrupt|shock|surprise|immediate)\s+)?(?:departure|exit|resignation)\s+(?:(?:today|yesterday|this week|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:comes?|came)\b/i,
	},
	{
		// A group of its own: the call the sentence also names is read by the call rule.
		group: 'resign-refused',
		type: 'resignation-refused',
		needs: ['did not', "didn't", 'has not', 'have not', 'rejected', 'dismissed', 'rebuffed', 'voted down'],
		context: 'childrens-services-people',
		test: new RegExp(
			// "and did not step down", "has not resigned" (not "did not step down until 2019", "from the stage", "quit the scheme").
			String.raw`\b(?:did not|didn['’]t|has not|have not|hasn['’]t|haven['’]t)\s+${goVerb}\b(?!\s+(?:until|till|before|after|from|as (?:chair|a member)|in|the|its|their|an?|his|her)\b)` +
				// "Calls for senior councillors to resign ... were rejected", "demands that he quit were voted down".
				String.raw`|\b(?:calls?|demands?|motion)\s+(?:for|on|calling for|calling on|that)\b[^.;]{0,100}?\b(?:to\s+)?${goVerb}\b[^.;]{0,80}?\b(?:were|was|have been|had been|has been)\s+(?:(?:firmly|flatly|comfortably|narrowly)\s+)?(?:rejected|dismissed|rebuffed|voted down|brushed aside)\b`,
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
