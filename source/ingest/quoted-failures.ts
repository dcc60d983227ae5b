/**
 * Ofsted's words for an inadequate service, quoted ("found 'serious and widespread failures'"), are kept for the
 * events as a grade only where the sentence tells them found in the council's services: not denied, negated, claimed
 * or feared, and not of a hospital, police force, care home or other body another inspectorate judges.
 */
import {childrens, otherBody, otherInspectorate} from './event-run-subject.js';

const failuresWords = /^(?:widespread and\/or systemic failings|(?:widespread (?:and |or )(?:serious|systemic)|serious (?:and |or )widespread) (?:failures|failings))/i;
const notFound = /\b(?:no|not|never|without|den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|disput(?:es|ed|ing)|refut(?:es|ed|ing)|claim(?:s|ed|ing)?|alleg(?:es|ed|ing)|if|unless|whether|fear(?:s|ed|ing)?|avoid(?:s|ed|ing)?|risk(?:s|ed|ing)?|could|may|might|would)\b|n['’]t\b/i;

/** Whether the quotation at `start` of `paragraph` opens with the failures words and its sentence does not tell them found. */
export function failuresNotFound(paragraph: string, quoted: string, start: number): boolean {
	if (!failuresWords.test(quoted.replace(/^['‘"“]/, '').trim())) return false;
	const from = Math.max(paragraph.lastIndexOf('. ', start) + 1, 0);
	const stop = /[.!?](?:\s|$)/.exec(paragraph.slice(start + quoted.length));
	const sentence = paragraph.slice(from, stop ? start + quoted.length + stop.index : paragraph.length);
	const before = paragraph.slice(from, start);
	if (notFound.test(before)) return true;
	if (otherBody.test(sentence) && !childrens.test(sentence)) return true;
	return otherInspectorate.test(sentence) && !/\bOfsted\b/.test(sentence);
}
