/**
 * The clause splitter's pattern is grouped by each break's first character for speed; these tests hold it to the
 * plain list of kinds of break it was written as (kept here as the reference), on the kinds' own sentences and on
 * random sentences made of their words.
 */
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {purposeParticiple} from '../../source/ingest/event-cues.js';
import {clauses} from '../../source/ingest/event-clauses.js';

const months = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const kinds = [
	String.raw`\s+and\s+(?=(?:has|have)\s+(?:now\s+|since\s+|also\s+)?(?:been\s+)?[a-z]+ed\b)`,
	String.raw`\s+and\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z]+\s+)?\()`,
	String.raw`,\s+(although|though|but|while|whereas|before|after|and later|and then|down from|up from|compared with)\b`,
	String.raw`,\s+and\s+(?=(?:the|a|an|it|he|she|they|I|we|its|his|her|their|this|that|inspectors|councillors|officials|ministers)\s)`,
	String.raw`\s+and\s+(?=(?:this|last|next|earlier|later|in|on|by)\s+(?:[\w'’-]+\s+){0,3}?(?:they|it|he|she|inspectors|Ofsted|ministers|councillors|officials|the council|the government|the department)\s)`,
	String.raw`\s+and\s+(?=(?:its|their|the)\s+(?:report|letter|findings|verdict|judgement|results?|notice|direction)\s+(?:is|are|will|would|was|were)\b)`,
	String.raw`\s+and\s+(?=(?:will|is to|are to)\s+be\s+(?:debated|discussed|considered|heard)\b)`,
	String.raw`\s+(?:and|but)\s+(?=that\s[^,;]{0,40}?\b(?:had|has|have) been\b|(?:another|a further|a second|an extra|an additional)\s+£)`,
	String.raw`\s+and\s+(?=(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:visit|inspection|re-?inspection)\b[^.;]{0,40}?\b(?:in|on)\s+(?:\d|${months}\b|(?:19|20)\d\d\b))`,
	String.raw`;\s+`,
	String.raw`(?<!\b(?:as|even|only|see|asked|whether))\s(?=(?:if|unless)\s)`,
	String.raw`,\s+(?=${purposeParticiple.source})`,
	String.raw`,\s+(?=(?:lifting|taking|bringing|moving)\s+(?:the|it|them|its|their)\b[^,.;]{0,40}\bout of\b)`,
	String.raw`(?<!\b(?:imposed|issued|served|placed|introduced|appointed|made|looked))\s(?:after|following|follows|followed(?!\s+(?:in|on|during|that|later|soon|shortly)\b)|a (?:fall|drop|rise) from)\b`,
];
const reference = new RegExp(kinds.join('|'), 'gi');
function referenceClauses(sentence: string): {start: number; end: number}[] {
	const out: {start: number; end: number}[] = [];
	let at = 0;
	reference.lastIndex = 0;
	for (let m = reference.exec(sentence); m; m = reference.exec(sentence)) {
		out.push({start: at, end: m.index});
		at = m.index + 1;
	}
	out.push({start: at, end: sentence.length});
	return out;
}

const examples = [
	'Ofsted rated the service inadequate in 2012, although it later improved to good.',
	'The council said a plan would follow within weeks and that £2m had been set aside.',
	'The leader resigned, and the council apologised yesterday.',
	'The notice imposed after the 2015 inspection was lifted in July, after a review.',
	'The inspection of looked after children was carried out in May, after a review.',
	'The board met in March, meant to make sure the service improved.',
	'The letter follows the full inspection in June 2022 and a first monitoring visit in January 2023.',
	'Ministers will intervene if the council fails; even if it does not, a review follows.',
	'Inspectors found failings and have since been critical and three councils (two of them rural) agreed.',
	'It was rated good, down from outstanding; a fall from grace, lifting the council out of special measures.',
	'He was asked whether  if  the grade, followed by  a rise from adequate, was fair, and  then  followed in May.',
	'The council was told,   although late, and last month they published a report, and its report was damning.',
];

describe('the clause splitter', () => {
	test.each(examples)('splits where the list of kinds does: %s', (sentence) => {
		expect(clauses(sentence)).toEqual(referenceClauses(sentence));
		expect(clauses(sentence).length).toBeGreaterThan(1);
	});

	test('random sentences of the kinds\' words split where the list of kinds does', () => {
		const words = ['and', 'but', 'AND', ',', ';', 'if', 'unless', 'as', 'even', 'after', 'following', 'followed', 'in', 'May', '2019', 'a', 'fall', 'from', 'the', 'report', 'is', 'has', 'been', 'improved', 'that', 'had', 'another', '£2m', 'three', '(', 'they', 'inspection', 'visit', 'imposed', 'lifting', 'it', 'out', 'of', 'made', 'to', 'act', 'will', 'be', 'debated', 'although', 'last', 'month', 'council', 'Ofsted', 'earlier', 'then'];
		const gaps = [' ', '  ', ' ', ' ', ', ', '; ', '\u00a0'];
		let splits = 0;
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...gaps)), {minLength: 3, maxLength: 28}), (parts) => {
				const s = parts.map(([w, gap]) => w + gap).join('');
				const ours = clauses(s);
				expect(ours, s).toEqual(referenceClauses(s));
				splits += ours.length - 1;
			}),
			// Fixed, so that the counts below are the same every run.
			{numRuns: 3000, seed: 11},
		);
		// The random sentences exercise the breaks, not only the sentences without one.
		expect(splits).toBeGreaterThan(3000);
	});
});
