/** Where a rule's event is told in a clause: the words its rule matched, or the verb among them. */
import {eventVerbs, untilLifted} from './event-cues.js';
import {type Rule, rules, subjectLifted} from './event-rules.js';
import {otherSense} from './event-word-senses.js';
import {aboutChildrensServices} from './event-context.js';
import {matchesIn} from './text.js';
import {prefiltered} from './regex-prefilter.js';

export type RuleHit = {readonly at: number; readonly cue: string; readonly byVerb: boolean};

/** What the extractor knows around a clause, for a rule's context (event-context.ts). */
export type HitContext = {readonly clauseStart: number; readonly previousSentence: string; readonly authority: string | null; readonly councils?: readonly {readonly start: number; readonly end: number}[]};

/**
 * "A commissioner was never appointed", "the notice has not been lifted", "did not set up a board": what the clause
 * denies did not happen. ("has not yet been issued" is still to come, and a refusal to resign is an event: neither is here.)
 */
const negatable = new Set(['commissioner-appointed', 'notice', 'notice-lifted', 'board']);
const denied = /\b(?:(?:was|were|has|have|had|is|are|did|does|do|will|would)\s+(?:not|never)|never)\s+(?:been\s+)?(?:appointed|appoint|issued|issue|served|serve|imposed|impose|set up|lifted|lift|removed|remove|sent in|send in|installed)\b/i;

/** The rules' tests, run with only their alternatives whose words the clause holds (regex-prefilter.ts). */
const tests = prefiltered(rules.map((r) => r.test));
const ruleNumber = new Map(rules.map((r, k) => [r, k]));
let lastRead: string | undefined;

/**
 * The rule's event in the clause, or null. A commissioner the article named is read as "commissioner" ("Mr Yarwood is
 * due to report again"); a notice's lifting is where its verb is ("The notice imposed in 2015 was lifted on 7 July").
 */
export function ruleHit(rule: Rule, clause: string, sentence: string, commissioner: string | undefined, around?: HitContext): RuleHit | null {
	const named = commissioner && rule.group.startsWith('commissioner') ? clause.indexOf(commissioner) : -1;
	const read = named >= 0 ? `${clause.slice(0, named)}commissioner${clause.slice(named + commissioner!.length)}` : clause;
	// (The clause's words are found once for all the rules asked of it.)
	const k = ruleNumber.get(rule);
	if (k !== undefined && read !== lastRead) tests.read((lastRead = read).toLowerCase());
	const hit = (k === undefined ? rule.test.exec(read) : tests.exec(k, read)) ?? subjectLifted(rule.type, read, sentence);
	if (!hit || rule.unless?.test(sentence)) return null;
	if (negatable.has(rule.group) && denied.test(read.slice(Math.max(0, hit.index - 30), hit.index + hit[0].length))) return null;
	if (rule.group === 'notice-lifted' && untilLifted.test(read)) return null;
	if (otherSense(rule.type, read, hit.index, hit[0])) return null;
	if (rule.context) {
		const start = (around?.clauseStart ?? 0) + hit.index;
		if (!aboutChildrensServices({sentence, hitStart: start, hitEnd: start + hit[0].length, previousSentence: around?.previousSentence, authority: around?.authority, councils: around?.councils}, rule.context)) return null;
	}
	if (named >= 0 && hit.index > named) hit.index = Math.max(named, hit.index - ('commissioner'.length - commissioner!.length));
	const verbOf = eventVerbs[rule.type];
	const verb = verbOf ? matchesIn(verbOf, hit[0]).at(-1) : undefined;
	if (verb && verb.index! > 0) {
		const at = hit.index + verb.index!;
		return {at, cue: clause.slice(at, hit.index + hit[0].length) || verb[0], byVerb: true};
	}
	return {at: hit.index, cue: hit[0], byVerb: false};
}
