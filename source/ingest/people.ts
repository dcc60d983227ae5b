/**
 * Step 5 of ingestion: the people an article names, with their titles, roles and parties.
 *
 * Short forms ("Coun Blackburn", "Mr Marsden") resolve to the full name printed elsewhere in the article; a
 * party is recorded only where the text attaches it to the person ("a Labour MP", "leader of the Tory group").
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import {partyAbbreviations, partyOf, roleHeads, titles} from './lexicon.js';

/** The particles a surname can open with ("Le Grand", "De Souza", "Van der Berg"). */
const surnameParticles = new Set(['Le', 'La', 'De', 'Du', 'Da', 'Di', 'Del', 'Della', 'Des', 'Van', 'Von']);

/** Capitalised words that start a sentence or a place before a surname, not a given name. */
const notGiven = new Set(['The', 'A', 'An', 'This', 'That', 'But', 'And', 'When', 'After', 'Before', 'Council', 'County', 'City', 'Borough', 'North', 'South', 'East', 'West', 'New', 'Great', 'Little', 'Upper', 'Lower', 'St']);
import type {Mention} from './mentions.js';
import {matchesIn} from './text.js';

export type PersonMention = Extract<Mention, {kind: 'person'}>;

export type ArticlePerson = {
	/** Full name when the article prints one ("Simon Blackburn"), else the surname. */
	name: string;
	titles: Set<string>;
	roles: string[];
	party: string | null;
	gender: 'm' | 'f' | null;
	/** Paragraph numbers (1-based) that mention the person. */
	paragraphs: Set<number>;
};

export type ParagraphMentions = {readonly text: string; readonly narrative: string; readonly mentions: readonly Mention[]};

const stopBefore = new Set(
	'whose who which said says and but by with as that while after before to from claiming when if told called calls asked urged accused between against on at in was is has had have who which where including include includes also both new former then'.split(
		' ',
	),
);
const leadingArticles = /^(the|a|an|its|their|his|her)\s+/i;

/** Common words that open a role phrase: only these lose their capital at the start of a sentence. */
const commonRoleStarts = new Set(
	'council party cabinet deputy director leader chief group portfolio executive head former interim independent assistant lead senior acting shadow opposition strategic corporate service the a an'.split(' '),
);

/** Proper-noun words that start a role phrase and keep their capital ("Tory MP", "Weston-super-Mare MP"). */
function keepsCapital(word: string): boolean {
	return !commonRoleStarts.has(word.toLowerCase());
}

/** Tidies a role phrase: parties out, "Blackpool South’s MP" → "MP for Blackpool South", first letter lower. */
export function normaliseRole(phrase: string): {role: string | null; party: string | null} {
	let p = phrase.replace(/\s+/g, ' ').trim().replace(leadingArticles, '');
	const party = partyOf(p);
	p = p
		.replace(/\b(Liberal Democrats?|Lib ?Dems?|Conservatives?|Tory|Tories|Labour|Greens?|Independents?|Reform( UK)?)\s+(?=[A-Za-z])/, (m, _w, _u, off: number) =>
			// Keep the party where it names the group led ("leader of the Tory group"), drop it as an adjective of the person.
			off === 0 ? '' : m,
		)
		.trim();
	// "Blackpool South’s MP" → "MP for Blackpool South"; "Blackpool's director of ..." → "director of ..., Blackpool".
	// Only a place owns a role this way: "Children's Minister" stays as printed.
	const possessive = /^([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)(?:’s|'s)\s+(.+)$/.exec(p);
	if (possessive && isPlace(possessive[1]!)) {
		const [, owner, rest] = possessive;
		p = /^MP$/i.test(rest!) ? `MP for ${owner}` : `${rest}, ${owner}`;
	}
	const placeMp = /^([A-Z][\w-]*(?:[\s-]+(?:[A-Z][\w-]*|upon|on|under|super|and))*)\s+MP$/.exec(p);
	if (placeMp && isPlace(placeMp[1]!)) p = `MP for ${placeMp[1]}`;
	if (!p.split(/\s+/).some((w) => roleHeads.has(w.toLowerCase().replace(/[,]$/, '')) || /^responsible$/i.test(w))) return {role: null, party};
	if (!keepsCapital(p.split(' ')[0]!) && !/^MP\b/.test(p)) p = p[0]!.toLowerCase() + p.slice(1);
	if (p.split(' ').length === 1 && partyOf(phrase) === null && /^(member|leader|head|chief)$/i.test(p)) return {role: null, party};
	return {role: p, party};
}

/** A place or an authority: the owner in "Blackpool South’s MP", not "Children's Minister". */
function isPlace(words: string): boolean {
	return findAuthorityMentions(words).length > 0 || /\b(North|South|East|West|Central)$/.test(words) || /-/.test(words) || (!commonRoleStarts.has(words.toLowerCase()) && !/^(Children|Education|Party|Council|Government|County)$/i.test(words));
}

/** The role phrase printed just before a name: "council leader Coun Simon Blackburn". */
export function roleBefore(narrative: string, start: number): string | null {
	// A role phrase is a few words long: looking back 160 characters keeps this linear on long paragraphs.
	const before = narrative.slice(Math.max(0, start - 160), start);
	// "The mayor, Jamal Haque, said": the role stands before the name, set off by a comma; so does "Brent's corporate
	// director for children, Lewis Okafor," (normaliseRole puts the owner after the role). Not "the executive by the
	// director, X,": a "by" ends the role before it.
	// (The pattern ends on a comma: a phrase that does not is spared trying it from every position.)
	const set = before.trimEnd().endsWith(',') && /(?:^|[\s(])(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+|(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s\s))(?![^,]*\bby\b)([A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,6}),\s*$/.exec(before);
	if (set && set[1]!.split(/\s+/).some((w) => roleHeads.has(w.toLowerCase()))) return set[1]!;
	const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf('.'), before.lastIndexOf('–'), before.lastIndexOf('—')) + 1);
	const words = clause.trim().split(/\s+/).filter(Boolean);
	const kept: string[] = [];
	for (let k = words.length - 1; k >= 0 && kept.length < 8; k--) {
		const w = words[k]!;
		// "and" inside a place name ("Hereford and South Herefordshire") does not end the phrase.
		const placeAnd = w === 'and' && /^[A-Z]/.test(words[k - 1] ?? '') && /^[A-Z]/.test(words[k + 1] ?? '');
		if (stopBefore.has(w.toLowerCase()) && !(w.toLowerCase() === 'for' || w.toLowerCase() === 'of') && !placeAnd) break;
		kept.unshift(w);
	}
	// A role phrase may not start with "of"/"for" or a lone article.
	while (kept.length > 0 && /^(of|for|the|a|an|and|But|However)$/i.test(kept[0]!)) kept.shift();
	if (kept.length === 0) return null;
	if (!kept.some((w) => roleHeads.has(w.toLowerCase()))) return null;
	// The phrase must end on the role, not on a noun that merely precedes the name ("the report by").
	return kept.join(' ');
}

/** An appositive after a name: "Coun Tony Williams, leader of the Tory group on the council, said". */
export function roleAfter(narrative: string, end: number): string | null {
	// "Cllr Gareth Pugh (Ind, Golden Valley North), cabinet member for ...": the bracket comes first.
	// "Helen Lowe OBE MP, the Minister for Children": honours and letters after the name come before it too.
	const rest = narrative
		.slice(end)
		.replace(/^(?:\s+(?:OBE|MBE|CBE|KBE|DBE|MP|QC|KC|JP|MEP|PhD)\b)+/, '')
		.replace(/^\s*\([^)]{0,80}\)/, '');
	const m = /^,\s+((?:the |a |an )?[^,;:.()“”"]{2,90}?)\s*(?:,|\.|;|$)/.exec(rest);
	if (!m) return null;
	const phrase = m[1]!.trim();
	const words = phrase.split(/\s+/);
	if (words.length > 14) return null;
	if (!words.some((w) => roleHeads.has(w.toLowerCase()) || w.toLowerCase() === 'responsible')) return null;
	if (/\b(said|says|told|added|who|whose|which|was|is|has|had|where|when)\b/i.test(phrase)) return null;
	// ", and to the chair of the board,": a list going on, not this person's role.
	if (/^(and|or|but|to|with|from)\b/i.test(phrase)) return null;
	// "Graham Pike, minister Harriet Lowe set out ...": another person named with their role, not this one's role.
	if (/\b[a-z]+\s+[A-Z][a-z]+\s+[A-Z][a-z'’-]+/.test(phrase)) return null;
	return phrase;
}

/** "Cllr Jane Smith (Lab, Central)": the bracketed party abbreviation after a name. */
function bracketParty(narrative: string, end: number): string | null {
	const m = /^\s*\(([A-Za-z ]+)(?:[,)])/.exec(narrative.slice(end));
	return m ? (partyAbbreviations.get(m[1]!.trim().toLowerCase()) ?? null) : null;
}

export type PeopleResult = {
	readonly people: ArticlePerson[];
	/** The article person a person mention refers to. */
	readonly resolve: (m: PersonMention) => ArticlePerson | null;
};

/** Builds the article's people from its paragraphs' mentions. Pure. */
export function collectPeople(paragraphs: readonly ParagraphMentions[]): PeopleResult {
	const byName = new Map<string, ArticlePerson>();
	// (Asked of every mention of a full name: each name once.)
	const authorityNames = new Map<string, boolean>();
	const isAuthority = (name: string) => {
		let is = authorityNames.get(name);
		if (is === undefined) authorityNames.set(name, (is = findAuthorityMentions(name).some((a) => a.start === 0 && a.end >= name.length - 2)));
		return is;
	};

	const add = (name: string): ArticlePerson => {
		let p = byName.get(name);
		if (!p) {
			p = {name, titles: new Set(), roles: [], party: null, gender: null, paragraphs: new Set()};
			byName.set(name, p);
		}
		return p;
	};

	// Full names first, so that "Coun Blackburn" can find "Simon Blackburn" wherever it was printed.
	for (const para of paragraphs)
		for (const m of para.mentions) if (m.kind === 'person' && m.names.length >= 2 && !isAuthority(m.names.join(' '))) add(m.names.join(' '));

	// "Professor Le Grand" after "Julian Le Grand": a surname with its particle is the full name it ends; so is a
	// double surname printed only after a title ("Ms Lloyd Owen" after "Marta Lloyd Owen").
	const titledOnly = new Set<string>();
	for (const para of paragraphs) for (const m of para.mentions) if (m.kind === 'person' && m.names.length === 2 && m.title !== null) titledOnly.add(m.names.join(' '));
	for (const para of paragraphs) for (const m of para.mentions) if (m.kind === 'person' && m.title === null) titledOnly.delete(m.names.join(' '));
	for (const name of [...byName.keys()]) {
		if (!surnameParticles.has(name.split(' ')[0]!) && !titledOnly.has(name)) continue;
		if ([...byName.keys()].filter((n) => n.endsWith(` ${name}`)).length === 1) byName.delete(name);
	}

	const surnameIndex = () => {
		const idx = new Map<string, ArticlePerson[]>();
		for (const p of byName.values()) {
			const last = p.name.split(' ').at(-1)!;
			idx.set(last, [...(idx.get(last) ?? []), p]);
		}
		return idx;
	};
	let index = surnameIndex();

	const resolve = (m: PersonMention): ArticlePerson | null => {
		if (m.names.length >= 2) {
			const name = m.names.join(' ');
			const exact = byName.get(name);
			if (exact || !(surnameParticles.has(m.names[0]!) || titledOnly.has(name))) return exact ?? null;
			const ending = [...byName.values()].filter((p) => p.name.endsWith(` ${name}`));
			return ending.length === 1 ? ending[0]! : null;
		}
		const candidates = index.get(m.names[0]!) ?? [];
		if (candidates.length === 1) return candidates[0]!;
		if (candidates.length > 1) {
			// Two people share a surname: the title's gender decides, else the short form stays its own person.
			const byGender = candidates.filter((c) => m.gender !== null && c.gender === m.gender);
			if (byGender.length === 1) return byGender[0]!;
		}
		// "Sir Peter said" after "Sir Peter Hale": a knight or a dame is called by the given name.
		if (candidates.length === 0 && m.title !== null && /^(?:sir|dame)$/i.test(m.title)) {
			const given = [...byName.values()].filter((p) => p.name.includes(' ') && p.name.split(' ')[0] === m.names[0]);
			if (given.length === 1) return given[0]!;
		}
		return byName.get(m.names[0]!) ?? null;
	};

	// "Ms Holbrook" where the text printed "director of children's services, Cathy Holbrook," without a cue the
	// mention finder needs: the capitalised word before the surname is the given name.
	let text: string | null = null;
	for (const para of paragraphs)
		for (const m of para.mentions)
			if (m.kind === 'person' && m.names.length === 1 && m.title !== null && resolve(m) === null && /^[A-Z][a-z'’-]+$/.test(m.names[0]!)) {
				const given = new RegExp(`(?<![\\w'’-])([A-Z][a-z]+) ${m.names[0]}(?![\\w'’-])`, 'g');
				const first = matchesIn(given, (text ??= paragraphs.map((p) => p.narrative).join('\n'))).map((g) => g[1]!).find((w) => !titles.has(w.toLowerCase()) && !roleHeads.has(w.toLowerCase()) && !notGiven.has(w));
				if (first && !isAuthority(`${first} ${m.names[0]}`)) {
					add(`${first} ${m.names[0]}`);
					index = surnameIndex();
				}
			}

	// Surname-only mentions with no full name anywhere become people of their own ("Cllr Smith").
	for (const para of paragraphs)
		for (const m of para.mentions)
			if (m.kind === 'person' && m.names.length === 1 && m.title !== null && resolve(m) === null && !isAuthority(m.names[0]!)) {
				add(m.names[0]!);
				index = surnameIndex();
			}

	for (const [k, para] of paragraphs.entries()) {
		for (const m of para.mentions) {
			if (m.kind !== 'person') continue;
			const p = resolve(m);
			if (!p) continue;
			p.paragraphs.add(k + 1);
			if (m.title) p.titles.add(m.title);
			if (p.gender === null && m.gender !== null) p.gender = m.gender;
			const before = roleBefore(para.narrative, m.start);
			for (const phrase of [before, roleAfter(para.narrative, m.end)]) {
				if (!phrase) continue;
				const {role, party} = normaliseRole(phrase);
				if (role && !p.roles.includes(role)) p.roles.push(role);
				if (party && p.party === null) p.party = party;
			}
			// "Labour called for ... / Party leader Matthew Patrick said": a party or group leader named without the party
			// leads the one the text named last.
			if (p.party === null && /\b(party|group) leader\b|\bleader of the (party|group)\b/i.test(before ?? '')) {
				const named = lastParty(para.narrative.slice(0, m.start)) ?? lastParty(paragraphs[k - 1]?.narrative ?? '');
				if (named) p.party = named;
			}
			const bracket = bracketParty(para.narrative, m.end);
			if (bracket && p.party === null) p.party = bracket;
			// "Labour’s Jane Smith", "Tory Cllr Smith": a party word right before the name.
			const lead = /(Labour|Conservative|Tory|Liberal Democrat|Lib Dem|Green|Independent|Reform)(?:’s|'s)?\s+$/.exec(para.narrative.slice(Math.max(0, m.start - 24), m.start));
			if (lead && p.party === null) p.party = partyOf(lead[1]!);
		}
	}
	return {people: [...byName.values()], resolve};
}

const partyName = /\b(Labour|Conservatives?|Tory|Tories|Liberal Democrats?|Lib Dems?|Green Party|Greens|Reform UK)\b/g;

/** The party a stretch of text names last ("Labour called for ..."), if any. */
function lastParty(text: string): string | null {
	const all = matchesIn(partyName, text);
	const last = all.at(-1);
	return last ? partyOf(last[1]!) : null;
}
