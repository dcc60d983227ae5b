/**
 * A call for someone to go told without "resign": "a group of MPs said they had lost confidence in her", "after the
 * county's MPs demanded new leadership", "demanding a change of leadership", "said she would step aside, following
 * pressure from MPs". The pressure counts only where the sentence tells of someone going; confidence lost only in a
 * person or a post, never in "the system" or "the council's plans", and never when it is denied or asked. They
 * describe how papers tell of pressure to go, never a particular article.
 */
import type {Rule} from './event-rules.js';

/** Who confidence is lost in: a person or a post, not a body or a plan (read case-sensitively: a name's capitals count). */
const holder = String.raw`(?:him|her|the (?:director|leader|council leader|chief executive|cabinet member|portfolio holder|lead member|head of [\w'’ ]{3,30}?|executive director)\b|(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?!['’]s))`;
/** Someone going: the sentence must tell of it for pressure to be a call to go. */
const going = /\b(?:resign\w*|quit\w*|step(?:s|ped|ping)? (?:down|aside)|stand(?:s|ing)? (?:down|aside)|stood (?:down|aside)|leav(?:e|es|ing)|left (?:the|her|his|their) (?:post|job|role)|depart\w*|would go|will go)\b/i;

/** "following pressure from the county's MPs": pressure from people. */
const pressure = String.raw`\b(?:following|after|under|amid)\s+(?:mounting\s+|growing\s+|intense\s+|sustained\s+|political\s+|months of\s+)?pressure\s+from\s+(?:[\w'’-]+\s+){0,4}?(?:MPs|councillors|the opposition|opposition (?:councillors|groups?|parties|members)|parents|campaigners|ministers|unions|the (?:minister|government|leader))\b`;

/** Denied, asked, or pressure to stay: "had not lost confidence in her", "Have MPs lost confidence?", "pressure from MPs to stay on". */
const notACall = String.raw`\b(?:not|never|n['’]t|no one|nobody)\s+(?:\w+\s+)?(?:lost (?:all )?confidence|demand\w*|call\w* for)\b|\?\s*$|\bpressure from [^.;]{0,60}\bto (?:stay|remain|keep)\b|\b(?:report|review|inspectors?|Ofsted|findings|letter|recommendations?)\b[^.;]{0,30}\b(?:calls?|called|calling|demand\w*|urg\w*|press\w*) for\b|\bleadership (?:training|programmes?|courses?|academy|development|style|model)\b|\b(?:footballers?|players|fans|supporters|squad|club|coach|investors|shareholders|passengers|customers|pupils)\b`;
/** Someone, a person or a post, whose going the pressure is about ("the bus route will leave" is no one going). */
const someone = String.raw`\b(?:he|she|him|her|they|director|leader|chief executive|cabinet member|portfolio holder|head|chair\w*|Mr|Mrs|Ms|Dr|Cllr|Councillor|minister|officer|boss|chief)\b`;

export const resignPressureRules: readonly Rule[] = [
	{
		group: 'resign-pressure',
		type: 'resignation-call',
		context: 'childrens-services-people',
		needs: ['lost confidence', 'lost all confidence', 'leadership'],
		test: new RegExp(
			String.raw`\b(?:[Ss]aid|[Ss]ays?|[Ss]aying|[Dd]eclared|[Tt]old [\w'’ ]{2,30}?)\s+(?:that\s+)?(?:they|he|she|we)\s+(?:had|have|has)\s+lost\s+(?:all\s+)?confidence\s+in\s+${holder}` +
				String.raw`|\b(?:[Dd]emand(?:ed|s|ing)?|[Cc]all(?:ed|s|ing)? for|[Pp]ress(?:ed|es|ing)? for|[Pp]ush(?:ed|es|ing)? for|[Uu]rg(?:ed|es|ing))\s+(?:a\s+|an\s+immediate\s+)?(?:change of|new|fresh|different)\s+(?:political\s+|senior\s+)?leadership\b`,
		),
		unless: new RegExp(notACall, 'i'),
	},
	{
		// The pressure is a call only beside someone's going, which the sentence (not the clause) tells.
		group: 'resign-pressure',
		type: 'resignation-call',
		context: 'childrens-services-people',
		needs: ['pressure from'],
		test: new RegExp(pressure, 'i'),
		unless: new RegExp(`${notACall}|^(?![\\s\\S]*${going.source})|^(?![\\s\\S]*${someone})`, 'i'),
	},
];
