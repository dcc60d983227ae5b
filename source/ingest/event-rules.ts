/**
 * The rules that type an event from a clause of narrative: one per event type of CONTRACT.md, in groups. They
 * describe how British local papers report these events, never a particular article.
 */
import type {EventType} from '../corpus/schema.js';

export type Rule = {
	readonly type: EventType;
	readonly test: RegExp;
	readonly unless?: RegExp;
	readonly group: string;
	/** Words of which the lower-cased sentence must hold one for `test` to match: a cheap test first. */
	readonly needs: readonly string[];
};

/**
 * Within a group the first rule that matches a clause wins; rules of
 * different groups may all match one clause ("appointed a commissioner after ... served with an improvement notice").
 */
export const rules: readonly Rule[] = [
	{
		group: 'notice-lifted',
		type: 'improvement-notice-lifted',
		needs: ['improvement notice', 'notice to improve', 'direction', 'intervention', 'notice', 'supervision', 'oversight'],
		// "The notice was lifted", "lifted the direction imposed in 2019", "the lifting of the notice", "bringing formal
		// intervention to an end", "declined to remove the improvement notice" (refused: the status says so).
		test: /\b(improvement notice|notice to improve|statutory direction)\b[^.]*?\b(lifted|removed|withdrawn|revoked|ended|closed|rescinded)\b|\b(lifted|lift|lifting|removed|remove|removing|revoked|revoke|revoking|withdrew|withdraw|withdrawing|withdrawn|ended|end|closed|close)\s+(the|its|an?|their)\s+([\w'’-]+\s+){0,2}(improvement notice|notice to improve|statutory direction|direction|supervision)\b|\b(lifting|removal|revocation|withdrawal|ending) of (the|its|an?|their)\s+([\w'’-]+\s+){0,2}(improvement notice|notice to improve|statutory direction|direction|notice(?! of motion))\b|\b(formal |government |statutory )?intervention\b[^.]*\b(to an end|ended)\b|\bthe direction was\b[^.]*\b(lifted|removed|withdrawn|revoked|ended)\b|\b(lifted|removed|withdrew|withdrawn|revoked)\s+(the|its|their)\s+notice\b(?! of motion)|\b(released|freed|emerged?|came out|comes? out) (from|of) ([\w-]+ ){0,5}(intervention|control|supervision)\b|\b(?:removed|removes|removing|released|freed) (?:[\w'’-]+ ){0,6}?from (?:[\w'’-]+ ){0,3}?(?:intervention|supervision)\b|\bthe notice (?:was|is being|will be|is to be|(?:has|had|have) (?:now |finally |formally )?been) (?:formally |now |finally )?(?:lifted|removed|withdrawn|revoked|rescinded)\b|\b(?:free|freed|released|exited|exits|exit|exiting)\s+(?:from\s+|of\s+)?(?:the |its |an? |their )?(?:government |formal |ministerial |statutory |DfE )?(?:intervention|oversight|improvement notice|notice to improve|statutory direction)\b|\b(?:mov|tak|bring|brought)\w* (?:the service |the department |the council |the authority |the borough |the county |it |them )?out of (?:government |formal |ministerial )?intervention\b|\bsupervision (?:has |had )?(?:ended|been lifted)\b|\bintervention (ends|ended|is over|was over|came to an end)\b|\b(ended|ends|ending) (?:(?:its|the|their) )?([\w-]+ )?intervention\b|\bno longer (subject to|under) (an? |the |its |a formal |a government |government |formal |ministerial )?(improvement notice|notice to improve|statutory direction|direction|intervention)\b/i,
	},
	{
		group: 'notice',
		type: 'improvement-notice',
		needs: ['improvement notice', 'statutory direction', 'notice to improve', 'direction', 'intervention', 'intervene', 'supervision'],
		// "working under an improvement notice" tells of one in force: the notice, undated unless the clause dates it.
		// A statutory direction that appoints a commissioner is the commissioner's appointment (the rule below).
		unless: /\bstatutory direction\b[^.]*\b(commissioner|appoint\w*)\b|\b(commissioner|appointment)\b[^.]*\bstatutory direction\b/i,
		test: /\b(improvement notice|statutory direction|notice to improve)\b[^.]*\b(issued|served|imposed|placed|given)\b|\b(?:the|a) direction\b(?! of travel)[^.]*\b(issued|served|imposed)\b|\b(?:put|puts|putting|placed|places|placing) (?:[\w'’-]+ ){0,3}?(?:on|under) (?:an?|the) (?:formal |new |non-statutory )?(?:improvement notice|notice to improve)\b|\bfollowed (?:[\w ]{0,20} )?by (?:an?|the) (?:formal |new |non-statutory )?(?:improvement notice|statutory direction|notice to improve)\b|\b(?:slapped|hit|served|landed|saddled) with (?:an?|the|its|another|a second|a new|a formal) (?:[\w-]+ )?(?:improvement notice|notice to improve|statutory direction)\b|\b(?:improvement notice|notice to improve)s? (?:the|it|they|[A-Z][\w'’-]+) (?:[\w'’-]+ ){0,2}?(?:had |has |have )?(?:received|been given|been served)\b|\b(?:confirm|confirms|confirmed|announced|announces)\s+(?:that\s+)?(?:an?|the)\s+(?:new\s+|formal\s+)?(?:improvement notice|statutory direction)\b(?![^.]*\b(?:lifted|removed|withdrawn|revoked|ended|lift|remove)\b)|\bimprovement notice,? (?:published|issued)\b|\bintervention (?:began|started)\b|\b(?:put|puts|move|moves|moved|placed|went|go) (?:the (?:service|department) )?into (?:government |formal |ministerial )?intervention\b|\b(?:placed|put|been|was|were) under (?:[\w-]+ ){0,2}(?:government|ministerial|DfE) (?:supervision|control)\b|\bpowers to intervene\b|\b(issued|issues|issuing|issue|serve|serves|served|impose|imposes|imposed|place|placed|given|received|receive|receives|receiving|receipt of|handed)\b[^.]*\b(improvement notice|statutory direction|notice to improve)\b|\b(under|remains? under|working under|subject to)\b (an?|the|its|a formal|a government|a DfE|a Department for Education) ([\w-]+ ){0,2}(improvement notice|statutory direction|notice to improve)\b|\b(put|placed|was|were|been) under (an?|the) (government |ministerial |formal |statutory |DfE )?direction\b|\bthe (government |ministerial |formal |statutory )?direction was (imposed|issued|served|made|given)\b|\b(issued|imposed|served|made) (an?|the) (government |ministerial |formal |statutory )?direction\b|\b(used|uses|using) (his|her|their|its) powers? of direction\b/i,
	},
	// "a Labour motion calling on him to resign was tied at 31 votes each": a vote on his going, whatever it is called.
	{group: 'vote', type: 'no-confidence-vote', needs: ['confidence', 'motion'], test: /\b(vote|motion) of no confidence\b|\bno[- ]confidence (vote|motion)\b|\bconfidence (vote|motion)\b|\b(keeps?|kept|loses?|lost|has|retains?) the confidence of the (chamber|council|full council)\b[^.]*\bvote\b|\bmotion\b[^.]*\b(resign|step down|stand down|quit)\b[^.]*\b(was|were) (tied|defeated|carried|passed|rejected|voted down|lost|won)\b/i},
	{
		group: 'resign',
		type: 'resignation-refused',
		// "confirmed the resignation of X, who will stay in post until July": a resignation, its notice period.
		unless: /\b(confirmed|announced|accepted|handed in|tendered|offered)\b[^.]*\bresignation\b/i,
		needs: ['refus', 'vow', 'intends to', 'not ', 'rejected', 'no intention', 'the right ', 'in post', 'in office', 'role', 'no plans', 'keep', 'kept', 'held on', 'holds on', 'cling', 'clung', 'surviv', 'dismissed', 'brushed', 'shrugged', 'waved', 'declined', 'rebuffed', 'resisted', 'neither'],
		test: /\brefus(ed|es|ing) to (resign|step down|stand down|quit|go|accept\b[^.]*\bresignation)|\b(will|would) not (be )?(walk|walking) away\b|\b(stay|stays|staying|remain|remains|remaining) in (post|office|the role|his role|her role)\b|\bno plans to (resign|step down|stand down|quit)\b|\bvow(ed|s)? to stay\b|\bintends to (continue|stay)\b|\b(will|would) not (be )?(resign|resigning|step down|stepping down|stand down|standing down|quit|quitting)\b|\brejected (the )?calls?\b|\bno intention of (resigning|stepping down|standing down|stepping aside|standing aside|quitting|going)\b|\bthe right (person|man|woman|people) to\b|\b(keeps?|kept|keeping|held on to|holds on to|clings? on to|clung on to) (his|her|their) (post|job|role|position|seat)\b|\bsurviv(ed|es|ing) (a |the )?(resignation call|calls? (for|to) (his|her|their)? ?resign\w*|motion calling)\b|\b(dismissed|brushed aside|shrugged off|rebuffed|resisted) (the |repeated |renewed )?(calls|demands)\b|\b(brushed|shrugged|waved) (the |these |those |repeated |renewed )?(calls?|demands?) (aside|off)\b|\b(asked|urged|told) to (consider|reconsider) (his|her|their) (position|future)\b[^.]*\b(but|and) (declined|refused)\b|\bneither\b[^.]*\b(will|would) be (quitting|resigning|stepping down|standing down|going)\b/i,
	},
	{
		group: 'resign',
		type: 'resignation-call',
		needs: ['call', 'should', 'must', 'told', 'demand', 'consider', 'want', 'urge', 'ask', 'press', 'untenable', 'roll', 'honourable', 'decent'],
		test: /\bcall(s|ed|ing)? (for|on)\b[^.]*\b(resign|resignation|resignations|step down|stand down|step aside|stand aside|quit|go)\b|\b(should|must) (both )?(resign|step down|stand down|step aside|quit|go)\b(?!\s+(?:to|on|ahead|further|through|back|beyond|forward|into|towards)\b)|\btold\b[^.]*\bto (resign|step down|stand down|quit)\b|\bdemand(s|ed)?\b[^.]*\b(resignations?|resign|step down|stand down|step aside|stand aside|give up (his|her|their) (role|post|job|position))\b|\bcalled on\b[^.]*\bto (resign|step down|stand down|step aside)\b|\b(should|must|to) consider (his|her|their) positions?\b|\b(want|wants|wanted|urged|urge|urges|urging|asked|asking|ask|asks|pressed|pressing)\b[^.]*\bto (resign|quit|go|step down|stand down|step aside|stand aside)\b|\bcalls? to (?:resign|quit|step down|stand down|step aside|stand aside)\b|\bpressure\b[^.]{0,40}\b(?:on|for)\b[^.]{0,60}\bto (?:resign|quit|step down|stand down|step aside|stand aside)\b|\b(?:should|must|to|ought to) do the (?:honourable|decent) thing\b|\bpositions? (is|was|were|are|had become|has become|now) ['‘"“]?untenable\b|\b(should|must) make way\b|\b(?:should|must|to|ought to) fall on (?:his|her|their) swords?\b|\bheads? (?:must |should |to |will |would )?roll\b|\bcall(?:s|ed|ing)? for (?:[\w'’-]+ ){0,4}?head\b|\b(?:should|must|ought to) be (?:sacked|fired|dismissed)\b|\bcall(s|ed|ing)? for (a|the) change (of|in) (leadership|political leadership)\b/i,
	},
	{
		group: 'resign',
		type: 'resignation',
		needs: ['resigned', 'stepped down', 'stood down', 'quit', 'resignation', 'leav', 'step down', 'stand down', 'stepping down', 'standing down', 'departure', 'exit', 'retire', 'left the', 'step aside', 'stand aside', 'would resign', 'will resign', 'left', 'retired'],
		// "left the £180,000-a-year post on 28 March".
		test: /\b(resigned|stepped down|stood down)\b|\bleft (the|his|her|their) ([\w£,'’-]+ ){0,3}(post|job|role|position)\b|\b(has |have |had )?left (the )?(council|authority|local authority)\b(?!['’])|\b(confirmed|announced) the (departure|exit|retirement) of\b|\b(has|have|had) retired\b|\bquit (as|from|on|last|this|after|with)\b|\b(has|have|had) quit\b|\b(handed in|announced|tendered|confirmed|offered|accepted) (his|her|their|the) resignation\b|\b(his|her|their) resignation (on|last|this|in|at)\b|\bthe resignation of\b(?![^.]*\b(call|calls|called|calling|demand|demanded|demands)\b)|\b(is|are|was|were) (leaving|to leave|to step down|to stand down|stepping down|standing down)\b|\b(will|is set to|is due to) (leave|step down|stand down)\b|\b(announced|confirmed) (his|her|their) (departure|exit|retirement)\b|\b(announced|confirmed|revealed|said)\b[^.]{0,40}\b(she|he|they) (would|will) (retire|leave|step down|stand down|step aside|stand aside|quit|resign)\b/i,
		unless: /\bother (towns|councils|authorities|areas|places)\b/i,
	},
	{
		group: 'commissioner-report',
		type: 'commissioner-report',
		needs: ['commissioner'],
		test: /\bcommissioner\b[^.]*\b(report(ed|s)? (back|to|on|that)|reported|(due|is|are|expected) to report|will report|recommend\w*|published (a|her|his|their) report|concluded|found|(?<!\bwho (?:now |also )?)advis(ed|es)|final report|review found)\b|\bcommissioner['’]s (final |latest |interim |first )?(report|recommendations?|findings|review)\b|\breport (from|by) (the )?([\w'’-]+ ){0,2}commissioner\b|\bin (?:her|his|their|a|the|its) (?:final |latest |interim |first )?report\b[^.]*\bcommissioner\b|\bcommissioner\b[^.]*\b(?:told|informed|advised|wrote to) (?:the )?(?:minister|ministers|education secretary|secretary of state|government|department)\b/i,
	},
	{
		group: 'commissioner-appointed',
		type: 'commissioner-appointed',
		needs: ['commissioner', 'commissioners', 'statutory direction'],
		// A commissioner who is the object of a placing verb ("the city has been handed a commissioner", "deployed a
		// commissioner", never "handed the commissioner's report"), or a person who takes up the role ("started work
		// as commissioner", "brought in by ministers as commissioner").
		test: /\bcommissioners?\b[^.]*\b(appointed|appoint|named|sent in|installed|brought in|parachuted|drafted in)\b|\b(appointed|appoint|appoints|named|name|naming|sent in|send in|sending in|installed|become|becomes|act as|acting as|parachuted|parachutes|drafted in)\b[^.]*\bcommissioners?\b|\bappointment of (a|an|the)\b[^.]*\bcommissioners?\b|\b(?:became|was made|been made|brought in as|confirmed as|appointment of [A-Z][\w'’-]+ [A-Z][\w'’-]+ as)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?commissioner\b|\b(?:took|takes|take|taking) (?:up|on) the (?:post|role|job) of (?:[\w'’-]+\s+){0,3}?commissioner\b|\b(?:choice|job) of (?:a |the )?(?:children['’]s services )?commissioner\b|\btasked commissioner\b|\b(?:handed|given|assigned)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?commissioners?\b(?!['’])|\b(?:deployed|deploys|deploying|appointing|installing|imposed|imposing|put|puts|putting)\s+(?:[\w'’-]+\s+){0,3}?(?:a|an|its|their|the)\s+(?:[\w'’-]+\s+){0,3}?commissioners?\b(?!['’])|\bplaced under the (?:control|direction|oversight) of (?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?commissioner\b|\bcommissioners? (?:was|were|has been|have been|had been|is being|would be|will be|is to be|are to be|to be) (?:put in|deployed|assigned|imposed)\b|\b(?:brought|drafted|sent|parachuted) in (?:by [\w'’ -]{1,40}? )?as (?:the |a |an )?(?:[\w'’-]+\s+){0,3}?commissioner\b|\b(?:took|takes|take|taking|started|starts|start|starting|began|begins|begin) (?:up )?(?:work|(?:her|his|their|the) (?:role|post|job)|office|charge(?: of [\w'’ -]{1,40}?)?) as (?:the |a |an )?(?:[\w'’-]+\s+){0,3}?commissioner\b|\b(the|this|her|his) appointment\b[^.]*\bstatutory direction\b|\bstatutory direction\b[^.]*\b(appoint\w*|commissioner)\b|\b(ordered|directed|required|instructed)\b[^.]*\bto work with (a|an|the)\b[^.]*\bcommissioners?\b/i,
		// Ending an appointment, or a commissioner who is already in post, is not an appointment.
		unless: /\bend(ed|s|ing)? (his|her|their|the) (appointment|role)\b|\bstood down\b|\bstepped down\b/i,
	},
	{group: 'board', type: 'improvement-board', needs: ['board', 'panel', 'group'], test: /\b(improvement|oversight|improvement and assurance|assurance|partnership improvement) (board|panel)\b|\bcross[- ]party (board|group|panel)\b|\bindependently[- ]chaired (board|panel)\b/i},
	{group: 'plan', type: 'improvement-plan', needs: ['plan', 'programme'], test: /\bimprovement plan\b|\baction plan\b|\brecovery plan\b|\b(?:a|the|its) plan to (?:address|tackle|respond to|act on|deal with|meet)\b[^.]{0,40}\b(?:recommendations?|findings|failings|weaknesses|concerns)\b|\b(?:improvement|recovery) programme\b|\b(?:submit|publish|produce|draw up|write) (?:a|an|its|the) (?:new |revised |detailed )?plan\b/i},
	// "must now write a written statement of action": the plan an area SEND inspection with significant weaknesses
	// requires, as news; one asked for in a year gone by is the background of that inspection.
	{group: 'plan', type: 'improvement-plan', needs: ['statement of action'], test: /\bstatement of action\b/i, unless: /\b(?:19|20)\d\d\b/},
	{
		group: 'visit',
		type: 'inspection-visit',
		needs: ['visit', 'ofsted', 'inspect'],
		// "A re-visit by Ofsted and the CQC", "a further visit", "two shorter visits": visits however few their words.
		test: /\b(?:re-?visit|further visit|follow-up visit|second visit|shorter visits?|two visits|monitoring inspection)s?\b|\b(?:carrying out|conducting|carried out|conducted)\s+(?:an?|its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:inspection|visit)\b|\binspectors['’] visit\b|\binspection (?:dates?:?\s*|of [^,.;:\d]{0,60},\s*)(?=\d{1,2}\b)|\b(?:inspection|visit),? (?:which|that) (?:was carried out|took place|ran|occurred|happened|had taken place|was held)\b|\binspection,? (?:(?:which|that) (?:was|were) )?(?:undertaken|conducted)\b|\b(?:in|during) (?:the (?:spring|summer|autumn|winter) of |(?:early|late|mid-?) ?)?(?:19|20)\d\d,? (?:an? |the )?(?:unannounced|joint|full|short|targeted|annual)\s(?:[\w-]+\s){0,2}?(?:inspection|visit|fieldwork)s?\b|\b(?:unannounced|joint|full|short|targeted|annual|re-?inspection)\s(?:[\w-]+\s){0,2}?(?:inspection|visit|fieldwork)s?\b(?=[^.;]{0,60}?(?:\b(?:in|on|during|over|from)\s+(?:the\s+)?(?:(?:early|late|mid|spring|summer|autumn|winter|end|start)\s+(?:of\s+)?)?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|\d{1,2}\b|(?:19|20)\d\d)|\bthe (?:year|month) (?:before|after)\b|\blast (?:year|month)\b))|\b(?:first|second|third|last|latest) of (?:those|these|the|its|their) (?:visits|inspections)\b|\b(focused|monitoring|inspection|return) visits?\b|\bvisits? (?:by|from) (?:the )?(?:inspectorate|Ofsted|inspectors|watchdog)\b|\b(currently inspecting|inspection (is )?(now )?under ?way|(Ofsted|inspectors?) (arrived|arrive|arrives)|(finished|completed|concluded) (inspecting|(its|their|the) inspection)|(preparing for|braced for|bracing for|expecting) (an? |its |the )?(full |next )?(Ofsted )?(visit|inspection))\b|\binspection\b[^.]*\b(is|are) likely\b|\b(\w+|\d+)-(day|week) (re-?inspection|inspection|visit)\b|\b(was|were|been) (last |first |previously )?inspected\b|\b(inspection team|inspectors)\b[^.]*\b(the|their|a) visit\b|\b(re-?inspection|unannounced inspection|full inspection|inspection)\b[^.]*\b(over|across|lasting|during) (two|three|four|five|six|\d+) (days|weeks)\b|\b(inspectors?|Ofsted)\b[^.]*\b(spent|spend|spends) (two|three|four|five|six|\d+) (days|weeks)\b|\b(inspectors?|Ofsted)\b[^.]*\b(spent|spend|spends) \d{1,2}(?:st|nd|rd|th)? (?:to|and|-|–) \d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(re-?inspection|monitoring (activity|inspection)|return visit)\b[^.]*\b(expected|due|will|scheduled|later this year|next (year|month)|within)\b|\b(due|expected|set) to (carry out|conduct) (a |an |its )?(full |new |fresh )?(re-?inspection|inspection|monitoring)\b|\b(to|will) return for\b|\b(Ofsted|inspectors?)\b[^.]*\b(due back|due to (visit|return|inspect)|will (visit|return|inspect)|returned|visited|carried out|expected (back|to return|next)|back in)\b|\b(next|full|new|fresh|further) (Ofsted )?inspection\b[^.]*\b(expected|due|will|scheduled|takes place|took place|next (year|month)|later this year)\b|\b(?:inspectors?|Ofsted|inspection team)\b[^.]*\b(?:were|was) (?:in|at) [^.;]{0,40}\bfor (?:a fortnight|a week|(?:two|three|four|five|six|\d+) (?:days|weeks))\b|\b(re-?inspected|inspected again)\b[^.]*\b(expected|due|will|next (year|month)|later this year)\b|\b(expected|due|will|is set) to be (fully )?(re-?inspected|inspected again)\b|\b(?:is|are) (?:due|expected|scheduled|set) to be inspected\b|\binspections? (was |were |had |has )?(carried out|took place|taken place|in (January|February|March|April|May|June|July|August|September|October|November|December))\b|\b(?:previous|earlier|last|prior|an earlier|a previous)\s+(?:full\s+|Ofsted\s+|standard\s+)?(?:inspection|visit)s?,?\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b/i,
		// "aiming for a 'good' rating from the next Ofsted inspection" is an ambition, not a visit; "monitoring visits every
		// three months" a regime, not a visit.
		unless: /\b(aiming for|aim for|aims to|hoping|hopes? (for|to)|wants? to|striv(?:e|es|ing) (?:for|to (?:be|achieve|get|reach)))\b|\bvisits\b[^.;]*\bevery (?:two|three|four|six|\d+) (?:months|weeks)\b/i,
	},
	{group: 'funding', type: 'funding', needs: ['£', 'budget', 'millions'], unless: /\b(salary|salaries|pay-?off|payout|severance|pension|a year for the role)\b|-a-year (post|job|role)\b|\b(councils|local authorities) (in England|across the country|nationally|will|would|have|had|face|faced|are|were)\b|\bacross England\b/i, test: /£\s?\d[\d.,]*\s?(m|bn|k|million|billion)\b|£\s?\d{1,3}(?:,\d{3})+\b|\b(funding|investment|grant|budget)\b[^.]*?£\s?\d|\b(?:pump\w*|plough\w*|invest\w*|inject\w*|put\w*|spend\w*|spent) (?:an? )?(?:extra |additional |further )?millions\b|\bbudget\b[^.]*\b(increases|increased|raises|raised|boosts|boosted)\b[^.]*\bspending on children['’]s (services|social care)\b/i},
];


/**
 * "Rochdale's improvement notice, first issued in April 2013 after an inspection found ..., has now been lifted":
 * the clauses split the lifting from the notice it lifts, which is the sentence's subject (the words before its
 * first comma). The match is the lifting words, as the rule's own would be.
 */
export function subjectLifted(type: string, clause: string, sentence: string): RegExpExecArray | null {
	if (type !== 'improvement-notice-lifted') return null;
	const bare = /\b(?:has|have|had|was|were|is)\s+(?:now\s+|finally\s+|formally\s+|since\s+)?been\s+(?:lifted|removed|withdrawn|revoked|rescinded)\b/i.exec(clause);
	return bare && /^[^,.]*\b(?:improvement notice|notice to improve|statutory direction)\b[^,.]*,/i.test(sentence) ? bare : null;
}
