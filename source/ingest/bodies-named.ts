/**
 * A council's name that is part of another body's name: "NHS North East and North Cumbria Integrated Care Board",
 * "NHS Derby and Derbyshire ICB", "Kent and Medway NHS Trust". Papers name the NHS partner beside the council in every
 * SEND story; the place in its name is not a council the sentence is about. And a council named as the one whose
 * supervision or support the story's council works under ("work under the supervision of neighbouring Essex County
 * Council", "with support from Essex County Council") is a partner, not the subject.
 */

/** The words of an NHS body's name after the places in it. */
const nhsAfter = /^(?:\s*(?:,|and|&)\s*(?:North|South|East|West|Central|Greater)?\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*\s+(?:NHS\s+)?(?:Integrated Care Board|ICB|Clinical Commissioning Groups?|CCGs?|Integrated Care System|ICS|(?:Foundation\s+|Hospitals?\s+|Healthcare\s+|Community\s+|Partnership\s+)*(?:NHS\s+)?(?:Foundation\s+)?Trust)\b/;
/** "NHS" a few capitalised words before the place: the body's name began there. */
const nhsBefore = /\bNHS\s+(?:(?:North|South|East|West|Central|Greater|[A-Z][\w'’-]*|and|&|of)\s+){0,6}$/;

const nhsWords = ['NHS', 'ICB', 'CCG', 'Trust', 'Integrated Care', 'Commissioning Group'];

/** Whether the council named from `start` to `end` is a place in an NHS body's name. */
export function inNhsName(text: string, start: number, end: number): boolean {
	// (Most sentences name no NHS body: the patterns are tried only where one of its words is.)
	if (!nhsWords.some((w) => text.includes(w))) return false;
	return nhsBefore.test(text.slice(Math.max(0, start - 60), start)) || nhsAfter.test(text.slice(end, end + 80));
}

/** The words before a council that make it the one whose supervision or support the story's council works under. */
export const supervisorBefore = String.raw`(?:supervision|oversight|guidance|mentoring|support) (?:of|from)|supported by|mentored by|overseen by`;
