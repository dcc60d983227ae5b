/**
 * Which Ofsted framework a children's services report was made under, named by date: ILACS (inspections of
 * local authority children's services) from January 2018; the single inspection framework (SIF) from November
 * 2013 to the end of 2017, its last reports published during 2018; before it, the child protection and the
 * safeguarding and looked-after children inspections.
 */

/** Short names as a citation gives them; the long names in {@link frameworkNames}. */
export type Framework = 'ILACS' | 'SIF' | 'pre-SIF';

export const frameworkNames: Record<Framework, string> = {
	ILACS: 'ILACS (inspection of local authority children’s services)',
	SIF: 'SIF (single inspection framework)',
	'pre-SIF': 'the frameworks before SIF (child protection; safeguarding and looked-after children)',
};

/** By a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) of the inspection, or of the report when that is all there is. */
export function frameworkByDate(date: string): Framework {
	if (date >= '2018') return 'ILACS';
	if (date >= '2013-11') return 'SIF';
	return 'pre-SIF';
}

/**
 * The framework of a row of the ILACS history CSV. The fieldwork's start dates it best. Without it, a row the
 * scraper could read (a grade, or ILACS's `standard`/`short` in its framework column) is ILACS, since the
 * scraper reads only ILACS reports; an unread row published in 2018 is one of the last SIF reports.
 */
export function frameworkOfReport(r: {published: string; fieldworkStart: string | null; csvFramework: string | null; rated: boolean}): Framework {
	if (r.fieldworkStart) return frameworkByDate(r.fieldworkStart);
	if (r.csvFramework || r.rated) return 'ILACS';
	return r.published < '2019' ? (r.published >= '2013-11' ? 'SIF' : 'pre-SIF') : 'ILACS';
}
