import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {alternativeNeeds, prefiltered} from '../../source/ingest/regex-prefilter.js';
import {rules} from '../../source/ingest/event-rules.js';

// The event rules' tests run only with the alternatives whose words a clause holds, the words read from the patterns
// themselves (the longest first). A word read as needed that a match can do without would skip a match unseen: here the reading is checked
// on patterns of each construct, and every rule's answer with the prefilter against its own, over every dev fixture's
// sentences and clauses.
const needs = (re: RegExp) => alternativeNeeds(re.source)[0]!.needs;

function devClauses(): string[] {
	const dir = path.join(import.meta.dirname, '..', 'fixtures', 'news', 'dev');
	const clauses = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => readFileSync(path.join(dir, f), 'utf8'))
		.flatMap((text) => text.split(/\n+/))
		.flatMap((p) => [p, ...p.split(/(?<=[.!?])\s+/), ...p.split(/(?<=[.!?])\s+|[;,]\s+|\s+(?:and|but|after|which)\s+/)]);
	return [...new Set(clauses)];
}

describe('alternativeNeeds', () => {
	it('reads a word a match needs, outside optional parts', () => {
		expect(needs(/\bvow(ed|s)? to stay\b/i)).toEqual([[' to stay'], ['vow']]);
		expect(needs(/\brefus(ed|es|ing) to go\b/i)).toEqual([[' to go'], ['refus']]);
		expect(needs(/\b(?:Ofsted\s+)?inspectors\s+said\b/i)).toEqual([['inspectors'], ['said']]);
	});

	it('takes one word of each branch of a group, none of a branch that needs nothing', () => {
		expect(needs(/\b(?:re-?visit|further visit|second visit)s?\b/i)).toEqual([['visit']]);
		expect(needs(/\b(?:notice|(?:a\s+)?)board\b/i)).toEqual([['board']]);
		expect(needs(/\b(?:[Tt]he|[Ii]ts) order\b/)).toEqual([[' order']]);
	});

	it('does not run a word across a class, a quantified letter or a group', () => {
		expect(needs(/report[\w-]+ed/i)).toEqual([['report']]);
		expect(needs(/abcs+tail/i)).toEqual([['stail'], ['abcs']]);
		expect(needs(/abc(?:x|y)def/i)).toEqual([['abc'], ['def']]);
		expect(needs(/(?<!not )lifted\b(?! by)/i)).toEqual([['lifted']]);
		expect(needs(/children['’]s home/i)).toEqual([['children'], ['s home']]);
		// A character by its code and a back reference are no letters of the text.
		expect(needs(/\u2019s report/)).toEqual([['s report']]);
		expect(needs(/(ab)\1 reported/)).toEqual([[' reported']]);
	});

	it('splits the pattern at its top-level bars only', () => {
		const re = /a(?:b|c)d|notice (?:lifted|removed)|[£$]\d+/i;
		expect(alternativeNeeds(re.source).map((a) => re.source.slice(a.start, a.end))).toEqual(['a(?:b|c)d', 'notice (?:lifted|removed)', '[£$]\\d+']);
	});
});

describe('prefiltered', () => {
	it('finds what each rule finds, at the same index, over every dev fixture clause', () => {
		const tests = prefiltered(rules.map((r) => r.test));
		let hits = 0;
		for (const clause of devClauses()) {
			tests.read(clause.toLowerCase());
			rules.forEach((rule, k) => {
				const want = rule.test.exec(clause);
				const got = tests.exec(k, clause);
				if (want) hits++;
				expect(got && [got.index, got[0]], `${rule.group}: ${clause}`).toEqual(want && [want.index, want[0]]);
			});
		}
		expect(hits).toBeGreaterThan(1000);
	});

	it('gives the leftmost match, and at one index the first alternative that matches', () => {
		const tests = prefiltered([/zzz|lifted the notice|the notice/i, /\bnotice\b|\bnotice was lifted\b/i]);
		const text = 'They lifted the notice; the notice was lifted.';
		tests.read(text.toLowerCase());
		expect(tests.exec(0, text)?.[0]).toBe('lifted the notice');
		expect(tests.exec(1, text)?.index).toBe(16);
		expect(tests.exec(1, text)?.[0]).toBe('notice');
	});
});
