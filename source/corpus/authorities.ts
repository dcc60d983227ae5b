/**
 * Authority names: finding them in article text, resolving them from the command line and from Ofsted's
 * lower-case names, and their stable ids. Pure functions over `authorities-data.ts`; no I/O.
 */
import {authorityRecords, type AuthorityRecord, type MentionNeed} from './authorities-data.js';

/** One mention of an authority in a text: `text.slice(start, end) === mention.text`. */
export type AuthorityMention = {
	/** Canonical authority name. */
	name: string;
	start: number;
	/** Exclusive; the span covers "Council" and "City of" when written, never a possessive "'s". */
	end: number;
	text: string;
};

/** What the store and the command line need to know about one authority. */
export type AuthorityInfo = {
	name: string;
	/** Null when the name is not one of the known authorities. */
	onsCode: string | null;
	urn: number | null;
	laCode: number | null;
	legacy: boolean;
};

/** The result of resolving a name typed by a person. `candidates` is empty when nothing matches at all. */
export type AuthorityQueryResult = {ok: true; name: string} | {ok: false; candidates: string[]};

/** Every canonical authority name, legacy ones included, sorted. */
export const authorityNames: readonly string[] = authorityRecords.map((record) => record.name);

const recordsByName = new Map<string, AuthorityRecord>(authorityRecords.map((record) => [record.name, record]));
const recordsByUrn = new Map<number, AuthorityRecord>(authorityRecords.map((record) => [record.urn, record]));

/** Codes and flags of a canonical name; an unknown name gets nulls rather than an error, as a store may hold one. */
export function authorityInfo(name: string): AuthorityInfo {
	const record = recordsByName.get(name) ?? recordsByName.get(canonicalCase(name) ?? '');
	if (!record) {
		return {name, onsCode: null, urn: null, laCode: null, legacy: false};
	}

	return {name: record.name, onsCode: record.onsCode, urn: record.urn, laCode: record.laCode, legacy: record.legacy === true};
}

/** The canonical name of the authority Ofsted knows by this URN, or null. */
export function authorityFromUrn(urn: number): string | null {
	return recordsByUrn.get(urn)?.name ?? null;
}

/**
 * A stable slug for ids and file names: "North East Lincolnshire" → "north-east-lincolnshire",
 * "Bournemouth, Christchurch and Poole" → "bournemouth-christchurch-and-poole". Works on any string.
 */
export function authorityId(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/['’.]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

// ---------------------------------------------------------------------------------------------------------
// Spelling variants

/**
 * The ways one written form of a name is spelt in print: "&" for "and", hyphens in "Stoke-on-Trent",
 * "Upon" capitalised, "St." with a full stop. The data file lists each form once; the variants come from here.
 */
function spellings(form: string): string[] {
	const rules: Array<[RegExp, string]> = [
		[/ and /g, ' & '],
		[/ & /g, ' and '],
		[/-(on|upon|under|in|with)-/g, ' $1 '],
		[/ (on|upon|under|in|with) /g, '-$1-'],
		[/(^|[ -])upon([ -])/g, '$1Upon$2'],
		[/(^|[ -])under([ -])/g, '$1Under$2'],
		[/^St /, 'St. '],
		[/^North East /, 'North-East '],
	];
	const seen = new Set([form]);
	const queue = [form];
	while (queue.length > 0) {
		const current = queue.shift()!;
		for (const [pattern, replacement] of rules) {
			const next = current.replace(pattern, replacement);
			if (!seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}

	return [...seen];
}

type Form = {text: string; record: AuthorityRecord; need: MentionNeed};

function formsOf(record: AuthorityRecord): Form[] {
	const forms: Form[] = [];
	const add = (written: string, need: MentionNeed) => {
		for (const text of spellings(written)) {
			forms.push({text, record, need});
		}
	};

	add(record.name, record.need ?? 'always');
	for (const short of record.short ?? []) {
		add(short, 'always');
	}

	for (const guarded of record.guarded ?? []) {
		add(guarded, 'context');
	}

	return forms;
}

type MentionTables = {
	readonly allForms: readonly Form[];
	readonly formsByText: ReadonlyMap<string, Form>;
	readonly exclusionsByRecord: ReadonlyMap<AuthorityRecord, readonly string[]>;
	readonly mentionPattern: RegExp;
};

let tables: MentionTables | undefined;

/**
 * The written forms and the pattern that finds them, built on first use: building them (the spellings, and the
 * collator that sorts the pattern) takes about 20 ms, which every start would pay, the UI's first frame
 * included, though only extraction and the data test need them.
 */
function mentionTables(): MentionTables {
	if (tables) return tables;
	const allForms = authorityRecords.flatMap((record) => formsOf(record));
	const formsByText = new Map<string, Form>(allForms.map((form) => [form.text, form]));
	const exclusionsByRecord = new Map<AuthorityRecord, string[]>(
		authorityRecords.map((record) => [record, (record.exclude ?? []).flatMap((phrase) => spellings(phrase))]),
	);
	// Longest first, so that the alternation prefers "North East Lincolnshire" to "North East Lincs" at one
	// position; the scan itself is leftmost, so "Lincolnshire" inside "North East Lincolnshire" is never reached.
	const mentionPattern = new RegExp(
		`(?<![\\p{L}\\p{N}_&])(?:${[...formsByText.keys()]
			.sort((a, b) => b.length - a.length || a.localeCompare(b))
			.map((text) => escapeRegExp(text))
			.join('|')})(?![\\p{L}\\p{N}_])`,
		'gu',
	);
	tables = {allForms, formsByText, exclusionsByRecord, mentionPattern};
	return tables;
}

/** Written forms that two authorities share: the data must keep this empty (a test checks it). */
export function conflictingForms(): string[] {
	const owners = new Map<string, Set<string>>();
	for (const form of mentionTables().allForms) {
		const names = owners.get(form.text) ?? new Set<string>();
		names.add(form.record.name);
		owners.set(form.text, names);
	}

	return [...owners].filter(([, names]) => names.size > 1).map(([text]) => text);
}

// ---------------------------------------------------------------------------------------------------------
// Mentions in text

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const councilSuffix = /^[ \u00a0](?:(?:[Mm]etropolitan[ \u00a0])?(?:[Bb]orough|[Cc]ity|[Cc]ounty|[Dd]istrict)[ \u00a0])?[Cc]ouncil(?![\p{L}\p{N}])/u;
const councilPrefix = /(?<![\p{L}\p{N}])(?:(?:(?:London|Royal|Metropolitan)[ \u00a0])?Borough|City(?:[ \u00a0]and[ \u00a0]County)?|County)[ \u00a0]of[ \u00a0]$/u;
// "Duke of York", "Bishop of Durham": a title, not the council.
const titlePrefix =
	/(?<![\p{L}\p{N}])(?:Duke|Duchess|Earl|Countess|Marquess|Marquis|Baron|Baroness|Viscount|Viscountess|Bishop|Archbishop|Lord|Lady|Dean)[ \u00a0]of[ \u00a0]$/u;
const placePreposition =
	/(?<![\p{L}\p{N}])(?:[Ii]n|[Aa]t|[Aa]cross|[Aa]round|[Tt]hroughout|[Ff]rom|[Nn]ear|[Oo]utside|[Ww]ithin|of|for|to|into)[ \u00a0]$/u;
// "in a part of Essex": a place within the county, whose council is another.
const partOf = /(?<![\p{L}\p{N}])(?:an?|one|another|other)[ \u00a0]parts?[ \u00a0]of[ \u00a0]$/u;
// "Lib-Dem Kingston", "at Tory-run Bath": a party's name before a place is the council it runs.
const partyBefore = /(?<![\p{L}\p{N}])(?:Labour|Tory|Conservative|Lib[- ]?Dem|Liberal[ \u00a0]Democrat|Green|Independent)(?:-(?:run|led|controlled))?[ \u00a0]$/u;
const servicesAfter =
	/^(?:['’]s?)?[ \u00a0](?:[Cc]hildren['’]s[ \u00a0](?:[Ss]ervices|[Ss]ocial[ \u00a0][Cc]are)|[Ss]ocial[ \u00a0](?:[Ss]ervices|[Cc]are|[Ww]orkers?))(?![\p{L}])/u;
const capitalisedWordBefore = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]*\.?)[ \u00a0]+$/u;

// Capitalised words that can stand right before a place name without making it someone's surname.
const placeWords = new Set(
	`The A An In At On Of For From To By With Within Across Around Throughout Near Outside Inside Into And But Or Nor
	As If While When Where Whereas Unlike Like Both Including Only Even Also So Yet Since Until After Before During Under
	Over Between Against Among Despite Why How What That This These Those Meanwhile However Today Yesterday Now Then
	Last Next Every All Each Rural Urban Inner North South East West Mid Central Northern Southern Eastern Western
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
	September October November December`.split(/\s+/),
);
const nearWords = new Set(['Nearby', 'Neighbour', 'Fellow', 'Rival', 'Adjacent']); // "Nearby Bury": no first name
const titleAbbreviations = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Cllr', 'Coun', 'Prof', 'Rev', 'Sir', 'St']);

/** True when the word before a single-word name makes it a person's name ("Simon Blackburn", "Mr Sutton"). */
function followsPersonWord(before: string): boolean {
	const word = capitalisedWordBefore.exec(before)?.[1];
	if (word === undefined || partyBefore.test(before)) return false; // ("Lib-Dem Kingston": a party, not a first name.)
	// "...said Ofsted. Blackpool's..." is a sentence break; "Dr. Sutton" is not.
	if (word.endsWith('.')) return titleAbbreviations.has(word.slice(0, -1));

	// "Labour-run Blackpool", "Tory-led Bury": an adjective, where a double-barrelled surname would be capitalised.
	// "Neighbouring Trafford's service", "Nearby Bury": a sentence's first word, which no first name is.
	return !placeWords.has(word) && !/-\p{Ll}+$/u.test(word) && !/^\p{Lu}\p{Ll}{3,}ing$/u.test(word) && !nearWords.has(word);
}

/** True inside a Title Case headline, where every word is capitalised and none of them marks a surname. */
function inTitleCaseLine(text: string, position: number): boolean {
	const from = text.lastIndexOf('\n', position) + 1;
	const to = text.indexOf('\n', position);
	const words = (text.slice(from, to === -1 ? undefined : to).match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((word) => !minorWords.has(word));
	return words.length >= 4 && words.every((word) => /^\p{Lu}/u.test(word));
}

// Left in lower case by Title Case.
const minorWords = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over', 'the', 'to', 'upon', 'with']);

const newspaperAfter = /^\s+(?:Evening (?:News|Post|Standard|Chronicle|Telegraph|Gazette)|Daily (?:Mail|Post|Echo|Press|Telegraph)|Echo|Post|Mail|Herald|Gazette|Telegraph|Times|Chronicle|Argus|Advertiser|Live|Journal|Standard|Express|Observer|Mercury|Citizen|Courier|Sentinel|Examiner|Nub News|Guardian|Reporter|Recorder)\b/;

function isExcluded(text: string, start: number, form: Form): boolean {
	for (const phrase of mentionTables().exclusionsByRecord.get(form.record) ?? []) {
		for (let offset = phrase.indexOf(form.text); offset >= 0; offset = phrase.indexOf(form.text, offset + 1)) {
			const from = start - offset;
			if (from >= 0 && text.startsWith(phrase, from) && !/^[\p{L}\p{N}]/u.test(text.slice(from + phrase.length))) {
				return true;
			}
		}
	}

	return false;
}

/**
 * Every mention of an authority in `text`, in order of position.
 *
 * Canonical names and short forms count, with or without "Council" ("Borough/City/County Council", "City of …"),
 * and before a possessive; the longest name wins, so "North East Lincolnshire" is never also "Lincolnshire".
 * Matching is case-sensitive. Names that are also words, surnames or other places ("Reading", "Bury", "Sutton",
 * "Blackburn") need the council's name, a place preposition ("in Reading") or "children's services" after them;
 * "Westminster" needs the council's name; a single-word name right after a capitalised word that is not a
 * preposition or compass word is taken for a surname ("Simon Blackburn", "Lord Derby"), except in a Title Case
 * headline. Other places that contain a name ("New York", "Bury St Edmunds", "Newcastle-under-Lyme") and titles
 * ("Duke of York") do not count.
 *
 * The result is shared between calls with the same text: do not modify it.
 */
export function findAuthorityMentions(text: string): readonly AuthorityMention[] {
	// The events ask for a sentence's authorities, then again for each event of the sentence: the last answer is kept
	// (read-only by its type; freezing it cost more than most searches).
	if (text !== lastMentionText) {
		lastMentions = mentionsIn(text);
		lastMentionText = text;
	}
	return lastMentions;
}
let lastMentionText: string | null = null;
let lastMentions: readonly AuthorityMention[] = [];
function mentionsIn(text: string): AuthorityMention[] {
	const mentions: AuthorityMention[] = [];
	const {formsByText, mentionPattern} = mentionTables();
	mentionPattern.lastIndex = 0;
	for (let match = mentionPattern.exec(text); match !== null; match = mentionPattern.exec(text)) {
		const form = formsByText.get(match[0]);
		if (!form) {
			continue;
		}

		let start = match.index;
		let end = start + match[0].length;
		const before = text.slice(Math.max(0, start - 40), start);
		const after = text.slice(end, end + 60);
		if (isExcluded(text, start, form)) {
			continue;
		}
		// "the Manchester Evening News", "Derby Telegraph", "Leeds Live": a newspaper's title, not its authority.
		if (newspaperAfter.test(after)) {
			continue;
		}

		const suffix = councilSuffix.exec(after);
		const prefix = councilPrefix.exec(before);
		if (suffix || prefix) {
			start -= prefix?.[0].length ?? 0;
			end += suffix?.[0].length ?? 0;
		} else {
			if (form.need === 'council' || titlePrefix.test(before) || partOf.test(before)) {
				continue;
			}

			if (/^\p{Lu}\p{Ll}+$/u.test(form.text) && followsPersonWord(before) && !inTitleCaseLine(text, start)) {
				continue;
			}

			// "Suffolk, Bury and Torbay": a name listed right after another authority is a place too.
			const listed = mentions.length > 0 && /^(?:\s*,\s*|\s+(?:and|&)\s+)$/.test(text.slice(mentions.at(-1)!.end, start));
			if (form.need === 'context' && !placePreposition.test(before) && !partyBefore.test(before) && !servicesAfter.test(after) && !listed) {
				continue;
			}
		}

		mentions.push({name: form.record.name, start, end, text: text.slice(start, end)});
		mentionPattern.lastIndex = end;
	}

	return mentions;
}

// ---------------------------------------------------------------------------------------------------------
// Names typed by people, and Ofsted's names

/** Lower case, "&" as "and", punctuation as single spaces: the form in which typed names are compared. */
function normaliseName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/['’.]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Drops the council's title around a name: "blackpool council", "city of york council", "bristol city of". */
function withoutCouncilWords(normalised: string): string {
	return normalised
		.replace(/ (?:(?:metropolitan )?(?:borough|city|county|district) )?council$/, '')
		.replace(/ city of$/, '')
		.replace(/^(?:(?:london|royal|metropolitan) borough|borough|city|county) of /, '');
}

type TypedForm = {form: string; name: string};

function typedForms(record: AuthorityRecord, withGuarded: boolean): TypedForm[] {
	const written = [record.name, ...(record.short ?? []), ...(withGuarded ? (record.guarded ?? []) : [])];
	return [...new Set(written.map((form) => normaliseName(form)))].map((form) => ({form, name: record.name}));
}

const ofstedForms = new Map<string, string>(authorityRecords.flatMap((record) => typedForms(record, false)).map(({form, name}) => [form, name]));

function canonicalCase(name: string): string | undefined {
	const wanted = normaliseName(name);
	return authorityRecords.find((record) => normaliseName(record.name) === wanted)?.name;
}

/**
 * The canonical name for a `local_authority` value of the ILACS history CSV ("bournemouth, christchurch & poole",
 * "telford & wrekin", "london corporation", "bristol, city of"), or null when it names no known authority.
 */
export function authorityFromOfstedName(lower: string): string | null {
	const normalised = normaliseName(lower);
	return ofstedForms.get(normalised) ?? ofstedForms.get(withoutCouncilWords(normalised)) ?? null;
}

function distinct(values: Iterable<string>): string[] {
	return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

// The built-in list's typed forms, made once: the importer resolves the authority each article's header states.
const builtInPools = new Map<boolean, readonly TypedForm[]>();
function builtInPool(withGuarded: boolean): readonly TypedForm[] {
	if (!builtInPools.has(withGuarded)) builtInPools.set(withGuarded, authorityNames.flatMap((name) => typedForms(recordsByName.get(name)!, withGuarded)));
	return builtInPools.get(withGuarded)!;
}

/**
 * Resolves an authority name typed on the command line: case-insensitive exact name, a short form
 * ("north east lincs", "NE Lincolnshire", "BCP"), or an unambiguous prefix ("blackpool", "north east").
 * `names` restricts the choice to the authorities a store holds (names outside the built-in list match by
 * their own spelling). An ambiguous query returns the candidates; an unknown one returns none.
 */
export function resolveAuthorityQuery(query: string, names?: readonly string[]): AuthorityQueryResult {
	const wanted = normaliseName(query);
	if (wanted === '') return {ok: false, candidates: []};

	// Guarded forms ("kingston") only take part as prefixes, so that they stay as ambiguous as they are in print.
	const poolOf = (withGuarded: boolean): readonly TypedForm[] => {
		if (names === undefined) return builtInPool(withGuarded);
		return names.flatMap((name) => {
			const record = recordsByName.get(name);
			return record ? typedForms(record, withGuarded) : [{form: normaliseName(name), name}];
		});
	};
	const pool = poolOf(false);
	const decide = (matches: string[]): AuthorityQueryResult | undefined =>
		matches.length === 1 ? {ok: true, name: matches[0]!} : matches.length > 1 ? {ok: false, candidates: matches} : undefined;

	const bare = withoutCouncilWords(wanted);
	return (
		decide(distinct(pool.filter(({form}) => form === wanted).map(({name}) => name))) ??
		decide(distinct(pool.filter(({form}) => form === bare).map(({name}) => name))) ??
		decide(distinct(poolOf(true).filter(({form}) => form.startsWith(bare)).map(({name}) => name))) ?? {ok: false, candidates: []}
	);
}
