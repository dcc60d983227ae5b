/**
 * The outcome of a local area SEND inspection before 2023 told by whether it required a written statement of action:
 * "the inspection required the area to produce a written statement of action", "did not require a written statement
 * of action", "has been told to produce a written statement of action after an inspection", "no written statement of
 * action is required". That framework gave no grade: the requirement (or its absence) was its verdict, so each is a
 * judgement without a rating (the plan itself is the improvement-plan rule's). Only where an inspection or the area's
 * SEND services are named beside it, and never a plan still to be written for a reason the sentence does not give, a
 * condition or a question. "The written statement of action drawn up after the 2019 inspection", told beside a
 * revisit, is left alone: the revisit's date is nearer than the inspection's. They describe how news tells this
 * outcome, never a particular article.
 */
import type {Rule} from './event-rules.js';

const wsoa = String.raw`written statement of action`;
/** An inspection of the area's SEND arrangements, or an inspection named in a sentence about them. */
const inspection = String.raw`(?:(?:joint\s+|local\s+|area\s+|SEND\s+|re-?)*inspection|inspectors|Ofsted and (?:the\s+)?(?:CQC|Care Quality Commission))`;

/** A condition, a question or a prospect ("could be required to", "whether ... would be required") states no outcome. */
const notTold = String.raw`\b(?:if|unless|whether|could|would|might|may be|likely|expected to|risk|hope|hopes|hoped)\b|\?\s*$`;

/**
 * What says the inspection did not give this outcome: a denial ("denied that the inspection had led to"), an
 * inspection said not yet to have happened ("but no inspection has yet taken place"), or an inspection of another
 * service ("the youth offending service inspection"), whose outcome is never an area's written statement of action.
 */
const notThisOutcome = String.raw`\b(?:den(?:y|ies|ied|ying)|disputed?|rejected the claim)\b|\bno\s+(?:[\w-]+\s+){0,2}inspection\s+(?:has|had|have)\s+(?:yet\s+)?(?:taken place|been (?:held|carried out))|\b(?:has|had|have)\s+(?:not|yet to)\s+(?:yet\s+)?(?:been\s+inspected|take place)\b|\b(?:youth offending|youth justice|probation|fostering|adoption|adult(?:s['’]?)? (?:social )?(?:care|services)|children['’]s homes?|care homes?|hospital|police|fire)\b[^.;]{0,30}?\binspection\b`;

export const sendStatementRules: readonly Rule[] = [
	{
		group: 'judgement-ungraded',
		type: 'inspection-judgement',
		needs: ['written statement of action'],
		context: 'council-named',
		test: new RegExp(
			// "The inspection, in March 2019, required the area to produce a written statement of action", "the previous
			// SEND inspection did not require a written statement of action", "the inspection in 2016 led to a written
			// statement of action".
			String.raw`\b${inspection}\b[^.;]{0,80}?\b(?:required|requires|require|led to|resulted in|triggered|called for|did not (?:require|lead to|result in)|didn['’]t (?:require|lead to))\s+(?:(?:the\s+|a\s+)?(?:area|council|local area|partnership|borough|county|city|it|them|[\w'’-]+)\s+to\s+(?:produce|write|submit|draw up|prepare)\s+)?(?:an?\s+|the\s+)?${wsoa}\b` +
				// "received a written statement of action requirement for SEND", "no written statement of action is required".
				String.raw`|\b(?:received|was given|was handed|was issued with|were issued with)\s+(?:an?\s+)?${wsoa}\s+(?:requirement|notice)\b|\b(?:no|an?)\s+${wsoa}\s+(?:is|was|has been|had been)\s+(?:not\s+)?required\b` +
				// "Ofsted and the CQC have told the council to produce a written statement of action": the inspectorates' own order.
				String.raw`|\b(?:Ofsted|CQC|Care Quality Commission|inspectors|the inspectorates?)\s+(?:have\s+|has\s+|had\s+)?(?:now\s+)?(?:told|asked|required|ordered|instructed|directed)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:produce|write|submit|draw up|prepare)\s+(?:an?\s+|the\s+)?${wsoa}\b`,
			'i',
		),
		unless: new RegExp(`${notTold}|${notThisOutcome}|\\b(?:school|academy|college|nursery)['’]s\\b`, 'i'),
	},
	{
		group: 'judgement-ungraded',
		type: 'inspection-judgement',
		needs: ['written statement of action'],
		context: 'council-named',
		// "has been told to produce a written statement of action after an inspection of its SEND services": the clause
		// ends before "after", so the inspection is asked of the sentence. Its denial is the same verdict the other way:
		// "has not been asked to produce", "will not need to produce" (no significant weaknesses). ("must now write" is the plan's, not a verdict.)
		test: new RegExp(
			String.raw`\b(?:(?:has|have|had)(?:\s+not)?\s+been|(?:was|were)(?:\s+not)?|will(?:\s+not)?\s+be)\s+(?:told|asked|required|ordered|instructed|directed)\s+to\s+(?:jointly\s+)?(?:produce|write|submit|draw up|prepare)\s+(?:an?\s+|the\s+)?${wsoa}\b` +
				String.raw`|\b(?:will|do|does|did)\s+not\s+(?:have|need)\s+to\s+(?:jointly\s+)?(?:produce|write|submit|draw up|prepare)\s+(?:an?\s+|the\s+)?${wsoa}\b`,
			'i',
		),
		unless: new RegExp(`${notTold}|${notThisOutcome}|^(?![^]*\\b(?:inspection|inspectors|Ofsted|CQC|Care Quality Commission|special educational needs|SEND)\\b)`, 'i'),
	},
];
