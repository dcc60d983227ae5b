/**
 * An inspectorate's words when no reporting verb names it: "They raised concerns ..., concluding that "..."" where
 * "they" are the inspectors the story spoke of last (across a list of their findings), and a sentence whose
 * inspectors are the ones impressed or concerned ("Changes that impressed inspectors were ... "..."").
 */
import type {Mention} from './mentions.js';
import {mentionsBetween} from './quote-positions.js';
import type {QuoteParagraph, Speaker} from './quotes.js';

const inspectorates = new Set(['Ofsted', 'the inspectorate', 'HM Inspectorate of Probation', 'Care Quality Commission']);

/** "They raised concerns", "But they also found": a sentence whose subject is a bare "they". */
const theyOpens = /^\s*(?:(?:But|And|However|Yet|Overall|Also)\s*,?\s+)?They\s+(?:also\s+|further\s+|again\s+)?[a-z]+/;

/** After a body: a verb it is the subject of ("Ofsted rated", "inspectors have found", "Ofsted, which visited in May,"). */
const verbAfter = /^\s*(?:,\s*which\b|\s(?:\w+ly\s+)?(?:has|have|had|was|were|is|are|will|would|[a-z]+ed|[a-z]+s|found|saw|gave|made|met|spent|said|wrote|took|spoke|told)\b)/;

/** Plural subjects that "they" may be instead: "Councillors debated the report. They criticised ...", "Council leaders have ...". */
const otherGroup = /(?:^|[.!?:]\s+)(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:councillors|members|parents|carers|families|staff|leaders|managers|officers|MPs|campaigners|residents|social workers|unions|critics|ministers|children|young people|opposition)\b/i;

/** A bullet or a line with no sentence: a list of findings that "they" reads past. */
const listLine = (text: string) => /^\s*[•*·–-]\s/.test(text) || !/[.!?]["”’]?\s*$/.test(text.trim());

/** A mention that names someone: not "it" or "they", which the trail is there to resolve. */
const named = (m: Mention) => m.kind !== 'org' || (m.org !== 'it' && m.org !== 'they');

/** Whether a mention is an inspectorate doing something, or the agent of a passive ("judged inadequate by Ofsted"). */
function inspectorateActs(p: QuoteParagraph, m: Mention): boolean {
	if (m.kind !== 'org' || !inspectorates.has(m.org)) return false;
	return verbAfter.test(p.narrative.slice(m.end, m.end + 40)) || /\bby\s+(?:the\s+)?$/.test(p.narrative.slice(Math.max(0, m.start - 8), m.start));
}

/**
 * Who a bare "they" opening a sentence is: the inspectorate the story last spoke of as acting, while no other
 * person, body or group has come between (this paragraph first, then the ones before, list lines passed over).
 */
export class InspectorsTrail {
	private body: Mention | null = null;
	private paragraphs = 0;

	/** The inspectorate a sentence opening "They ..." before `at` refers to, if it is one. */
	they(p: QuoteParagraph, sentenceStart: number, at: number, fromMention: (m: Mention) => Speaker | null): Speaker | null {
		if (!theyOpens.test(p.narrative.slice(sentenceStart, at))) return null;
		const before = mentionsBetween(p, 0, sentenceStart).filter(named);
		if (before.length > 0) return inspectorateActs(p, before.at(-1)!) && !otherGroup.test(p.narrative.slice(before.at(-1)!.end, sentenceStart)) ? fromMention(before.at(-1)!) : null;
		if (otherGroup.test(p.narrative.slice(0, sentenceStart))) return null;
		return this.body && this.paragraphs <= 4 ? fromMention(this.body) : null;
	}

	/** Notes the paragraph once it has been attributed. */
	note(p: QuoteParagraph): void {
		const last = p.mentions.filter(named).at(-1);
		if (last) {
			this.body = inspectorateActs(p, last) && !otherGroup.test(p.narrative.slice(last.end)) ? last : null;
			this.paragraphs = 0;
		} else if (listLine(p.text) || !otherGroup.test(p.narrative)) this.paragraphs++;
		else this.body = null;
	}
}

/** Inspectors as the ones impressed or concerned: "Changes that impressed inspectors were", "What struck Ofsted". */
const experiencer =
	/\b(?:impressed|pleased|struck|concerned|worried|troubled|encouraged|reassured|surprised|alarmed|satisfied|heartened)\s+(?:the\s+)?(?:Ofsted\s+)?(?:inspectors|Ofsted|the inspectorate)\b|\b(?:the\s+)?(?:inspectors|Ofsted)\s+(?:were|was)\s+(?:particularly\s+|especially\s+|also\s+|most\s+|clearly\s+)?(?:impressed|pleased|struck|concerned|worried|troubled|encouraged|reassured|satisfied|heartened)\b/i;

/** Whether the sentence before `at` makes the inspectors the ones impressed or concerned, naming no person. */
export function inspectorsMoved(p: QuoteParagraph, sentenceStart: number, at: number): boolean {
	return experiencer.test(p.narrative.slice(sentenceStart, at)) && !mentionsBetween(p, sentenceStart, at).some((m) => m.kind === 'person' || m.kind === 'pronoun');
}
