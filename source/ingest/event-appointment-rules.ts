/**
 * A director of children's services appointed: an event of type `other` that a timeline of the service needs
 * ("appointed director of children's services in 2019", "the appointment of X as permanent director", "Interim
 * director X took over on Monday", "has a new director of children's services, X,"). A director who only speaks
 * ("the new director, X, said") is not appointed by the sentence. They describe how local papers tell of a new
 * director, never a particular article.
 */
import type {Rule} from './event-rules.js';

/** The post: a director (or head) of children's services by any of its names, or an interim or acting director. */
const post = String.raw`(?:(?:[Pp]ermanent|[Ii]nterim|[Aa]cting|[Nn]ew|[Ss]ubstantive|[Ee]xecutive|[Cc]orporate|[Ss]trategic)\s+){0,2}(?:[Dd]irector|[Hh]ead)\s+(?:of|for)\s+(?:the\s+)?(?:[Cc]hildren|[Yy]oung [Pp]eople|[Ff]amilies|[Ss]ocial [Cc]are|[Ss]afeguarding|[Pp]eople['’]s [Ss]ervices)\b[\w'’]*(?:\s+(?:and|&)\s+(?:[Yy]oung [Pp]eople|[Ff]amilies|[Ee]ducation|[Ll]earning)[\w'’]*)?(?:\s+(?:[Ss]ervices|[Ss]ocial [Cc]are|[Cc]are)\b)?|\bDCS\b|(?:[Pp]ermanent|[Ii]nterim|[Aa]cting|[Nn]ew|[Ss]ubstantive)\s+[Dd]irector\b(?!\s+(?:of|for|general)\b|\s+at\s+(?:the|a|an)\b)`;
/** A person's name as a paper prints it: "Sarah Lyle", "Dr Amir Bell". */
const name = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}`;
const the = String.raw`(?:the\s+|an?\s+|its\s+|their\s+|(?:the\s+)?(?:council|authority)['’]s\s+|(?:[A-Z][\w-]+\s+){0,3}(?:Council|Borough|County|Trust)['’]s\s+)?`;
/** After "appointed", "made", "became": a director with no more words is the post ("was made director in October 2016"). */
const postAfterVerb = String.raw`(?:(?:[Aa]ssistant|[Dd]eputy)\s+)?(?:${post})|[Dd]irector\b(?!\s+(?:of|for|general)\b|\s+at\s+(?:the|a|an)\b)`;

const told = [
	// "the appointment of Sarah Lyle as permanent director of children's services"
	String.raw`\b[Aa]ppointment of ${name},?\s+as\s+${the}(?:${post})`,
	// "has a new director of children's services, Omar Khan," (whose name the clauses split off); "appointed a new interim director"
	String.raw`\b(?:has|have|had|welcomed|welcomes|gets|got)\s+(?:a|an|its|their)\s+new\s+(?:${post})|\b(?:appointed|has appointed|named|hired|recruited)\s+(?:a|an|its|their)\s+(?:new\s+)?(?:${post})`,
	// "Interim director Paul Reeve took over on Monday" (not "took over the running of", "took over responsibility"),
	// "director of children's services Alison Kerridge, who joined the council in October,", "An interim director, Paul
	// Shaw, has been in post since January 4"
	// (The match starts at the verb, so that the date of a "who" aside is the appointment's.)
	String.raw`(?=[tjwhb])(?<=(?:${post}),?\s+${name},?\s+(?:who\s+)?(?:has\s+|had\s+|will\s+|is to\s+|is due to\s+)?)(?:(?:took|takes|take|taken|taking)\s+(?:over|up (?:the |her |his |their )?(?:post|role|reins))\b(?!\s+(?:the|a|an|his|her|their|its|responsibility|control|running)\b)|(?:joined|joins|join)\s+(?:the\s+council|the\s+authority|${name})\b|(?:was|has been)\s+appointed\b|been\s+in\s+(?:post|the\s+(?:post|role|job))\s+since\b)`,
	// "took over as interim director", "took up post as director of children's services", "stepped up as acting director"
	String.raw`\b(?:took|takes|take|taken|taking)\s+(?:over|up\s+(?:the\s+)?(?:post|role|position|job))\s+(?:from\s+${name}\s+)?(?:as|of)\s+${the}(?:${post})|\b(?:step|steps|stepped|stepping)\s+up\s+(?:to\s+be|as)\s+${the}(?:${post})|\b(?:act|acts|acted|acting)\s+as\s+${the}(?:${post})|\b(?:brought|drafted|parachuted)\s+in\s+as\s+${the}(?:${post})`,
	// "was appointed director of children's services", "named interim director", "made director"
	String.raw`\b(?:appointed|named|confirmed|installed|made)\s+(?:as\s+)?${the}(?:${postAfterVerb})`,
	// "succeeded Tom Ray as director of children's services", "replaced Tom Ray as interim director"
	String.raw`\b(?:replaced|replaces|replacing|succeeded|succeeds|succeeding)\s+${name}\s+as\s+${the}(?:${postAfterVerb})`,
	// "appointed Sarah Lyle as director of children's services", "joined the council as director", "became director"
	String.raw`\b(?:appointed|appoints|appoint|named|names|hired|recruited|installed)\s+${name},?\s+as\s+${the}(?:${post})|\b(?:joined|joins|join|joining|arrived at|returned to)\s+(?:the\s+council|the\s+authority|${name})\s+as\s+${the}(?:${postAfterVerb})|\b(?:became|becomes|become|becoming)\s+${the}(?:${postAfterVerb})`,
].join('|');

export const appointmentRules: readonly Rule[] = [
	{
		group: 'director-appointed',
		type: 'other',
		// Words that tell of the post and of taking it up together, so that sentences which only name a director (the
		// speakers of most quotes) are not read.
		needs: ['appointment of', 'new director', 'new interim', 'new permanent', 'new head of', 'new dcs', 'took over', 'takes over', 'take over', 'taken over', 'taking over', 'took up', 'takes up', 'who joined', 'who took', 'who has taken', 'in post since', 'appointed director', 'appointed interim', 'appointed acting', 'appointed permanent', 'appointed assistant', 'appointed deputy', 'appointed new', 'appointed as', 'appointed the new', 'appointed its new', 'appointed the director', 'appointed a new', 'named director', 'named interim', 'named acting', 'named as', 'named a new', 'confirmed as', 'installed as', 'hired a new', 'recruited a new', 'made director', 'made interim', 'made acting', 'made permanent', 'as director', 'as interim', 'as acting', 'as permanent', 'as assistant', 'as deputy', 'as head of', 'as dcs', 'as an interim', 'as an acting', 'as an assistant', 'as the director', 'as the interim', 'as the new', 'as the permanent', 'as the council', 'as its director', 'as its new', 'as its interim', 'became', 'becomes', 'become', 'replaced', 'replaces', 'replacing', 'succeeded', 'succeeds', 'succeeding', 'step up as', 'stepped up as', 'steps up as', 'step up to be', 'act as', 'acting as'],
		test: new RegExp(told),
		// A commissioner's appointment is its own event (event-rules.ts), and "will not be appointed" is nothing. "Former
		// director in Rutland, Paul Hale, was appointed interim director" names only the council of the former post: the
		// appointment is another council's, which the sentence does not name.
		unless: /\b[Cc]ommissioner\b|\b(?:not|never)\s+(?:be\s+|been\s+)?(?:appointed|named|confirmed)\b|^(?=[^.]*\b(?:[Ff]ormer|[Pp]reviously|[Ee]x-)\s+(?:[\w'’-]+\s+){0,6}?(?:in|at)\s+[A-Z])(?![^.]*\b(?:appointed|named|became|joined|took over)\b[^.]*(?:\b(?:Council|Borough|County)\b|\b(?:in|at|to)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]))/,
	},
	{
		// "joined the council as an assistant director in 2014 and was appointed director in May 2015": a second post
		// taken up, in the same clause as the first (each group gives a clause one event).
		group: 'director-promoted',
		type: 'other',
		needs: ['and was appointed', 'and was made', 'and was promoted', 'and was named', 'and has been appointed', 'then appointed', 'later appointed'],
		test: new RegExp(String.raw`(?<=\s(?:and|then|later)\s+)(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:later\s+|then\s+|subsequently\s+)?(?:appointed|made|promoted\s+to|named)\s+${the}(?:${postAfterVerb})`),
		unless: /\bcommissioner\b/i,
	},
];
