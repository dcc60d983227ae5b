/**
 * An improvement board named only as "the board" where it began: "The board was set up in 2010 when the council was
 * placed under an improvement notice", "The board, created in 2019 after an inspection ...", "The board set up to
 * oversee improvements ... met for the first time on Monday", "The new board held its first meeting this week". The
 * sentence itself must tie the board to the service's improvement (an inspection, a grade, a notice, improvements to
 * children's services); a school's, a hospital's or a club's board, or one of a company or a charity, is none. They
 * describe how papers tell of a board's start, never a particular article.
 */
import type {Rule} from './event-rules.js';

/** The words that tie a board to the service's improvement. */
// ("improvement" ties only where it is the council's or its services': "improvements at the infirmary", "improvement in
// its parks", "asked the council to improve its transport" are another's.)
const improvement = String.raw`\b(?:improv\w*(?:\s+(?:its|their|the)?\s*(?:children['’]s\s+)?(?:services|social care|safeguarding|practice))?(?=\s*(?:[.,;]|$)|\s+(?:in|at|of|to|across|for)\s+(?:the\s+)?(?:(?:council|authority|borough|county|[A-Z][\w'’-]+)['’]?s?\s+)?(?:children['’]s|social care|safeguarding|SEND|services|the council|the authority)\b|\s+(?:was|were|had|has|is|after|following|when|since|plan|board|notice)\b)|inspect\w*|Ofsted|inadequate|improvement notice|statutory direction|children['’]s (?:services|social care)|intervention|failings)\b`;
/** Boards of others: a school's, a club's, a company's. */
const othersBoard = String.raw`\b(?:school|academy|college|hospital|NHS|trust|club|company|charity|governors?|governing|pupils?|head ?teacher|football|housing)\b|\bboard of (?:directors|trustees|governors)\b`;

export const boardSetUpRules: readonly Rule[] = [
	{
		group: 'board',
		type: 'improvement-board',
		context: 'childrens-services',
		needs: ['board'],
		// (The meeting's words are looked for before the lookbehind for the board, which would walk back from every position.)
		test: /^\W*(?:The|Its|This|That|Their|The new|A new)\s+board\b(?:,)?\s+(?:(?:was|were|had been|has been)\s+)?(?:first\s+|originally\s+|initially\s+)?(?:set up|created|established|formed|convened)\b(?=,?\s+(?:in|on|after|following|when|to (?:oversee|monitor|drive|scrutinise|challenge)|last|this|earlier)\b)|(?=(?:met for the first time|held its (?:first|inaugural) meeting|(?:first|inaugural) meeting (?:was held|took place))\b)(?<=^\W*(?:The|Its|This|That|Their|The new|A new)\s+board\b[^.;]{0,80}?)\b(?:met for the first time|held its (?:first|inaugural) meeting|(?:first|inaugural) meeting (?:was held|took place))\b/i,
		unless: new RegExp(`^(?![\\s\\S]*${improvement})|${othersBoard}`, 'i'),
	},
	{
		// "The board, created in 2019 after an inspection ...,": the clauses split at the comma, so the participle's
		// clause is read where the sentence opens with the board and that comma.
		group: 'board',
		type: 'improvement-board',
		context: 'childrens-services',
		needs: ['board'],
		test: /^\W*(?:first\s+|originally\s+)?(?:set up|created|established|formed|convened)\s+(?:in|on|after|following|when|last|earlier)\b/i,
		unless: new RegExp(`^(?!\\W*(?:The|Its|This|That|Their|The new)\\s+board,)|^(?![\\s\\S]*${improvement})|${othersBoard}`, 'i'),
	},
];
