/**
 * "Cabinet yesterday noted receipt of an improvement notice", "Councillors on Sunday defended the £4m set aside for
 * children in care": a council body's day of reacting to an event (noting, debating, defending, welcoming it) is the
 * meeting's, not the event's, which came before and which the sentence does not date. Its own acts ("approved",
 * "agreed", "voted") are the events they tell and keep the day.
 */
import type {DateMatch} from './dates/types.js';

/** Who reacts: a council body, its members, or the MPs and parties who speak of the council. */
const body = /\b(?:cabinet|councillors|committee|panel|scrutiny|members|MPs|full council|opposition|group)\s+(?:on\s+|at\s+|this\s+|last\s+)?$/i;
/** The reacting verbs, right after the day. */
const reacting = /^[\s,]*(?:noted|defended|discussed|debated|welcomed|criticised|criticized|questioned|scrutinised|scrutinized|considered|praised|attacked|challenged|condemned|hailed|reviewed|heard about|were told about|received an update on)\b/i;

/** Whether `d`, before the event's words at `at`, is a body's day of reacting to them. */
export function reactionsDay(sentence: string, d: DateMatch, at: number): boolean {
	if (d.end > at) return false;
	const after = reacting.exec(sentence.slice(d.end, at));
	return after !== null && !/[.;]/.test(sentence.slice(d.end + after[0].length, at)) && body.test(sentence.slice(Math.max(0, d.start - 30), d.start));
}
