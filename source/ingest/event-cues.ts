/**
 * The sentence-level cues the event rules read beside the rules themselves: which words judge, which tell an aim,
 * a scale, other councils, the news or a plan, and which dates belong to an inspection behind a judgement.
 */
import {keptGradeWords} from './event-kept-grade.js';
import {commissionerWorkWords} from './event-commissioner-work.js';
import {aboutChildrensServices} from './event-context.js';
import type {EventType} from '../corpus/schema.js';
import {moneysOwnVerb} from './event-funding-news.js';
import {givesStars} from './event-star-ratings.js';
import {givesProbationComment} from './event-probation-grades.js';
import {probationCommentsStand} from './event-probation-guards.js';
import {expectedWithin} from './event-expected-within.js';
import {gradedByOtherVerb} from './event-found-grade.js';
import {anyWord} from './word-set.js';

/** The words the short references below need ("vote", "the notice", ...). */
export const shortReferenceWords = [...commissionerWorkWords, ...keptGradeWords, 'appointment was', 'appointment has been', 'appointment had been', 'vote', 'notice', 'it was ', 'made the call', 'report', 'same verdict', 'same rating', 'same grade', 'same judgement', 'rated the same', 'judged the same', 'recommendations', 'verdict', 'findings', 'it started', 'it began', 'it took place', 'it ran', 'it lasted', 'it was carried', 'it was conducted', 'followed by'];
/** "An inspection in 2012 reached the same verdict": the grade the article gave last, again. */
export const sameGrade = /\b(?:reached|gave|given|returned|came to|delivered|issued|received|got|awarded|handed) (?:(?!the same\b)[\w'’-]+\s+){0,4}?the same (?:overall )?(?:verdict|judgement|judgment|rating|grade)\b|\b(?:was|were) (?:also )?(?:rated|judged|graded) the same\b|\b(?:was|is|were) the same (?:overall )?(?:verdict|judgement|judgment|rating|grade) as\b/i;
export const judgementVerb = /\b(joint area review|rated|rating|ratings|rates|grading|ruled|climbed|leapt|jumped|gone|retained|retains|record|grades|branded|judged|graded|gave|given|found|declared|deemed|labelled|verdict|judgement|judgment|report|inspection|Ofsted|inspectors|placed|moved|upgraded|downgraded|outcome|grade|improved|rise|risen|jump|watchdog|Inspectorate|CQC|told|said to (?:be )?perform(?:ing)? ['‘"“]?(?:excellently|well|adequately|poorly)|remains|concluded|effectiveness|experiences and progress|experiences and outcomes)\b|\b(?:services|social care)\b[^.;]{0,60}?\b(?:are|is) now ['‘"“]?(?:good|outstanding|inadequate|adequate|requires? improvement)\b|\b(?:overall|its|their|council['’]s|children['’]s) (?:services|social care)\b[^.;]{0,60}?\bremain(?:s|ed)? ['‘"“]?(?:good|outstanding|inadequate|adequate|requires? improvement)\b|\b(?:requires?|required|requiring) ['‘"“]?improvement to be good\b|\bno longer (?:rated |judged |graded )?['‘"“]?(?:inadequate|requires? improvement|good|outstanding)\b|\b(?:in|into) special measures\b|\bout of (?:the |its |their )?['‘"“]?(?:inadequate|requires? improvement)['’"”]? (?:category|rating|grade)\b|\b(?:went|go|goes|going|slipped|slips|slid|fell|falls|fallen|dropped|drops|sank|sunk|plummeted|plunged|tumbled|rose|risen|progressed|leaped|shot)\s+(?:(?:straight|right|all the way|back|up|down)\s+){0,2}from\s+(?:an?\s+|its\s+|their\s+)?['‘"“]?(?:inadequate|requires? improvement|good|outstanding|adequate|poor)\b/i;
/** "their third consecutive outstanding", "handed a repeat inadequate": a grade given again judges, with no verb of judging. */
const againWords = ['consecutive', 'successive', 'repeat', 'straight', 'second', 'third'];
const hasAgainWord = anyWord(againWords);
const gradeAgain = /\b(?:second|third|fourth|fifth|repeat)\s+(?:(?:consecutive|successive|straight)\s+)?(?:Ofsted\s+)?['‘"“]?(?:inadequate|good|outstanding|requires? improvement)\b/i;
/** Whether a sentence judges: a judging verb, or a grade given again (looked for only where its words are). */
/** "Wandsworth children's services climb to 'requires improvement'": a service that climbs to a grade is judged it
 * (one that climbs out of or from a grade has left it: that grade is no judgement). */
const climbsTo = /\b(?:children['’]s services|(?:children['’]s )?social care|safeguarding|SEND services|youth justice service|youth offending service)\s+climbs?\s+(?:back\s+)?(?:to|(?:out of|from)\s+[^.;]{0,40}?\bto)\b/i;
/**
 * "a commissioner to oversee Stoke's 'inadequate' children's services", "the council's 'inadequate' children's
 * services": the inspectorate's grade, quoted, as the services' own word (not a grade of many councils: it needs the
 * council's possessive or a verb taking the services in hand).
 */
const quotedGradeOfServices = /(?:[A-Z][\w'’-]*['’]s?|\b(?:its|their|the (?:council|borough|city|county|authority)['’]s|oversee|oversees|overseeing|run|running|fix|fixing|take over|taking over|took over|overhaul|overhauling))\s+['‘"“](?:inadequate|requires? improvement|good|outstanding)['’"”]\s+(?:children['’]s (?:services|social care)|(?:social care|safeguarding) services)\b/;
/** What quotedGradeOfServices needs, found by a scan from a quote mark (most sentences have none). */
const quotedGradeBeforeService = /['‘"“](?:inadequate|requires? improvement|good|outstanding)['’"”]\s+(?:children|social|safeguarding)/i;
export const judges = (sentence: string, lowered: string): boolean =>
	judgementVerb.test(sentence) ||
	gradedByOtherVerb(sentence, lowered) ||
	(lowered.includes('services') && quotedGradeBeforeService.test(sentence) && quotedGradeOfServices.test(sentence)) ||
	(hasAgainWord(lowered) && gradeAgain.test(sentence)) ||
	// "awarded only one star for children's services": the old assessments' stars judge with no verb of judging.
	givesStars(sentence, lowered) ||
	// "All three areas now require only 'moderate improvement'": a youth offending team's headline comment judges too.
	(givesProbationComment(sentence, lowered) && probationCommentsStand(sentence)) ||
	// Only a council's children's services: adult social care, a club or house prices that climb are none.
	(lowered.includes('climb') && climbsTo.test(sentence) && aboutChildrensServices({sentence}, 'council-named'));
export const serviceWords = /\b(children['’]s services|children['’]s social care|social care|services for (?:vulnerable )?children|youth justice|youth offending|SEND|fostering|adoption|children['’]s homes?)\b/i;
/** An area SEND inspection's finding that, before 2023, stood for its outcome ("identified significant areas of weakness"). */
export const sendWeaknesses = /\b(?:found|identified|highlighted|revealed|uncovered|raised|finds|identifies)\b[^.;]{0,40}?\bsignificant (?:areas of )?weakness(?:es)?\b/i;
/** A sentence that explains the grading scale names grades nobody was given. */
// "Ofsted has four levels of ranking – outstanding, good, requires improvement and inadequate": every grade in a row.
export const gradingScale = /\b(graded|ranging|range|ranked|runs?) from\b[^.]*\bdown to\b|\b(four|three|4|3)[- ]point scale\b|\boutstanding['’"”]?,\s*['‘"“]?good['’"”]?,\s*['‘"“]?requires? improvement(?: to be good)?['’"”]?,?\s*(?:and|or)\s*['‘"“]?inadequate\b|\binadequate['’"”]?,\s*['‘"“]?requires? improvement(?: to be good)?['’"”]?,\s*['‘"“]?good['’"”]?,?\s*(?:and|or)\s*['‘"“]?outstanding\b|(?<!\b(?:lowest|highest|worst|best|top|bottom) of (?:the )?(?:four|three|4|3) )\bpossible (ratings|grades|judgements)\b|\b(can|could|may) (be given|receive|get)\b|\breplaced (?:the )?(?:old |previous )?['‘"“]?[a-z ]+['’"”]? (?:grade|rating|judgement)\b|\b(?:became|becomes|become|is|was) the (?:new )?(?:minimum|benchmark|expected) (?:standard|grade|bar)\b/i;
/** Words of which the lower-cased sentence holds one wherever gradingScale matches (one for each of its alternatives). */
export const gradingScaleWords = ['down to', 'point scale', 'outstanding', 'possible ', 'can be given', 'could be given', 'may be given', 'can receive', 'could receive', 'may receive', 'can get', 'could get', 'may get', 'replaced ', 'minimum', 'benchmark', 'expected'];
/**
 * "six other areas given the lowest outcome", "the other three-quarters were found to be inadequate", "Inadequate
 * councils receive quarterly visits": other authorities' judgements, or any council's, not this one's.
 */
export const otherAuthorities = /\b(other|similar) (areas|councils|authorities|local authorities|boroughs|counties)\b|\b(per cent|percent|proportion|majority|number|half|third|quarter|most|many) of (all )?(the )?(councils|authorities|local authorities|areas|boroughs)\b|\b(councils|authorities|local authorities) (were|are|have been|had been) (judged|rated|graded)\b|\b(?:three-quarters|two-thirds|a third|a quarter|the rest|\d+ of (?:these|them|those))\b[^.;]{0,20}\b(?:were|are|have been|had been)\b|^\s*['‘"“]?(?:inadequate|outstanding|good|failing)['’"”]?\s+(?:councils|authorities|local authorities)\b|(?<!\bone of (?:(?:a|the|only|handful|few|several|of)\s+){0,4})\b(?:areas|councils|authorities) (?:with|receiving|that (?:receive|get)) (?:the |a )?(?:lowest|highest|worst|best)\b/i;
/** "The notice stays until it is withdrawn": a condition, not a lifting to come. */
export const untilLifted = /\buntil\s+(?:it|they|(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:notice|direction|intervention|supervision))\s+(?:is|are|has been|have been|can be|could be|would be)\s+(?:formally\s+)?(?:lifted|removed|withdrawn|revoked)\b/i;
export const aspiration = /\b(aiming for|aim for|aims to|aim to|hope|hoped|hopes|want|wants|wanted|strive|target|goal|ambition|to achieve|to reach|to secure|to earn|to gain|pledged|pledges|promised|promises|vowed|challenge of (?:achieving|getting|securing|reaching|gaining))\b/i;
/**
 * A grade inside a condition that runs on to it: "if services were judged", "unless it is rated", and the regime
 * told of any council in the present ("a council whose services are judged inadequate receives"; not "Bury, whose
 * services are ...", nor "a council whose services were rated inadequate in 2019", which is one council's grade).
 */
export const conditionBefore = /\b(?:if|unless|should|(?:an?|any|every) (?:local )?(?:council|authority) whose (?:children['’]s )?services are|(?:councils|authorities) whose (?:children['’]s )?services are)\b[^,.;:]*$/i;
export const undatedPast = /\b(previously|in the past|once(?!\s+(?:more|again)\b)|at one time|back then|at the time of (?:her|his|their|its|the) (?:appointment|arrival|election|predecessor['’]s \w+))\b/i;
/**
 * Where an event is when its rule matched noun first ("The notice imposed in 2015 was lifted on 7 July", "A
 * commissioner has overseen it since he was appointed in 2018"): at its verb, whose date is the event's.
 */
export const eventVerbs: Partial<Record<EventType, RegExp>> = {
	'improvement-notice-lifted': /\b(lifted|lift|lifting|removed|remove|removing|revoked|revoke|withdrew|withdraw|withdrawn|ended|end|closed|close|rescinded)\b/gi,
	'commissioner-appointed': /\b(appointed|named|sent in|installed|brought in)\b/gi,
	// "The home, registered on 31 May 2023, closed in October": the closing's date, not the registration's.
	other: /\b(closed|shut|reopened|decommissioned)\b/gi,
};

/** Events that a notice's or direction's issuing cannot be: for them, a date after "imposed", "issued" is another event's. */
export const notMadeBy = new Set<EventType>(['improvement-notice-lifted', 'commissioner-report', 'improvement-board', 'improvement-plan', 'resignation', 'resignation-call', 'resignation-refused', 'no-confidence-vote', 'funding']);
export const notMadeByRe = new RegExp(`^(${[...notMadeBy].join('|')})$`);
export const notJudgementRe = /^(?!inspection-judgement$)/;
export const embeddedEvent = /\b(imposed|issued|served|placed|given|appointed|introduced|set up|put in place|rated|judged|identified|inspected|criticised|raised|published|released)\b/i;
/** A judgement told in the present perfect is the story's news: "has been rated", "have been given". */
export const newsTense = /\b(has|have)\s+(?:now\s+|just\s+|today\s+|again\s+|also\s+)?(?:been\s+)?(rated|judged|graded|given|handed|placed|found|branded|deemed|labelled|downgraded|upgraded|moved|improved|become|received|achieved|awarded|told|declined|slipped|dropped|fallen|risen|jumped|leapt|leaped|climbed|gone|retained|kept|maintained|earned|secured|gained)\b|\b(?:is|are)\s+now\s+(?:judged|rated|graded|deemed|considered|good|outstanding|inadequate|adequate|requires? improvement)\b|\bnow\s+(?:only\s+)?(?:needs?|requires?)\s+(?:only\s+)?['‘"“]?(?:minimum|moderate|drastic)\s+improvement\b|^\s*The\s+(?:latest\s+|new\s+)?['‘"“]?(?:inadequate|good|outstanding|requires? improvement(?: to be good)?)['’"”]?\s+(?:rating|grade|judgement|verdict)\s+(?:puts|leaves|means|makes|comes|follows|places)\b/i;
export const judgedBy = /\b(Ofsted|report|inspectors?|inspection|watchdog|Inspectorate|CQC|Care Quality Commission)\b/i;
// Only an inspection the judgement came after: "after a visit in February", "following an inspection carried out in
// September", "which follows a fortnight of visits in December" (not "rated by inspectors in July", "judged good at
// its inspection in August", whose dates are the judgement's).
export const inspectionBefore = /\b(?:after|following|follows|followed)\b[^.;]{0,50}\b(inspect(?:ion|ions|ed|ing)|visit(?:s|ed|ing)?|re-?inspect\w*|inspectors (?:spent|visited|were)|(?:spent|spend|were in|was in)\b[^.;]{0,30}\b(?:days?|weeks?|fortnight))\b(?:(?!\b(?:rated|judged|inadequate|good|outstanding|requires?|since)\b)[^.;])*$/i;
/** A date right after an inspection's words: "at its inspection in August", "their visit on 17 June", "inspected on 5 March", "the inspection, held in May". */
export const visitBefore = /\b(?:inspect(?:ion|ions|ed)|visit(?:s|ed|ing)?|inspectors (?:spent|visited|were))\b(?:,\s+(?:held|carried out|conducted))?(?:\s+(?!framework|regime|system)[\w'’-]+){0,3}?\s+(?:in|on|during|from|of|between)\s+(?:the\s+)?$/i;
/** "due to be held", "is due to report": a date to come; "due to poor performance", "due to the pandemic": a cause. */
export const dueToFuture = String.raw`due to(?!\s+(?:poor|concerns|failings|failures|weaknesses|serious|significant|the|a|an|its|their|his|her|this|that|these|those|ongoing|continued|continuing|long|staff|staffing|financial|pressures|a lack|lack|delays|problems|issues|covid|the pandemic|ill[- ]health|illness|personal)\b)`;
export const future = new RegExp(String.raw`\b(will|would|must(?! have)|${dueToFuture}|is due|are due|is to|are to|to be (held|set up|appointed)|(?<!(?:^|[.,;]\s*|\b(?:and|but|then)\s+)the\s)next|expected to|expects to|expecting to|expects? (?:Ofsted|inspectors|the inspectorate) to|scheduled|whether to|weighing up|plans? to (?!(?:the|a|an|its|their|his|her|our|ministers|councillors|cabinet|government|Ofsted)\b)[a-z]+|facing|faces|is set to|are set to|${expectedWithin})\b`, 'i');
/** "had led the department since": someone's time in post, up to a date. */
/** "cabinet member for children since 2012": someone's time in a role, up to "since" (see tenureSince for "has led ... since"). */
export const roleSince = /\b(?:member|director|leader|chair(?:man|woman)?|councillor|officer|executive|head|holder|commissioner|mayor|MP|secretary|minister)\b[^.;,]{0,40}\bsince\s*$/i;
export const tenureSince = /\b(?:led|run|ran|headed|served|worked|chaired|held|been in (?:post|charge)|in post|in charge|in the (?:role|job|post))\b[^.;,]{0,40}\bsince\s*$/i;
/** An inspection's words a few words before a date ("A joint inspection by Ofsted | in March"). */
export const inspectionJustBefore = /\b(?:inspection|visit)s?\b(?:\s+[\w'’-]+){0,7}\s*$/i;
/**
 * The verb that gives an inspection's verdict as this article's news, right after its date: "in March has found".
 * ("An inspection in 2012 rated it inadequate" is history, dated by the inspection's year.)
 */
export const verdictAfter = /^[^.;]{0,30}?\b(?:(?:has|have)\s+(?:now\s+)?(?:rated|found|judged|graded|concluded|identified|given)|(?:resulted|ended|culminated)\s+in)\b/i;

/** "Ofsted published its report on Friday. It rated the service ...": a sentence whose subject is the report named just before. */
export function reportIsSubject(sentence: string, previous: string): boolean {
	return /^\s*(?:It|The report|The inspection report)\s+(?:also\s+)?(?:rated|judged|graded|found|gave|concluded)\b/.test(sentence) && /\breport\b/i.test(previous) && judgedBy.test(previous);
}

/** "The commissioner's review, published on Tuesday,": a report's or a plan's publication is its own date. */
// "concluded in a report published on Monday": the report's own day, told of the document that carries it.
// "The plan was published in January": the plan itself, the subject of "was published", has the date.
export const ownPublication = (type: EventType, between: string) => (type === 'funding' && moneysOwnVerb.test(between)) || ((type === 'commissioner-report' || type === 'improvement-plan') && /^[\s,]*(?:in\s+(?:a|an|her|his|their|its|the)\s+(?:[\w-]+\s+){0,2}?(?:report|letter|review|assessment)\s+|(?:was|were|has been|have been|had been)\s+(?:first\s+|finally\s+)?)?(?:published|released|dated)\b[^,;]*$/i.test(between));
/** A grade's noun after it: "an inadequate rating". */
export const gradeNoun = /^['’"”]?\s+(?:rating|grading|grade|judgement|judgment|verdict)\b/i;
/** "graded outstanding under the framework brought in this year": the framework's date, not a grade's. */
export const frameworkDateBefore = /\b(?:framework|system|regime|scheme|approach|rules)\s+(?:\(\w+\)\s+)?(?:introduced|launched|brought in|adopted|began|started)\s+$/i;
/**
 * ", made to ensure the service improved", ", meant to make sure ...": a purpose told by a participle, a clause of its
 * own (not ", submitted to the education secretary in June,", which tells where a report went).
 */
export const purposeParticiple = /(?:[a-z]+ed|made|meant)\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|ministers|councillors|members|parliament|government|cabinet)\b)[a-z]+\b/;

/**
 * "recommendations made after its previous inspection in 2015", "since its last full inspection in November 2019": an
 * earlier full inspection, which gave a judgement whose grade the sentence does not tell (settle joins it to the graded
 * one the article gives of the same date). So is "since the council's last inspection in 2022", a year gone by: readers list
 * the judgement that inspection gave, not its visit ("the last inspection in May" may be the latest: a visit).
 */
export const earlierInspection = /^(?:(?:an?\s+)?(?:previous|earlier|prior)\s+(?:full\s+|Ofsted\s+|standard\s+)?|last\s+full\s+)inspections?,?\s+in\b|^(?:last|previous|most recent)\s+(?:Ofsted\s+|standard\s+|full\s+)?(?:inspections?|inspected(?:\s+in full)?),?\s+in\s+(?=(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)/i;
