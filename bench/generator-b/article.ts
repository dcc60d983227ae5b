/**
 * Generator b: a second synthetic corpus, independent of generator.ts (its own words in pools.ts, its own shapes),
 * so that the benchmark's figures are not tuned to one generator's text. Against generator a its articles are
 * shorter (8 to 20 paragraphs of about 10 to 60 words), carry more quotes (many of several paragraphs, in the
 * British form: each paragraph opens a quote mark, only the last closes it) and fewer events (most stories are
 * everyday coverage with no judgement, notice or resignation), and their dates are printed in other ways: a
 * header block with a DD/MM/YYYY `published:` date and the page's address, a byline with the date, a
 * PUBLISHED/UPDATED line, a credit at the foot, the inline form, or none. Attributions: colon before the quote,
 * `"...," X told the paper`, a quote split around its speaker, "according to", a spokesperson, a pronoun after a
 * first mention, and a few words quoted inside reported speech.
 *
 * Article i depends only on (seed, i): any slice can be made alone, and two runs write the same bytes.
 */
import {authorityRecords} from '../../source/corpus/authorities-data.js';
import {Rng} from '../prng.js';
import {backgroundParts, claimParts, eventBody, eventStories, familyNames, givenNames, openers, papers, plainStories, politicalGroups, roles, said, sections, verbs} from './pools.js';

/** Bump when the text changes: corpora made by it are keyed by it. */
export const GENERATOR_B_VERSION = 1;

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const grades = ['inadequate', 'requires improvement to be good', 'good', 'outstanding'];
const places = authorityRecords.filter((a) => !a.legacy).map((a) => a.name);

type Side = 'defend' | 'critic' | 'outside';
type Speaker = {name: string; surname: string; female: boolean; councillor: boolean; role: string; side: Side; named: boolean};

type Piece = {
	readonly rng: Rng;
	readonly place: string;
	readonly paper: string;
	readonly fields: Record<string, string>;
	readonly open: string;
	readonly close: string;
	/** Who spoke last: the only one a pronoun may stand for. */
	last: Speaker | null;
	/** The story's background sentences not used yet, in the order they will be. */
	readonly unused: string[];
};

const pad = (n: number) => String(n).padStart(2, '0');
const capital = (t: string) => t[0]!.toUpperCase() + t.slice(1);

function fill(c: Piece, template: string): string {
	return template.replace(/\{(\w+)\}/g, (_, k: string) => c.fields[k] ?? k);
}

function speakerOf(rng: Rng, place: string, role: string, side: Side, councillor: boolean, group?: string): Speaker {
	const female = rng.chance(0.5);
	const first = rng.pick(female ? givenNames.f : givenNames.m);
	const surname = rng.pick(familyNames);
	const full = councillor ? `${rng.pick(['Cllr', 'Councillor'])} ${first} ${surname}` : `${first} ${surname}`;
	return {name: full, surname, female, councillor, role: group ? `${group} ${role}` : role, side, named: false};
}

/** An authority's people in one three-year term: the same names come back across its articles. */
function castOf(seed: string, place: string, term: number): Speaker[] {
	const rng = new Rng(`${seed}:b-cast:${place}:${term}`);
	const ruling = rng.pick(politicalGroups);
	const other = rng.pick(politicalGroups.filter((g) => g !== ruling));
	return [
		speakerOf(rng, place, rng.pick(roles.portfolio), 'defend', true, ruling.adj),
		speakerOf(rng, place, rng.pick(roles.leader), 'defend', true, ruling.adj),
		speakerOf(rng, place, rng.pick(roles.critic), 'critic', true, other.adj),
		speakerOf(rng, place, rng.pick(roles.officer), 'defend', false),
		speakerOf(rng, place, rng.pick(roles.scrutiny), 'critic', true),
		speakerOf(rng, place, rng.pick(roles.outsider), 'outside', false),
	];
}

/** `count` background sentences: the story's own, each once, then figures made of parts. */
function background(c: Piece, count: number): string {
	const out: string[] = [];
	for (let i = 0; i < count; i++) out.push(c.unused.pop() ?? `${c.rng.pick(backgroundParts.source)} ${c.rng.pick(backgroundParts.finding)}.`);
	return out.map((t) => fill(c, t)).join(' ');
}

/** Quoted sentences for one speaker, `count` of them: a whole sentence of the side's, or one made of parts. */
function words(c: Piece, s: Speaker, count: number): string {
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		if (c.rng.chance(0.3)) out.push(c.rng.pick(said[s.side]));
		else {
			const parts = claimParts[s.side];
			const opener = c.rng.pick(openers);
			const subject = c.rng.pick(parts.subject);
			out.push(`${opener}${opener ? subject : capital(subject)} ${c.rng.pick(parts.predicate)}.`);
		}
	}
	return out.join(' ');
}

/** A speaker as the subject of a sentence: in full with the role the first time, then a surname or a pronoun. */
function subject(c: Piece, s: Speaker): {text: string; full: boolean} {
	if (!s.named) {
		s.named = true;
		return {text: `${s.name}, the ${s.role},`, full: true};
	}
	if (c.last === s && c.rng.chance(0.6)) return {text: s.female ? 'she' : 'he', full: false};
	return {text: s.councillor ? `Cllr ${s.surname}` : s.surname, full: false};
}

/** One quote, in one of the attribution styles; some run over several paragraphs. */
function quote(c: Piece, s: Speaker): string[] {
	const {rng, open: o, close: q} = c;
	const verb = fill(c, rng.pick(verbs));
	const style = rng.weighted<string>([
		['colon', 26],
		['after', 22],
		['split', 14],
		['multi', 16],
		['according', 6],
		['spokes', 8],
		['fragment', 8],
	]);
	if (style === 'spokes') c.last = null;
	if (style === 'spokes') return [`A spokes${rng.pick(['woman', 'man', 'person'])} for ${c.place} council said: ${o}${words(c, {...s, side: 'defend'}, rng.int(1, 2))}${q}`];
	const who = subject(c, s);
	c.last = s;
	// After the quote the full form's closing comma goes: "said Name, the role."
	const bare = who.full ? who.text.slice(0, -1) : who.text;
	switch (style) {
		case 'colon':
			return [`${capital(who.text)} ${rng.pick(['said', 'added', 'told councillors'])}: ${o}${words(c, s, rng.int(1, 3))}${q}`];
		case 'after': {
			const text = words(c, s, rng.int(1, 3)).replace(/\.$/, ',');
			return [who.full ? `${o}${text}${q} said ${bare}.` : `${o}${text}${q} ${bare} ${verb}.`];
		}
		case 'split': {
			const tag = who.full ? `said ${bare}` : `${bare} ${verb}`;
			return [`${o}${words(c, s, 1).replace(/\.$/, ',')}${q} ${tag}. ${o}${words(c, s, rng.int(1, 2))}${q}`];
		}
		case 'multi': {
			const parts = rng.int(2, 4);
			const out = [`${capital(who.text)} said: ${o}${words(c, s, rng.int(1, 2))}`];
			for (let p = 1; p < parts; p++) out.push(`${o}${words(c, s, rng.int(1, 3))}${p === parts - 1 ? q : ''}`);
			return out;
		}
		case 'according':
			return [`According to ${who.full ? bare : s.councillor ? `Cllr ${s.surname}` : s.surname}, the council ${rng.pick(['had been warned', 'knew about the problems', 'was making progress'])}. ${o}${words(c, s, 1)}${q}`];
		default:
			return [`${capital(who.text)} said the plans were ${o}${rng.pick(['a step in the right direction', 'too little, too late', 'long overdue', 'a sticking plaster'])}${q} and called for ${rng.pick(['a full debate', 'regular updates', 'an independent review'])}.`];
	}
}

function dateParts(rng: Rng) {
	const year = rng.int(2013, 2025);
	const month = rng.int(1, 12);
	const day = rng.int(1, 28);
	const weekday = dayNames[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
	return {year, month, day, weekday, iso: `${year}-${pad(month)}-${pad(day)}`};
}

/** Generator b's article `index` for `seed`: its folder, file name and text. */
export function generateArticleB(seed: string, index: number): {name: string; folder: string; text: string} {
	const rng = new Rng(`${seed}:b-article:${index}`);
	const place = rng.pick(places);
	const d = dateParts(rng);
	const curly = rng.chance(0.55);
	const paper = rng.pick(papers);
	const eventful = rng.chance(0.28);
	const storyKind = eventful ? rng.pick(Object.keys(eventStories) as (keyof typeof eventStories)[]) : rng.pick(Object.keys(plainStories) as (keyof typeof plainStories)[]);
	const fields: Record<string, string> = {
		place,
		paper,
		monthName: monthNames[d.month - 1]!,
		weekday: d.weekday,
		grade: storyKind === 'rating' ? rng.pick(grades) : 'inadequate',
		earlier: String(d.year - rng.int(2, 5)),
		earlierGrade: rng.pick(grades),
		count: String(rng.int(180, 900)),
		smaller: String(rng.int(100, 170)),
		millions: (rng.int(15, 220) / 10).toFixed(1),
		thousands: String(rng.int(120, 850)),
		ratio: String(rng.int(3, 7)),
		cases: String(rng.int(18, 31)),
	};
	const story = eventful ? eventStories[storyKind as keyof typeof eventStories] : plainStories[storyKind as keyof typeof plainStories];
	const body: readonly string[] = eventful ? eventBody[storyKind as keyof typeof eventBody] : (story as {body: readonly string[]}).body;
	const c: Piece = {rng, place, paper, fields, open: curly ? '\u201c' : '"', close: curly ? '\u201d' : '"', last: null, unused: rng.shuffle(body)};
	const headline = fill(c, rng.pick(story.headline));
	// Each speaker is a fresh copy: whether one is named yet is this article's.
	const cast = castOf(seed, place, Math.floor((d.year - 2013) / 3)).map((s) => ({...s}));
	const speakers = rng.shuffle(cast).slice(0, rng.int(3, 5));

	const paragraphs = [fill(c, rng.pick(story.lede))];
	const target = rng.int(8, 20);
	while (paragraphs.length < target) {
		if (rng.chance(0.7)) paragraphs.push(...quote(c, rng.pick(speakers)));
		else {
			c.last = null;
			paragraphs.push(background(c, rng.int(1, 2)));
		}
	}

	const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	const byline = `${rng.pick(givenNames.f)} ${rng.pick(familyNames)}`;
	const text = rng.weighted<() => string>([
		[() => `published: ${pad(d.day)}/${pad(d.month)}/${d.year}\npublication: ${paper}\nbyline: ${byline}\nurl: https://news.example.org/${d.year}/${pad(d.month)}/${pad(d.day)}/${slug}\n\n${headline}\n\n${paragraphs.join('\n\n')}\n`, 28],
		[() => `${rng.pick(sections)}\n${headline}\n\nBy ${byline} | ${d.day} ${monthNames[d.month - 1]} ${d.year}\n\n${paragraphs.join('\n\n')}\n`, 27],
		[() => `${headline}\n\nPUBLISHED: ${pad(rng.int(7, 21))}:${pad(rng.int(0, 59))} ${pad(d.day)} ${monthNames[d.month - 1]} ${d.year} | UPDATED: ${pad(rng.int(7, 21))}:${pad(rng.int(0, 59))} ${pad(d.day)} ${monthNames[d.month - 1]} ${d.year}\n\n${paragraphs.join('\n\n')}\n`, 15],
		[() => `${headline}\n\n${paragraphs.join('\n\n')}\n\nThis story first appeared in the ${paper} on ${d.weekday} ${d.day} ${monthNames[d.month - 1]} ${d.year}.\n`, 12],
		[() => ` date ${d.iso} ${paragraphs.join('\n\n')}\n`, 12],
		[() => `${headline}\n\n${paragraphs.join('\n\n')}\n`, 6],
	])();
	return {name: `b_${String(index).padStart(6, '0')}.txt`, folder: String(Math.floor(index / 1000)).padStart(3, '0'), text};
}
