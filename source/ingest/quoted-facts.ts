/**
 * What a speaker states as done or decided, read as events: "We have put an extra £2.1m into the front door this
 * year", "we set up an improvement board in March", "I will not be walking away". The blind annotators list such
 * events, and a researcher building a timeline would. What a speaker hopes, fears, supposes or judges stays their
 * claim: a quoted sentence with a wish, a condition, a modal of possibility or a grade is left out (unless it says the
 * grade was given in a year), and so is one about councils in general.
 */
import type {QuoteSpan} from './quote-spans.js';
import {sentenceSpans} from './text.js';

/** A quoted sentence none of the event rules could read stays blank: most are opinion, and reading them costs time. */
const eventish = /£|in the building|board|plan|notice|commissioner|appoint|resign|visit|inspect|vote|confidence|direction|fund|invest|budget|set up|report|experiences and outcomes|failings|rated|judged|graded|rating|verdict/i;
// ("may" in lower case only: "in May 2019" is a month.)
const notFact = /\b(?:[Hh]ope|[Hh]opes|[Hh]oped|[Hh]oping|[Ww]ant|[Ww]ants|[Ww]anted|[Ww]ish|[Ww]ishes|[Ww]ished|[Ww]ishing|[Ww]ould|[Cc]ould|[Ss]hould|[Mm]ight|may|If|if|[Uu]nless|[Bb]elieve|[Bb]elieves|[Tt]hink|[Tt]hinks|[Nn]eed|[Nn]eeds|[Pp]erhaps|[Pp]ossibly|[Ww]hether)\b/;
/**
 * "I want to say ... that I will be chairing the improvement board", "I want to pay tribute to X, who chaired our
 * improvement board": what the speaker does in saying it, no wish, when a fact follows it ("that ...", "X, who ...");
 * "I want to recognise the work of the board" states none, and stays a wish.
 */
const speechAct = /\b(?:[Ww]ant|[Ww]ants|[Ww]anted|[Ww]ould like|[Ww]ish) to (?:say|make (?:it )?clear|stress|reassure|put on record|acknowledge|tell|let [\w ]{1,20}? know)\b[^.;:"“”]{0,80}?\bthat\b|\b(?:[Ww]ant|[Ww]ants|[Ww]ould like|[Ww]ish) to (?:thank|pay tribute to|congratulate|recognise|welcome)\s+(?:[\w'’-]+,?\s+){0,8}?[\w'’-]+,\s+who\b/g;
/** What follows a speech act denies ("I want to make clear that no commissioner has been appointed"): no fact. */
const denial = /\b(?:no|not|none|never|nor)\b|n['’]t\b/i;
/**
 * "Ofsted were in the building" said of a school or a home is theirs: in a quotation, only where it names the council's
 * children's services or their staff.
 */
const inTheBuilding = /\bin the building\b/i;
const ourServices = /\b(?:council|authority|children['’]s (?:services|social care)|social (?:work|care)|social workers?)\b/i;

/**
 * A quoted sentence read on its own must still be the speaker's fact about this council: one that denies ("Nor did the
 * cabinet approve ..."), reports what is rumoured or calls it wrong, or tells of the council the speaker once worked
 * for ("In my last job, the council I worked for ...") states none.
 */
const deniedOrHeard = /^\W*(?:Nor|Neither)\b|\b(?:rumou?rs?|rumou?red|speculation|gossip)\b|\b(?:is|was|are|were)\s+(?:simply\s+|just\s+|completely\s+)?(?:wrong|untrue|not true|false|incorrect|nonsense)\b/i;
const speakersFormerCouncil = /\b(?:my|our)\s+(?:last|previous|former|old)\s+(?:job|role|post|council|authority|employer)\b|\b(?:council|authority)\s+(?:I|we)\s+(?:used to\s+|once\s+|previously\s+)?work(?:ed)?\s+(?:for|at|in)\b|\bwhere I (?:used to |once |previously )?worked\b/i;

/** A quoted sentence that states no fact: a wish, a condition, or a speech act followed by a denial. */
function noFact(sentence: string): boolean {
	if (deniedOrHeard.test(sentence) || speakersFormerCouncil.test(sentence)) return true;
	if (!notFact.test(sentence)) return false;
	speechAct.lastIndex = 0;
	const rest = sentence.replace(speechAct, '');
	return rest === sentence || notFact.test(rest) || denial.test(rest);
}

const grade = /\b(inadequate|outstanding|good|requires? improvement|adequate|special measures|failing|rating|rated|judged|grade)\b/i;
/** Refusals to resign in the refuser's own words are read by quoted-refusals.ts, with who refused. */
const resigning = /\b(resign|resigning|resignation|step(?:ping)? (?:down|aside)|stand(?:ing)? (?:down|aside)|walk(?:ing)? away|quit|quitting)\b/i;
/**
 * "Ofsted's re-inspection last autumn judged services to 'Require improvement to be good'", "inspectors in March 2019
 * rated the service good": the inspectorate's judgement told with when it was given, in the past, is history the quote
 * states (a minister's letter, a report quoted), not the speaker's claim.
 */
const inspectorateJudgedThen = String.raw`\b(?:Ofsted|[Ii]nspectors|the inspectorate)(?:['’]s\s+(?:(?:full|latest|last|previous|recent)\s+)?(?:re-?)?inspection)?\s+(?:last\s+(?:spring|summer|autumn|winter|year)|(?:in|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)\s+)?(?:19|20)\d\d|this\s+(?:spring|summer|autumn|winter))\s+(?:judged|rated|graded|found)\b`;
/**
 * "Services were judged inadequate in 2016 and again in 2018", "At the last inspection in 2019, the local authority was
 * judged to require improvement": a grade given in a year is history the quote states, not a claim.
 */
const gradedInYear = new RegExp(String.raw`\b(?:was|were|been)\s+(?:previously\s+|first\s+|last\s+|also\s+)?(?:rated|judged|graded|deemed)\b[^.]*?\b(?:19|20)\d\d\b|\binspect(?:ion|ed)\b[^.]{0,40}?\b(?:19|20)\d\d\b[^.]*?\b(?:was|were|been)\s+(?:rated|judged|graded|deemed)\b|${inspectorateJudgedThen}`, 'i');
/** "This 'inadequate' rating is a wake-up call", "our 'good' Ofsted report": the grade given, pointed at, not a claim. */
const gradePointedAt = /\b(?:this|our|their|its|the latest|the recent|today['’]s)\s+['‘"“]?(?:inadequate|good|outstanding|requires? improvement)['’"”]?\s+(?:Ofsted\s+)?(?:rating|judgement|judgment|verdict|grade|report)\b/i;
const general = /\b(councils|authorities|across the country|nationally|in England|every council)\b/i;

/** `base` (the paragraph with its quotations blanked) with the quoted sentences that state facts put back. */
export function withQuotedFacts(paragraph: string, spans: readonly QuoteSpan[], base: string): string {
	const kept: {at: number; text: string}[] = [];
	for (const s of spans) {
		// The checks below read the quotation, or the quotation less its opening mark, which no eventish word holds: a
		// quotation that fails them whole fails them, and is passed over before its sentences are split.
		const whole = paragraph.slice(s.start, s.end);
		if (whole.length < 20 || !eventish.test(whole)) continue;
		// (A quotation of several sentences whose span takes in its opening mark would be read as one sentence, the marks
		// holding it together: its sentences are split after the mark. A quotation of one sentence is read as before.)
		const marked = /^['‘"“]/.test(paragraph.slice(s.start, s.start + 1)) ? paragraph.slice(s.start + 1, s.end) : '';
		const lead = marked !== '' && sentenceSpans(marked).length > 1 ? 1 : 0;
		const inner = paragraph.slice(s.start + lead, s.end);
		if (inner.length < 20 || !eventish.test(inner)) continue;
		for (const sp of sentenceSpans(inner)) {
			const sentence = inner.slice(sp.start, sp.end);
			if (sentence.trim().length < 20 || !eventish.test(sentence) || noFact(sentence) || (inTheBuilding.test(sentence) && !ourServices.test(sentence)) || (grade.test(sentence) && !gradedInYear.test(sentence) && !gradePointedAt.test(sentence)) || general.test(sentence) || resigning.test(sentence)) continue;
			kept.push({at: s.start + lead + sp.start, text: sentence});
		}
	}
	if (kept.length === 0) return base;
	// One pass over the paragraph, not a copy per sentence.
	let out = '';
	let from = 0;
	for (const k of kept) {
		out += base.slice(from, k.at) + k.text;
		from = k.at + k.text.length;
	}
	return out + base.slice(from);
}
