/**
 * A deterministic synthetic corpus in the bundled corpus's file format, for the benchmark.
 *
 * The text is clearly synthetic (invented councillors, a "Synthetic Gazette", sentences drawn from fixed pools)
 * but has the structure the importer and the search meet in real local news: real authority names, councillors
 * with titles and parties who recur across an authority's articles, quotes attributed before and after, British
 * multi-paragraph quotes, captions and READ MORE lines, dates inline, in a header block or not at all, and the
 * vocabulary researchers search for. Each article depends only on (seed, index), so any slice can be
 * regenerated alone and two runs write the same bytes.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {authorityRecords, type AuthorityRecord} from '../source/corpus/authorities-data.js';
import {Rng} from './prng.js';

/** Bump when the text changes: cached corpora and stores are keyed by it. */
export const GENERATOR_VERSION = 3;
export const DEFAULT_SEED = 'scrutiny-bench';
/** Files per subfolder. */
export const PER_FOLDER = 1000;

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

// Invented people: common British given names and surnames, combined per authority and period.
const maleFirst = 'Adam Alan Andrew Anthony Ben Brian Carl Chris Colin Craig Daniel David Dean Gary Graham Ian James Jason John Keith Kevin Mark Martin Matthew Michael Neil Nick Paul Peter Richard Robert Ryan Simon Stephen Steve Stuart Tom Tony Imran Tariq Rajesh Sanjay Kwame Rhys Declan'.split(' ');
const femaleFirst = 'Alison Amanda Andrea Angela Anne Carol Caroline Catherine Claire Debbie Diane Elaine Emma Fiona Gillian Hannah Helen Jane Janet Jenny Joanne Julie Karen Kate Laura Linda Lisa Louise Lucy Margaret Michelle Nicola Rachel Rebecca Ruth Sarah Sharon Sophie Susan Tracey Victoria Yasmin Priti Aisha Niamh Sian'.split(' ');
const surnames = 'Ashworth Bailey Barker Bennett Blackwood Bradshaw Brennan Carter Chambers Clarke Collins Cooper Crawford Dawson Dixon Edwards Ellis Fletcher Foster Gibson Graham Griffiths Hall Hancock Hargreaves Harper Hart Hewitt Holmes Hughes Hussain Jackson Jennings Kaur Kelly Khan Lawson Lloyd Marsh Mason Mellor Mitchell Morgan Murphy Nash Nolan Osborne Owen Parker Patel Pearson Porter Price Quinn Reid Reynolds Robinson Rowe Shaw Sharma Simpson Slater Stevens Sutcliffe Taylor Thornton Turner Wade Walsh Ward Watson Webb Whitehead Wilkinson Willis Wood Wright Yates'.split(' ');

type Party = {name: string; adj: string; abbr: string; group: string};
const parties: readonly Party[] = [
	{name: 'Labour', adj: 'Labour', abbr: 'Lab', group: 'Labour group'},
	{name: 'Conservatives', adj: 'Conservative', abbr: 'Con', group: 'Conservative group'},
	{name: 'Liberal Democrats', adj: 'Liberal Democrat', abbr: 'Lib Dem', group: 'Liberal Democrat group'},
	{name: 'Green Party', adj: 'Green', abbr: 'Green', group: 'Green group'},
	{name: 'Reform UK', adj: 'Reform UK', abbr: 'Reform', group: 'Reform UK group'},
	{name: 'Independents', adj: 'Independent', abbr: 'Ind', group: 'Independent group'},
];

type Gender = 'm' | 'f';
type Person = {first: string; last: string; gender: Gender; councillor: boolean; title: string; party: Party | null; role: string; stance: 'defend' | 'attack' | 'official'};

type Cast = {leader: Person; cabinet: Person; opposition: Person; director: Person; mp: Person; commissioner: Person; chair: Person; chiefExec: Person};

/** The real, current authorities (legacy ones are left out: nobody reports on Poole's council now). */
const authorities: readonly AuthorityRecord[] = authorityRecords.filter((a) => !a.legacy);

function person(rng: Rng, councillor: boolean, party: Party | null, role: string, stance: Person['stance']): Person {
	const gender: Gender = rng.chance(0.5) ? 'm' : 'f';
	const first = rng.pick(gender === 'm' ? maleFirst : femaleFirst);
	const title = councillor ? 'Councillor' : rng.chance(0.25) ? 'Dr' : gender === 'm' ? 'Mr' : 'Ms';
	return {first, last: rng.pick(surnames), gender, councillor, title, party, role, stance};
}

const castCache = new Map<string, Cast>();

/** The people of one authority in one four-year period: the same names recur across its articles. */
function castFor(seed: string, auth: string, era: number): Cast {
	const key = `${seed}:cast:${auth}:${era}`;
	const cached = castCache.get(key);
	if (cached) return cached;
	const rng = new Rng(key);
	const ruling = rng.weighted<Party>([[parties[0]!, 5], [parties[1]!, 4], [parties[2]!, 2], [parties[5]!, 1]]);
	const opposition = rng.pick(parties.filter((p) => p !== ruling && p.name !== 'Reform UK'));
	const cast: Cast = {
		leader: person(rng, true, ruling, rng.pick(['leader of the council', 'council leader']), 'defend'),
		cabinet: person(rng, true, ruling, rng.pick(["cabinet member for children's services", "portfolio holder for children's services", 'lead member for children and families', 'cabinet member for children and young people']), 'defend'),
		opposition: person(rng, true, opposition, rng.pick([`leader of the ${opposition.group}`, 'leader of the opposition', `${opposition.adj} group leader`]), 'attack'),
		director: person(rng, false, null, rng.pick(["director of children's services", "executive director of children's services", 'corporate director for children and families']), 'defend'),
		mp: person(rng, false, rng.pick(parties.slice(0, 3)), `MP for ${auth}`, rng.chance(0.5) ? 'attack' : 'official'),
		commissioner: person(rng, false, null, "children's services commissioner", 'official'),
		chair: person(rng, true, rng.pick(parties), "chair of the children's scrutiny committee", 'attack'),
		chiefExec: person(rng, false, null, 'chief executive of the council', 'defend'),
	};
	castCache.set(key, cast);
	return cast;
}

type Story = 'judgement' | 'resignation-call' | 'refusal' | 'commissioner' | 'improvement-board' | 'improvement-notice' | 'no-confidence' | 'funding' | 'monitoring';
const stories: readonly (readonly [Story, number])[] = [
	['judgement', 22],
	['resignation-call', 12],
	['refusal', 8],
	['commissioner', 10],
	['improvement-board', 10],
	['improvement-notice', 8],
	['no-confidence', 8],
	['funding', 12],
	['monitoring', 10],
];
const ratings: readonly (readonly [string, number])[] = [
	['inadequate', 45],
	['requires improvement', 30],
	['good', 20],
	['outstanding', 5],
];

/** One article's context: who, where, when, and the house style of its paper. */
type Ctx = {
	rng: Rng;
	auth: AuthorityRecord;
	year: number;
	month: number;
	day: number;
	story: Story;
	rating: string;
	prevRating: string;
	prevYear: number;
	cast: Cast;
	councilTitle: 'Cllr' | 'Coun' | 'Councillor';
	open: string;
	close: string;
	single: [string, string];
	mentioned: Set<Person>;
};

const councilName = (c: Ctx) => `${c.auth.name} Council`;
/** The bare name only where it identifies the authority on its own ("Bury" or "Reading" need "Council"). */
const place = (c: Ctx) => (c.auth.need === 'context' || c.auth.need === 'council' ? councilName(c) : c.auth.name);
const q = (c: Ctx, s: string) => `${c.single[0]}${s}${c.single[1]}`;
const titleOf = (c: Ctx, p: Person) => (p.councillor ? c.councilTitle : p.title);
const full = (c: Ctx, p: Person) => `${titleOf(c, p)} ${p.first} ${p.last}`;
const short = (c: Ctx, p: Person) => `${titleOf(c, p)} ${p.last}`;
const pron = (p: Person) => (p.gender === 'm' ? 'he' : 'she');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The first mention names the person in full with a role (and a party where the paper gives one); later ones are short. */
function ref(c: Ctx, p: Person): string {
	if (c.mentioned.has(p)) return c.rng.chance(0.15) ? `the ${p.role}` : short(c, p);
	c.mentioned.add(p);
	const r = c.rng.next();
	if (p.party && p.councillor && r < 0.35) return `${full(c, p)} (${p.party.abbr}), ${p.role},`;
	if (p.party && r < 0.7) return `${full(c, p)}, the ${p.party.adj} ${p.role},`;
	return `${full(c, p)}, ${p.role},`;
}

function fill(template: string, c: Ctx): string {
	const {rng} = c;
	return template
		.replaceAll('{A}', place(c))
		.replaceAll('{Council}', councilName(c))
		.replaceAll('{year}', String(c.year))
		.replaceAll('{prevYear}', String(c.prevYear))
		.replaceAll('{month}', months[c.month - 1]!)
		.replaceAll('{weekday}', rng.pick(weekdays))
		.replaceAll('{rating}', q(c, c.rating))
		.replaceAll('{prev}', q(c, c.prevRating))
		.replace(/\{n\}/g, () => String(rng.int(12, 240)))
		.replace(/\{m\}/g, () => String(rng.int(2, 11)))
		.replace(/\{d\}/g, () => String(rng.int(1, 9)))
		.replace(/\{money\}/g, () => `£${rng.int(1, 45)}.${rng.int(1, 9)} million`);
}

// Narrative sentences. {A} is the place, {Council} the council's name; numbers and months are filled per use.
const narrative: Record<Story | 'any', readonly string[]> = {
	judgement: [
		"Ofsted inspectors rated {Council}'s children's services {rating} following an inspection in {month} {year}.",
		'The report found that social workers had high caseloads and that management oversight of their work was weak.',
		'Inspectors said children in care were not always seen regularly by their social workers.',
		'The council was previously judged {prev} in {prevYear}, when inspectors raised concerns about the front door.',
		'The inspection looked at help and protection, the experiences of children in care and the support given to care leavers.',
		"The report said leaders had been too slow to act on warnings about the quality of social work practice.",
		'Inspectors found that some children had been left in situations of harm for too long before action was taken.',
		'The judgement means the Department for Education will now consider whether to intervene.',
	],
	'resignation-call': [
		"Opposition councillors called for the resignation of the council leader and the cabinet member for children's services.",
		'The call came at a meeting of the full council on {weekday} night, a week after the damning Ofsted report was published.',
		'Campaigners and parents joined the calls for those in charge to resign over the failings.',
		'The motion calling on the leader to step down was debated for more than two hours.',
	],
	refusal: [
		'The council leader has refused to resign, saying the administration is the right team to carry out the improvement.',
		'The cabinet member also refused to quit, despite a petition signed by {n} residents.',
		'Both said they had considered their positions but would stay on to see the improvement plan through.',
	],
	commissioner: [
		"The Department for Education has appointed a children's services commissioner to oversee improvements at {Council}.",
		'The commissioner will report to the education secretary within three months on whether the council can improve on its own.',
		'The report could recommend that services are removed from council control and handed to an independent trust.',
		"The commissioner's report praised the commitment of front line staff but said leadership had been unstable.",
	],
	'improvement-board': [
		"An improvement board, chaired by an independent expert, has been set up to oversee the council's improvement plan.",
		'The improvement board meets every month and includes representatives of the police, health services and schools.',
		'Minutes of the improvement board show that recruitment of permanent social workers remains the main concern.',
	],
	'improvement-notice': [
		'The government issued an improvement notice to {Council} in {month} {year}, setting out what must change.',
		'The improvement notice was lifted after a monitoring visit found sustained progress across the service.',
		'Under the improvement notice the council must report on its progress every quarter.',
	],
	'no-confidence': [
		"A vote of no confidence in the cabinet member for children's services was defeated by {n} votes to {m}.",
		'The no confidence motion was tabled by the opposition after the latest Ofsted report.',
		'Councillors voted on the motion of no confidence after a heated debate in the council chamber.',
	],
	funding: [
		"The council has agreed an extra {money} for children's services to cover an overspend on placements.",
		'Spending on agency social workers rose to {money} last year, according to a report to the cabinet.',
		'The budget for children in care has doubled in five years as the cost of residential placements has soared.',
		'The government has awarded {money} in improvement funding to help the council recruit permanent staff.',
	],
	monitoring: [
		'Inspectors returned to {A} for a monitoring visit in {month} and found that progress had been made in some areas.',
		'The monitoring visit letter said that caseloads had reduced but that the quality of assessments was still inconsistent.',
		'This was the latest of {m} monitoring visits since the council was judged {rating}.',
	],
	any: [
		'The council employs around {n} social workers, of whom {d} in ten are agency staff.',
		'The number of looked-after children in {A} has risen to {n} over the past year.',
		'Care leavers told inspectors they did not always know who their personal adviser was.',
		'A report to the scrutiny committee said the service was forecasting an overspend of {money}.',
		'Recruitment and retention of experienced social workers remains the biggest challenge facing the service.',
		'The government has said it expects rapid improvement and will keep the situation under review.',
		'Safeguarding partners, including the police and the NHS, have been asked to support the improvement plan.',
		'The council said it had reduced the number of children waiting for an assessment from {n} to {m}.',
		'Figures show that {n} children were the subject of a child protection plan at the end of {month}.',
		'The Local Government Association has offered peer support to the council.',
		"Children's services account for almost half of the council's budget.",
		'Staff turnover in the safeguarding teams was described as too high by the Ofsted report.',
		'The children\'s commissioner for England has previously criticised councils for delays in care proceedings.',
		'A serious case review published in {prevYear} had already highlighted problems with information sharing.',
		'Inspectors will return for a full inspection within two years.',
		'The council is one of {n} in England whose children\'s services have been rated {rating} by Ofsted.',
	],
};

// Quotations by the speaker's stance: those in charge defend, the opposition attacks, officials are measured.
const quotations: Record<Person['stance'], readonly string[]> = {
	defend: [
		'We accept every finding in this report and we are committed to getting it right for children.',
		'I am not going to resign, because walking away now would leave the service without leadership.',
		'Our social workers are working incredibly hard under intense pressure, and I want to thank them.',
		'The improvement board will meet every month and we will publish its minutes in full.',
		'We have recruited {n} permanent social workers and reduced our reliance on agency staff.',
		'Caseloads have come down from {n} to {m} per worker in the past year, and that is real progress.',
		'There are no excuses, and I take full responsibility for the failings identified by inspectors.',
		"The commissioner's report recognises the progress we have made, but there is more to do.",
		"Our budget for children's services has risen by {money} because protecting children comes first.",
		'Every child in our care deserves a safe and stable home, and that is what we are working towards.',
		'I have considered my position many times, and I believe I am the right person to lead the improvement.',
		'We will work with the government and the improvement board to make the changes quickly.',
		'This is not the report we wanted, but it is a fair report and we will learn from it.',
	],
	attack: [
		'The leader should resign today because the children of this town cannot wait any longer.',
		'This report is damning and the administration has been warned about these problems for years.',
		'How many more inadequate ratings will it take before someone takes responsibility?',
		'The cabinet member has lost the confidence of this chamber and of the public.',
		'We will be tabling a motion of no confidence at the next full council meeting.',
		'The government must step in and appoint a commissioner before more children are let down.',
		'Social workers have been telling us about impossible caseloads for years and nobody listened.',
		'Warm words about improvement are not enough when vulnerable children are being failed.',
		'The people responsible should do the decent thing and stand down.',
		'Families deserve answers about how this was allowed to happen on their watch.',
	],
	official: [
		'Inspectors found that too many children were left in situations of harm for too long.',
		'The Department for Education will monitor the council closely and will not hesitate to intervene.',
		'The council has the capacity to improve, but it needs stable leadership and a permanent workforce.',
		'I have seen real commitment from front line staff, and the improvement plan is credible.',
		'Progress has been made, but the pace of change must now increase.',
		'Children and families must be at the centre of every decision the council makes.',
	],
};

const headlines: Record<Story, readonly string[]> = {
	judgement: ["{A}'s children's services rated {rating} by Ofsted", 'Social workers still carrying high caseloads, report finds', 'Ofsted verdict on children in care'],
	'resignation-call': ['Calls for resignations after damning inspection', 'Opposition demands answers over children in care', 'Leader urged to quit over failings'],
	refusal: ['Council leader refuses to quit over Ofsted report', "'I will not resign', says cabinet member"],
	commissioner: ["Commissioner sent in to {A}'s children's services", 'Government commissioner to decide future of services'],
	'improvement-board': ['Improvement board set up after failing inspection', 'New board to oversee children in care'],
	'improvement-notice': ['Government issues improvement notice to {A}', 'Government lifts improvement notice on {A}'],
	'no-confidence': ['Cabinet member survives vote of no confidence', 'No confidence motion over children\'s services'],
	funding: ["Extra millions for {A} children's services", 'Agency social worker bill soars'],
	monitoring: ['Inspectors see progress on monitoring visit', 'Monitoring visit finds slow progress'],
};
const allHeadlines = Object.values(headlines).flat();

const sources = ['Synthetic Gazette', 'Synthetic Evening Post', 'The Generated Echo', 'Benchmark Herald'];

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Sentences from the pools until the paragraph has `target` words, never the same sentence twice in it. */
function sentences(c: Ctx, pools: readonly (readonly string[])[], target: number): string {
	const out: string[] = [];
	const used = new Set<string>();
	let words = 0;
	for (let tries = 0; words < target && tries < 50; tries++) {
		const pool = c.rng.pick(pools);
		const template = pool === narrative.any && c.rng.chance(0.6) ? finding(c) : c.rng.pick(pool);
		if (used.has(template)) continue;
		used.add(template);
		const s = fill(template, c);
		out.push(s);
		words += countWords(s);
	}
	return out.join(' ');
}

// Findings, reported by someone: combined, they give a few thousand different sentences.
const reporters = ['Inspectors', 'The report', 'A report to the scrutiny committee', 'The monitoring letter', "The council's own audit", 'Union representatives', 'Councillors on the scrutiny committee', 'The improvement board', 'An independent review', 'The commissioner'];
const reportVerbs = ['found', 'said', 'noted', 'warned', 'concluded', 'heard'];
const findings = [
	'social workers were carrying caseloads of up to {n} children',
	'too many children in care had moved placements three or more times in a year',
	'the proportion of agency staff had fallen to {d} in ten',
	'assessments were not always completed on time',
	'managers did not always check the quality of child protection plans',
	'care leavers were not always told about their entitlements',
	'the front door was handling around {n} referrals a week',
	'the quality of supervision for newly qualified social workers was inconsistent',
	'children at risk of exploitation were not always identified quickly enough',
	'the council had spent {money} on residential placements outside the area',
	'the electronic case recording system made it hard for staff to see a child\'s history',
	'the voice of the child was not always recorded in assessments',
	'strategy meetings were not always held when a child was at risk of significant harm',
	'the service had been through {m} directors in five years',
	'foster carers felt they were not listened to',
	'the pace of improvement had been too slow since the last inspection',
	'leaders now had a better understanding of the quality of practice',
	'private fostering arrangements were not always checked',
	'too many children were waiting for an adoption placement',
	'the use of unregistered placements for older children had increased',
	'disabled children were not always getting the short breaks they needed',
	'there were delays in care proceedings for {n} children',
	'the local safeguarding partnership was not holding agencies to account',
	'morale among front line staff had improved',
];

function finding(c: Ctx): string {
	const {rng} = c;
	return `${rng.pick(reporters)} ${rng.pick(reportVerbs)} that ${rng.pick(findings)}.`;
}

const openers = ['Let me be clear:', 'Frankly,', 'As I said at the meeting,', 'Put simply,', 'In my view,', 'I want to say this:', 'To be honest,', 'Above all,'];

const achievements = [
	'recruited {n} permanent social workers',
	'cut the number of agency staff by a third',
	'opened two new children\'s homes in the borough',
	'brought caseloads down to {m} children per worker',
	'set up a new multi-agency front door',
	'invested {money} in early help',
	'trained every manager in the new practice model',
	'halved the time children wait for an assessment',
	'appointed a permanent director of children\'s services',
	'listened to care leavers and changed the local offer',
];
const accusations = [
	'ignored warnings from social workers',
	'failed the most vulnerable children in the borough',
	'spent {money} on agency staff without fixing the problem',
	'hidden the scale of the problem from councillors',
	'broken every promise made after the last inspection',
	'treated the improvement board as a talking shop',
	'lost {n} experienced social workers in two years',
];

/** One sentence of a quotation: from the fixed pool, or a claim built from parts. */
function said(c: Ctx, stance: Person['stance']): string {
	const {rng} = c;
	if (rng.chance(0.5)) return rng.pick(quotations[stance]);
	if (stance === 'defend') return `${rng.pick(['Since', 'In the year since', 'Because of the report in'])} {month} we have ${rng.pick(achievements)}, ${rng.pick(['and we are not stopping there', 'which inspectors recognised', 'and staff can feel the difference', 'but I know there is more to do'])}.`;
	if (stance === 'attack') return `${rng.pick(['This administration has', 'The leadership has', 'The cabinet member has', 'They have'])} ${rng.pick(accusations)}, ${rng.pick(['and they should go', 'and residents will not forget it', 'and that is a disgrace', 'and nobody has apologised'])}.`;
	return `${rng.pick(['The council', 'The service', 'The leadership team'])} ${rng.pick(['must now', 'needs to', 'has shown it can'])} ${rng.pick(['sustain the progress', 'improve the quality of practice', 'recruit and keep permanent staff', 'listen to children and families'])}.`;
}

function quoteText(c: Ctx, p: Person, target: number): string {
	const parts: string[] = [];
	let words = 0;
	const used = new Set<string>();
	for (let tries = 0; words < target && tries < 50; tries++) {
		const template = said(c, p.stance);
		if (used.has(template)) continue;
		used.add(template);
		const s = fill(template, c);
		parts.push(s);
		words += countWords(s);
	}
	const text = parts.join(' ');
	return c.rng.chance(0.3) ? `${c.rng.pick(openers)} ${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}

/** The paragraphs of one quotation in one of the forms local papers use. */
function quoteParagraphs(c: Ctx, p: Person): string[] {
	const {rng} = c;
	const target = rng.int(14, 42);
	const first = !c.mentioned.has(p);
	const who = ref(c, p);
	const bare = who.replace(/,$/, '');
	const form = rng.weighted<string>([
		['said-colon', 30],
		['after', 25],
		['told', 10],
		['multi', 12],
		['pronoun', first ? 0 : 10],
		['reported', 13],
	]);
	const text = quoteText(c, p, target);
	switch (form) {
		case 'said-colon':
			return [`${who} said: ${c.open}${text}${c.close}`];
		case 'told':
			return [`${who} told a meeting of the full council: ${c.open}${text}${c.close}`];
		case 'after': {
			const body = text.replace(/[.?!]$/, ',');
			return [rng.chance(0.5) ? `${c.open}${body}${c.close} said ${bare}.` : `${c.open}${body}${c.close} ${bare} said.`];
		}
		case 'multi': {
			// British style: the first paragraph does not close the quotation, the next one opens it again.
			const more = quoteText(c, p, rng.int(12, 30));
			return [`${who} added: ${c.open}${text}`, `${c.open}${more}${c.close}`];
		}
		case 'pronoun':
			return [`${cap(pron(p))} added: ${c.open}${text}${c.close}`];
		default:
			return [
				p.stance === 'attack'
					? `${cap(who)} said the council ${rng.pick(['had been warned about the problems for years', 'had wasted the chance to improve', 'should have acted after the last inspection'])}, and that ${rng.pick(['social workers', 'families', 'care leavers', 'children in care'])} ${rng.pick(['deserved better', 'had been let down', 'had paid the price'])}. ${sentences(c, [narrative.any], rng.int(6, 20))}`
					: `${cap(who)} said the council ${rng.pick(['had accepted the findings in full', 'would not be distracted by calls to resign', 'was confident the improvement plan would work', 'had already made changes'])}, and that ${rng.pick(['social workers', 'families', 'care leavers', 'children in care'])} ${rng.pick(['would see the difference within a year', 'were at the heart of the plan', 'would be listened to'])}. ${sentences(c, [narrative.any], rng.int(6, 20))}`,
			];
	}
}

function organisationQuote(c: Ctx): string {
	const {rng} = c;
	const who = rng.pick(['A spokesperson for Ofsted', 'A Department for Education spokesperson', `A spokesman for ${councilName(c)}`, `A ${councilName(c)} spokeswoman`]);
	const stance = who.includes('Council') ? 'defend' : 'official';
	return `${who} said: ${c.open}${quoteText(c, {...c.cast.director, stance}, rng.int(14, 36))}${c.close}`;
}

function lede(c: Ctx): string {
	const {rng, cast} = c;
	const base: Record<Story, string> = {
		judgement:
			c.rating === 'good' || c.rating === 'outstanding'
				? `${councilName(c)}'s children's services have been rated ${q(c, c.rating)} by Ofsted, a turnaround for a service judged ${q(c, c.prevRating)} in ${c.prevYear}.`
				: `${councilName(c)}'s children's services have been rated ${q(c, c.rating)} by Ofsted after inspectors found serious weaknesses in the way vulnerable children are protected.`,
		'resignation-call': `A political row has broken out in ${place(c)} after opposition councillors called for the resignation of the council leader over the running of children's services.`,
		refusal: `The leader of ${councilName(c)} has refused to resign after a damning Ofsted report rated its children's services ${q(c, c.rating)}.`,
		commissioner: `A government commissioner has been sent in to ${councilName(c)} after its children's services were rated ${q(c, c.rating)} for the second time.`,
		'improvement-board': `An improvement board has been set up to oversee children's services in ${place(c)} following a critical Ofsted inspection.`,
		'improvement-notice': `The government has issued ${councilName(c)} with an improvement notice over failings in its children's services.`,
		'no-confidence': `The cabinet member responsible for children's services in ${place(c)} is facing a vote of no confidence after the latest Ofsted report.`,
		funding: `${councilName(c)} is to spend an extra ${fill('{money}', c)} on children's services as the cost of placements continues to rise.`,
		monitoring: `Ofsted inspectors have found progress in ${place(c)}'s children's services during a monitoring visit, but say social workers still carry high caseloads.`,
	};
	void cast;
	const text = base[c.story];
	return countWords(text) < 20 ? `${text} ${sentences(c, [narrative[c.story]], rng.int(5, 15))}` : text;
}

/** One article's text and its file name. */
export function generateArticle(seed: string, index: number): {name: string; folder: string; text: string} {
	const rng = new Rng(`${seed}:article:${index}`);
	const auth = rng.pick(authorities);
	const year = rng.int(2012, 2025);
	const month = rng.int(1, 12);
	const day = rng.int(1, 28);
	const era = Math.floor((year - 2012) / 4);
	const curly = rng.chance(0.3);
	const prevYear = Math.max(2008, year - rng.int(2, 6));
	const c: Ctx = {
		rng,
		auth,
		year,
		month,
		day,
		story: rng.weighted(stories),
		rating: 'inadequate',
		prevRating: rng.weighted(ratings),
		prevYear,
		cast: castFor(seed, auth.name, era),
		councilTitle: rng.pick(['Cllr', 'Coun', 'Councillor'] as const),
		open: curly ? '\u201c' : '"',
		close: curly ? '\u201d' : '"',
		single: curly ? ['\u2018', '\u2019'] : ["'", "'"],
		mentioned: new Set(),
	};
	// Bad news follows an 'inadequate' judgement; a judgement story or a monitoring visit can be any grade.
	if (c.story === 'judgement') c.rating = rng.weighted(ratings);
	else if (c.story === 'monitoring' || c.story === 'funding') c.rating = rng.weighted(ratings.slice(0, 2));
	const {cast} = c;
	const paragraphs: string[] = [lede(c)];
	// Who speaks in this story: those in charge, the opposition, and sometimes officials.
	const speakers: Person[] = [cast.leader, cast.cabinet, cast.opposition, cast.director];
	if (c.story === 'commissioner' || c.story === 'improvement-board') speakers.push(cast.commissioner);
	if (rng.chance(0.4)) speakers.push(cast.mp);
	if (rng.chance(0.3)) speakers.push(cast.chair);
	if (rng.chance(0.2)) speakers.push(cast.chiefExec);

	const target = rng.int(10, 30);
	while (paragraphs.length < target) {
		const kind = rng.weighted<string>([
			['quote', 40],
			['story', 25],
			['any', 22],
			['org', 5],
			['caption', 3],
			['readmore', 3],
			['introduce', 2],
		]);
		const words = rng.int(20, 60);
		switch (kind) {
			case 'quote':
				paragraphs.push(...quoteParagraphs(c, rng.pick(speakers)));
				break;
			case 'story':
				paragraphs.push(sentences(c, [narrative[c.story], narrative.any], words));
				break;
			case 'any':
				paragraphs.push(sentences(c, [narrative.any], words));
				break;
			case 'org':
				paragraphs.push(organisationQuote(c));
				break;
			case 'caption': {
				// A photo caption repeating a name already in the text: page furniture.
				const p = [...c.mentioned][0];
				if (p) paragraphs.push(full(c, p));
				break;
			}
			case 'readmore':
				paragraphs.push(`READ MORE: ${fill(rng.pick(allHeadlines), c)}`);
				break;
			default: {
				const p = rng.pick(speakers);
				if (!c.mentioned.has(p)) paragraphs.push(`${cap(ref(c, p))} ${rng.pick(['was at the meeting', 'has been in post since ' + c.prevYear, 'declined to comment further', 'attended the improvement board'])}, and ${pron(p)} ${rng.pick(['met inspectors last week', 'will speak at the next council meeting on ' + rng.pick(weekdays), 'is expected to give evidence to the scrutiny committee'])}. ${sentences(c, [narrative.any], rng.int(5, 20))}`);
			}
		}
	}

	const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const form = rng.weighted<string>([
		['inline', 80],
		['header', 12],
		['none', 8],
	]);
	let text: string;
	if (form === 'inline') {
		text = ` date ${date} ${paragraphs.join('\n\n')}\n`;
	} else if (form === 'header') {
		const title = fill(rng.pick(headlines[c.story]), c);
		text = `title: ${title}\ndate: ${date}\nsource: ${rng.pick(sources)}\nauthority: ${auth.name}\n\n${paragraphs.join('\n\n')}\n`;
	} else {
		// No printed date: a title line, sometimes page furniture, and a month and year in the text to infer from.
		const title = fill(rng.pick(headlines[c.story]), c);
		const furniture = rng.chance(0.5) ? 'Have your say\n\n' : '';
		paragraphs.splice(1, 0, `The report was published in ${months[month - 1]} ${year}. ${sentences(c, [narrative.any], rng.int(12, 30))}`);
		text = `${title}\n\n${furniture}${paragraphs.join('\n\n')}\n`;
	}
	const folder = String(Math.floor(index / PER_FOLDER)).padStart(3, '0');
	return {name: `syn_${String(index).padStart(6, '0')}.txt`, folder, text};
}

/** A generator of articles: generator a (this file) or b (generator-b/). */
export type ArticleGenerator = {
	readonly label: string;
	readonly version: number;
	readonly article: (seed: string, index: number) => {name: string; folder: string; text: string};
};
export const generatorA: ArticleGenerator = {label: '', version: GENERATOR_VERSION, article: generateArticle};

export type GenerateOptions = {readonly articles: number; readonly out: string; readonly seed?: string; readonly generator?: ArticleGenerator};
export type GenerateReport = {articles: number; folders: number; bytes: number; ms: number; seed: string; version: number};

/** Writes the corpus: `out/000/syn_000000.txt` ..., 1,000 files a folder, plus a note saying what it is. */
export function generateCorpus(opts: GenerateOptions): GenerateReport {
	const started = performance.now();
	const seed = opts.seed ?? DEFAULT_SEED;
	const generator = opts.generator ?? generatorA;
	mkdirSync(opts.out, {recursive: true});
	let bytes = 0;
	const made = new Set<string>();
	for (let i = 0; i < opts.articles; i++) {
		const a = generator.article(seed, i);
		const dir = path.join(opts.out, a.folder);
		if (!made.has(dir)) {
			mkdirSync(dir, {recursive: true});
			made.add(dir);
		}
		const buf = Buffer.from(a.text, 'utf8');
		writeFileSync(path.join(dir, a.name), buf);
		bytes += buf.length;
	}
	const report: GenerateReport = {articles: opts.articles, folders: made.size, bytes, ms: Math.round(performance.now() - started), seed, version: generator.version};
	// Not *.txt, so the importer never takes it for an article.
	writeFileSync(
		path.join(opts.out, 'SYNTHETIC.md'),
		`# Synthetic corpus\n\nGenerated by scrutiny's bench/generate.ts (generator ${generator.label}version ${generator.version}, seed '${seed}'): ${opts.articles} invented articles.\n` +
			'The authorities are real; every person, quotation and event is made up. Do not cite.\n',
	);
	writeFileSync(path.join(opts.out, '.manifest.json'), `${JSON.stringify({...report, ms: undefined, ...(generator.label ? {generator: generator.label.trim()} : {})})}\n`);
	return report;
}
