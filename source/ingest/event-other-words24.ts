/**
 * More of the words papers use for the other event types: an assurance visit, "the visit took place in October",
 * "Ofsted and the CQC revisited the area in July"; a call "for her departure" or "for the removal of the director",
 * "when the calls began"; a director "who retired in the spring"; a council "placed under formal notice", "last
 * year's improvement notice", "the 2019 statutory direction"; a bid for money turned down. They describe how news
 * tells these events, never a particular article.
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
		unless: /\b(?:never|not|n['’]t)\s+(?:\w+\s+){0,2}(?:took place|carried out|revisited|happened)\b|\?\s*$|^\W*(?:if|unless)\b/i,
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
		unless: /\b(?:not|never)\s+retired\b|\?\s*$/i,
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
		unless: /\?\s*$|^\W*(?:if|unless)\b/i,
	},
];
