/**
 * More of the words papers use for the other event types: an assurance visit, "the visit took place in October",
 * "Ofsted and the CQC revisited the area in July"; a call "for her departure" or "for the removal of the director",
 * "when the calls began"; a director "who retired in the spring"; a council "placed under formal notice", "last
 * year's improvement notice", "the 2019 statutory direction"; a bid for money turned down. They describe how news
 * tells these events, never a particular article. Also the words of headlines and of leaders: "Resign now, says
 * opposition", "children's chief clings on", "said no one would resign"; a notice "kept in place", a direction "added"
 * or "extended", "a formal warning" issued to a council over its children's care, a notice that "will take its place".
 */
import type {Rule} from './event-rules.js';

/** A person or a post whose going is called for. */
const post = String.raw`(?:her|his|their|the (?:director|leader|council leader|chief executive|cabinet member|portfolio holder|lead member|executive director)(?:['’]s)?|(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\s+[A-Z][\w'’-]+['’]s)`;

export const otherWords24Rules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['assurance visit', 'visit took place', 'visit was carried out', 'visits took place', 'revisited', 're-visited'],
		test: /\bassurance visits?\b|\b(?:the|this|that|its|their|a|an) (?:[\w-]+ )?visits? (?:took place|was carried out|were carried out|was made|happened)\b|\b(?:Ofsted|inspectors|the (?:CQC|Care Quality Commission|inspectorate|watchdog)|they)\s+(?:(?:then|later|have|has|had)\s+)?(?:revisited|re-visited)\b/i,
		// "hopes the inspectors revisit", "a visit that never took place": none made.
		// A visit that was another's occasion ("when the Queen opened the new library", "the mayor unveiled a plaque"),
		// with no inspector in the sentence, is none.
		unless: /\b(?:never|not|n['’]t)\s+(?:\w+\s+){0,2}(?:took place|carried out|revisited|happened)\b|\?\s*$|^\W*(?:if|unless)\b|^(?![^]*\b(?:Ofsted|inspect\w*|CQC|Care Quality Commission|assurance|monitoring|focused|revisit\w*|re-visit\w*)\b)(?=[^]*\b(?:opened|unveiled|toured|launched|greeted|cut the ribbon)\b)/i,
	},
	{
		group: 'resign-pressure',
		type: 'resignation-call',
		context: 'childrens-services-people',
		needs: ['departure', 'removal', 'sacking', 'dismissal', 'ousting', 'calls began', 'calls started', 'calls first'],
		test: new RegExp(
			String.raw`\b(?:(?:[Cc]all(?:s|ed|ing)?|[Pp]ress(?:es|ed|ing)?|[Pp]ush(?:es|ed|ing)?|[Aa]sk(?:s|ed|ing)?)\s+for|[Dd]emand(?:s|ed|ing)?(?:\s+for)?)\s+(?:the\s+)?(?:immediate\s+)?(?:${post}\s+(?:departure|removal|sacking|dismissal|ousting|exit)|(?:departure|removal|sacking|dismissal|ousting)\s+of\s+${post.replace(/\(\?:\['’\]s\)\?/g, '')})` +
				String.raw`|\b(?:the|these|those) calls\b[^.;]{0,20}?\b(?:began|started|first (?:came|began|started|were made))\b`,
		),
		// The calls begun must be calls to go, which the sentence tells ("refused to stand down when the calls began").
		unless: /\b(?:not|never|n['’]t|no one|nobody)\s+(?:\w+\s+)?(?:call\w*|demand\w*)\b|\?\s*$|^\W*(?:if|unless)\b|^(?![^]*\b(?:resign\w*|step(?:ped)? down|stand(?:ing)? down|stood down|step aside|quit|departure|removal|sacking|dismissal|ousting|exit)\b)/i,
	},
	{
		group: 'resign',
		type: 'resignation',
		context: 'childrens-services-people',
		needs: ['who retired', 'who had retired', 'who has retired'],
		test: /\b(?:director|leader|chief executive|head of [\w'’ ]{3,40}?|cabinet member|portfolio holder|predecessor|[A-Z][\w'’-]+ [A-Z][\w'’-]+),? who (?:has |had )?retired\b/,
		// "who retired from Wigan Athletic in 2019": a going from another body.
		unless: /\b(?:not|never)\s+retired\b|\?\s*$|\bwho (?:has |had )?retired from (?!(?:the|its|their|his|her) (?:council|authority|post|role|job|position)\b)/i,
	},
	{
		group: 'notice',
		type: 'improvement-notice',
		context: 'childrens-services',
		needs: ['formal notice', "year's improvement notice", 'year’s improvement notice', 'improvement notice', 'statutory direction'],
		test: /\bunder (?:a )?formal notice\b(?! of\b)|\b(?:last|this) year['’]s (?:improvement notice|statutory direction|notice to improve)\b|\b(?:the|its|their|a) (?:19|20)\d\d (?:improvement notice|statutory direction|notice to improve)\b/i,
		unless: /\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}(?:placed|put|issued|served)\b|\?\s*$|^\W*(?:if|unless)\b/i,
	},
	{
		group: 'funding',
		type: 'funding',
		context: 'childrens-services',
		needs: ['turned down', 'rejected', 'refused', 'declined'],
		test: /\b(?:turned down|rejected|refused|declined)\s+(?:[\w'’-]+\s+){0,5}?(?:bid|request|application|plea|appeal|case)s?\s+for\s+(?:extra\s+|emergency\s+|more\s+|additional\s+|further\s+|special\s+|government\s+)?(?:money|funding|cash|grants?|support funding)\b/i,
		// Money asked for another purpose ("for a new museum", "for community policing") is not the service's.
		unless: /\?\s*$|^\W*(?:if|unless)\b|\b(?:money|funding|cash|grants?)\s+for\s+(?!(?:its\s+|the\s+|their\s+)?(?:council['’]s\s+)?(?:children|child|young people|SEND|special educational|social care|social workers?|safeguarding|foster\w*|care leavers|looked[- ]after|famil\w+|services|the service|improvement)\b)/i,
	},
	{
		group: 'resign-pressure',
		type: 'resignation-call',
		context: 'childrens-services-people',
		needs: ['resign now', 'quit now', 'step down now', 'stand down now', 'resign,', 'quit,', 'step down,', 'stand down,'],
		// "Resign now, says opposition", "'Quit,' say parents": the call told as a headline or its quotation.
		test: /^\W*(?:Resign|Quit|Step down|Stand down)(?: now)?[,!]?['’"”]?,?\s+(?:says?|said|tell|tells|told|urges?|urged|demands?|demanded)\b/,
	},
	{
		group: 'resign',
		type: 'resignation-refused',
		context: 'childrens-services-people',
		needs: ['clings on', 'cling on', 'clinging on', 'clung on', 'no one would', 'no one will', 'nobody would', 'nobody will'],
		// "as Oldham children's chief clings on"; "the leader said in the spring that no one would resign".
		test: /\b(?:chief|director|boss|leader|head|cabinet member|portfolio holder|councillor|Cllr [A-Z][\w'’-]+)\s+(?:clings|clung|is clinging|was clinging) on\b(?!\s+to\s+(?!(?:his|her|their)\s+(?:post|job|role|position|seat)\b))|\b(?:said|says|insisted|insists|told [\w'’ ]{2,30}?)\b[^.;]{0,40}?\b(?:that\s+)?(?:no one|nobody|no-one)\s+(?:would|will|was going to|is going to)\s+(?:resign|step down|stand down|quit|be sacked|lose (?:their|his|her) jobs?)\b/,
		// "no one would resign over the bin collection failures": a refusal over another service's failings.
		unless: /\?\s*$|^\W*(?:if|unless)\b|\basked (?:whether|if)\b|\b(?:no one|nobody|no-one)\s+(?:would|will|was going to|is going to)\s+[\w ]{3,20}?\s+over\s+(?![^.;]{0,50}\b(?:children|child|Ofsted|inspect\w*|report|safeguarding|SEND|social care|the (?:failings|failures|findings|verdict|rating|grade))\b)/i,
	},
	{
		group: 'notice',
		type: 'improvement-notice',
		context: 'childrens-services',
		needs: ['improvement notice', 'statutory direction', 'formal warning', 'warning notice', 'take its place', 'takes its place', 'took its place'],
		// "ministers have kept its improvement notice in place" (in force: undated), "a statutory direction covering SEND
		// has now been added", "the direction was extended to cover SEND", "issued a formal warning to the council over
		// care for vulnerable children", "A non-statutory improvement notice will take its place".
		test: /\b(?:kept|keeps|keep|keeping|left|leaves|leave|leaving)\s+(?:its|the|their|an?)\s+(?:[\w-]+\s+)?(?:improvement notice|statutory direction|notice to improve)\s+in place\b|\b(?:improvement notice|statutory direction)\b[^.;]{0,60}?\b(?:has|have|had|was|were)\s+(?:now\s+|also\s+)?(?:been\s+)?(?:added|extended)\b|\b(?:issues?|issued|issuing|served|serves|given|gives|handed)\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+)?(?:an?\s+)?(?:formal warning|warning notice)\s+(?:to\s+[^.;]{1,60}?\s+)?over\s+(?:its\s+|the\s+|their\s+)?(?:care|children|services|safeguarding|social care|child protection)\b|\b(?:improvement notice|statutory direction|notice)\s+(?:will\s+|would\s+|is to\s+)?(?:take|takes|took)\s+its place\b/i,
		unless: /\b(?:police|driver|pupil|tenant|landlord|restaurant|shop|business)\b|\?\s*$|^\W*(?:if|unless)\b|\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}(?:kept|added|extended|issued|take)\b/i,
	},
	{
		group: 'resign',
		type: 'resignation-refused',
		context: 'childrens-services-people',
		needs: ['refused calls', 'refused the calls', 'refused repeated', 'refused renewed', 'refuses calls', 'declined calls', 'stay on', 'carry on', 'remain in'],
		// "has refused calls to sack the director"; "insisted she will stay on to see the improvements through" (said
		// against the calls: an insistence, a vow, not a notice period's "will stay on until July").
		test: /\b(?:refused|refuses|refusing|declined|declines)\s+(?:the\s+|repeated\s+|renewed\s+|growing\s+|mounting\s+)?(?:calls|demands)\s+(?:for|to)\s+(?:[^.;]{0,60}?\s)?(?:sack\w*|remov\w*|dismiss\w*|replac\w*|resign\w*|step(?:ping)? down|stand(?:ing)? down|step(?:ping)? aside|quit|go|departure|exit)\b|\b(?:insist\w*|vow\w*|determined|adamant)\b[^.;]{0,30}?\b(?:will|would|to)\s+(?:stay on|carry on|stay in (?:her|his|their|the) (?:job|post|role)|remain in (?:post|office|(?:her|his|their|the) (?:job|post|role)))\b/i,
		unless: /\?\s*$|^\W*(?:if|unless)\b|\b(?:resigned|stepped down|stood down|quit|notice period)\b/i,
	},
	{
		group: 'resign-pressure',
		type: 'resignation-call',
		context: 'childrens-services-people',
		needs: ['the head of'],
		// "demanded the head of the director": the idiom of a call for someone's going.
		test: /\b(?:demand(?:s|ed|ing)?|want(?:s|ed)?|call(?:s|ed|ing)? for)\s+the head of\s+(?:the\s+)?(?:director|leader|council leader|chief executive|cabinet member|portfolio holder|lead member|executive director)\b/i,
		unless: /\?\s*$|^\W*(?:if|unless)\b/i,
	},
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['bracing itself', 'bracing themselves', 'braced itself', 'braces itself'],
		// "is bracing itself for an Ofsted inspection": one expected.
		test: /\bbrac(?:es|ed|ing) (?:itself|themselves) for (?:an?|its|the|their) (?:[\w-]+ )?(?:Ofsted )?(?:inspection|visit|re-?inspection)\b/i,
	},
	{
		group: 'plan',
		type: 'improvement-plan',
		needs: ['plan'],
		// "must send Ofsted a plan setting out ...", "will give ministers a plan": a plan sent to the inspectorate or government.
		test: /\b(?:submit|submits|send|sends|give|gives|present|presents|provide|provides)\s+(?:Ofsted|inspectors|ministers|the (?:DfE|department|government|minister|inspectorate|education secretary))\s+(?:a|an|its|the)\s+(?:new\s+|revised\s+|detailed\s+|written\s+)?plan\b/i,
		unless: /\?\s*$|^\W*(?:if|unless)\b/i,
	},
	{
		group: 'resign',
		type: 'resignation',
		context: 'childrens-services-people',
		needs: ['quit in'],
		// "quit in 2014 after a critical report", "quit in protest": gone ("threatened to quit in ..." is not).
		test: /(?<!\b(?:to|not|never|would|will|could|should|might|may|must|did|threatened|threatens|threatening)\s)\bquit in\b/i,
		unless: /\?\s*$|^\W*(?:if|unless)\b/i,
	},
	{
		group: 'resign-pressure',
		type: 'resignation-call',
		context: 'childrens-services-people',
		needs: ['demanding', ' and resign', ' and step down', ' and stand down', ' and quit'],
		// "a petition demanding the resignation of the director", "must take responsibility and resign".
		test: /\bdemanding\b[^.;]{0,40}?\b(?:resignations?|resign|step down|stand down|step aside)\b|\b(?:should|must|ought to)\s+(?:[\w'’-]+\s+){1,3}?and\s+(?:resign|step down|stand down|step aside|quit)\b/i,
		unless: /\b(?:not|never|n['’]t|no one|nobody)\s+(?:\w+\s+)?(?:demanding|should|must)\b|\?\s*$|^\W*(?:if|unless)\b/i,
	},
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		needs: ['a fortnight', 'a week'],
		// "A team of six inspectors spent a fortnight in Derby in January".
		test: /\b(?:inspectors?|Ofsted|inspection team|the watchdog)\b[^.;]{0,40}?\b(?:spent|spend|spends|spending)\s+(?:a fortnight|a week|a full week)\b/i,
		unless: /\?\s*$|^\W*(?:if|unless)\b/i,
	},
	{
		group: 'notice',
		type: 'improvement-notice',
		context: 'childrens-services',
		needs: ['intervened'],
		// "The government has intervened in the council's children's services".
		test: /\b(?:the government|government|ministers|the minister|the DfE|the department|the Department for Education|the (?:education|children['’]s) (?:secretary|minister)|the secretary of state)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|formally\s+)?intervened\s+in\b/i,
		unless: /\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}intervened\b|\?\s*$|^\W*(?:if|unless)\b|\b(?:school|academy|hospital|NHS|police|court|dispute|row|strike)\b/i,
	},
	{
		group: 'commissioner-appointed',
		type: 'commissioner-appointed',
		context: 'childrens-services',
		needs: ['troubleshooter'],
		// "A government troubleshooter has been sent in", "Troubleshooter Dr Jane Marsh started work at the town hall on Monday".
		test: /\btroubleshooters?\b[^.;]{0,60}?\b(?:appointed|sent in(?:to)?|brought in|installed|named|parachuted in|started work|took up)\b|\b(?:appointed|sent in|brought in|installed|named|parachuted in)\b[^.;]{0,40}?\b(?:a|the|as)\s+(?:government\s+|DfE\s+|ministerial\s+)?troubleshooters?\b/i,
		unless: /\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}(?:appointed|sent|brought|installed)\b|\?\s*$|^\W*(?:if|unless)\b|\b(?:school|academy|hospital|NHS|club|IT|computer|company|business)\b/,
	},
	{
		group: 'notice-lifted',
		type: 'improvement-notice-lifted',
		context: 'childrens-services',
		needs: ['improvement notice', 'statutory direction', 'notice to improve', 'direction'],
		// "is set to lift Derby's statutory direction", "removed the council's improvement notice": the notice named by its council.
		test: /\b(?:lift|lifts|lifted|lifting|remove|removes|removed|removing|revoke|revokes|revoked|revoking|withdraw|withdrew|withdrawn|withdrawing)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}['’]s?\s+(?:[\w-]+\s+)?(?:improvement notice|statutory direction|notice to improve|direction)\b/,
		unless: /\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}(?:lift|remov|revok|withdr)\w*|\?\s*$|^\W*(?:if|unless)\b|\b(?:hopes?|hoping|hoped|wants?|urg\w+|should|must|could)\b[^.;]{0,30}\b(?:lift|remov|revok|withdr)/i,
	},
	{
		group: 'resign',
		type: 'resignation',
		context: 'childrens-services-people',
		needs: ['expected to'],
		// "is expected to step down": a going told as expected (planned).
		test: /\b(?:is|are|was|were)\s+(?:now\s+|widely\s+)?expected to\s+(?:leave|step down|stand down|step aside|retire|resign|quit)\b/i,
		unless: /\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}expected\b|\?\s*$|^\W*(?:if|unless)\b/i,
	},
];
