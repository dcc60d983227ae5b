/**
 * Whose act an event is when its own words name another council's services: "The commissioner, who has led Bolton's
 * children's services since 2019, visited Wigan" and "Commissioner Jane Marsh is already working with Bolton Council,
 * Wigan's leader said" are Bolton's commissioner, however the sentence's council was read.
 */
import {findAuthorityMentions} from '../corpus/authorities.js';
import type {RawEvent} from './event-types.js';

const kinds = new Set(['commissioner-appointed', 'commissioner-report', 'improvement-board', 'funding', 'resignation-call', 'resignation', 'resignation-refused', 'improvement-notice', 'improvement-notice-lifted']);
/** "Commissioner Jane Marsh is already working with Bolton Council": the council the commissioner works with. */
const workingWith = /\b(?:working with|in place at|overseeing)\s+(?:the\s+)?$/i;
const servicesAfter = /^['’]s?\s+(?:children['’]s (?:services|social care)|SEND services)\b/i;

/** Gives each of the sentence's events whose cue names only another council's services that council. Changes them in place. */
export function actOwners(sentenceRaw: readonly RawEvent[], own: string | null | undefined): void {
	if (!own) return;
	for (const e of sentenceRaw) {
		if (!kinds.has(e.type) || e.authority !== own || !e.evidence) continue;
		const cue = e.evidence.cue;
		const named = findAuthorityMentions(cue);
		const owner = named.find((m) => servicesAfter.test(cue.slice(m.end, m.end + 40)) || workingWith.test(cue.slice(0, m.start)));
		if (owner && owner.name !== own && !named.some((m) => m.name === own)) e.authority = owner.name;
	}
}
