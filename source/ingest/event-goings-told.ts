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
		// "His departure today comes days after an Ofsted letter", "Her resignation comes weeks after".
		test: /\b(?:his|her|their)\s+(?:(?:sudden|abrupt|shock|surprise|immediate)\s+)?(?:departure|exit|resignation)\s+(?:(?:today|yesterday|this week|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:comes?|came)\b/i,
	},
	{
		// A group of its own: the call the sentence also names is read by the call rule.
		group: 'resign-refused',
		type: 'resignation-refused',
		needs: ['did not', "didn't", 'has not', 'have not', 'rejected', 'dismissed', 'rebuffed', 'voted down'],
		test: new RegExp(
			// "and did not step down", "has not resigned" (not "did not step down until 2019", "from the stage", "quit the scheme").
			String.raw`\b(?:did not|didn['’]t|has not|have not|hasn['’]t|haven['’]t)\s+${goVerb}\b(?!\s+(?:until|till|before|after|from|as (?:chair|a member)|in|the|its|their|an?|his|her)\b)` +
				// "Calls for senior councillors to resign ... were rejected", "demands that he quit were voted down".
				String.raw`|\b(?:calls?|demands?|motion)\s+(?:for|on|calling for|calling on|that)\b[^.;]{0,100}?\b(?:to\s+)?${goVerb}\b[^.;]{0,80}?\b(?:were|was|have been|had been|has been)\s+(?:(?:firmly|flatly|comfortably|narrowly)\s+)?(?:rejected|dismissed|rebuffed|voted down|brushed aside)\b`,
			'i',
		),
	},
];
