/**
 * The mark a saved BBC page leaves after a link to another site: "rated them inadequate in 2015, external and again
 * in 2019, external." The word "external" is the link's label, not the sentence's, and splits the run of grades and
 * years the sentence tells ("inadequate in 2015 and again in 2019"). The events read the narrative with each such mark
 * blanked (spaces of its length, so that offsets into the paragraph still hold); quotes and the stored text keep it.
 * A mark is ", external" followed by punctuation, the paragraph's end or a joining word: ", external agencies" and
 * ", external reviewers said" and "two reviews, external and internal" are the sentence's own words.
 */
const linkMark = /,\s+external(?!\s+(?:and|or)\s+internal\b)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|while|which|when|after|before)\b)/g;

/** The narrative with the link marks blanked (the same string where it has none). */
export function withoutLinkMarks(narrative: string): string {
	if (!narrative.includes(', external')) return narrative;
	return narrative.replace(linkMark, (m) => ' '.repeat(m.length));
}
