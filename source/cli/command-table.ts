/**
 * The command table: every command's name, arguments, flags, description and examples, and how to run it.
 * meow's flags, the top-level `--help`, `scrutiny CMD --help`, the check of which flags a command takes and the
 * README's "Commands" block (`npm run commands`) are all made from it, so that none of them can drift from the
 * others. Adding a command is one entry here and its module under commands/ (imported when the command runs).
 *
 * This module is loaded with every start, the UI's included: it imports nothing heavier than the vocabularies.
 */
import {frequencyColumns} from '../corpus/frequency-columns.js';
import {eventTypes, origins} from '../corpus/vocabulary.js';
import type {Context} from './context.js';

/** One flag as the user types it: `--name VALUE`. */
export type FlagSpec = {
	readonly type: 'string' | 'boolean' | 'number';
	/** What the help shows after the flag: `FILE`, `A`, `DATE`. Defaults to the choices joined by `|`. */
	readonly value?: string;
	readonly description: string;
	/** May be given more than once (each adds to the list); otherwise a second one is a usage error. */
	readonly repeatable?: boolean;
	/** The only values accepted; anything else is a usage error that lists them. */
	readonly choices?: readonly string[];
	/** A date as YYYY, YYYY-MM or YYYY-MM-DD, checked against the calendar. */
	readonly date?: boolean;
	/** A positive whole number. */
	readonly positive?: boolean;
	/** One of the output formats (`--json`, `--csv`, `--md`): at most one of them per run. */
	readonly format?: boolean;
	/** Accepted but not shown in the help (kept so that old scripts still run). */
	readonly hidden?: boolean;
};

export type CommandSpec = {
	/** What the user types after `scrutiny`; '' is the program alone (the terminal UI). */
	readonly name: string;
	/** The positional arguments as the help shows them (`PATH...`, `A B`); absent: the command takes none. */
	readonly args?: string;
	/** One line for the command list. */
	readonly summary: string;
	/** A paragraph for `scrutiny CMD --help` and the README (plain prose, wrapped when shown). */
	readonly description: string;
	/** The command's own flags, in the order the help lists them (`--db`, `--debug` and `--help` are global). */
	readonly flags: Readonly<Record<string, FlagSpec>>;
	readonly examples: readonly string[];
	/**
	 * Only reads the store, and prints its answer once worked out: it may answer from the records saved beside
	 * the store (store-source.ts), and runs again from the store if they miss.
	 */
	readonly readsRecords?: boolean;
	/** Runs the command; its module is imported here, when it runs, so that a start loads only what it needs. */
	readonly run: (ctx: Context) => Promise<number>;
};

/** Flags every command takes. */
export const globalFlags: Readonly<Record<string, FlagSpec & {short?: string}>> = {
	db: {type: 'string', value: 'FILE', description: 'the store (default: $SCRUTINY_DB, else the bundled data/corpus.json)'},
	debug: {type: 'boolean', description: 'show stack traces for internal errors'},
	help: {type: 'boolean', short: 'h', description: "this help; 'scrutiny COMMAND --help' for a command's"},
};

const authority = (what: string, repeatable = false): FlagSpec => ({
	type: 'string',
	value: 'A',
	description: `only ${what} of this authority (case-insensitive; a short form or an unambiguous prefix)${repeatable ? '; repeat for several' : ''}`,
	repeatable,
});

const json = (what = 'the list'): FlagSpec => ({type: 'boolean', format: true, description: `${what} as one JSON document on stdout, and nothing else`});
const jsonCited = (what = 'the list'): FlagSpec => ({...json(what), description: `${json(what).description}; each row with its citation`});
const csv: FlagSpec = {
	type: 'boolean',
	format: true,
	description:
		"CSV (RFC 4180, UTF-8, as R and pandas read it), each row with its citation (title, publication, published, url, citation); a cell that begins with =, +, -, @, a tab or a carriage return gets a ' in front, so that a spreadsheet shows it and does not run it",
};
const md: FlagSpec = {type: 'boolean', format: true, description: 'a Markdown table, every row cited'};
const excel: FlagSpec = {type: 'boolean', description: 'CSV with the UTF-8 byte order mark Excel on Windows needs to read it (implies --csv)'};
/**
 * `--freq COLUMN`: the list's frequency table instead of the list (VisiData's Shift+F), in any of the formats.
 * Counts over many rows cite nothing.
 */
const freq = (what: string, columns: readonly string[]): FlagSpec => ({
	type: 'string',
	value: 'COLUMN',
	choices: columns,
	description: `instead of the list, how many ${what} have each value of COLUMN, most first, with the percentage (the rows without one in a named bucket: undated, unknown...; a row with several values counts under each); in any format, without citations`,
});

/** The three exports every list command has, with citations. */
const exports = (what?: string) => ({json: jsonCited(what), csv, md, excel});

/** Every command, in the order the help lists them. */
export const commandTable: readonly CommandSpec[] = [
	{
		name: '',
		summary: 'the terminal UI; without a terminal on stdin and stdout, the dashboard as text',
		description:
			'Opens the terminal UI when stdin and stdout are both a terminal. Otherwise (a pipe, a script, ssh without -t) it prints the dashboard as text, with a hint about --json, and exits 0.',
		flags: {ascii: {type: 'boolean', description: "the UI's charts and markers in ASCII (for terminals or fonts without block characters)"}},
		examples: ['scrutiny --db ~/corpus/store.json', 'scrutiny | less'],
		readsRecords: true,
		run: async (ctx) => (await import('./commands/dashboard.js')).plainDashboard(ctx),
	},
	{
		name: 'import',
		args: 'PATH...',
		summary: 'ingest articles: text files, Nexis and Factiva exports, saved web pages (files or folders)',
		description:
			"Reads each file (or, under each folder, each *.txt file and each file whose content is a Nexis Uni .docx/.rtf export, a LexisNexis Academic or Factiva export, or a saved web page), extracts its quotes, people and events, and adds it to the store, which is created if it does not exist. Importing the same content twice is one article; a changed file replaces its extracted records and keeps curated ones. An export becomes its articles, each with the title, publication, byline and date the export states; where it states how many it holds, the report says 'FILE: expected N, imported M'. Files, and articles of an export, that cannot be read are named on stderr, one line each (with the article's position), and the exit status is 1. It extracts on one worker thread per core (SCRUTINY_WORKERS=N; 0 for none) and leaves caches beside the store, <store>.search-index and <store>.search-docs (the search's quotes, articles and people), <store>.search-events and <store>.search-events-docs (its timeline lines), <store>.start, <store>.timeline, <store>.cohort and <store>.records, each rebuilt when stale. The list commands (articles, quotes, people, timeline, search, compare, cohort) print a saved answer, or answer from <store>.records (cohort from <store>.cohort, search from the search's four files), while it is of the store as it is, and otherwise read the store, then save them for the next command once the store is over 64 MB; for such a store, what articles, quotes, people, timeline and compare print without filters is saved in the folder <store>.answers by the first call of each format and --freq column, and printed as it is by the next.",
		flags: {
			name: {type: 'string', value: 'NAME', description: "the store's name, shown in the UI's header"},
			rebuild: {type: 'boolean', description: 'drop the extracted records and import from scratch, keeping curated and official ones'},
			'url-list': {type: 'string', value: 'CSV', description: "a Media Cloud URL list: its publication and date go to the saved pages it lists (matched by canonical URL) where the page lacks them"},
			json: json('the import report'),
		},
		examples: ['scrutiny import ~/corpus/articles --db ~/corpus/store.json', 'scrutiny import ~/nexis/children-2019.DOCX ~/factiva/Factiva-20230314.rtf', 'scrutiny import ~/saved-pages --url-list ~/mediacloud/stories.csv', 'scrutiny import data/articles --db data/corpus.json --rebuild --name "Bundled corpus"'],
		run: async (ctx) => (await import('./commands/import.js')).importCommand(ctx),
	},
	{
		name: 'import-ofsted',
		args: 'CSV',
		summary: 'load official judgements (ILACS history CSV)',
		description:
			"Loads Ofsted's judgements from the ILACS history CSV (the ofsted-ilacs-scrape-tool format). Official records replace the official records already in the store; extracted and curated ones are untouched.",
		flags: {json: json('what was loaded')},
		examples: ['scrutiny import-ofsted ../shared/ofsted_ilacs/ofsted_csc_ilacs_history.csv --db ~/corpus/store.json'],
		run: async (ctx) => (await import('./commands/import.js')).importOfstedCommand(ctx),
	},
	{
		name: 'articles',
		summary: 'every article with its date, authority and counts',
		description: 'Every article in date order (undated last), with its authorities and the number of its paragraphs and quotes.',
		flags: {authority: authority('articles'), ...exports(), freq: freq('articles', frequencyColumns.articles)},
		examples: ['scrutiny articles --authority blackpool', 'scrutiny articles --csv > articles.csv', 'scrutiny articles --freq publication'],
		readsRecords: true,
		run: async (ctx) => (await import('./commands/articles.js')).articlesCommand(ctx),
	},
	{
		name: 'quotes',
		summary: 'every quote, with its speaker and where it was said',
		description: "Every quote in date order with its speaker, article and paragraph. Short phrases quoted inside reported speech are marked as phrases (JSON: fragment). Filters that leave no quote (a --speaker that matches no one) print the empty list and say so in one line on stderr; the exit status stays 0.",
		flags: {
			speaker: {type: 'string', value: 'NAME', description: 'only quotes by this speaker (case-insensitive; any part of the name: "blackburn")'},
			authority: authority('quotes from articles'),
			...exports(),
			freq: freq('quotes', frequencyColumns.quotes),
		},
		examples: ['scrutiny quotes --speaker blackburn', 'scrutiny quotes --authority "north east lincs" --csv --excel > nel-quotes.csv', 'scrutiny quotes --freq party --md'],
		readsRecords: true,
		run: async (ctx) => (await import('./commands/quotes.js')).quotesCommand(ctx),
	},
	{
		name: 'people',
		summary: 'who is quoted or named, with titles, roles and party',
		description:
			"Everyone the articles name, most quoted first, with the titles, roles and party the text gives them (a party only where the text says it). Quotes leave out fragments (short phrases quoted inside reported speech), which are counted in a column of their own: someone quoted only in phrases shows '1 fr.' as their quotes, as in the UI (--csv and --json: quotes 0, fragments 1).",
		flags: {authority: authority('people'), ...exports(), freq: freq('people', frequencyColumns.people)},
		examples: ['scrutiny people --authority blackpool', 'scrutiny people --md', 'scrutiny people --freq quotes-by-party'],
		readsRecords: true,
		run: async (ctx) => (await import('./commands/people.js')).peopleCommand(ctx),
	},
	{
		name: 'timeline',
		summary: 'every event in date order, reports of one event merged',
		description:
			"Every event in date order: official judgements, events reported in the press and curated ones. Several reports of one event are one line with every source. Dates keep their precision (2019-01-17, Jan 2019, 2019, ~2015); --from and --to compare at the coarser of the two precisions, and leave out undated events. --csv has the date's value, precision and approximate flag in separate columns.",
		flags: {
			authority: authority('events', true),
			type: {type: 'string', value: 'T', choices: eventTypes, repeatable: true, description: 'only events of this type; repeat for several'},
			origin: {type: 'string', value: 'O', choices: origins, repeatable: true, description: 'only events from this origin; repeat for several'},
			from: {type: 'string', value: 'DATE', date: true, description: 'only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)'},
			to: {type: 'string', value: 'DATE', date: true, description: 'only events on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)'},
			...exports(),
			freq: freq('events', frequencyColumns.events),
			ascii: {type: 'boolean', hidden: true, description: 'accepted for the UI; no effect on plain output'},
		},
		examples: [
			'scrutiny timeline --authority blackpool --type inspection-judgement --csv > blackpool.csv',
			'scrutiny timeline --authority "north east lincs" --from 2021 --md',
			'scrutiny timeline --type resignation-call --freq year --csv',
		],
		readsRecords: true,
		run: async (ctx) => (await import('./commands/timeline.js')).timelineCommand(ctx),
	},
	{
		name: 'search',
		args: 'QUERY',
		summary: 'fuzzy search over quotes, articles, people and events',
		description:
			"Searches quotes, articles, people and events, best first. The query takes Fuse's extended syntax ('exact, ^prefix, suffix$, !not, | for or) and the filters speaker:NAME, authority:A, year:2019 (or 2018-2020) and type:T, read as the UI's search box reads them (a typo in a name, authority or type forgiven when one is closest: speaker:blakburn); a query of filters alone lists what passes them, newest first. A filter that cannot be read (year:abc) is a usage error; an authority the store does not have is exit 1.",
		flags: {
			in: {type: 'string', choices: ['quotes', 'articles', 'people', 'events'], description: 'search only these'},
			limit: {type: 'number', value: 'N', positive: true, description: 'at most N results (default 20)'},
			...exports('the results'),
			freq: freq('results', frequencyColumns.results),
		},
		examples: ['scrutiny search "poundland" --in quotes --json', 'scrutiny search "speaker:lindley three years" --md', 'scrutiny search council --limit 200 --freq kind'],
		readsRecords: true,
		run: async (ctx) => (await import('./commands/search.js')).searchCommand(ctx),
	},
	{
		name: 'compare',
		args: '[A B]',
		summary: 'two authorities side by side',
		description:
			"Two authorities side by side: judgements, latest rating, the 'inadequate' judgement and how long after it each response came, people, counts. Without authorities, the two with the most events reported in the press.",
		flags: {
			...exports('both sides and the rows'),
			episode: {
				type: 'string',
				value: 'N[,M]',
				description: "read the sides for their Nth 'inadequate' episode, counted from the oldest (1); N,M: the left side's Nth and the right side's Mth (default: each side's latest; the UI's e and E)",
			},
		},
		examples: ['scrutiny compare blackpool "NE Lincolnshire" --md', 'scrutiny compare blackpool "NE Lincolnshire" --episode 1,1'],
		readsRecords: true,
		run: async (ctx) => (await import('./commands/compare.js')).compareCommand(ctx),
	},
	{
		name: 'cohort',
		summary: "every authority's 'inadequate' episodes aligned: the delay to each response",
		description:
			"Every 'inadequate' judgement of every authority's children's services and what followed, on one axis of months since the judgement: per response type how many authorities and episodes reached it, and the median and range of the delay in months (the middle of the span the dates allow; dated responses that happened only). An episode's responses are looked for up to its end, the next better rating or the next 'inadequate' judgement; the end of recovery is the next better rating; an improvement notice's lifting, which comes after the better rating, is looked for up to the next 'inadequate' judgement. A later report that gives no overall grade (the reformed framework) is no better rating: the episode stays open, and the report is named under the table. --json gives every episode too; --md a table of the episodes under the summary.",
		// Figures over many reports: no row has one source to cite (each episode's judgement is in the timeline).
		flags: {
			json: json('the summary and every episode'),
			csv: {...csv, description: 'CSV (RFC 4180, UTF-8, as R and pandas read it), one row a response type; figures over many reports, so no citation column'},
			md: {...md, description: 'a Markdown table of the summary, then one of the episodes'},
			excel,
		},
		examples: ['scrutiny cohort --md > cohort.md', 'scrutiny cohort --csv > cohort.csv'],
		readsRecords: true,
		run: async (ctx) => (await import('./commands/cohort.js')).cohortCommand(ctx),
	},
];

/** The entry for a command name, or undefined for one the table does not have. */
export function commandNamed(name: string): CommandSpec | undefined {
	return commandTable.find((c) => c.name === name);
}

/** Every flag a command takes: its own and the global ones. */
export function flagsOf(command: CommandSpec): Readonly<Record<string, FlagSpec>> {
	return {...command.flags, ...globalFlags};
}
