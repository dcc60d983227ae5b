/**
 * Improvement boards under the longer names councils give them: an "improvement governance board", a "children's
 * services improvement and oversight board", a "children's social care governance board". Only a board named for
 * improvement or for the children's service: a hospital's governance board, its quality improvement governance board
 * or a school's governing board is none.
 * They describe how news names these boards, never a particular article.
 */
import type {Rule} from './event-rules.js';

export const boardNameRules: readonly Rule[] = [
	{
		group: 'board',
		type: 'improvement-board',
		needs: ['governance board', 'oversight board', 'scrutiny board', 'governance panel', 'oversight panel'],
		context: 'council-named',
		test: /(?<!\b(?:quality|performance|business|digital|estates|network|road|transport|clinical)\s)\bimprovement (?:governance|oversight|scrutiny|and oversight|and governance)\s+(?:board|panel)\b|\bchildren['’]s (?:services|social care|safeguarding)\s+(?:improvement\s+)?(?:governance|oversight)\s+(?:board|panel)\b/i,
	},
];
