import {readFileSync, readdirSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {datesCompatible, formatDate, isAfter, statedDate, unknownDate} from '../source/corpus/date-value.js';
import type {DateValue} from '../source/corpus/schema.js';
import {inferArticleDate} from '../source/ingest/dates/article-date.js';
import {findDates} from '../source/ingest/dates/resolve.js';
import {sentenceSpans} from '../source/ingest/text.js';
import {sharedDir} from './helpers/paths.js';

const shared = `${sharedDir}/`;
const today = new Date('2025-06-01T12:00:00Z');

const day = (v: string) => statedDate(v);
const approx = (v: string): DateValue => ({...statedDate(v), approximate: true});
const none = unknownDate();

type Article = {file: string; printed: DateValue | null; paragraphs: string[]; sentences: string[]};

/** The bundled articles, read plainly: the inline `date` prefix and blank-line paragraphs. */
function corpus(): Article[] {
	const dir = `${shared}corpus/`;
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((file) => {
			let text = readFileSync(dir + file, 'utf8');
			const m = /^\s*date (\d{4}-\d{2}-\d{2})\s+/.exec(text);
			if (m) text = text.slice(m[0].length);
			const paragraphs = text
				.split(/\n\s*\n/)
				.map((p) => p.trim())
				.filter(Boolean);
			const sentences = paragraphs.flatMap((p) => sentenceSpans(p).map((s) => p.slice(s.start, s.end)));
			return {file, printed: m ? statedDate(m[1]!) : null, paragraphs, sentences};
		});
}

const articles = corpus();
const article = (prefix: string) => articles.find((a) => a.file.startsWith(prefix))!;
const sentence = (prefix: string, words: string) => {
	const s = article(prefix).sentences.find((x) => x.includes(words));
	if (!s) throw new Error(`no sentence with ${JSON.stringify(words)} in ${prefix}`);
	return s;
};

/** What a test expects of one match: its words and the date written as formatDate writes it. */
type Expect = [text: string, date: string];
const shown = (sentenceText: string, ref: DateValue) => findDates(sentenceText, ref, {today}).map((m): Expect => [m.text, formatDate(m.date)]);

describe('findDates on the bundled corpus', () => {
	const ref004 = day('2022-01-27');
	const ref000 = day('2019-02-01');
	const cases: [string, string, DateValue, Expect[]][] = [
		['004', 'Ofsted issued a damning report in November', ref004, [['in November', 'Nov 2021']]],
		['004', 'Labour called for Councillor Lindley to step down', ref004, [['on Wednesday', '2022-01-26']]],
		['004', 'A vote will be held at the next full council meeting', ref004, [['in February', 'Feb 2022']]],
		['004', 'He will report back to the government', ref004, [['at the end of March', 'Mar 2022']]],
		// Said at the meeting: "tonight" counts from when it was said, so only about the article's date.
		['004', 'It is disappointing to see a collective finger', ref004, [['tonight', '~2022-01-27']]],
		['004', 'could take up to three years', ref004, []],
		['004', 'improvement journey of three years', ref004, []],
		['004', 'is to be set up', ref004, []],
		['000', 'The report, published in January', ref000, [['in January', 'Jan 2019']]],
		['000', "had previously been rated 'inadequate' in 2012", ref000, [['in 2012', '2012']]],
		['000', 'second damning Ofsted report in six years', ref000, []],
		['000', 'It came just a month after', ref000, []],
		['001', 'is due back in Blackpool on Friday February 22', day('2019'), [['on Friday February 22', '2019-02-22']]],
		['001', 'is due back in Blackpool on Friday February 22', day('2019-02'), [['on Friday February 22', '2019-02-22']]],
		['001', 'In January the department was branded', day('2019'), [['In January', 'Jan 2019']]],
		['001', 'In January the department was branded', day('2019-02'), [['In January', 'Jan 2019']]],
		['001', 'due to be appointed this month', day('2019-02'), [['this month', 'Feb 2019']]],
		// Known only to the year, "this month" can say no more than the year.
		['001', 'due to be appointed this month', day('2019'), [['this month', '2019']]],
		['001', 'due back in Blackpool later this month', day('2019-02'), [['later this month', 'Feb 2019']]],
		['001', 'which had been the case in 2012', day('2019'), [['in 2012', '2012']]],
		['001', '12-week improvement plan', day('2019'), []],
		['002', 'released last week', none, [['last week', 'undated']]],
		['003', 'as reported last week', approx('2015'), [['last week', '~2015']]],
		['003', 'but today says he believes', approx('2015'), [['today', '~2015']]],
		['003', 'The July 2012 Ofsted report', approx('2015'), [['July 2012', 'Jul 2012']]],
		['003', 'reduction in the level of looked after children to 441', approx('2015'), []],
		['003', 'while 16 new social workers have been recruited', approx('2015'), []],
		['003', 'rumbling away for the last 20 years', approx('2015'), []],
		['003', 'viewed the last three years', approx('2015'), []],
	];
	test.each(cases)('%s: %s (article %j)', (file, words, ref, expected) => {
		expect(shown(sentence(file, words), ref)).toEqual(expected);
	});

	test('the basis names the words and the article date they count from', () => {
		const [m] = findDates(sentence('004', 'Ofsted issued a damning report in November'), day('2022-01-27'), {today});
		expect(m!.date).toEqual({value: '2021-11', precision: 'month', approximate: false, basis: "'in November', before the article's date 2022-01-27"});
		const [w] = findDates(sentence('004', 'on Wednesday'), day('2022-01-27'), {today});
		expect(w!.date.basis).toContain("'on Wednesday'");
		expect(w!.date.basis).toContain('2022-01-27');
		const [u] = findDates(sentence('002', 'released last week'), none, {today});
		expect(u!.date.precision).toBe('unknown');
		expect(u!.date.basis).toMatch(/'last week'.*unknown/);
		const [s] = findDates(sentence('003', 'The July 2012'), approx('2015'), {today});
		expect(s!.date.basis).toBe('stated');
	});

	test('spans point at the words in the sentence', () => {
		for (const a of articles) {
			for (const s of a.sentences) {
				for (const m of findDates(s, a.printed ?? none, {today})) expect(s.slice(m.start, m.end)).toBe(m.text);
			}
		}
	});

	test('nothing after today, and nothing after the article date unless the sentence schedules it', () => {
		for (const a of articles) {
			const ref = a.printed ?? inferArticleDate(a.paragraphs, {today});
			for (const s of a.sentences) {
				for (const m of findDates(s, ref, {today})) {
					expect(isAfter(m.date, statedDate('2025-06-01'))).toBe(false);
					if (isAfter(m.date, ref)) expect(s).toMatch(/\b(will|due|to be|next|later this)\b/);
				}
			}
		}
	});
});

describe('findDates on other wording', () => {
	const thursday = day('2022-01-27');
	const cases: [string, string, DateValue, Expect[]][] = [
		['day month year', 'The inspection took place on 17 January 2019.', thursday, [['on 17 January 2019', '2019-01-17']]],
		['month day, year', 'The report followed on January 30, 2019.', thursday, [['on January 30, 2019', '2019-01-30']]],
		['month year and a bare year', 'Ofsted rated the service inadequate in July 2012, and again in 2019.', thursday, [['in July 2012', 'Jul 2012'], ['in 2019', '2019']]],
		['possessive year', "2012's report was damning, the 2016 follow-up less so.", thursday, [["2012's", '2012'], ['2016', '2016']]],
		['counts are not years', 'The council has 441 children in care, £1m of extra money, 16 social workers and a 12-week plan, after 20 years of decline.', thursday, []],
		['a count of 2000', 'The 2000 children in care deserve better, said Mr Marsden.', thursday, []],
		['money is not a year', 'The council set aside £2019 for each child in 2018.', thursday, [['in 2018', '2018']]],
		['a year before a plural', 'In 2012 children were found at risk.', thursday, [['In 2012', '2012']]],
		['weekdays both ways', 'The board met last Tuesday and will meet again next Tuesday.', thursday, [['last Tuesday', '2022-01-25'], ['next Tuesday', '2022-02-01']]],
		['a future weekday', 'The cabinet will decide on Monday.', thursday, [['on Monday', '2022-01-31']]],
		['a weekday on the same day', 'Councillors met on Thursday.', thursday, [['on Thursday', '2022-01-27']]],
		// 2022-01-27 is a Thursday: its week runs from Monday 24 January; the next from 31 January, the last from 17 January.
		['a weekday of next week', 'Inspectors will arrive on Monday next week.', thursday, [['on Monday next week', '2022-01-31']]],
		['a weekday of next week after the article', 'Inspectors will arrive on Friday next week.', thursday, [['on Friday next week', '2022-02-04']]],
		['a span of days with their weekdays', 'Inspectors were in the borough between Monday 10 and Friday 21 January.', thursday, [['Monday 10 and Friday 21 January', '2022-01-10']]],
		['a holiday before the article', 'The money was confirmed on New Year’s Eve.', thursday, [['on New Year’s Eve', '2021-12-31']]],
		['a holiday with its year', 'The notice was served on Boxing Day 2019.', thursday, [['on Boxing Day 2019', '2019-12-26']]],
		['a holiday still to come', 'The commissioner will report by Christmas Eve.', thursday, [['Christmas Eve', '2022-12-24']]],
		['a weekday of last week', 'The notice was issued on Tuesday of last week.', thursday, [['on Tuesday of last week', '2022-01-18']]],
		['tense per clause', 'The report, which was published in March, will be discussed in May.', thursday, [['in March', 'Mar 2021'], ['in May', 'May 2022']]],
		['the same month both ways', 'The council was placed under an improvement notice in December and will be reinspected in December.', thursday, [['in December', 'Dec 2021'], ['in December', 'Dec 2022']]],
		['the current month in the past', 'Inspectors visited in January.', thursday, [['in January', 'Jan 2022']]],
		['the current month in the future', 'Inspectors will return in January.', thursday, [['in January', 'Jan 2022']]],
		['last May', 'The director left last May.', thursday, [['last May', 'May 2021']]],
		['May the surname', 'Theresa May said the council must improve.', thursday, []],
		['April the name', 'April Jones, the director, left in April.', thursday, [['in April', 'Apr 2021']]],
		['a month after a dated report', 'The commissioner was appointed a month after the December 2018 report.', thursday, [['a month after the December 2018', '~Jan 2019'], ['December 2018', 'Dec 2018']]],
		['years after a dated report', 'It came three years after the July 2012 report.', thursday, [['three years after the July 2012', '~2015'], ['July 2012', 'Jul 2012']]],
		['days before a dated day', 'Two days before 17 January 2019 the director resigned.', thursday, [['Two days before 17 January 2019', '2019-01-15'], ['17 January 2019', '2019-01-17']]],
		['ago and next month', 'Inspectors visited the town two weeks ago and will publish their findings next month.', thursday, [['two weeks ago', '~2022-01-13'], ['next month', 'Feb 2022']]],
		['last year, earlier this year', 'Last year the council spent £2m; earlier this year it set up a board.', thursday, [['Last year', '2021'], ['earlier this year', '2022']]],
		['yesterday and last month', 'He resigned yesterday after a visit last month.', thursday, [['yesterday', '2022-01-26'], ['last month', 'Dec 2021']]],
		['before Christmas, to come', 'The commissioner’s report is due before Christmas.', thursday, [['before Christmas', '~Dec 2022']]],
		['before Christmas, gone', 'Before Christmas the council had spent £2m.', thursday, [['Before Christmas', '~Dec 2021']]],
		['by the end of the year', 'The board will report by the end of the year.', thursday, [['by the end of the year', '~2022']]],
		['tomorrow', 'Councillors will vote tomorrow on the motion.', thursday, [['tomorrow', '2022-01-28']]],
		['a weekday that names tomorrow', 'The meeting is tomorrow (Friday) at the town hall.', thursday, [['tomorrow', '2022-01-28']]],
		['durations are not dates', 'Over the last year the council has improved, and in the next month it will publish a plan.', thursday, []],
		['a financial year', 'The budget for 2019/20 was cut.', thursday, [['2019/20', '~2019']]],
		['a range of years', 'Between 2012 and 2015 it was inadequate.', thursday, [['2012', '2012'], ['2015', '2015']]],
		['seasons and mid-year', 'She joined the council in the summer of 2014 and left in mid-2016.', thursday, [['in the summer of 2014', '2014'], ['in mid-2016', '2016']]],
		['ordinal day of month', 'Councillors met on the 3rd of March.', thursday, [['on the 3rd of March', '2021-03-03']]],
		['scheduled day of month', 'The vote is scheduled for 5 March.', thursday, [['5 March', '2022-03-05']]],
		['British numeric date', 'The hearing is on 01/03/2019 at the town hall.', day('2019-02-20'), [['01/03/2019', '2019-03-01']]],
		['ISO date', 'The plan was signed off on 2021-11-30.', thursday, [['2021-11-30', '2021-11-30']]],
		['a weekday that agrees', 'A report published on Wednesday 23 January 2019 was damning.', thursday, [['on Wednesday 23 January 2019', '2019-01-23']]],
		// The weekday and the day disagree: only the month is sure.
		['a weekday that disagrees', 'A report published on Friday 23 January 2019 was damning.', thursday, [['on Friday 23 January 2019', 'Jan 2019']]],
		['a yearless weekday that disagrees', 'Ofsted will return on Friday February 22.', thursday, [['on Friday February 22', '~Feb 2022']]],
		['no such day', 'The meeting on 30 February 2019 did not happen.', thursday, [['February 2019', 'Feb 2019']]],
		['abbreviated months', 'The plan was agreed in Sept 2019 and reviewed on Feb 22, 2020.', thursday, [['in Sept 2019', 'Sep 2019'], ['on Feb 22, 2020', '2020-02-22']]],
		// Forms our own patterns leave to chrono-node, which must be certain of the year and month.
		['chrono fallback: 22-Feb-2019', 'It met on 22-Feb-2019.', thursday, [['on 22-Feb-2019', '2019-02-22']]],
		['chrono fallback: 2019/02/22', 'It met on 2019/02/22.', thursday, [['2019/02/22', '2019-02-22']]],
		// chrono is skipped only where every four-digit number is inside one of our dates: here one is not.
		['chrono fallback beside one of ours', 'The deal, agreed in March 2018, was signed in 3/2019.', thursday, [['in March 2018', 'Mar 2018'], ['3/2019', 'Mar 2019']]],
		['a spelled-out day keeps only the month', 'It met on the twenty-second of February 2019.', thursday, [['February 2019', 'Feb 2019']]],
		['Marsden is not March', 'Mr Marsden met council bosses.', thursday, []],
		['a football club', 'Sheffield Wednesday lost again.', thursday, []],
		['"are to" schedules', 'Councillors are to debate the plan in March.', thursday, [['in March', 'Mar 2022']]],
		['"after" opens a past clause', 'Ofsted will return in March, after a report in November.', thursday, [['in March', 'Mar 2022'], ['in November', 'Nov 2021']]],
	];
	test.each(cases)('%s', (_name, text, ref, expected) => {
		expect(shown(text, ref)).toEqual(expected);
	});

	test('a date later than the article in a past-tense sentence is refused', () => {
		const [m] = findDates('Services were judged inadequate in March 2023.', thursday, {today});
		expect(m!.date.precision).toBe('unknown');
		expect(m!.date.basis).toContain('does not schedule it');
	});

	test('nothing later than today, even when scheduled', () => {
		const [m] = findDates('By the end of March 2030 the council hopes to be good.', thursday, {today});
		expect(m!.date).toMatchObject({value: null, precision: 'unknown'});
		expect(m!.date.basis).toContain('after today (2025-06-01)');
		const [n] = findDates('A vote will be held in July.', day('2025-05-30'), {today});
		expect(n!.date).toMatchObject({value: null, precision: 'unknown'});
		const [o] = findDates('A vote will be held in July.', day('2025-05-30'), {today: new Date('2025-07-10T00:00:00Z')});
		expect(formatDate(o!.date)).toBe('Jul 2025');
	});

	test('relative words count from the article, not from today', () => {
		expect(shown('The report was published last week.', day('2019-02-01'))).toEqual([['last week', '~Jan 2019']]);
	});
});

describe('findDates against an article known only roughly', () => {
	const cases: [string, DateValue, Expect[]][] = [
		['Inspectors visited last week.', approx('2015'), [['last week', '~2015']]],
		['Inspectors visited last week.', day('2019'), [['last week', '~2019']]],
		['Inspectors visited last week.', day('2019-02'), [['last week', '~Feb 2019']]],
		['Inspectors visited on Wednesday.', day('2019-02'), [['on Wednesday', '~Feb 2019']]],
		['Inspectors visited on Wednesday.', none, [['on Wednesday', 'undated']]],
		// January is before any day of the year; December after any.
		['The report came out in January.', day('2019'), [['in January', 'Jan 2019']]],
		['A decision will follow in December.', day('2019'), [['in December', 'Dec 2019']]],
		// November of a 2019 article may be November 2018: the year is not sure.
		['The report came out in November.', day('2019'), [['in November', '~2019']]],
		['The report came out in November.', approx('2015'), [['in November', '~2015']]],
		['Last year the board was set up.', approx('2015'), [['Last year', '~2014']]],
		['This month the board was set up.', day('2019'), [['This month', '2019']]],
		['Ofsted is due back on Friday February 22.', day('2019'), [['on Friday February 22', '2019-02-22']]],
		// Friday 22 February fell in 2013 and 2019: an undated article cannot choose.
		['Ofsted is due back on Friday February 22.', none, [['on Friday February 22', 'undated']]],
		['It came three years after the July 2012 report.', none, [['three years after the July 2012', '~2015'], ['July 2012', 'Jul 2012']]],
		['The inspection took place on 17 January 2019.', none, [['on 17 January 2019', '2019-01-17']]],
		// An article of about 2015 cannot report 2019 as past.
		['The inspection took place on 17 January 2019.', approx('2015'), [['on 17 January 2019', 'undated']]],
	];
	test.each(cases)('%s (article %j)', (text, ref, expected) => {
		expect(shown(text, ref)).toEqual(expected);
	});
});

describe('inferArticleDate', () => {
	test('the bundled corpus: acceptable answers from the gold files', () => {
		for (const a of articles) {
			const gold = JSON.parse(readFileSync(`${shared}gold/${a.file.replace(/\.txt$/, '.json')}`, 'utf8')) as {
				published: {value: string | null; acceptable?: (string | null)[]};
			};
			const inferred = inferArticleDate(a.paragraphs, {today});
			expect(inferred.basis).not.toBe('');
			if (gold.published.acceptable) {
				expect(gold.published.acceptable).toContain(inferred.value);
			} else if (inferred.value !== null) {
				// A printed date exists: whatever is inferred must not contradict it confidently.
				const printed = statedDate(gold.published.value!);
				const near = Math.abs(Number(inferred.value.slice(0, 4)) - Number(printed.value!.slice(0, 4))) <= 1;
				expect(datesCompatible(inferred, printed) || (inferred.approximate && near)).toBe(true);
			}
		}
	});

	test('001: the weekday of "Friday February 22" picks 2019 once "the second time in six years" after 2012 rules out 2013; "later this month" puts it in February', () => {
		const d = inferArticleDate(article('001').paragraphs, {today});
		expect(d).toMatchObject({value: '2019-02', precision: 'month', approximate: true});
		expect(d.basis).toContain('Friday February 22');
		expect(d.basis).toContain('six years');
		expect(d.basis).toContain('later this month');
	});

	test('"later this month" needs a scheduled day to fix the month', () => {
		const d = inferArticleDate(['Inspectors are due back later this month.', 'The council was rated inadequate in 2019.'], {today});
		expect(d.precision).not.toBe('month');
	});

	test('002: no years in the text, so unknown', () => {
		expect(inferArticleDate(article('002').paragraphs, {today})).toMatchObject({value: null, precision: 'unknown'});
	});

	test('003: about 2015, three years after the July 2012 report', () => {
		const d = inferArticleDate(article('003').paragraphs, {today});
		expect(d).toMatchObject({value: '2015', precision: 'year', approximate: true});
		expect(d.basis).toMatch(/Three years after/);
		expect(d.basis).toContain('July 2012');
	});

	const cases: [string, string[], string][] = [
		[
			'a weekday alone leaves 2019 and 2024',
			['Kent County Council was rated inadequate in March 2017.', 'Ofsted inspectors will return on Tuesday March 5 to check progress.'],
			'undated',
		],
		[
			'"second time in two years" leaves only 2019 for Tuesday March 5',
			['Kent County Council was rated inadequate in March 2017.', 'It is the second time in two years the service has been found failing.', 'Ofsted inspectors will return on Tuesday March 5 to check progress.'],
			'2019',
		],
		['a weekday after a dated event', ['Derby City Council was told in June 2021 that it must improve.', 'The council will meet on Thursday, 14 October to agree a plan.'], '2021'],
		['past years only bound it from below', ['Services were rated inadequate in 2012 and again in 2016.', 'The council leader said lessons had been learned.'], 'undated'],
		['evidence that conflicts', ['Three years after the 2012 report, the notice has been lifted.', 'Services were rated good in 2020.'], 'undated'],
		['"five years since"', ['Five years since the 2014 inspection, the service is now rated good.'], '~2019'],
		['"years after" with two possible anchors', ['The service was rated inadequate in 2012 and in 2016.', 'Two years after the council was warned, the service has improved.'], 'undated'],
		['a past-tense "years after" is only a lower bound', ['Three years after the 2012 report, the council was rated good.'], 'undated'],
		['a scheduled date and a past one', ['Services were rated inadequate in November 2019.', 'A decision on the future of the service is expected in March 2020.'], '~2020'],
		['a deadline is no scheduled date', ['Services were rated inadequate in March 2017.', 'The council has a target of the end of November 2019 for its new front door.'], 'undated'],
		['"by" a month is a deadline', ['Services were rated inadequate in March 2017.', 'The new hub will be operational by September 2018.'], 'undated'],
		['relative words only', ['Ofsted visited last week.', 'The council said it would respond on Monday.'], 'undated'],
		['a date after today is no evidence', ['The inspection in January 2030 will decide.'], 'undated'],
		['no dates at all', ['The council leader said he would not resign.'], 'undated'],
	];
	test.each(cases)('%s', (_name, paragraphs, expected) => {
		expect(formatDate(inferArticleDate(paragraphs, {today}))).toBe(expected);
	});

	test('the article cannot be later than today', () => {
		// Tuesday 5 March is 2019 and 2024; with today in 2020 only 2019 is possible.
		const d = inferArticleDate(['Ofsted inspectors will return on Tuesday March 5, after a report in 2017.'], {today: new Date('2020-01-01T00:00:00Z')});
		expect(formatDate(d)).toBe('2019');
	});

	test('an unknown answer says why', () => {
		expect(inferArticleDate(['Services were rated inadequate in 2012.'], {today}).basis).toContain('not before 2012-01-01');
		expect(inferArticleDate(['No dates here.'], {today}).basis).toBe('nothing in the text dates the article');
	});
});

test('"in March last year", "in September next year": the month of the year before or after the article’s', () => {
	const ref = statedDate('2024-10-02');
	const values = (s: string) => findDates(s, ref, {today: new Date('2026-01-01')}).map((d) => `${d.text}=${d.date.value}${d.date.approximate ? '~' : ''}`);
	expect(values('Ofsted visited in March last year and again earlier this year.')).toEqual(['in March last year=2023-03', 'earlier this year=2024']);
	expect(values('Inspectors will return in September next year.')).toEqual(['in September next year=2025-09']);
	expect(values('The board met in May this year.')).toEqual(['in May this year=2024-05']);
});

test('"last summer", "next spring": the year of that season before or after the article, approximately; "on 3 March last year" keeps its day', () => {
	const ref = statedDate('2024-10-02');
	const values = (s: string) => findDates(s, ref, {today: new Date('2026-01-01')}).map((d) => `${d.text}=${d.date.value}${d.date.approximate ? '~' : ''}`);
	expect(values('Ofsted visited last summer.')).toEqual(['last summer=2024~']);
	expect(values('Last autumn inspectors returned.')).toEqual(['Last autumn=2023~']);
	expect(values('A visit is expected next spring.')).toEqual(['next spring=2025~']);
	expect(values('On 3 March last year the notice was issued.')).toEqual(['On 3 March last year=2023-03-03']);
});

test('"in the spring" without a year: the season on the side its tense gives, as a year, approximately; "a fortnight ago" is two weeks', () => {
	const ref = statedDate('2024-02-10');
	const values = (s: string) => findDates(s, ref, {today: new Date('2026-01-01')}).map((d) => `${d.text}=${d.date.value}${d.date.approximate ? '~' : ''}`);
	expect(values('Inspectors visited in the autumn.')).toEqual(['in the autumn=2023~']);
	expect(values('A full inspection is likely in the spring.')).toEqual(['in the spring=2024~']);
	expect(values('The board will report over the summer.')).toEqual(['over the summer=2024~']);
	// The season a year is given for keeps that year.
	expect(values('Ofsted visited in the summer of 2019.')).toEqual(['in the summer of 2019=2019']);
	expect(values('The notice was issued a fortnight ago.')).toEqual(['a fortnight ago=2024-01-27~']);
});

test('"late-2019", "early-2020" with a hyphen are years like "mid-2018"; "2012-2015" stays two years', () => {
	const ref = statedDate('2024-02-10');
	const values = (s: string) => findDates(s, ref, {today: new Date('2026-01-01')}).map((d) => `${d.text}=${d.date.value}`);
	expect(values('Inspectors found this during their late-2019 visit.')).toEqual(['late-2019=2019']);
	expect(values('An early-2020 visit followed.')).toEqual(['early-2020=2020']);
	expect(values('The 2012-2015 period was hard.')).toEqual(['2012=2012', '2015=2015']);
});
