/**
 * Two people who went are two departures, whatever their dates: "the leader resigned on Monday" and "the cabinet
 * member also resigned on Monday", or "director Amy Roe resigned in 2012" and "her successor resigned in June". The
 * importer keeps them apart within an article and the timeline across articles, by this one rule.
 */
type Named = {readonly type: string; readonly participants?: readonly {readonly name: string; readonly role: string}[]};

/** Who did what an event tells ("by"), by name. */
const peopleBy = (x: Named): string[] => (x.participants ?? []).filter((p) => p.role === 'by').map((p) => p.name);

/** Whether `a` and `b` are resignations that each name who went, and no one in common. */
export function twoDepartures(a: Named, b: Named): boolean {
	if (a.type !== 'resignation' || b.type !== 'resignation') return false;
	const [ba, bb] = [peopleBy(a), peopleBy(b)];
	return ba.length > 0 && bb.length > 0 && !ba.some((n) => bb.includes(n));
}
