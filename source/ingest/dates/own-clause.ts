/**
 * Whether a date read from the text stands in the event's own clause (issue 11: no confident wrong date). A reader is
 * sure of a date when its words are told of the event itself: in the same clause as the event's words, and governed
 * by the event's own act (the board "met on Monday", the report "published on Tuesday" rates the service) or by no
 * verb at all ("the inspection in May"). Any other stand is a reading: the date may be right, but it belongs first
 * to something else, so it is shown as approximate.
 *
 * The clause is bounded by what opens another one between the date's words and the event's: a semicolon, colon,
 * dash or bracket; a subordinating word ("after", "since", "when"); a relative or complement word ("which", "that"),
 * unless it opens a clause on the event's own noun that holds the date ("the inspection that finished in December");
 * "and" or "but" opening another predicate, grade or subject ("rated good in 2019 and requires improvement now");
 * a comma opening another clause (a telling: ", the council said on Thursday"). A comma-bounded aside that holds
 * neither is passed over ("the board, chaired by X, met"); a fronted date's comma is the clause's own ("On Friday,
 * the department issued a notice"), and so is a list item's label ("Direction issued: May 2021"). A date that opens
 * the sentence or ends a coordination reaches every conjunct ("appointed a commissioner and issued a direction in
 * May 2019"); one inside the first conjunct does not reach the next ("placed under a notice in March and set up a
 * board"). Where the event's words are only the date ("a report published in September" read as a visit), the verb
 * before the date governs it.
 */
import {matchesIn} from '../text.js';

/**
 * How a date's words stand from the event's words (event-date-calibration.ts's dateTie): `between` the two, the
 * date's `words`, and `before`, the words before whichever of the two comes first.
 */
export type Stand = {where: 'after' | 'before' | 'in the cue'; between: string; cue: string; words?: string; before?: string; lead?: string};

/**
 * A clause the sentence opens with that sets another act's time: "After Ofsted rated the services inadequate in
 * March, the government issued a notice". Its dates are that act's; the main clause's act came after or before it
 * ("when", "while" and "as" set the same time, so they are not here).
 */
const openingSubordinate = /^\s*['‘"“]?(?:after|following|before|since|until|till|once|because|although|though|despite|amid|ahead of|in the wake of|in response to)\b[^,;:()—]*$/i;

const month = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const weekday = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
/** The date's own lead-in at the end of the words before it: "since June ", "on Friday ", "in the week of ". */
const leadIn = new RegExp(String.raw`(?:\b(?:in|on|at|by|from|during|over|since|until|till|through|throughout|of|early|late|mid|earlier|later|last|this|next|the|end|start|beginning|middle|summer|autumn|spring|winter|week|month|year|before|after|of|as|from)\b[\s,-]*|\b${weekday}\b,?\s*|\b\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|and)\s+)?\s*|\b${month}\s+)*$`, 'i');

const punctuation = /[;:()[\]—]/;
/** A list item's label and its date ("• Direction issued: May 2021", "May 2021: commissioner appointed"). */
const label = /^\s*[:–-]\s*|\s*:\s*$/g;
const subordinator = /(?<![\w-])(?:after|before|following|since|until|till|when|whenever|while|whilst|because|although|though|once|unless|whereas|despite|amid|ahead of|as soon as|so that)(?![\w-])/i;
const relativeWord = /\b(?:which|who|whom|whose|where|that)\b/i;
const grade = String.raw`(?:['‘"“])?(?:outstanding|good|requires? improvement|requiring improvement|adequate|inadequate|satisfactory|poor)\b`;
const irregularPast = String.raw`set|put|cut|quit|met|led|left|made|took|gave|given|held|sent|began|begun|became|spent|wrote|written|spoke|found|told|said|paid|brought|won|lost|saw|seen|came|went|rose|fell|ran|chose|drew|drawn|grew|knew|stood|sat|shut|kept|got|read|heard|taken`;
/** Present forms that are not also plural nouns ("oversees", "says"). */
const present = String.raw`says|gives|takes|makes|oversees|sets|sits|leads|chairs|shows|finds|faces|includes|remains|means|follows|comes|goes|seeks|wants|hopes|covers|receives|gets|explains|describes|continues|believes|expects|provides|warns|tells|hears|admits|insists|argues|agrees|decides|becomes|keeps|holds|brings|puts|meets`;
const finite = String.raw`(?:is|are|was|were|has|have|had|will|would|shall|should|must|can|could|may|might|does|did|do|be|been|being|${irregularPast}|${present}|(?<![\w-])(?!(?:hundred|need|speed|seed|feed|red|bed|shed|bred)\b)[a-z]{2,}ed(?![\w-]))\b`;
const verbGroups = new RegExp(String.raw`\b${finite}(?:\s+(?:not|never|now|also|still|then|just|already|first|again|formally|officially|${finite}))*(?:\s+(?:up|off|out|in|down|back))?`, 'g');
const saying = /\b(?:said|says|told|tells|heard|hears|announced|announces|confirmed|confirms|revealed|reveals|warned|admitted|insisted|argued|added|stated|explained|reported|wrote|writes|understands|learned|learnt)\b/i;
const sayingAtEnd = new RegExp(String.raw`${saying.source}(?:\s+[\w'’-]+){0,3}\s*$`, 'i');
const sayer = /^\s*,?\s*(?:(?:Ofsted|inspectors|the inspectorate|the watchdog|the (?:Ofsted )?report|its report|their report|the regulator|the inspection|the commissioner|commissioner|the (?:[\w-]+ )?inspectorate|(?:a|the|its|their) (?:new |latest )?(?:[\w-]+ )?report|in (?:a|an|the|its|their) (?:[\w'’-]+\s+){0,2}?(?:report|letter|verdict|judgement))\b)/i;

/** What each event is, done: the verbs whose date is the event's own (a notice "issued", a board "met"). */
const acts: Record<string, RegExp> = {
	'inspection-judgement': /\b(?:rated|rates|judged|judges|graded|grades|branded|found|finds|deemed|given|gave|gives|labelled|labeled|declared|downgraded|upgraded|rerated|re-rated|moved|placed|put|assessed|described|criticised|praised|published|released|issued|received|awarded|achieved|retained|kept|lifted|raised|dropped|fell|slipped|improved|remained|remains|concluded|ruled|said|says|announced|revealed|confirmed|awarded|scored|classed|classified|considered|regarded|reported|handed|marked|judging|rating|reached|made|public|expected|due|delivered|climbed|risen|rose|returned|recovered|regained|deteriorated|declined|worsened|sank|plunged|plummeted|slid|went|become|became|been|improving)\b/i,
	'inspection-visit': /\b(?:visited|visits|visit|inspected|inspects|inspect|carried|carries|carry|conducted|began|begun|begins|started|returned|returns|return|spent|spends|arrived|came|went|took|taken|take|place|completed|finished|ended|undertook|undertaken|made|make|called|held|due|expected|scheduled|planned|looked|examined|checked|found|raised|identified|highlighted|concluded|reinspected|re-inspected|inspected)\b/i,
	'improvement-notice': /\b(?:issued|issues|issue|served|imposed|placed|put|given|gave|received|receives|handed|slapped|sent|hit|made|published|extended|renewed|replaced|told|ordered)\b/i,
	'improvement-notice-lifted': /\b(?:replaced|received|issued|given|lifted|lifts|lift|removed|ended|ends|withdrawn|withdrew|revoked|closed|released|freed|taken|came|brought)\b/i,
	'improvement-board': /\b(?:set|sets|established|formed|created|convened|launched|met|meets|meet|held|holds|chaired|chairs|appointed|agreed|approved|began|started|announced|disbanded|wound|dissolved|replaced|took|sat|gathered|called)\b/i,
	'improvement-plan': /\b(?:goes|go|going|went|comes|came|approved|agreed|adopted|published|submitted|sent|signed|drawn|drew|launched|presented|endorsed|accepted|rejected|unveiled|put|produced|completed|set|finalised|finalized|considered|discussed|backed|received|given|released)\b/i,
	'commissioner-appointed': /\b(?:appointed|appoints|named|names|sent|installed|brought|drafted|parachuted|began|started|took|arrived|joined|put|given|confirmed|announced|chosen|picked)\b/i,
	'commissioner-report': /\b(?:handed|passed|reached|public|reported|reports|published|released|delivered|submitted|sent|recommended|recommends|concluded|concludes|found|finds|said|says|advised|told|wrote|warned|made|completed|presented|issued|set)\b/i,
	resignation: /\b(?:resigned|resigns|quit|quits|stepped|steps|stood|stands|left|leaves|leave|retired|retires|retire|announced|announces|departed|departs|went|go|goes|gone|handed|tendered|told|said|confirmed|revealed|stand|step|quitting|leaving|retiring|sacked|dismissed|ousted|removed|suspended|lost|replaced|ended|finished)\b/i,
	'resignation-call': /\b(?:rejected|voted|grew|growing|debated|heard|considered|turned|dismissed|called|calls|call|demanded|demands|demand|urged|urges|urge|told|said|says|wrote|tabled|made|put|issued|repeated|renewed|launched|signed|backed|asked|asks|submitted|handed)\b/i,
	'resignation-refused': /\b(?:voted|defeated|thrown|turned|refused|refuses|refuse|rejected|rejects|declined|declines|ruled|insisted|insists|said|says|told|vowed|vows|defied|resisted|dismissed|will|would)\b/i,
	'no-confidence-vote': /\b(?:voted|votes|vote|held|holds|debated|debates|tabled|failed|fails|passed|passes|defeated|lost|won|survived|survives|carried|rejected|backed|supported|faces|faced|took|taken|put|called|heard|considered|went)\b/i,
	funding: /\b(?:agreed|agrees|approved|approves|awarded|awards|allocated|allocates|given|gave|granted|received|receives|announced|announces|pledged|committed|invested|invests|spent|spend|spends|set|put|found|earmarked|confirmed|secured|won|injected|provided|backed|unveiled|voted|handed|made|released|drew|drawn|paid|budgeted|added|boosted|topped|increased|cut|cuts|cutting|reduced|invest|investing|putting)\b/i,
};
const auxiliary = /^(?:is|are|was|were|has|have|had|will|would|shall|should|must|can|could|may|might|does|did|do|be|been|being)(?:\s+(?:not|never|now|also|still|then|just|already|first|again|formally|officially|be|been|being))*$/i;
// (verbGroups without its global flag, made once: a test from the text's start each time.)
const aVerbGroup = new RegExp(verbGroups.source);
const hasVerb = (text: string) => aVerbGroup.test(text);
/** A finite verb anywhere, and a verb right before the date's preposition (its governor): made once, not per date. */
const finiteVerb = new RegExp(String.raw`\b${finite}`);
const governorBefore = new RegExp(String.raw`\b(${finite}|[a-z]+ed)\s+(?:(?:on|in|at|during|by)\s+)?$`);
/** A lone participle dating a noun: "a report published", "the letter sent", "an inspection carried out". */
const datingParticiple = /(?:\b(?:a|an|the|its|their|his|her|this|that|last|latest|new)\s+(?:[\w'’-]+\s+){0,3}(?:[a-z]+ed|[a-z]+en|sent|made|held|set|put|drawn|written|given)(?:\s+(?:off|out|up|in|public))?|,?\s*dated)\s*$/i;

/** Comma-bounded asides (and brackets) inside `text`, which hold neither the date nor the event: passed over. */
const withoutAsides = (text: string) =>
	text
		.replace(/,\s+(?=(?:[\w'’-]+\s+){0,2}[\w'’-]+(?:,\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)*\s+and\s)/g, ' ')
		.replace(/\([^()]*\)/g, ' ')
		.replace(/\s[–—-]\s[^–—;:]*?\s[–—-]\s/g, ' ')
		.replace(/,[^,;:]*,/g, ' ');
/** Other dates listed before the date ("in 2022, 2023 and 2024", "on 30 and 31 July"): the date's own list. */
const dateList = new RegExp(String.raw`(?:\b(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?|${month}(?:\s+(?:19|20)\d\d)?)(?:,|\s+and(?:\s+again)?(?:\s+in)?)\s+)+$`, 'i');

/** "and" opening another predicate, grade or subject ("and set up", "and requires improvement", "and the minister appointed"). */
const andOpens = new RegExp(String.raw`\b(?:and|but)\s+(?:(?:then|later|now|also|again|since|so|subsequently|in|on|at|by|from|after|before|following|this|last|it|he|she|they)\b|${grade}|${finite}|(?:the|a|an|its|their|his|her|[A-Z][\w'’-]+)\s+(?:[\w'’-]+\s+){0,4}?${finite})`);

/** "and" opening a clause with a subject of its own ("and the minister appointed"). */
const andSubject = new RegExp(String.raw`\b(?:and|but)\s+(?:(?:it|he|she|they)\b|(?:the|a|an|its|their|his|her|[A-Z][\w'’-]+)\s+(?:[\w'’-]+\s+){0,4}?${finite})`);

/** "and" opening a conjunct with a tense or mood of its own ("has resigned and will leave"). */
const andTense = /\b(?:and|but)\s+(?:(?:then|later|now|also|since|so)\s+)?(?:has|have|had|is|are|was|were|will|would|could|should|must|may|might|expects|expected|plans|hopes|intends)\b/i;

/** A subordinating word that opens a clause (not "has since", an adverb). */
const opensClause = (text: string) => {
	const m = subordinator.exec(text.replace(/\b(?:has|have|had|having|ever)\s+since\b/gi, ' '));
	return m !== null;
};

/**
 * "after an Ofsted inspection", "following the inspectors' report", "in the wake of a damning review": a preposition and
 * the inspection, report or review it governs, ending the words before the date. An inspection's own events (a visit,
 * a grade) are dated by their inspection elsewhere; the others came after it. ("before" is left out: "would go before
 * the cabinet in September" is a place.)
 */
const earlierNoun = /(?:^|[\s,])(?:after|following|ahead of|in the wake of)\s+(?:a|an|the|its|their|his|her|this|that|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,4}?(?:inspection|re-?inspection|visit|report|judgement|rating|verdict|review)\s*$/i;
const earlierNounStart = /(?:^|[\s,])(?:after|following|ahead of|in the wake of)\s/i;
const inspectionEvents = new Set(['inspection-visit', 'inspection-judgement']);

/** A participle of asking between a date and what is asked for: "asking for", "calling for", "seeking", "urging". */
const askingFor = /\b(?:(?:asking|calling|pressing|pushing|bidding)\s+for|seeking|demanding|urging|requesting|proposing)\b/i;

/** A report, inspection or visit that a relative clause after its date can grade: "an inspection in February, which rated ...". */
const onTheDate = /^\s*(?:(?:by|from|on|of|into|about|for)\s+(?:[\w'’-]+\s+){1,6}?|(?:[\w'’-]+\s+){0,2}?(?:inspection|report|visit|review|verdict|judgement|letter)s?\s*)?,?\s*(?:when|which|that|who)\b/i;
/** A comma that goes on with the same clause: a participle phrase, an infinitive of its schedule ("to be debated on 9 June"). */
const goesOn = new RegExp(String.raw`^\s*(?:(?:first|originally|initially|later|then|now|also|only|formally|since)\s+)?(?:[a-z]+ed\b|[a-z]+ing\b|(?:${irregularPast})\b|to\s+(?:be\s+)?[a-z]+|with\b|(?:over|during|between|across|throughout|from|in|on|at)\b|the\s+(?:most recent|latest|last|first|second|third|fourth|final)\b)`);

/**
 * Why the date is not told of the event in its own clause (a short reason), or null where it is. `type` names the
 * event's acts; an event made by being told (a resignation, a call, a refusal: `saidEvents`) takes its telling's day.
 */
export function outsideOwnClause(stand: Stand, type: string, saidEvents: ReadonlySet<string>): string | null {
	// The event's words end where the cue's first clause ends: a rule's words may run on past a comma.
	const cue = stand.cue.replace(/^[\s,;:]+/, '');
	const cut = cue.search(/(?<!\d),|,(?!\d{3})|[;:]|\s[–—-]\s/);
	const core = cut >= 0 ? cue.slice(0, cut) : cue;
	const act = acts[type];
	const told = (after: string) => saidEvents.has(type) || ((type === 'inspection-judgement' || type === 'commissioner-report') && sayer.test(after));
	if (stand.where === 'before') {
		// "After Ofsted rated it inadequate in March, the government issued a notice": the date is in an opening clause
		// of another act, which closes before the event's words (not an aside inside it: "Following the 2012 inspection,
		// which rated it adequate, ...").
		if (stand.lead !== undefined && openingSubordinate.test(stand.lead.split(/[;:]/).at(-1)!) && /,/.test(stand.between) && !/,\s*(?:which|who|whose|that|where|when)\b[^,]*$/i.test(stand.between)) return 'a subordinate clause before';
		// Date first: "On Friday, the department issued ...", "At a meeting on Tuesday evening, X called for ...".
		let between = withoutAsides(stand.between.replace(label, ' '));
		// A date that opens the sentence is told of all it coordinates ("In 2011 X was rated inadequate and monitoring was
		// put in place"): the event's own conjunct is what follows the last "and".
		if (/^\s*(?:(?:in|on|at|by|since|during|last|this|early|late|earlier|later|from)\s*)*$/i.test(stand.before ?? 'x')) {
			const conjunct = [...between.matchAll(/,?\s+(?:and|but)\s+/g)].at(-1);
			if (conjunct) between = between.slice(conjunct.index + conjunct[0].length);
		}
		const fronted = /^[^,;:]*,/.exec(between);
		if (fronted && !hasVerb(fronted[0]) && !opensClause(fronted[0])) between = between.slice(fronted[0].length);
		// "last inspected in 2009, when they were judged adequate", "a report in January that rated services inadequate":
		// the clause told of the date (or of the report it dates) is the event's own.
		// "said on Monday that the council had been issued with a notice": the telling's day, the event's only where it is
		// made by being told (a resignation, a refusal, a call; a pledge "that it would invest"; a grade the council "was told").
		const teller = (stand.before ?? '').replace(/\s+(?:in|on|at|last|this|earlier)\s*$/i, ' ');
		const telling = /^\s*that\b/i.test(between) && sayingAtEnd.test(teller);
		// (A grade told by its inspectorate is its publication: "Ofsted said on Monday that the services were inadequate".)
		const byInspectorate = type === 'inspection-judgement' && /\b(?:Ofsted|inspectors|the inspectorate|the watchdog|the report)\b[^,;]*$/i.test(teller) && !/\bhad\b/i.test(between);
		const relative = telling ? null : onTheDate.exec(between);
		if (telling && !saidEvents.has(type) && !byInspectorate && !(type === 'funding' && /^\s*that\s+(?:it|they|the council|the government|the department)\s+(?:would|will)\b/i.test(between)) && !(type === 'inspection-judgement' && /\b(?:was|were|been)\s+(?:\w+\s+)?told\b/i.test(stand.before ?? ''))) return 'the day of the telling';
		if (relative) between = between.slice(relative[0].length);
		else if (telling) between = between.replace(/^\s*that\b/i, ' ');
		else {
			// "A report published last month by Ofsted found that ... had improved to requires improvement": the finding is the grade.
			const found = /^(.*?)\b(?:found|concluded|judged|said|says|finds|concludes)\s+that\b/i.exec(between);
			if (found && type === 'inspection-judgement' && sayer.test(' ' + found[1]!.replace(/^\s*(?:by\s+)?/, ' ')) && !/[,;]/.test(found[1]!)) between = between.slice(found[0].length);
			// "the department was told four years ago that it required improvement": a grade is given by being told to the council.
			else if (type === 'inspection-judgement' && /^\s*that\b/i.test(between) && /\b(?:was|were|been)\s+(?:\w+\s+)?told\s+(?:(?:in|on|last|this)\s+)?$/i.test(stand.before ?? '')) between = between.replace(/^\s*that\b/i, ' ');
			// "announced yesterday that it would invest £1m": a pledge is made by its announcement.
			else if (type === 'funding' && /^\s*that\s+(?:it|they|the council|the government|the department)\s+(?:would|will)\b/i.test(between)) between = between.replace(/^\s*that\s+\S+(?:\s+council|\s+government|\s+department)?\s+(?:would|will)\b/i, ' ');
		}
		// "The July 2012 Ofsted report described ... and gave it a rating": the predicates of a dated report share its date.
		const datedSubject = /^\s*(?:[\w'’-]+\s+){0,2}?(?:report|inspection|verdict|review|letter)\b/i.test(between);
		const andOther = datedSubject ? andSubject.test(between + ' ' + core.slice(0, 40)) : andOpens.test(between + ' ' + core.slice(0, 40));
		// "would table a motion at full council in July asking for a cross-party panel": the date is the asking's; what
		// it asks for has none yet (a call's own date is its asking: not for the events made by being said).
		if (!saidEvents.has(type) && type !== 'no-confidence-vote' && askingFor.test(between)) return 'the day of asking for it';
		const opened = punctuation.test(between) ? 'another clause after a stop' : opensClause(between) ? 'a subordinate clause between' : andOther ? 'another predicate joined by and' : null;
		if (opened) return opened;
		if (relativeWord.test(between)) return 'the event told in a clause of its own';
		const comma = between.lastIndexOf(',');
		if (comma >= 0 && !goesOn.test(between.slice(comma + 1))) return 'another clause after a comma';
		return otherVerb(between, act, type, saidEvents);
	}
	// "Inspectors, who judged the services inadequate, returned on Tuesday": the event told in an aside the date is outside.
	if (/,\s*(?:who|which|whose)\b[^,;]*$/i.test(stand.before ?? '') && /,/.test(stand.where === 'after' ? cue + stand.between : stand.between)) return 'the event told in an aside';
	// Event first (or the date inside the cue's run-on): the words from the end of its own clause to the date.
	const rest = stand.where === 'after' ? cue.slice(core.length) + stand.between : stand.between.replace(/^[\s,;:]+/, '').slice(Math.min(core.length, stand.between.length));
	if (stand.where === 'in the cue' && rest.trim() === '') {
		// A cue that is only its date ("a report published | in September"): the date is governed by the verb before it.
		const governor = governorBefore.exec(stand.before ?? '');
		const onlyDate = stand.words !== undefined && cue.replace(/[\s,.;]+$/, '') === stand.words.replace(/[\s,.;]+$/, '');
		return onlyDate && governor && !auxiliary.test(governor[1]!) && !act?.test(governor[1]!) ? 'the day of another verb' : null;
	}
	// (A cue cut mid-word leaves the word's end: "rel|eased on Tuesday".)
	const whole = stand.where === 'after' && core === cue ? rest.replace(/^[\w'’-]+(?:[,.]\d+)*/, '') : rest;
	if (/(?:^|,)\s*according to\b/i.test(whole) && (type === 'inspection-judgement' || type === 'commissioner-report')) return null;
	let between = withoutAsides(whole.replace(leadIn, '').replace(dateList, '').replace(leadIn, '').replace(/,\s*$/, '').replace(label, ' '));
	// "a focused visit, in July 2021, looked at ...": a date set beside the event's words.
	if (/^\s*,?\s*$/.test(between)) return null;
	if (punctuation.test(between)) return 'another clause after a stop';
	// A clause on the event's own noun that holds the date: "the inspection that finished in December".
	const onNoun = /^\s*(?:(?:in|of|for|on|against|by|from|to)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s*,?\s*(?:the\s+\w+\s+of\s+)?(?:which|who|that|whose)\b/i.exec(between);
	if (onNoun) between = between.slice(onNoun[0].length);
	// "was appointed after an Ofsted inspection in February 2020": the date is the noun's that "after" governs, an act
	// the event came after (or before), not the event's own.
	if (!inspectionEvents.has(type) && earlierNoun.test(between) && !hasVerb(between.slice(between.search(earlierNounStart))) && !(type === 'commissioner-report' && /\b(?:report|review)\b[^,]*$/i.test(between))) return "the date of an inspection or report it came after";
	// A subordinate clause (a subordinating word, then a verb before the date) holds the date, not the event.
	const sub = subordinator.exec(between.replace(/\b(?:has|have|had|having|ever)\s+since\b/gi, ' '));
	if (sub && finiteVerb.test(between.slice(sub.index + sub[0].length))) return 'a subordinate clause between';
	// A date that ends a coordination can be read as the whole coordination's ("appointed a commissioner and issued a
	// direction in May 2019"), unless the later conjunct has a subject or a tense of its own ("and will leave in April").
	if (andSubject.test(between) || andTense.test(between)) return 'another predicate joined by and';
	const conjunct = andOpens.exec(between);
	if (conjunct) between = between.slice(0, conjunct.index);
	if (relativeWord.test(between)) return 'the date told in a clause of its own';
	const comma = between.search(/,|\s[–-]\s/);
	if (comma >= 0) {
		const after = between.slice(between.indexOf(' ', comma + 1));
		// ", announced on Tuesday": a participle phrase on the event's noun; "X - £5.5m - was approved": its predicate.
		if (goesOn.test(after) || (!hasVerb(between.slice(0, comma)) && /^\s*(?:is|are|was|were|has|have|had|will|would)\b/.test(after))) between = after;
		// ", inspectors concluded in a report published on Tuesday", ", the council announced on Monday" (a resignation's).
		else if (told(after)) return null;
		// ", the council said on Thursday": the telling's day.
		else if (saying.test(after)) return 'the day of the telling';
		else return 'another clause after a comma';
	}
	return otherVerb(between, act, type, saidEvents);
}

/** The council, its people or the government as the subject just before a telling verb. */
const otherSayer = /\b(?:council|authority|leader|director|cabinet member|lead member|spokes(?:man|woman|person)|mayor|minister|secretary|department|government|MP|councillors?|chief executive)\s*(?:,[^,]*,\s*)?$/i;

/** A verb between that is not the event's own act (nor an auxiliary, nor a participle dating the event's noun). */
function otherVerb(between: string, act: RegExp | undefined, type: string, saidEvents: ReadonlySet<string>): string | null {
	// (matchesIn, not matchAll: matchAll copies this long pattern on every call, which cost more than the search.)
	for (const m of matchesIn(verbGroups, between)) {
		const group = m[0];
		if (auxiliary.test(group.replace(/\s+(?:up|off|out|in|down|back)$/, ''))) continue;
		// A grade or a commissioner's report is said by its inspectorate or commissioner; said by the council, its
		// people or a minister ("the council said it would appeal against the rating"), the date is that telling's.
		if (act?.test(group) && !(saying.test(group) && (type === 'inspection-judgement' || type === 'commissioner-report') && otherSayer.test(between.slice(0, m.index)))) continue;
		if (saidEvents.has(type) && saying.test(group)) continue;
		if (datingParticiple.test(between.slice(0, m.index + group.length))) continue;
		return saying.test(group) ? 'the day of the telling' : 'the day of another verb';
	}
	return null;
}
