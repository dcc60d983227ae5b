/**
 * Every basis template the importer writes for an event's date has a kind (source/ingest/dates/kind.ts): a template
 * that falls to 'other' is left out of the confidence rules (source/ingest/event-date-calibration.ts) without anyone
 * seeing it. One example of each template, filled in as the step that writes it would, with where it is written.
 */
import {describe, expect, test} from 'vitest';
import {dateKind} from '../../source/ingest/dates/kind.js';

const day = '2024-03-14';
const templates: readonly [where: string, basis: string, kind: string][] = [
	['dates/resolve.ts: a stated date', 'stated', 'stated'],
	['dates/resolve.ts: a stated date whose weekday is not its day', "'Tuesday 7 March 2024': 2024-03-07 is a Thursday, not a Tuesday", 'stated'],
	['dates/resolve.ts: a span across two years', "'winter 2023-24' spans two calendar years; the first is given", 'spans two years'],
	['dates/resolve.ts: a month in the year before, of or after', `'May', in the year before the article's date ${day}`, 'day or month without a year'],
	['dates/resolve.ts: a month or day without its year', `'in May', before the article's date ${day}`, 'day or month without a year'],
	['dates/resolve.ts: ... that the sentence schedules', `'in May', after the article's date ${day} (the sentence schedules it)`, 'day or month without a year'],
	['dates/resolve.ts: ... whose weekday fits another year', `'Tuesday 7 May', before the article's date ${day}; a Tuesday in 2019 or 2024`, 'day or month without a year'],
	['dates/resolve.ts: a weekday of the week before or after', `'next week', the Tuesday of the week after the article's date ${day}`, 'weekday from the article'],
	['dates/resolve.ts: a weekday on or before', `'on Tuesday', the last Tuesday on or before the article's date ${day}`, 'weekday from the article'],
	['dates/resolve.ts: a weekday on or after', `'on Tuesday', the next Tuesday on or after the article's date ${day}`, 'weekday from the article'],
	['dates/resolve.ts: a weekday against an article known only to its month', "'on Tuesday', in the week before the article's date 2024-03", 'weekday from the article'],
	['dates/resolve.ts: counted from the article', `'yesterday', counted from the article's date ${day}`, 'counted from the article'],
	['dates/resolve.ts: said in a quotation', `'yesterday', counted from the article's date ${day}; said in a quotation, so counted from about then`, 'said in a quotation'],
	['dates/resolve.ts: the first day of a span', `stated; the first day of 'on 20 and 21 February'`, 'stated'],
	['dates/resolve.ts: counted from a date in the sentence', "'a week after 4 March', counted from 2024-03-04", 'counted from a date in the sentence'],
	['event-story-date.ts: an offset from the article', `'two months ago' from the article of ${day}`, 'offset from the article'],
	['event-story-date.ts: years before the article', `'three years ago' before the article of ${day}`, 'offset from the article'],
	['events.ts: an offset that is the news of the article', `'a month ago' the news of the article of ${day}`, 'offset from the article'],
	['dates/story steps: later than a date named before', "'two years later' than 2019", 'reckoned from an earlier date'],
	['event-story-date.ts: the same episode', "told after 'in May 2019', in the same episode: that year", 'the year of the same episode'],
	['event-story-date.ts: with the year of a later date', "'in May' with the year of 'June 2019'", 'with the year of a later date'],
	['event-story-date.ts: the month named before it', "'that month': the month of 2019-05 named before it", 'the date named before it'],
	['event-story-date.ts: in the history told', "'in May' in the history told from 2019", 'in the history told from'],
	['event-story-date.ts: told just after', "told just after 'in May 2019'", 'told just after'],
	['event-story-date.ts: the vote', "the day the motion was put to the vote (2024-03-12)", "the vote's day"],
	['event-story-date.ts: told just before a later event', "stated; told just before the event that came after it", 'told just before a later event'],
	['event-story-date.ts: the inspection’s date', "the inspection's date ('in May 2019'); the judgement came out after it", "the inspection's date"],
	['event-story-date.ts: the year of an earlier date', "the year of 'in May 2019', told of what came after it", 'the year of an earlier date'],
	['events.ts: the date told before it', "'that one': the 2019-05 told before it", 'the date named before it'],
	['events.ts: the year named before it', "'that year': the year of 2019-05 named before it", 'the date named before it'],
	['events.ts: an offset from the event in the sentence before', "'a month after' the 2023-06 event in the previous sentence", 'the date named before it'],
	['events.ts: an offset from the date named before', "'a month later' the 2019-05 named before it", 'the date named before it'],
	['events.ts: a since-clause', 'stated; told in a since-clause, so no later than this', 'in a since-clause'],
	['events.ts: the nearest of several', `'in May', before the article's date ${day}; the nearest of 2 dates in the clause`, 'nearest of several in the clause'],
	['events.ts: told before and', "stated; told of what came before 'and'", "told before 'and'"],
	['event-settle.ts: the report’s publication', `'on Monday', the last Monday on or before the article's date ${day}; the report's publication`, "the report's publication"],
	['event-settle.ts: a report told without its grade', 'stated; a report told without its grade', 'report told without its grade'],
	['event-settle.ts: today in the article', `'today' in the article of ${day}`, "'today' in the article of"],
	['event-settle.ts: news of the article', `reported as news in the article of ${day}`, 'news of the article'],
	['event-settle.ts: no date in the text', `no date in the text; reported in the article of ${day}`, 'reported in the article of'],
];

describe('every basis template has a kind', () => {
	test.each(templates)('%s', (_where, basis, kind) => {
		expect(dateKind(basis)).toBe(kind);
		expect(dateKind(basis)).not.toBe('other');
	});
});
