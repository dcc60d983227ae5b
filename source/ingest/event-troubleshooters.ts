/**
 * "Troubleshooter sent in to take charge of the overhaul", "Troubleshooter Dr Ann Price started work at the town hall
 * on Monday": papers call a government-appointed commissioner a troubleshooter. Read as the commissioner's appointment
 * where the words tell one sent in or starting work; a troubleshooter who only speaks or reports is not appointed.
 */
import type {Rule} from './event-rules.js';

const troubleshooter = String.raw`(?:government\s+|DfE\s+|Whitehall\s+|ministerial\s+)?trouble-?shooters?`;

export const troubleshooterRules: readonly Rule[] = [
	{
		group: 'commissioner-appointed',
		type: 'commissioner-appointed',
		needs: ['troubleshooter', 'trouble-shooter'],
		test: new RegExp(
			[
				// "Troubleshooter sent in", "a troubleshooter, Ann Price, has been appointed", "Troubleshooter Ann Price started work"
				String.raw`\b${troubleshooter}\b[^.;]{0,60}?\b(?:sent in|brought in|parachuted in|drafted in|appointed|installed|(?:started|starts|began|begins|took up|takes up) (?:work|(?:her|his|their|the) (?:post|role|job))|took charge|takes charge)\b`,
				// "sent in a troubleshooter", "appointed a government troubleshooter"
				String.raw`\b(?:sent|sends|sending|brought|brings|bringing|parachuted|drafted)\s+in\s+(?:a\s+|an\s+)?(?:[\w'’-]+\s+)?${troubleshooter}\b|\b(?:appointed|appoints|installed|named)\s+(?:a\s+|an\s+)?(?:[\w'’-]+\s+)?${troubleshooter}\b`,
			].join('|'),
			'i',
		),
		// Ending a troubleshooter's work, or one who is "due to report", is no appointment.
		unless: /\b(?:stood down|stepped down|left|withdrawn|will leave|is leaving)\b/i,
	},
];
