/**
 * Official Ofsted judgements from the ILACS history CSV of the open ofsted-ilacs-scrape-tool project
 * (see ../shared/CONTRACT.md, "Official judgements CSV"). Pure: the caller reads the file.
 */
import {parse} from 'csv-parse/sync';
import type {CsvError, InfoRecord} from 'csv-parse/sync';
import {authorityFromOfstedName, authorityFromUrn, authorityInfo} from './authorities.js';
import {frameworkOfReport, type Framework} from './ofsted-framework.js';
import {ratings, type CorpusEvent, type Rating} from './schema.js';

/** A row that could not be imported, by its 1-based line in the file (where a quoted field spans lines, its first). */
export type IlacsProblem = {line: number; reason: string};

/** What `parseIlacsHistory` found: one event per good row, one problem per row it had to leave out. */
export type IlacsImport = {events: CorpusEvent[]; problems: IlacsProblem[]};

/** The raw Ofsted fields kept on each imported event (the schema lets extra fields through). */
export type OfstedDetails = {
	urn: number;
	/** The CSV's inspection_framework: ILACS's `standard` or `short` inspection, or blank. */
	framework: string | null;
	/** The framework the report was made under, named by date (ILACS, SIF, pre-SIF). */
	scheme: Framework;
	/** The report's address (the CSV's inspection_link): shown with the judgement and cited. */
	link: string | null;
	/** ISO dates of the inspectors' fieldwork, when the report gives them. */
	fieldworkStart: string | null;
	fieldworkEnd: string | null;
	/** Grades as the CSV writes them, special values included ("data_unreadable", "not_reported_post_reform"). */
	grades: {
		overall: string | null;
		leaders: string | null;
		helpAndProtection: string | null;
		inCare: string | null;
		careLeavers: string | null;
	};
};

const requiredColumns = ['local_authority', 'publication_date'] as const;

/**
 * An ILACS date as an ISO day: "17/01/19" → "2019-01-17" (two-digit years are 20yy: the reports start in 2012),
 * "26/11/2018" → "2018-11-26". Null for anything else, including days that do not exist.
 */
export function parseIlacsDate(text: string): string | null {
	const match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.trim());
	if (!match) {
		return null;
	}

	const day = Number(match[1]);
	const month = Number(match[2]);
	const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
		return null;
	}

	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2019-01-17" → "17/01/2019": how the summaries and the date basis print days, as Ofsted's reports do. */
function britishDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	return `${day}/${month}/${year}`;
}

function isRating(value: string): value is Rating {
	return (ratings as readonly string[]).includes(value);
}

type Row = {fields: string[]; line: number};

/** Splits the text into rows with the line each starts on; a quote left open at the end becomes a problem. */
function readRows(csvText: string, problems: IlacsProblem[]): Row[] {
	let lastEnd = 0;
	let lastEmpty = 0;
	const onRecord = (fields: string[], context: InfoRecord): Row => {
		// csv-parse reports the line a record ends on; it starts after the previous record and any blank lines.
		const row = {fields, line: lastEnd + 1 + (context.empty_lines - lastEmpty)};
		lastEnd = context.lines;
		lastEmpty = context.empty_lines;
		return row;
	};

	try {
		return parse(csvText, {
			bom: true,
			// A stray quote inside a field ('5 "good" areas') is data, not a reason to lose the rest of the file.
			relax_quotes: true,
			relax_column_count: true,
			skip_empty_lines: true,
			skip_records_with_error: true,
			// The typings insist a record stays a string array; this one becomes a Row, as the cast below knows.
			on_record: onRecord as unknown as (fields: string[], context: InfoRecord) => string[],
			on_skip(error: CsvError | undefined) {
				problems.push({line: lastEnd + 1, reason: `unreadable CSV from here on: ${error?.message ?? 'parse error'}`});
			},
		}) as unknown as Row[];
	} catch (error: unknown) {
		problems.push({line: lastEnd + 1, reason: `unreadable CSV from here on: ${error instanceof Error ? error.message : String(error)}`});
		return [];
	}
}

/**
 * Parses the ILACS history CSV into one `inspection-judgement` event per report (origin `ofsted`, no sources).
 *
 * The event's date is the report's publication date at day precision; `rating` is the overall effectiveness
 * grade when it is one of the four ratings (older reports, whose grades the scraper could not read, and reports
 * after the reform, which have no overall grade, get none). Ids are `ofsted-<urn>-<yyyy-mm-dd>`. Rows naming no
 * known authority, with an unreadable publication date or the wrong number of fields are reported as problems
 * and left out; the rest still import. Accepts a UTF-8 BOM, CRLF line ends and quoted fields.
 */
export function parseIlacsHistory(csvText: string): IlacsImport {
	const problems: IlacsProblem[] = [];
	const rows = readRows(csvText, problems);
	const header = rows[0];
	if (!header) {
		return {events: [], problems: problems.length > 0 ? problems : [{line: 1, reason: 'empty file: no header row'}]};
	}

	const columns = new Map(header.fields.map((name, index) => [name.trim().toLowerCase(), index]));
	const missing = requiredColumns.filter((name) => !columns.has(name));
	if (missing.length > 0) {
		return {events: [], problems: [{line: header.line, reason: `not an ILACS history CSV: no ${missing.join(', ')} column`}, ...problems]};
	}

	const events: CorpusEvent[] = [];
	const firstLineById = new Map<string, number>();
	for (const {fields, line} of rows.slice(1)) {
		if (fields.every((field) => field.trim() === '')) {
			continue;
		}

		if (fields.length !== header.fields.length) {
			problems.push({line, reason: `expected ${header.fields.length} fields, found ${fields.length}`});
			continue;
		}

		const field = (name: string): string => {
			const index = columns.get(name);
			return index === undefined ? '' : (fields[index] ?? '').trim();
		};

		const ofstedName = field('local_authority');
		const rowUrn = /^\d+$/.test(field('urn')) ? Number(field('urn')) : null;
		const byName = authorityFromOfstedName(ofstedName);
		const byUrn = rowUrn === null ? null : authorityFromUrn(rowUrn);
		if (byName && byUrn && byName !== byUrn) {
			problems.push({line, reason: `authority '${ofstedName}' is ${byName} but URN ${rowUrn} is ${byUrn}`});
			continue;
		}

		const authority = byName ?? byUrn;
		if (!authority) {
			problems.push({line, reason: `unknown authority '${ofstedName}'${rowUrn === null ? '' : ` (URN ${rowUrn})`}`});
			continue;
		}

		const published = parseIlacsDate(field('publication_date'));
		if (!published) {
			problems.push({line, reason: `unreadable publication date '${field('publication_date')}' (expected dd/mm/yy)`});
			continue;
		}

		// A row from a URN-less export still gets a stable id from the authority's own URN (every known one has one).
		const urn = rowUrn ?? authorityInfo(authority).urn ?? 0;
		const id = `ofsted-${urn}-${published}`;
		const earlier = firstLineById.get(id);
		if (earlier !== undefined) {
			problems.push({line, reason: `a second report for ${authority} published ${britishDate(published)} (first on line ${earlier})`});
			continue;
		}

		firstLineById.set(id, line);
		const grade = field('overall_effectiveness_grade').toLowerCase();
		const start = parseIlacsDate(field('inspection_start_date'));
		const end = parseIlacsDate(field('inspection_end_date'));
		const fieldwork = start && end ? `fieldwork ${britishDate(start)}–${britishDate(end)}` : null;
		const orNull = (name: string): string | null => field(name) || null;
		const scheme = frameworkOfReport({published, fieldworkStart: start, csvFramework: orNull('inspection_framework'), rated: isRating(grade)});
		const ofsted: OfstedDetails = {
			urn,
			framework: orNull('inspection_framework'),
			scheme,
			link: orNull('inspection_link'),
			fieldworkStart: start,
			fieldworkEnd: end,
			grades: {
				overall: orNull('overall_effectiveness_grade'),
				leaders: orNull('impact_of_leaders_grade'),
				helpAndProtection: orNull('help_and_protection_grade'),
				inCare: orNull('in_care_grade'),
				careLeavers: orNull('care_leavers_grade'),
			},
		};

		let summary: string;
		if (isRating(grade)) {
			summary = `Ofsted ${scheme} judgement: ${grade}${fieldwork ? ` (${fieldwork})` : ''}`;
		} else {
			const why = grade === 'not_reported_post_reform' ? 'no overall grade under the reformed framework' : 'grade not recorded';
			summary = `Ofsted ${scheme} report published (${why}${fieldwork ? `; ${fieldwork}` : ''})`;
		}

		events.push({
			id,
			date: {value: published, precision: 'day', approximate: false, basis: `Ofsted report published ${britishDate(published)}`},
			authority,
			type: 'inspection-judgement',
			...(isRating(grade) ? {rating: grade} : {}),
			summary,
			sources: [],
			origin: 'ofsted',
			ofsted,
		});
	}

	problems.sort((a, b) => a.line - b.line);
	return {events, problems};
}
