/**
 * A list of demands set out a paragraph an item after its introduction ("... will call for:" / "The resignation of
 * the leader of the council."), read as one call by the events.
 */
/** A paragraph that introduces a list of demands: "... at which opposition Conservatives will call for:". */
const demandsIntro = /\b(?:call|calls|calling|called|demand|demands|demanding|demanded)(?: for)?\s*:\s*$/i;
/** A demand of such a list that is a resignation: "The resignation of the leader.", "The leader to stand down." */
const resignationItem = /^\s*(?:[•*·–-]\s*)?(?:(?:the )?(?:resignation|resignations|removal|sacking|dismissal) of\b|[^.]{3,100}\bto (?:stand down|step down|resign|quit|step aside|stand aside)\.?\s*$)/i;

/**
 * The event narratives with a list of demands read into the paragraph that introduces it ("... will call for:" /
 * "The resignation of the leader of the council."): the call, its day and its tense are the introduction's, the
 * demand is the item's. The items stay paragraphs of their own (a verbless "The resignation of ..." is no event).
 */
export function withListedDemands(narratives: readonly string[]): string[] {
	return narratives.map((n, k) => {
		if (!demandsIntro.test(n)) return n;
		const items = [];
		for (let j = k + 1; j < narratives.length && resignationItem.test(narratives[j]!); j++) items.push(narratives[j]!.replace(/^\s*[•*·–-]\s*/, '').replace(/[.;]\s*$/, ''));
		return items.length > 0 ? `${n.replace(/:\s*$/, '')} ${items.join(', ')}.` : n;
	});
}
