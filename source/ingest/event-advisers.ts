/**
 * A Department for Education improvement adviser sent to a council after a poor inspection: the intervention's
 * lighter form, typed here as a commissioner, as readers of the phrasebooks list it ("appointed an improvement adviser to work with the
 * council", "must work with a DfE-appointed adviser", "an adviser appointed by the department"), and that adviser's
 * reports ("will report to ministers every quarter", "said in her first report"). Only an adviser the sentence ties to
 * the government or to improvement is one: a council's legal adviser, a care leaver's personal adviser or a minister's
 * adviser on adoption is none. They describe how papers tell of these advisers, never a particular article.
 */
import type {Rule} from './event-rules.js';

/** Whose adviser: the department's or the government's, by any of the names papers give them. */
const government = String.raw`(?:DfE|Department for Education|department|government|ministers?|Whitehall|education secretary|secretary of state)`;
/** The adviser the intervention sends: an improvement adviser, or one the government appointed. */
const sent = String.raw`(?:improvement\s+advisers?|${government}[- ]appointed\s+(?:improvement\s+)?advisers?|(?:improvement\s+)?advisers?,?\s+appointed\s+by\s+(?:the\s+)?${government})`;
/** A named government adviser set over a council: "a government adviser, Jo Bloggs," "the DfE adviser overseeing". */
const overseeing = String.raw`\b(?:DfE|government|departmental)\s+(?:improvement\s+)?adviser(?:,\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+|\s+(?:overseeing|to oversee|working with|to work with|assigned to|sent to|appointed to))\b`;

/**
 * Another body's adviser (a hospital's, a club's, a water company's, the Treasury's), and a former adviser, who is no
 * appointment.
 */
const elsewhere = String.raw`\b(?:clubs?|(?<!children['’]s (?:services )?)trusts?|hospitals?|NHS|company|companies|firm|academy|academies|schools?|ambulance|police|constabulary|Treasury|vaccines?|bank|building society|football|league|striker|players?|water|rail|airport|university|college|charity|business(?:es)?)\b|\bformer\s+(?:(?:DfE|government|improvement)\s+)?adviser\b`;

/** The department, not another one: "the Department of Health" is no DfE. */
const department = String.raw`(?:DfE|Department for Education|government|department(?!\s+(?:of|for)\s+(?!Education\b))|ministers?|education secretary|secretary of state)`;

/** A denial or a condition is no appointment: "No DfE adviser has been appointed", "will be appointed if the council fails". */
const notDone = String.raw`\b(?:no|not|never|denied|denies|deny|if|unless|should|would|could)\b|n['’]t\b`;
const othersAdviser = String.raw`\b(?:legal|financial|personal|special|policy|independent|(?<!Department for )education|careers|media|political)\s+advisers?\b|${elsewhere}`;

/**
 * The adviser told in the passive or by the work begun ("A government adviser has been appointed", "A DfE adviser will be
 * appointed", "A DfE adviser began work with the council"): words a curriculum review's, a school's or a festival's
 * adviser shares, so the sentence must also name the council or its children's services.
 */
const passiveAdviser: Rule = {
	group: 'commissioner-appointed',
	type: 'commissioner-appointed',
	context: 'childrens-services',
	needs: ['adviser'],
	test: new RegExp(
		[
			String.raw`\b(?:(?:DfE|Department for Education|government|departmental)\s+(?:improvement\s+)?advisers?|advisers?\s+from\s+the\s+(?:DfE|Department for Education)),?\s+(?:(?:has|have|had)\s+been|was|were|is being|are being|will be|is to be)\s+(?:appointed|named|sent in|brought in|assigned)\b(?!\s+(?:on|for)\b)`,
			// A bare improvement adviser is anyone's (the LGA's, a parish's): the government's only where the clause says so.
			String.raw`\bimprovement\s+advisers?,?\s+(?:(?:has|have|had)\s+been|was|were|is being|are being|will be|is to be)\s+(?:appointed|named|sent in|brought in|assigned)\b(?=[^.;]*?\b(?:DfE|Department for Education|(?<!Local\s)government|ministers?|education secretary)\b)`,
			// (Work begun with someone, not on a strategy: "began work on the national strategy" is no intervention.)
			String.raw`\b(?:DfE|government|departmental)\s+(?:improvement\s+)?adviser\s+(?:began|begins|started|starts)\s+work(?:ing)?\s+with\b`,
		].join('|'),
		'i',
	),
	unless: new RegExp([String.raw`^(?![^]*\b(?:council|authority|children['’]s (?:services|social care))\b)`, String.raw`\b(?:parish|town)\s+council\b`, notDone, othersAdviser].join('|'), 'i'),
};

/**
 * "An improvement adviser appointed by the department will chair a new improvement board": the department's adviser,
 * not the Department of Health's nor the LGA's; where the board is adult care's, the context says so.
 */
const appointedByDepartment: Rule = {
	group: 'commissioner-appointed',
	type: 'commissioner-appointed',
	context: 'childrens-services',
	needs: ['adviser'],
	test: new RegExp(String.raw`\b(?:an?|the)\s+(?:new\s+)?(?:(?:DfE|government|departmental)\s+)?improvement\s+adviser,?\s+appointed\s+by\s+(?:the\s+)?${department}`, 'i'),
	unless: new RegExp([notDone, othersAdviser].join('|'), 'i'),
};

export const adviserRules: readonly Rule[] = [
	{
		group: 'commissioner-appointed',
		type: 'commissioner-appointed',
		needs: ['adviser'],
		test: new RegExp(
			[
				// "has appointed an improvement adviser to work with", "the government appointed an improvement adviser the same spring"
				String.raw`\b(?:appointed|appoints|appoint|appointing|named|sent|sends|send|sending|deployed|installed|assigned)\s+(?:in\s+)?(?:an?|the|its|their)\s+(?:new\s+)?(?:(?:DfE|government|departmental)\s+)?${sent}`,
				String.raw`\b(?:appointed|appoints|appoint|appointing|sent|sends|send|sending|deployed|assigned)\s+(?:in\s+)?(?:an?|the|its|their)\s+(?:new\s+)?(?:DfE|government|departmental)\s+adviser\b(?!\s+(?:on|for)\b)`,
				// "must now work with a DfE-appointed adviser", "working with an improvement adviser appointed by the DfE"
				String.raw`\b(?:work|works|worked|working|agree\s+(?:it|them|this)|agreed\s+(?:it|them|this))\s+(?:closely\s+)?with\s+(?:an?|the)\s+(?:(?:DfE|government|departmental)\s+)?${sent}`,
				overseeing,
			].join('|'),
			'i',
		),
		// "a government adviser on adoption", "the council's own adviser": not the intervention's.
		unless: new RegExp(String.raw`\badvisers?\s+(?:on|for)\s+(?!(?:the\s+)?(?:council|authority|borough|county|city)['’]?s?\b)[\w-]+|\b(?:legal|financial|personal|special|policy|independent|education|careers|media|political)\s+advisers?\b|${elsewhere}`, 'i'),
	},
	passiveAdviser,
	appointedByDepartment,
	{
		group: 'commissioner-report',
		type: 'commissioner-report',
		needs: ['adviser'],
		// "The adviser, former director Jo Bloggs, will report to ministers every quarter", "The DfE adviser ... said in
		// her first report that".
		test: new RegExp(
			[
				String.raw`\b(?:${sent}|(?:the|an?|DfE|government)\s+adviser)\b[^.;]*?\b(?:report(?:s|ed|ing)?|due to report|to report)\s+(?:back\s+)?to\s+(?:the\s+)?(?:ministers?|${government})\b`,
				String.raw`\b(?:${sent}|(?:DfE|government)\s+adviser)\b[^.;]*?\bin\s+(?:her|his|their|an?|the)\s+(?:first|second|latest|final|interim|progress|first progress)\s+(?:progress\s+)?report\b`,
				String.raw`\b(?:${sent}|(?:DfE|government)\s+adviser)['’]s\s+(?:first|second|latest|final|interim|progress)\s+(?:progress\s+)?report\b`,
			].join('|'),
			'i',
		),
		unless: new RegExp(String.raw`\b(?:legal|financial|personal|special|policy|independent|careers|media|political)\s+advisers?\b|${elsewhere}`, 'i'),
	},
];
