/** The names public bodies speak under: a council the same however the article prints it, the department by its year. */
import {findAuthorityMentions} from '../corpus/authorities.js';

/** A council by one name however it is written ("Leeds City Council" is "Leeds Council", as "the council" is). */
export function councilName(org: string): string {
	if (!/ Council$/.test(org)) return org;
	const found = findAuthorityMentions(org);
	return found.length === 1 && found[0]!.start === 0 && found[0]!.end === org.length ? `${found[0]!.name} Council` : org;
}

/**
 * The government department for children's services on a date: the Department for Education and Skills until
 * June 2007, the Department for Children, Schools and Families until May 2010, the Department for Education since.
 * An undated article is taken as today's.
 */
export function departmentOn(date: string | null): string {
	if (date === null) return 'Department for Education';
	if (date < '2007-06-28') return 'Department for Education and Skills';
	if (date < '2010-05-12') return 'Department for Children, Schools and Families';
	return 'Department for Education';
}
