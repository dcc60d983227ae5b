/**
 * Events to come told by the span they are expected within, which the modal words of event-cues.ts and
 * event-facets.ts do not hold: "A monitoring inspection is expected within 18 months", "Inspectors are expected back
 * within six months", "The plan is expected within 70 working days", "with a full inspection expected in around three
 * years' time" (or "expected in around three years"), and a framework's timescale, "is usually carried out within 18 months". Also the return of inspectors
 * told without "will": "can expect inspectors to return within three years", "can be expected to be inspected again
 * within three years". And a minister's expectation of the council: "expected the council to keep the improvement
 * board in place for a transitional period". An event that "had been expected" and came, or came "sooner than expected", is not one: these
 * words need "within", "back" or a time to come after "expected". They describe how papers tell what is to come,
 * never a particular article.
 */
import type {Rule} from './event-rules.js';

/** The words of a span to come after "expected" (a pattern's source, for the status and schedule patterns). */
export const expectedWithin = String.raw`(?<!\b(?:as|than|been|was|were|had)\s)expected\s+(?:back\b|(?:[\w'’-]+\s+){0,4}?within\b|in\s+(?:around\s+|about\s+|roughly\s+|some\s+)?(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|weeks?)['’]?(?:\s+time)?\b)|\b(?:usually|normally|typically|generally)\s+(?:be\s+)?(?:carried out|held|made|published|submitted|completed|expected)\s+within\b|\bexpect(?:s|ed|ing)?\s+(?:the\s+)?(?:council|authority|borough|county|city|partnership|area|it|them)\s+to\s+(?:keep|retain|maintain|continue|publish|submit|produce|set up|establish|report|draw up|hold)\b`;

/** The same words as a pattern: "rated good, with a full inspection expected in around three years' time" tells a visit to come, not the grade's inspection (events.ts). */
export const expectedWithinRe = new RegExp(expectedWithin, 'i');

export const expectedWithinRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		context: 'childrens-services',
		// (The words the test cannot match without: a sentence with only "returns" is not read for this rule's sake.)
		needs: ['expect inspectors', 'expects inspectors', 'expect ofsted', 'expects ofsted', 'expect the inspectorate', 'expects the inspectorate', 'expect the watchdog', 'expects the watchdog', 'expected inspectors', 'expected ofsted', 'be expected to return', 'be expected to come back', 'be expected to revisit', 'be expected to be inspected', 'be expected to be re-inspected', 'be expected to be reinspected'],
		// "can expect inspectors to return within three years", "Ofsted can be expected to come back", "can be expected to
		// be inspected again within three years".
		test: /\b(?:expects?|expected)\s+(?:Ofsted|inspectors|the inspectorate|the watchdog)\s+to\s+(?:return|come back|revisit)\b|\b(?:Ofsted|inspectors|the inspectorate|the watchdog)\s+(?:can|could|would|should|may)\s+be\s+expected\s+to\s+(?:return|come back|revisit)\b|\b(?:can|could|would|should|may)\s+be\s+expected\s+to\s+be\s+(?:inspected again|re-?inspected)\b/i,
		// A question asks; a hope or a doubt is no plan.
		unless: /\?\s*$|\b(?:hope|hopes|hoped|hoping|doubt|doubts|unlikely)\b/i,
	},
];
