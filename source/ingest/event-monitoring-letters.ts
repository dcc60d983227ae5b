/**
 * "on the day a critical monitoring letter was published", "Ofsted published its latest quarterly monitoring letter":
 * Ofsted reports a monitoring visit in a letter, and papers often name only the letter. The letter stands for its
 * visit (dated by the sentence's own words where it has them, else left undated as the visit's day is not told).
 */
import type {Rule} from './event-rules.js';

export const monitoringLetterRules: readonly Rule[] = [
	{
		group: 'visit',
		type: 'inspection-visit',
		needs: ['monitoring letter'],
		test: /\bmonitoring (?:visit )?letters?\b/i,
	},
];
