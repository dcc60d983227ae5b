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

/**
 * What a rule asks of its sentence: `childrens-services`, that it is about them; `childrens-services-people`, also that
 * the person who visits, goes or stays is of them: a minister, a royal visitor or a mayor is not (while a minister who
 * appoints a commissioner acts on the council's services, and is no other body).
 */
export type EventContext = 'childrens-services' | 'childrens-services-people';

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
};

/** A body named at start..end: the council's side or another's; `name` for a council's name or the word "council". */
type Marker = {readonly start: number; readonly end: number; readonly ours: boolean; readonly name?: boolean};

const alt = (words: readonly string[]) => words.join('|');

/** A council's children's services, named for themselves, their people or their overseers. */
const oursWords = alt([
	String.raw`children['’]s (?:services|social care|social work(?:ers)?|safeguarding|services trust|trust|improvement(?:\s+(?:board|plan|notice))?|homes?|department|directorate)`,
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
	String.raw`(?:the\s+)?(?:county|city|borough|district|unitary|metropolitan)?\s*council(?!\s+(?:tax|houses?|homes?|housing|estates?|tenants?))`,
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
 * Other bodies, their people and their business. (A children's trust, a children's home or a virtual school is the
 * council's: those are named above and win where both match.)
 */
const otherWords = alt([
	// Health.
	String.raw`hospitals?`,
	String.raw`NHS`,
	String.raw`(?:NHS|hospital|hospitals|foundation|health|healthcare|ambulance|mental health|acute|community health|care)\s+trusts?`,
	String.raw`health (?:board|authority)`,
	String.raw`integrated care (?:board|system)`,
	String.raw`ICB`,
	String.raw`(?:clinical commissioning group|CCG)s?`,
	String.raw`GPs?`,
	String.raw`GP (?:surgery|practice)`,
	String.raw`patients?`,
	String.raw`maternity`,
	String.raw`A&E`,
	String.raw`clinics?`,
	String.raw`dentists?`,
	String.raw`pharmac(?:y|ies|ists?)`,
	String.raw`Care Quality Commission`,
	String.raw`CQC`,
	// Police and justice.
	String.raw`police`,
	String.raw`constabulary`,
	String.raw`HMICFRS`,
	String.raw`HMIC`,
	String.raw`IOPC`,
	String.raw`Independent Office for Police Conduct`,
	String.raw`chief constable`,
	String.raw`(?:the\s+)?force['’]s`,
	String.raw`prisons?`,
	String.raw`HMP`,
	String.raw`(?:Inspectorate|Inspector|inspectors) of Prisons`,
	String.raw`young offender institutions?`,
	String.raw`YOI`,
	String.raw`prisoners?`,
	String.raw`inmates?`,
	String.raw`probation service`,
	// Schools.
	// (Not school as a place or a time: "out of school", "school attendance", "school places".)
	String.raw`(?<!\b(?:out of|at|in|to|from|missing|attend|attending|attended|back to|before|after|leave|leaving|left|start|starting|started)\s)schools?(?!\s+(?:attendance|improvement|places|age|admissions|holidays?|transport|meals|uniforms?|day|days|term|terms|year|years|leavers|readiness|exclusions?|run|nurses?|life|work)\b)(?!-)`,
	String.raw`academy`,
	String.raw`academies`,
	String.raw`(?:multi-academy|academy) trust`,
	String.raw`colleges?`,
	String.raw`universit(?:y|ies)`,
	String.raw`nurser(?:y|ies)`,
	String.raw`pupils?`,
	String.raw`students?`,
	String.raw`head ?teachers?`,
	String.raw`teachers?`,
	String.raw`headmaster|headmistress|head of school|principal`,
	String.raw`governors`,
	String.raw`governing (?:body|board)`,
	String.raw`pupil referral unit`,
	String.raw`sixth form`,
	// Clubs, businesses and charities.
	String.raw`clubs?`,
	String.raw`FC`,
	String.raw`football`,
	String.raw`rugby`,
	String.raw`cricket`,
	String.raw`players?`,
	String.raw`(?:team|club|football|first-team|store|shop|hotel|restaurant|branch|site|plant|factory|general|practice|stadium) manager`,
	String.raw`manager of (?:the|a)\s+(?:[\w'’-]+\s+){0,2}?(?:club|team|side|store|shop|hotel|restaurant|firm|company)`,
	String.raw`(?:head\s+)?coach`,
	String.raw`(?:County|United|City|Town|Rovers|Wanderers|Athletic|Albion|Rangers|Villa|Forest|Wednesday|Argyle|Orient)['’]s?\s+(?:manager|boss|players?|fans|squad|striker|chairman|owners?|goalkeeper|captain)`,
	String.raw`striker`,
	String.raw`fans`,
	String.raw`supporters`,
	String.raw`stadium`,
	String.raw`squad`,
	String.raw`shops?`,
	String.raw`stores?`,
	String.raw`supermarkets?`,
	String.raw`restaurants?`,
	String.raw`hotels?`,
	String.raw`factory`,
	String.raw`airlines?`,
	String.raw`airports?`,
	String.raw`(?:bus|rail|train)\s+(?:company|operator|services?)`,
	String.raw`charit(?:y|ies)`,
	String.raw`trustees`,
	String.raw`NSPCC`,
	String.raw`Barnardo['’]s`,
	String.raw`Save the Children`,
	String.raw`Action for Children`,
	String.raw`(?:the\s+)?Children['’]s Society`,
	String.raw`Children in Need`,
	String.raw`food ?bank`,
	String.raw`church`,
	String.raw`diocese`,
	// Housing.
	String.raw`housing(?: association| department| service| services| trust| provider| board)?`,
	String.raw`council (?:houses?|homes|housing|estates?|tenants?)`,
	String.raw`tenants?`,
	String.raw`landlords?`,
	String.raw`(?:tower|residential) blocks?`,
	// Adult social care.
	String.raw`adult (?:social care|services|care|social services)`,
	String.raw`adults['’] (?:social care|services)`,
	String.raw`social care for (?:adults|older people)`,
	String.raw`(?<!children['’]s\s)care homes?`,
	String.raw`nursing homes?`,
	String.raw`older people`,
	String.raw`elderly`,
	String.raw`home care`,
	String.raw`dementia`,
	// Politicians and their business, and other commissioners.
	String.raw`MPs?`,
	String.raw`Member of Parliament`,
	String.raw`Parliament`,
	String.raw`Commons`,
	String.raw`(?:police and crime|police, fire and crime|information|traffic|victims['’]?|domestic abuse|Metropolitan Police|fire|health) commissioner`,
	String.raw`England['’]s children['’]s commissioner`,
	String.raw`commissioner (?:for|of) (?:England|Wales|the Metropolitan Police|police)`,
	String.raw`Commissioner for England`,
	// Other public services a council runs or shares.
	// Other inspections a council's other services, or other owners, undergo.
	String.raw`fire (?:service|services|brigade|and rescue|safety|authority|officers?|inspectors?|inspections?)`,
	String.raw`food (?:hygiene|safety|standards)`,
	String.raw`hygiene`,
	String.raw`environmental health`,
	String.raw`building (?:control|regulations|safety|inspectors?|inspections?)`,
	String.raw`HSE`,
	String.raw`Health and Safety Executive`,
	String.raw`health and safety`,
	String.raw`trading standards`,
	String.raw`MOT`,
	String.raw`takeaways?`,
	String.raw`swimming pools?`,
	String.raw`cafes?`,
	String.raw`pubs?`,
	String.raw`bridges?`,
	String.raw`footbridges?`,
	String.raw`viaducts?`,
		String.raw`highways?`,
	String.raw`bins?`,
	String.raw`libraries`,
	String.raw`leisure`,
	String.raw`fire (?:service|brigade|and rescue)`,
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
const otherRe = new RegExp(String.raw`(?<![\w-])(?:${otherWords})\b`, 'gi');
const visitorRe = new RegExp(String.raw`\b(?:${visitorWords})\b`, 'gi');
/** Words too general to name a body alone; case matters for some ("GP", "MP", "FC"). */
const caseSensitive = new Set(['gp', 'gps', 'mp', 'mps', 'fc', 'hse', 'mot', 'icb', 'ccg', 'ccgs', 'hmp', 'yoi', 'dfe', 'nhs', 'cqc', 'hmic', 'hmicfrs', 'iopc', 'cllr']);

/**
 * "Ofsted and the CQC", "Ofsted, the CQC and the police and probation inspectorates": the joint inspection of an area's
 * SEND services or of its partners' work with children, the council's as much as health's or the police's.
 */
const inspectorateName = String.raw`(?:the\s+)?(?:CQC|Care Quality Commission|HMICFRS|HMIC|HMI Probation|HM Inspectorate of (?:Constabulary|Probation)[\w&, ]{0,40}?|(?:police|probation)(?:\s+and\s+(?:police|probation))?\s+inspectorates?|police|probation)`;
const jointInspectorates = new RegExp(String.raw`\bOfsted(?:(?:,|\s+and)\s+${inspectorateName})+|\b(?:the\s+)?(?:CQC|Care Quality Commission)\s+and\s+Ofsted\b`, 'gi');

/** A relative aside (", which works with the NHS trust,"): the bodies it names are not the sentence's subject. */
const relativeAside = /,\s*(?:which|who|whose|where)\b[^,;.]*,/g;

function markersOf(text: string, authorities: readonly string[], visitors: boolean, hitStart = -1): Marker[] {
	const masked = text.replace(jointInspectorates, (m) => ' '.repeat(m.length));
	const out: Marker[] = [];
	const push = (re: RegExp, ours: boolean, name = false) => {
		re.lastIndex = 0;
		for (let m = re.exec(masked); m; m = re.exec(masked)) {
			const word = m[0].trim().toLowerCase();
			if (caseSensitive.has(word) && m[0].trim() !== m[0].trim().toUpperCase() && word !== 'cllr' && word !== 'dfe') continue;
			const start = m.index + (m[0].length - m[0].trimStart().length);
			out.push({start, end: m.index + m[0].length, ours, name: name || (ours && /council$|authority$/i.test(m[0]))});
		}
	};
	push(oursRe, true);
	push(otherRe, false);
	if (visitors) push(visitorRe, false);
	for (const name of authorities) {
		for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) out.push({start: at, end: at + name.length, ours: true, name: true});
	}
	// A match inside a longer one is the longer one's ("children's homes" is no "care home", "the council's housing"
	// is housing): the longer wins, and a council's name right before another body's noun names that body ("Stockport
	// County's manager", "the council's adult social care").
	const asides = [...text.matchAll(relativeAside)].map((m) => [m.index, m.index + m[0].length] as const).filter(([a, b]) => !(hitStart >= a && hitStart < b));
	const outside = out.filter((m) => !asides.some(([a, b]) => m.start >= a && m.end <= b));
	// (Unless the aside names the only bodies: "Mr Jones, who is the MP for Northtown, did not step down".)
	const whole = outside.length > 0 ? outside : out;
	const kept = whole.filter((m) => !whole.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
	return kept
		.filter((m) => !(m.name && kept.some((o) => !o.ours && o.start >= m.end && /^(?:['’]s)?\s*(?:(?:own|new|local|main|[A-Z][\w-]*)\s+){0,2}$/.test(text.slice(m.end, o.start)))))
		.sort((a, b) => a.start - b.start);
}

/** The answer a text's markers give: true (the council's), false (another body's), or null (it names none). */
function answerOf(markers: readonly Marker[], hitStart: number, hitEnd: number, people = false): boolean | null {
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
	const nearest = before.at(-1) ?? inside[0] ?? markers[0]!;
	return nearest.ours;
}

/** The names of the councils a text names, with the article's own. */
function authoritiesIn(text: string, own: string | null | undefined): string[] {
	const names = findAuthorityMentions(text).map((m) => text.slice(m.start, m.end));
	if (own && text.includes(own)) names.push(own);
	return names;
}

/** Whether the sentence (with what the article already told) is about a council's children's services. Pure. */
export function aboutChildrensServices(input: ContextInput, context: EventContext = 'childrens-services'): boolean {
	const {sentence} = input;
	const visitors = context === 'childrens-services-people';
	const here = answerOf(markersOf(sentence, authoritiesIn(sentence, input.authority), visitors, input.hitStart ?? 0), input.hitStart ?? 0, input.hitEnd ?? sentence.length, visitors);
	if (here !== null) return here;
	const previous = input.previousSentence ?? '';
	if (previous.trim() === '') return true;
	// A sentence that names no body is about the last one the sentence before named ("He did not step down").
	const earlier = markersOf(previous, authoritiesIn(previous, input.authority), visitors);
	// (Its subject, the body it names first, where it names both.)
	return answerOf(earlier, 0, 0) ?? true;
}

/** A commissioner who is not the one the Department for Education sends into a council's children's services. */
const otherCommissioner = new RegExp(
	String.raw`\b(?:police and crime|police, fire and crime|police|crime|fire|information|traffic|victims['’]?|domestic abuse|older people['’]s|standards|public appointments|biometrics|surveillance|anti-slavery|equality|veterans['’]?|patient safety|health|mental health|schools|England['’]s children['’]s|Metropolitan Police|Met|European|EU|trade|tax|rail|water|refugee|human rights|high|district|county|boundary|electoral|parliamentary|local government|assistant)\s+commissioners?\b` +
		String.raw`|\bcommissioners?\s+(?:for|of)\s+(?:England|Wales|Scotland|Northern Ireland|London|the Metropolitan Police|police|standards|public appointments|older people|victims|patient safety|human rights|equality|refugees|trade|health|the (?:force|police|Met))\b`,
	'i',
);

/** Whether the commissioner a text names is the one sent into a council's children's services, not another. */
export function councilsCommissioner(text: string, authority?: string | null): boolean {
	return !otherCommissioner.test(text) && aboutChildrensServices({sentence: text, authority});
}
