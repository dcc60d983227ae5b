/**
 * Events of type `other` that a timeline of a council's children's services lists beside the inspections: a case
 * review ordered, begun or published after a child's death or harm. They describe how papers report these, never a
 * particular article.
 */
import type {Rule} from './event-rules.js';

const review = String.raw`(?:serious case|(?:local |national )?(?:child )?safeguarding practice|independent|rapid|domestic homicide)\s+reviews?`;

export const reviewRules: readonly Rule[] = [
	{
		group: 'case-review',
		type: 'other',
		needs: ['case review', 'practice review', 'independent review', 'rapid review', 'homicide review'],
		// "A serious case review has been ordered", "commissioned a serious case review", "the review was published in May".
		test: new RegExp(String.raw`\b${review}\b[^.;]{0,60}?\b(?:(?:was|were|has been|have been|had been|is being|will be|is to be)\s+)(?:formally\s+)?(?:ordered|commissioned|launched|announced|set up|started|begun|opened|published|released)\b|\b(?:ordered|orders|commissioned|commissions|launched|launches|announced|began|begun|started|opened|published|publishes|released)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?${review}\b`, 'i'),
		// A review asked for, or one the council only hopes for, is none begun.
		unless: /\b(?:call(?:s|ed|ing)? for|want(?:s|ed)?|demand(?:s|ed)?|urg(?:e|es|ed)|should|must|if)\b[^.;]{0,40}\breview\b/i,
	},
];
