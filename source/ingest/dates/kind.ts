/**
 * The kind of an event date: how it was found, read from its basis. The basis strings are written where each date
 * is made (dates/resolve.ts, events.ts, event-story-date.ts, event-settle.ts); a kind groups the strings that make
 * the same inference, so that confidence can be weighed by how a date was found rather than case by case. An
 * inference added last ("...; the nearest of 2 dates in the clause") names the kind, since it is the step that can
 * put a right date on the wrong event.
 */
import {keptAnswers} from '../../text/kept-answers.js';

/** Steps that qualify a date already found, as the basis's suffix after "; ". */
const steps: readonly [RegExp, string][] = [
	[/^the nearest of \d+ dates in the clause/, 'nearest of several in the clause'],
	[/^a report told without its grade/, 'report told without its grade'],
	[/^told just before the event that came after it/, 'told just before a later event'],
	[/^the report's publication/, "the report's publication"],
	[/^said in a quotation/, 'said in a quotation'],
	[/^told in a since-clause/, 'in a since-clause'],
	[/^told of what came before 'and'/, "told before 'and'"],
];

/** Whole bases, first match wins. */
const bases: readonly [RegExp, string][] = [
	[/^stated\b/, 'stated'],
	// A stated date whose weekday is not its day: read as it stands, to the month.
	[/^'[^']*': \d{4}-\d{2}-\d{2} is a \w+day, not a \w+day$/, 'stated'],
	[/^Ofsted report published /, "Ofsted's published report"],
	[/spans two calendar years/, 'spans two years'],
	[/, the (?:last|next) \w+day on or (?:before|after) the article|, the \w+day of the week (?:before|after) the article|, in the week (?:before|after) the article/, 'weekday from the article'],
	[/, counted from the article/, 'counted from the article'],
	[/, (?:before|after) the article|, in the year (?:before|of|after) the article/, 'day or month without a year'],
	[/, counted from |' counted from '/, 'counted from a date in the sentence'],
	[/^no date in the text; reported in the article of /, 'reported in the article of'],
	[/^reported as news in the article of /, 'news of the article'],
	[/^'today' in the article of /, "'today' in the article of"],
	[/' (?:the news of|from|before) the article of /, 'offset from the article'],
	[/' than \d{4}/, 'reckoned from an earlier date'],
	[/^told after '.*', in the same episode/, 'the year of the same episode'],
	[/^the year of '.*', told of what came after it/, 'the year of an earlier date'],
	[/^told just after '/, 'told just after'],
	[/named before it|told before it|event in the previous sentence/, 'the date named before it'],
	[/ in the history told from /, 'in the history told from'],
	[/' with the year of '/, 'with the year of a later date'],
	[/^the inspection's date /, "the inspection's date"],
	[/^the day the motion was put to the vote/, "the vote's day"],
	[/^inferred: /, 'inferred'],
];

/**
 * The kind of a date's basis: one of the names above, or 'other' for a basis none of them describes. The calibration
 * asks of an event's basis three times in a row (event-date-calibration.ts): the last answer is kept.
 */
export const dateKind: (basis: string) => string = keptAnswers(1, kindOf);

function kindOf(basis: string): string {
	const parts = basis.split('; ');
	for (let k = parts.length - 1; k > 0; k--) {
		for (const [re, kind] of steps) if (re.test(parts[k]!)) return kind;
	}
	for (const [re, kind] of bases) if (re.test(basis)) return kind;
	return 'other';
}
