/**
 * "The council was last inspected in 2019", "Rutland, last inspected in 2019, expects ...": an inspection told by when it
 * last happened is the full inspection behind the service's standing grade, a judgement whose grade the sentence may
 * not tell. Readers list it with the judgements (and, where a verb
 * tells it, the visit rules read the visit as well).
 */
import type {Rule} from './event-rules.js';

export const lastInspectedRules: readonly Rule[] = [
	{
		// A group of its own, beside the visit the visit rules read from "was last inspected".
		group: 'last-inspected',
		type: 'inspection-judgement',
		needs: ['last inspected', 'previously inspected'],
		test: /\b(?:last|previously)\s+inspected\s+(?:in|on|during)\b/i,
		// A sentence that gives a grade judges with it ("last inspected in 2019, when it was judged good"; "up from poor
		// when it was last inspected in 2010"): the grade's own reading is the judgement.
		unless: /\b(?:inadequate|good|outstanding|requir\w*\s+improvement|adequate|poor|satisfactory|excellent)\b/i,
	},
];
