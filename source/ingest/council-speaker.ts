/** The name a council speaks under, the same however the article prints it. */
import {findAuthorityMentions} from '../corpus/authorities.js';

/** A council by one name however it is written ("Leeds City Council" is "Leeds Council", as "the council" is). */
export function councilName(org: string): string {
	if (!/ Council$/.test(org)) return org;
	const found = findAuthorityMentions(org);
	return found.length === 1 && found[0]!.start === 0 && found[0]!.end === org.length ? `${found[0]!.name} Council` : org;
}
