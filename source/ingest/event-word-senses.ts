/**
 * Words of an event rule used in another sense: young people "leaving custody" or "leaving care", families "stepped
 * down" to lighter support (no one's going), a person's pay ("is paid more than £140,000 a year", "earns £900 a
 * day": no money for the service), and another body's inspection ("the fire service's inspection in January").
 * Asked of a rule's hit, with the words around it; they describe how news uses these words, never a particular
 * article.
 */
import type {EventType} from '../corpus/schema.js';

/** What a child or family leaves, or is stepped down to or from: the care a service gives, not a post. */
const careWords = String.raw`(?:custody|care|the care system|youth custody|prison|detention|hospital|school|home|foster care|residential care|secure accommodation)`;
const supportWords = String.raw`(?:(?:an?|the)\s+)?(?:lower|lighter|less|lesser|early|universal|targeted|child in need|child protection|tier|level|step-down|support|help|services?|plans?)`;

/** The going read from other words: "were leaving custody", "were stepped down to early help". */
function notAGoing(clause: string, at: number, cue: string): boolean {
	const after = clause.slice(at + cue.length, at + cue.length + 40);
	if (/\bleaving$/i.test(cue) && new RegExp(String.raw`^\s+${careWords}\b`, 'i').test(after)) return true;
	if (!/\b(?:stepped|stood) down\b/i.test(cue)) return false;
	// A person stands down; families and cases are stepped down ("were stepped down", "had been stepped down").
	if (/\b(?:were|was|are|is|been|being|be|get|got|getting)\s+(?:[a-z]+ly\s+)?$/i.test(clause.slice(Math.max(0, at - 30), at))) return true;
	return new RegExp(String.raw`^\s+(?:to|into|from)\s+${supportWords}\b`, 'i').test(after);
}

/** Money that is someone's pay: "is paid more than £140,000 a year", "earns £1,100 a day". */
function aPay(clause: string, at: number): boolean {
	// (A sum paid to the council by a department is funding: pay is a sum by the year, the day or the hour.)
	return /\b(?:(?:is|was|are|were|being|been|be)\s+paid|earns|earned|earning|earn)\s+(?:[a-z]+\s+){0,2}?$/i.test(clause.slice(Math.max(0, at - 40), at)) && /^[^.;]{0,30}?\b(?:a|an|per)\s+(?:year|annum|day|hour|week|month)\b|^[^.;]{0,30}?\bsalary\b/i.test(clause.slice(at, at + 60));
}

/** Whether a rule's hit at `at` (its matched words `cue`) reads its words in another sense than the event's. */
export function otherSense(type: EventType, clause: string, at: number, cue: string): boolean {
	if (type === 'resignation') return notAGoing(clause, at, cue);
	if (type === 'funding') return aPay(clause, at);
	// ("following the fire service's inspection in January" is another body's: the visit rules' context, event-context.ts.)
	return false;
}

const tallied = /\b\d+\s+(?:local\s+)?(?:authorities|councils|areas|services)\b|\b(?:nationally|across (?:England|the country)|in England as a whole)\b/i;
const countBefore = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen)\s+(?:(?:more|others?|of them|of these)\s+)?(?:(?:local\s+)?(?:authorities|councils|areas)\s+)?(?:are|were|was|is|have been|had been)\s+(?:(?:now\s+)?(?:rated|judged|graded|found|deemed|performing|providing)\s+)?(?:to be\s+|as\s+)?['‘"“]?$/i;
const aimBefore = /\b(?:aim|goal|ambition|target|vision|priority|intention)s?\b[^.;]{0,40}?\b(?:is|was|are|remains|will be)\s+(?:for|to|that)\b[^.;]*$/i;

/**
 * A grade that is not this council's: one of a national tally ("Ofsted found 14 councils are outstanding, 45 are
 * performing well") or what an aim is for ("The goal is for ... to have at least one area judged outstanding").
 */
export function gradeOfTallyOrAim(clause: string, sentence: string, at: number): boolean {
	const before = clause.slice(Math.max(0, at - 160), at);
	if (aimBefore.test(before)) return true;
	return tallied.test(sentence) && countBefore.test(clause.slice(Math.max(0, at - 50), at));
}
