/**
 * Whether a sentence is about a council's children's services: the council, its children's social care, its director,
 * lead member or social workers, Ofsted's inspection of them, the Department for Education's intervention in them; or
 * about another body (a hospital or NHS trust, the police, the CQC on health or adult care, a prison, a school or
 * academy, a club, a charity, housing, adult social care, an MP, a minister, a royal, a manager of something else).
 *
 * One question a rule asks once (its `context`), rather than a list of other senses per rule. The answer is read from
 * the bodies a sentence names: the one it names first is its subject ("The NHS trust has pledged extra money for
 * children": the trust's), an earlier sentence answers for one that names none ("His departure comes days after ..."
 * after a sentence about an MP), and a sentence of an article about a council that names no body at all is the
 * council's. Pure; it describes how news names these bodies, never a particular article.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {wordFinderOverWords, wordsPattern} from './word-set.js';
import {keptAnswers} from '../text/kept-answers.js';

/**
 * What a rule asks of its sentence: `childrens-services`, that it is about them; `childrens-services-people`, also that
 * the person who visits, goes or stays is of them: a minister, a royal visitor or a mayor is not (while a minister who
 * appoints a commissioner acts on the council's services, and is no other body). The `council-named` pair asks as much,
 * and also that the sentence (or, for one that points back, the sentence before) names the council's side itself: a
 * sentence naming no body is not taken for the council's (for rules whose words other bodies use as often).
 */
export type EventContext = 'childrens-services' | 'childrens-services-people' | 'council-named' | 'council-named-people';

export type ContextInput = {
	/** The sentence the rule matched in. */
	readonly sentence: string;
	/** Where the rule's match starts and ends in the sentence. */
	readonly hitStart?: number;
	readonly hitEnd?: number;
	/** The sentence before it in the article, for one that names no body. */
	readonly previousSentence?: string;
	/** The article's own council. */
	readonly authority?: string | null;
	/** The councils the sentence names, where the caller has found them already (else they are looked for). */
	readonly councils?: readonly {readonly start: number; readonly end: number}[];
};

/** A body named at start..end: the council's side or another's; `name` for a council's name or the word "council". */
type Marker = {readonly start: number; readonly end: number; readonly ours: boolean; readonly name?: boolean};

const alt = (words: readonly string[]) => words.join('|');

/** A council's children's services, named for themselves, their people or their overseers. */
const oursWords = alt([
	// (Not a provider's: "children's services at Eastbridge Hospital", "a children's home run by a private firm".)
	String.raw`children['’]s (?:services|social care|social work(?:ers)?|safeguarding|services trust|trust|improvement(?:\s+(?:board|plan|notice))?|homes?|department|directorate)(?!\s+(?:at|of|in)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}(?:Hospitals?|Trust|Hospice|Water|Ltd|Limited|plc|Group|Company|Clinic|Centre|Foundation|School|Academy|College|University)\b)(?!,?\s+(?:run|owned|operated|managed) by (?:a|an)\s+(?:private|independent)\b)`,
	String.raw`(?:social care|services|help|support) for (?:vulnerable )?children`,
	String.raw`social work(?:ers?)?`,
	String.raw`children,? schools and families`,
	String.raw`children and young people['’]s services`,
	String.raw`(?:director|directors|department|cabinet member|portfolio holder|lead member|committee) (?:of|for) (?:children,? schools and families|children['’]s services|education and children['’]s services|children and families|children and young people|children|people)`,
	String.raw`child protection`,
	String.raw`safeguarding (?:children|partnership|board)`,
	String.raw`looked[- ]after children`,
	String.raw`children in care`,
	String.raw`care leavers`,
	String.raw`fostering(?: service)?`,
	String.raw`adoption(?: service| agency)?`,
	String.raw`youth (?:offending|justice) (?:team|service|services|board)`,
	String.raw`(?:local\s+)?area\s+(?:SEND\s+)?partnership`,
	String.raw`joint targeted area inspection`,
	String.raw`(?:local\s+)?area\s+SEND(?:\s+inspection)?`,
	String.raw`virtual school`,
	String.raw`(?:director|directors|head|assistant director|deputy director) (?:of|for) children['’]s (?:services|social care)`,
	String.raw`(?:cabinet|lead|portfolio) member`,
	String.raw`portfolio holder`,
	// (A council-run nursery or school is the nursery's or the school's.)
	String.raw`(?:the\s+)?(?:county|city|borough|district|unitary|metropolitan)?\s*council(?!\s+(?:tax|houses?|homes?|housing|estates?|tenants?))(?![-‐](?:run|owned|maintained|managed|funded)\b)`,
	String.raw`councillors?`,
	String.raw`Cllr`,
	String.raw`Coun\.?`,
	String.raw`local authority`,
	String.raw`the authority`,
	String.raw`council leader`,
	String.raw`chief executive of (?:the\s+)?(?:[\w'’-]+\s+){0,3}council`,
	String.raw`Department for Education`,
	String.raw`DfE`,
	String.raw`improvement notice`,
	String.raw`statutory direction`,
]);

/**
 * Other bodies, their people and their business, as plain words (matched whole, in any case: the engine walks them as
 * a tree of their letters, where a list of patterns is tried one by one at every position). A children's trust, a
 * children's home or a virtual school is the council's: those are named above and win where both match.
 */
const otherPlain: readonly string[] = [
	'hospital', 'hospitals', 'nhs', 'nhs trust', 'nhs trusts', 'hospital trust', 'hospital trusts', 'hospitals trust',
	'foundation trust', 'foundation trusts', 'health trust', 'health trusts', 'healthcare trust', 'healthcare trusts',
	'ambulance trust', 'ambulance trusts', 'mental health trust', 'mental health trusts', 'acute trust', 'acute trusts',
	'community health trust', 'community health trusts', 'care trust', 'care trusts', 'health board',
	'health authority', 'integrated care board', 'integrated care system', 'icb', 'clinical commissioning group',
	'clinical commissioning groups', 'ccg', 'ccgs', 'gp', 'gps', 'gp surgery', 'gp practice', 'patient', 'patients',
	'maternity', 'a&e', 'clinic', 'clinics', 'dentist', 'dentists', 'pharmacy', 'pharmacies', 'pharmacist',
	'pharmacists', 'quality and safety', 'patient safety', 'clinical', 'care quality commission', 'cqc', 'police',
	'the met', 'met police', 'metropolitan police', 'constabulary', 'hmicfrs', 'hmic', 'iopc',
	'independent office for police conduct', 'chief constable', 'prison', 'prisons', 'hmp', 'inspectorate of prisons',
	'inspector of prisons', 'inspectors of prisons', 'young offender institution', 'young offender institutions', 'yoi',
	'prisoner', 'prisoners', 'inmate', 'inmates', 'probation service', 'academy', 'academies', 'multi-academy trust',
	'academy trust', 'college', 'colleges', 'university', 'universities', 'nursery', 'nurseries', 'pupil', 'pupils',
	'headteacher', 'headteachers', 'head teacher', 'head teachers', 'teacher', 'teachers',
	'headmaster', 'headmistress', 'head of school', 'governors', 'governing body', 'governing board',
	'pupil referral unit', 'sixth form', 'club', 'clubs', 'fc', 'football', 'rugby', 'cricket', 'player', 'players',
	'striker', 'fans', 'supporters', 'stadium', 'squad', 'team manager', 'club manager', 'football manager',
	'first-team manager', 'store manager', 'shop manager', 'hotel manager', 'restaurant manager', 'branch manager',
	'site manager', 'plant manager', 'factory manager', 'general manager', 'practice manager', 'stadium manager',
	'coach', 'head coach', 'store', 'stores', 'supermarket', 'supermarkets', 'restaurant',
	'restaurants', 'hotel', 'hotels', 'factory', 'airline', 'airlines', 'airport', 'airports', 'bus company',
	'bus operator', 'bus service', 'bus services', 'rail company', 'rail operator', 'rail service', 'rail services',
	'train company', 'train operator', 'train service', 'train services', 'charity', 'charities', 'trustees', 'nspcc',
	"barnardo's", 'barnardo’s', 'save the children', 'action for children', "children's society", 'children’s society',
	"the children's society", 'the children’s society', 'children in need', 'food bank', 'foodbank', 'church',
	'diocese', 'housing', 'housing association', 'housing department', 'housing service', 'housing services',
	'housing trust', 'housing provider', 'housing board', 'council house', 'council houses', 'council homes',
	'council housing', 'council estate', 'council estates', 'council tenant', 'council tenants', 'tenant', 'tenants',
	'landlord', 'landlords', 'tower block', 'tower blocks', 'residential block', 'residential blocks',
	'adult social care', 'adult services', 'adult care', 'adult social services', "adults' social care",
	'adults’ social care', "adults' services", 'adults’ services', 'social care for adults',
	'social care for older people', 'nursing home', 'nursing homes', 'older people', 'elderly', 'home care', 'dementia',
	'mp', 'mps', 'member of parliament', 'parliament', 'commons', 'police and crime commissioner', 'police',
	'information commissioner', 'traffic commissioner', 'victims commissioner', "victims' commissioner",
	'victims’ commissioner', 'domestic abuse commissioner', 'metropolitan police commissioner', 'fire commissioner',
	'health commissioner', "england's children's commissioner", 'england’s children’s commissioner',
	'commissioner for england', 'commissioner of england', 'commissioner for wales', 'commissioner of wales',
	'commissioner for the metropolitan police', 'commissioner of the metropolitan police', 'commissioner for police',
	'commissioner of police', 'fire service', 'fire services', 'fire brigade', 'fire and rescue', 'fire safety',
	'fire authority', 'fire officer', 'fire officers', 'fire inspector', 'fire inspectors', 'fire inspection',
	'fire inspections', 'food hygiene', 'food safety', 'food standards', 'hygiene', 'environmental health',
	'building control', 'building regulations', 'building safety', 'building inspector', 'building inspectors',
	'building inspection', 'building inspections', 'hse', 'health and safety executive', 'health and safety',
	'trading standards', 'mot', 'takeaway', 'takeaways', 'cafe', 'cafes', 'pub', 'pubs', 'swimming pool',
	'swimming pools', 'footbridge', 'footbridges', 'viaduct', 'viaducts', 'highway', 'highways',
	'bin', 'bins', 'libraries', 'leisure', 'police, fire and crime commissioner', 'chancellor', 'treasury',
	'combined authority', 'water company', 'post office', 'lottery', 'hospice', 'hospices', 'museum', 'museums',
	'archbishop', 'ambulance service', 'inspectorate of constabulary',
];

/** Other bodies that need more than their words: where they stand, or their case. */
const otherShaped = alt([
	// (Not school as a place or a time: "out of school", "school attendance", "school places".)
	String.raw`(?<!\b(?:out of|at|in|to|from|missing|attend|attending|attended|back to|before|after|leave|leaving|left|start|starting|started)\s)schools?(?!\s+(?:minister|secretary|commissioner|attendance|improvement|places|age|admissions|holidays?|transport|meals|uniforms?|day|days|term|terms|year|years|leavers|readiness|exclusions?|run|nurses?|life|work)\b)(?!-)`,
	String.raw`(?<!children['’]s\s)care homes?`,
	String.raw`(?:the\s+)?force['’]s`,
	String.raw`manager of (?:the|a)\s+(?:[\w'’-]+\s+){0,2}?(?:club|team|side|store|shop|hotel|restaurant|firm|company)`,
	String.raw`(?:County|United|City|Town|Rovers|Wanderers|Athletic|Albion|Rangers|Villa|Forest|Wednesday|Argyle|Orient)['’]s?\s+(?:manager|boss|players?|fans|squad|striker|chairman|owners?|goalkeeper|captain)`,
	String.raw`(?:Rovers|Wanderers|Athletic|Albion|Rangers|Hotspur|Argyle|Orient|United(?!\s+(?:Kingdom|Nations)))`,
	String.raw`(?:charitable\s+)?foundation(?=\s+(?:has|have|had|is|was|pledged|promised|committed|gave|said|announced)\b)`,
]);

/** Visitors whose visit is no inspection. */
const visitorWords = alt([
	String.raw`(?:the\s+)?(?:children['’]s\s+|education\s+|schools\s+|health\s+|prime\s+)?minister`,
	String.raw`secretary of state`,
	String.raw`(?:education|health|home) secretary`,
	String.raw`prince`,
	String.raw`princess`,
	String.raw`king(?!['’]s Lynn)`,
	String.raw`queen`,
	String.raw`duke`,
	String.raw`duchess`,
	String.raw`royal(?!\s+borough)`,
	String.raw`bishop`,
	String.raw`celebrit(?:y|ies)`,
	String.raw`delegation`,
	String.raw`MPs?`,
]);

const oursRe = new RegExp(String.raw`\b(?:${oursWords})\b`, 'gi');
const oursTest = new RegExp(oursRe.source, 'i');
const otherRe = new RegExp(String.raw`(?<![A-Za-z\d-])${wordsPattern(otherPlain)}(?![A-Za-z\d])|(?<![\w-])(?:${otherShaped})\b`, 'gi');
const visitorRe = new RegExp(String.raw`\b(?:${visitorWords})\b`, 'gi');

/**
 * Words one of which a text must hold, as a whole word, for the patterns above to find another body or a visitor there:
 * a cheap look first (most sentences name none), each body's most telling word.
 */
const commonWords = new Set(['the', 'a', 'of', 'for', 'and', 's', 'council', 'care', 'social', 'in', 'head', 'member', 'general', 'first', 'team', 'children', 'chief', 'young', 'inspectorate', 'inspector', 'inspectors', 'commissioner']);
const tellingWord = (w: string) => {
	const tokens = w.split(/[^a-z0-9&]+/).filter((t) => t !== '');
	return tokens.find((t) => !commonWords.has(t)) ?? tokens[0]!;
};
const shapedWords = ['school', 'schools', 'home', 'homes', 'force', 'manager', 'boss', 'player', 'players', 'fans', 'squad', 'striker', 'chairman', 'owner', 'owners', 'goalkeeper', 'captain', 'rovers', 'wanderers', 'athletic', 'albion', 'rangers', 'hotspur', 'argyle', 'orient', 'united', 'foundation'];
const otherWordsSet = new Set([...otherPlain.map(tellingWord), ...shapedWords].map((w) => ` ${w} `));
/** The same for the council's side: a word each of its patterns above cannot match without. */
const oursWordsSet = new Set(['children', 'social', 'protection', 'safeguarding', 'leavers', 'fostering', 'adoption', 'youth', 'partnership', 'targeted', 'send', 'virtual', 'people', 'member', 'portfolio', 'council', 'councillor', 'councillors', 'cllr', 'coun', 'authority', 'education', 'dfe', 'notice', 'direction'].map((w) => ` ${w} `));
const visitorWordsSet = new Set(['minister', 'secretary', 'prince', 'princess', 'king', 'queen', 'duke', 'duchess', 'royal', 'bishop', 'celebrity', 'celebrities', 'delegation', 'mp', 'mps'].map((w) => ` ${w} `));
/** All three at once: one pass over a text, lower-cased, read as its words between spaces, finds the words of each. */
const look = wordFinderOverWords([...otherWordsSet, ...oursWordsSet, ...visitorWordsSet]);
const anyOf = (found: ReadonlySet<string>, of: ReadonlySet<string>) => {
	for (const w of found) if (of.has(w)) return true;
	return false;
};
/** Words too general to name a body alone; case matters for some ("GP", "MP", "FC"). */
/** Words that name a body only capitalised ("Rangers", "the Met"; not "park rangers", "met in March"). */
const capitalised = new Set(['rovers', 'wanderers', 'athletic', 'albion', 'rangers', 'hotspur', 'argyle', 'orient', 'united', 'the met']);
const caseSensitive = new Set(['gp', 'gps', 'mp', 'mps', 'fc', 'hse', 'mot', 'icb', 'ccg', 'ccgs', 'hmp', 'yoi', 'dfe', 'nhs', 'cqc', 'hmic', 'hmicfrs', 'iopc', 'cllr']);

/**
 * "Ofsted and the CQC", "Ofsted, the CQC and the police and probation inspectorates": the joint inspection of an area's
 * SEND services or of its partners' work with children, the council's as much as health's or the police's.
 */
const inspectorateName = String.raw`(?:the\s+)?(?:CQC|Care Quality Commission|HMICFRS|HMIC|HMI Probation|HM Inspectorate of (?:Constabulary|Probation)[\w&, ]{0,40}?|(?:police|probation)(?:\s+and\s+(?:police|probation))?\s+inspectorates?|police|probation)`;
const jointInspectorates = new RegExp(String.raw`\bOfsted(?:(?:,|\s+and)\s+${inspectorateName})+|\b(?:the\s+)?(?:CQC|Care Quality Commission)\s+and\s+Ofsted\b`, 'gi');

/** A relative aside (", which works with the NHS trust,"): the bodies it names are not the sentence's subject. */
const relativeAside = /,\s*(?:which|who|whose|where)\b[^,;.]*,/g;

/** A text's bodies before names and asides are weighed: the longer of two matches that overlap wins. */
/**
 * Who says a quotation is not what it is about: '"... spent £7m on agency staff," said Jo Bloggs, MP for Northtown' and
 * 'Jo Bloggs, MP for Northtown, said: "..."' name their speaker around the quotation, whose bodies are its own.
 */
const saidAfter = /[”"]\s*,?\s*(?:[^“”".]{0,100}?\b(?:said|says|added|adds|told|wrote|warned)\b|according to\b)/i;
const saidBefore = /^[^“”"]*\b(?:said|says|added|adds|told|wrote|warned)\b\s*:?\s*[“"]/i;
function quotationOnly(text: string): string {
	const after = saidAfter.exec(text);
	const before = saidBefore.exec(text);
	const from = before ? before.index + before[0].length : 0;
	const to = after && after.index > from ? after.index : text.length;
	return from === 0 && to === text.length ? text : ' '.repeat(from) + text.slice(from, to) + ' '.repeat(text.length - to);
}

function bodiesIn(full: string, visitors: boolean): Marker[] {
	const text = full.includes('"') || full.includes('“') || full.includes('”') ? quotationOnly(full) : full;
	const found = look(text.toLowerCase());
	const others = anyOf(found, otherWordsSet);
	const visiting = visitors && anyOf(found, visitorWordsSet);
	const masked = others || visiting ? text.replace(jointInspectorates, (m) => ' '.repeat(m.length)) : text;
	const out: Marker[] = [];
	const push = (re: RegExp, ours: boolean) => {
		re.lastIndex = 0;
		for (let m = re.exec(masked); m; m = re.exec(masked)) {
			const word = m[0].trim().toLowerCase();
			if (caseSensitive.has(word) && m[0].trim() !== m[0].trim().toUpperCase() && word !== 'cllr' && word !== 'dfe') continue;
			if (capitalised.has(word.replace(/\s+/g, ' ')) && !/^(?:the\s+)?[A-Z]/.test(m[0].trim().replace(/^The\s/, 'the '))) continue;
			// "children in need" is the social-care category ("delays for some children in need"); the appeal is "Children in Need".
			if (word === 'children in need' && !m[0].includes('Need')) continue;
			const start = m.index + (m[0].length - m[0].trimStart().length);
			out.push({start, end: m.index + m[0].length, ours, name: ours && /council$|authority$/i.test(m[0])});
		}
	};
	if (others) push(otherRe, false);
	if (visiting) push(visitorRe, false);
	if (!anyOf(found, oursWordsSet)) return out;
	// With no other body named, the council's side needs finding only once.
	if (out.length === 0) {
		const one = oursTest.exec(masked);
		return one ? [{start: one.index, end: one.index + one[0].length, ours: true}] : [];
	}
	push(oursRe, true);
	return out;
}

// The rules ask of one sentence for several clauses and rules, and of the sentence before it, and the steps after them
// ask again of a sentence a few others later: the last eight texts' bodies are kept, for each kind of question.
const bodiesWithVisitors = keptAnswers(8, (text) => bodiesIn(text, true));
const bodiesAlone = keptAnswers(8, (text) => bodiesIn(text, false));
function bodiesOf(text: string, visitors: boolean): Marker[] {
	return visitors ? bodiesWithVisitors(text) : bodiesAlone(text);
}

/** The bodies a text names, councils' names among them, as the sentence weighs them (`hitStart`: the rule's words). */
function markersOf(text: string, names: readonly string[], visitors: boolean, hitStart = -1): Marker[] {
	const out = [...bodiesOf(text, visitors)];
	for (const name of names) {
		for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push({start: at, end: at + name.length, ours: true, name: true});
	}
	// A match inside a longer one is the longer one's ("children's homes" is no "care home", "the council's housing"
	// is housing): the longer wins, and a council's name right before another body's noun names that body ("Stockport
	// County's manager", "the council's adult social care").
	const asides = text.includes(',') ? [...text.matchAll(relativeAside)].map((m) => [m.index, m.index + m[0].length] as const).filter(([a, b]) => !(hitStart >= a && hitStart < b)) : [];
	const outside = asides.length === 0 ? out : out.filter((m) => !asides.some(([a, b]) => m.start >= a && m.end <= b));
	// (Unless the aside names the only bodies: "Mr Jones, who is the MP for Northtown, did not step down".)
	const whole = outside.length > 0 ? outside : out;
	const kept = whole.filter((m) => !whole.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
	return kept
		.filter((m) => !(m.name && kept.some((o) => !o.ours && o.start >= m.end && /^(?:['’]s)?\s*(?:(?:own|new|local|main|[A-Z][\w-]*)\s+){0,2}$/.test(text.slice(m.end, o.start)))))
		.sort((a, b) => a.start - b.start);
}

/** The answer a text's markers give: true (the council's), false (another body's), or null (it names none). */
/** Between two bodies of one list: "the police, the NHS and Barnsley Council", "schools, children's homes and social work". */
const listGap = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+|\s*&\s*)(?:the\s+|its\s+|their\s+|local\s+)?$/i;
/** A sentence that opens on a phrase of its own before its subject: "Alongside £10m for schools, the council is ...". */
const leadingPhrase = /^\W*(?:Alongside|As well as|Besides|On top of|In addition to|Along with|Together with)\b[^,;]*,/i;

/** Whether a list the body at `i` stands in also names the council's side (which then answers for the list). */
function listNamesOurs(text: string, markers: readonly Marker[], i: number): boolean {
	for (let j = i; j > 0 && listGap.test(text.slice(markers[j - 1]!.end, markers[j]!.start)); j--) if (markers[j - 1]!.ours) return true;
	for (let j = i; j + 1 < markers.length && listGap.test(text.slice(markers[j]!.end, markers[j + 1]!.start)); j++) if (markers[j + 1]!.ours) return true;
	return false;
}

function answerOf(markers: readonly Marker[], hitStart: number, hitEnd: number, people = false, text = ''): boolean | null {
	if (markers.length === 0) return null;
	// Another body named inside the rule's own words is whom they are about ("Calls for the MP to resign were rejected").
	const inside = markers.filter((m) => m.start < hitEnd && m.end > hitStart);
	const before = markers.filter((m) => m.end <= hitStart);
	if (!markers.some((m) => !m.ours)) return true;
	if (!markers.some((m) => m.ours)) return false;
	// Another body within the rule's words and none of the council's: theirs ("the building inspection, carried out in May").
	if (inside.some((m) => !m.ours) && !inside.some((m) => m.ours)) return false;
	// A person of the council's within the rule's words is who goes or stays, whoever acts ("The minister today removed
	// Bury's director of children's services").
	if (people && inside.some((m) => m.ours) && !inside.some((m) => !m.ours)) return true;
	// Both: the subject, the body named nearest before the rule's words, else first within them, else first after.
	const lead = before.length === 0 && inside.length === 0 ? leadingPhrase.exec(text) : null;
	const nearest = before.at(-1) ?? inside[0] ?? (lead ? markers.find((m) => m.start >= lead[0].length) : undefined) ?? markers[0]!;
	return nearest.ours || listNamesOurs(text, markers, markers.indexOf(nearest));
}

/** The names of the councils a text names (`found`, else looked for), with the article's own. */
function authoritiesIn(text: string, own: string | null | undefined, found?: readonly {readonly start: number; readonly end: number}[]): string[] {
	const names = (found ?? findAuthorityMentions(text)).map((m) => text.slice(m.start, m.end));
	if (own && text.includes(own)) names.push(own);
	return names;
}


/** What a text answers: councils' names are looked for only where they could change it (another body named, or none). */
function answerIn(text: string, input: ContextInput, visitors: boolean, hitStart: number, hitEnd: number, people: boolean, found?: ContextInput['councils']): boolean | null {
	const bodies = bodiesOf(text, visitors);
	// Most sentences name no other body: then any of the council's side, or the article's council, answers at once.
	if (!bodies.some((m) => !m.ours) && (bodies.length > 0 || (input.authority && text.includes(input.authority)))) return true;
	return answerOf(markersOf(text, authoritiesIn(text, input.authority, found), visitors, hitStart), hitStart, hitEnd, people, text);
}

/** A sentence that opens on a pronoun, or on a thing the sentence before told ("The direction was issued on Friday"). */
const pointsBack = /^\W*(?:he|she|they|his|her|their|hers|theirs|him|them|(?:the|this|that|its)\s+(?:direction|notice|report|review|decision|move|appointment|departure|resignation|exit|inquiry|investigation|findings))\b/i;

/**
 * For the `council-named` pair, also a sentence that opens on Ofsted, on "it", or on an inspection, report or board the
 * sentence before told ("The core case inspection by ... also found", "Ofsted first inspected the home in May").
 */
const inTheArea = /\bin the (?:borough|county|district)\b/i;
const namedBack = /^\W*(?:Ofsted|it|(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:inspection|re-?inspection|report|review|visit|findings|board|panel))\b/i;

/** Whether the sentence (with what the article already told) is about a council's children's services. Pure. */
export function aboutChildrensServices(input: ContextInput, context: EventContext = 'childrens-services'): boolean {
	const {sentence} = input;
	const visitors = context === 'childrens-services-people' || context === 'council-named-people';
	const named = context === 'council-named' || context === 'council-named-people';
	const here = answerIn(sentence, input, visitors, input.hitStart ?? 0, input.hitEnd ?? sentence.length, visitors, input.councils);
	if (here !== null) return here;
	const previous = input.previousSentence ?? '';
	// (Nor, for the `council-named` pair, taken for the council's without the sentence before naming its side.)
	// ("in the borough" names the council's area, where no body is named: "Inspectors, who spent most of October in the
	// borough, ...".)
	if (named) return inTheArea.test(sentence) || (previous.trim() !== '' && (pointsBack.test(sentence) || namedBack.test(sentence)) && answerIn(previous, input, visitors, 0, 0, false, []) === true);
	// Only a sentence that opens on a pronoun points back ("He did not step down", "His departure comes ..."): one that
	// names no body otherwise ("The improvement board said ...") is the article's, whatever the sentence before named.
	if (previous.trim() === '' || !pointsBack.test(sentence)) return true;
	// A sentence that names no body is about the last one the sentence before named.
	// (Its subject, the body it names first, where it names both.)
	// (Councils' names there only the article's own: the others are the sentence's own business, and looking for them
	// in the sentence before costs a search per rule.)
	return answerIn(previous, input, visitors, 0, 0, false, []) ?? true;
}

/** A commissioner who is not the one the Department for Education sends into a council's children's services. */
const otherCommissioner = new RegExp(
	String.raw`\b(?:police and crime|police, fire and crime|police|crime|fire|information|traffic|victims['’]?|domestic abuse|older people['’]s|standards|public appointments|biometrics|surveillance|anti-slavery|equality|veterans['’]?|patient safety|health|mental health|schools|England['’]s children['’]s|Metropolitan Police|Met|European|EU|trade|tax|rail|water|refugee|human rights|high|district|county|boundary|electoral|parliamentary|local government|assistant)\s+commissioners?\b` +
		String.raw`|\bcommissioners?\s+(?:for|of)\s+(?:England|Wales|Scotland|Northern Ireland|London|the Metropolitan Police|police|standards|public appointments|older people|victims|patient safety|human rights|equality|refugees|trade|health|the (?:force|police|Met))\b`,
	'i',
);

/** Whether the commissioner a text names is the one sent into a council's children's services, not another. */
export function councilsCommissioner(text: string): boolean {
	if (otherCommissioner.test(text)) return false;
	// (Asked of two sentences at once: only the bodies they name, not councils' names, which a commissioner's work names.)
	const bodies = bodiesIn(text, false);
	return !(bodies.some((m) => !m.ours) && !bodies.some((m) => m.ours));
}
