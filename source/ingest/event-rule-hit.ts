/** Where a rule's event is told in a clause: the words its rule matched, or the verb among them. */
import {eventVerbs} from './event-cues.js';
import {type Rule, subjectLifted} from './event-rules.js';

export type RuleHit = {readonly at: number; readonly cue: string; readonly byVerb: boolean};

/**
 * The rule's event in the clause, or null. A commissioner the article named is read as "commissioner" ("Mr Yarwood is
 * due to report again"); a notice's lifting is where its verb is ("The notice imposed in 2015 was lifted on 7 July").
 */
export function ruleHit(rule: Rule, clause: string, sentence: string, commissioner: string | undefined): RuleHit | null {
	const named = commissioner && rule.group.startsWith('commissioner') ? clause.indexOf(commissioner) : -1;
	const read = named >= 0 ? `${clause.slice(0, named)}commissioner${clause.slice(named + commissioner!.length)}` : clause;
	const hit = rule.test.exec(read) ?? subjectLifted(rule.type, read, sentence);
	if (!hit || rule.unless?.test(sentence)) return null;
	if (named >= 0 && hit.index > named) hit.index = Math.max(named, hit.index - ('commissioner'.length - commissioner!.length));
	const verbOf = eventVerbs[rule.type];
	const verb = verbOf ? [...hit[0].matchAll(verbOf)].at(-1) : undefined;
	if (verb && verb.index! > 0) {
		const at = hit.index + verb.index!;
		return {at, cue: clause.slice(at, hit.index + hit[0].length) || verb[0], byVerb: true};
	}
	return {at: hit.index, cue: hit[0], byVerb: false};
}
