/**
 * A status the event's own words tell, whatever else the clause says: what they say was done ("the inspection,
 * which took place in June 2014", "£6m have been allocated ... and the plan is expected to cost a further £2m", "a
 * report by the commissioner published on Tuesday") happened, though a report's purpose ("is to inform members of")
 * or another verb's future stands beside it; a visit someone asked for ("I have asked for inspectors to come back in
 * six months") is proposed, not made.
 */
import type {EventStatus} from '../corpus/schema.js';

/** Words that put what follows them still to come: between the event and its past verb, the verb is not its. */
const toCome = /\b(?:will|would|shall|is to|are to|to be|expected|due to|set to|plans? to|planned to|scheduled|could|might)\b/i;
// ("may" only in lower case: "set aside in May" proposes nothing.)
const mayCome = /\bmay\b/;

/** A visit's own past: "the inspection ..., which took place in May", "the focused visit, which was carried out". */
const visitDone = /^[^.;]{0,100}?\b(?:which|that)\s+(?:took place|(?:was|were)\s+(?:held|carried out|undertaken|conducted|completed|made))\b/i;

/** Money, boards and plans told as done: "£6m have been allocated", "£2m was set aside", "a board has been set up". */
const madeDone = /^[^.;]{0,60}?\b(?:(?:has|have|had)\s+(?:already\s+|now\s+|recently\s+|also\s+)?been|was|were)\s+(?:allocated|agreed|approved|awarded|granted|set aside|earmarked|committed|made available|put in place|set up|established|introduced|provided|secured|injected)\b/i;

/** A report told as out: "a report by commissioner X published on Tuesday". */
const reportOut = /^[^.;]{0,80}?\b(?:published|released)\s+(?:on|last|yesterday|earlier|this)\b/i;

/** "I have asked for inspectors to come back", "has invited inspectors back", "requested a further monitoring visit". */
const asked = /\b(?:asked|asks|asking|invited|invites|inviting|requested|requests|requesting)\s+(?:for\s+)?(?:(?:an?|the|another|a further|a new|an early|its|their)\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * A plan its clause's own past verb made: "Kirklees approved its improvement plan on 3 June and we will learn from it".
 * What is to come after it is another verb's (a modal, "to", or a denial before the verb makes it none of this).
 */
const planMadeBefore = /(?<!\b(?:will|would|could|should|might|may|must|shall|to|not|never|n['’]t|did|does|do)\s+(?:\w+\s+)?)\b(?:approved|agreed|adopted|signed off|endorsed|published|unveiled)\s+(?:its|the|their|our|his|her)\s+(?:[\w-]+\s+){0,2}$/i;

/** The status the words at `at` in `clause` tell by themselves: 'happened' for done, else proposed, else none. */
export function toldStatus(clause: string, type: string, at: number): EventStatus | 'happened' | undefined {
	const after = clause.slice(at);
	const done = type === 'inspection-visit' ? visitDone.exec(after) : type === 'commissioner-report' ? (madeDone.exec(after) ?? reportOut.exec(after)) : type === 'inspection-judgement' || type.startsWith('resignation') ? null : madeDone.exec(after);
	if (done && !toCome.test(done[0]) && !mayCome.test(done[0])) return 'happened';
	if (type === 'improvement-plan' && planMadeBefore.test(clause.slice(Math.max(0, at - 60), at))) return 'happened';
	if (type === 'inspection-visit' && asked.test(clause.slice(Math.max(0, at - 40), at)) && !/\babout\s*$/i.test(clause.slice(Math.max(0, at - 12), at))) return 'proposed';
	return undefined;
}
