/**
 * Rules for events of type `other` that a timeline of a council's children's services needs a line for: the
 * service handed to a trust or another council to run, and the council's children's homes opened, registered or
 * closed. They describe how local papers report these, never a particular article.
 */
import type {Rule} from './event-rules.js';

/** Trusts that are no children's services trust: a hospital's, a school's, a charity's. */
const otherTrusts = /\b(?:NHS|foundation|hospital|health|healthcare|academy|academies|housing|ambulance|wildlife|charitable|learning|schools?|mental health|care)\s+trusts?\b/i;

export const otherRules: readonly Rule[] = [
	{
		group: 'trust',
		type: 'other',
		needs: ['trust', 'take over', 'took over', 'taken over', 'taking over', 'takes over', 'running of'],
		// "Services will be run by an independent trust from April", "an independent trust took over the service in
		// 2018", "Hertfordshire will take over the running of Harrow's children's services".
		test: /\b(?:children['’]s (?:services|social care)|social care|the service|services|the department)\b[^.;]{0,60}?\b(?:will be|are to be|is to be|would be|to be|have been|has been|had been|were|was|being|are being|is being)\s+(?:(?:now|formally|permanently)\s+)?(?:run|taken over|transferred|moved|handed(?: over)?|operated|delivered)\s+(?:by|to)\s+(?:an?\s+|the\s+)?(?:(?:independent|new|arm['’]s[- ]length|not-for-profit|separate|voluntary)\s+)*(?:children['’]s\s+)?trust\b|\b(?:an?|the)\s+(?:(?:independent|new|arm['’]s[- ]length|not-for-profit)\s+)+(?:children['’]s\s+)?trust\b[^.;]{0,40}?\b(?:took over|will take over|takes over|to take over|is taking over|has taken over|took control|will take control|was set up|has been set up|was established|went live|launched)\b|\b(?:took|take|takes|taken|taking|will take)\s+over\s+(?:the\s+)?(?:running|control|management)\s+of\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}['’]s?\s+|the\s+council['’]s\s+|its\s+)?children['’]s (?:services|social care)\b/i,
		// "could be run by a trust", "whether to hand the service to a trust": a proposal the status reads; a trust of
		// another kind, or a trust in someone, is no hand-over.
		unless: otherTrusts,
	},
	{
		group: 'home',
		type: 'other',
		needs: ["children's home", 'children’s home'],
		// A home run privately is not the council's to open or close ("A private children's home in the county closed").
		unless: /\b(?:private(?:ly[- ]run)?|independent)\s+(?:[\w-]+\s+){0,2}?children['’]s homes?\b/i,
		// "will close its only children's home next month", "the children's home, registered on 31 May 2024", "plans to
		// open two new children's homes".
		test: /\b(?:close|closes|closed|closing|closure of|shut|shuts|shutting|shut down|reopen(?:s|ed|ing)?|reopening of|opened|opens|opening of|to open|will open|register(?:ed|s)?|registration of)\s+(?:(?:its|their|the|a|an|two|three|four|five|six|several|new|only|small|council['’]s|council-run|last|remaining|second|first)\s+){0,3}children['’]s homes?\b|\bchildren['’]s homes?\b[^.;]{0,50}?\b(?:(?:was|were|has been|have been|had been|is being|will be|is to be|are to be)\s+(?:closed|shut(?: down)?|reopened|registered|opened|decommissioned)|(?:is|are) (?:due|set|expected) to (?:close|open|reopen)|will (?:close|open|reopen)|(?:closed|shut)(?!\s+(?:to|for)\b)|opened (?:its doors|in|on|last|this))\b/i,
	},
];
