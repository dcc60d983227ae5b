/** Which date in a sentence is an event's: the attachments that take more than the nearest date. */
import {expect, test} from 'vitest';
import {inspectionsOwnDate} from '../../source/ingest/event-date-ties.js';
import {article} from './article.js';

const published = '2024-03-14'; // a Thursday
const lede = 'Bury Council’s children’s services are under scrutiny.';
/** "type[/rating] value" with a leading '~' for an approximate date; "undated" when there is none. */
const brief = (...paragraphs: string[]) =>
	article(published, lede, ...paragraphs).events.map((e) => `${e.type}${e.rating ? `/${e.rating}` : ''} ${e.date.value === null ? 'undated' : (e.date.approximate ? '~' : '') + e.date.value}`);

test('"visited on 8 February, when it was given the lowest grade": the grade is the visit’s day, however recent', () => {
	expect(brief('The home was visited by inspectors on 8 February, when it was given the lowest grade in every area.')).toContain('inspection-judgement/inadequate 2024-02-08');
	expect(brief('Inspectors went to the home on 8 February, when they rated it inadequate.')).toContain('inspection-judgement/inadequate 2024-02-08');
});

test('a grade after a recent visit, not tied to its day, is the report’s news', () => {
	expect(brief('The home was visited by inspectors on 8 February and has now been rated inadequate.')).not.toContain('inspection-judgement/inadequate 2024-02-08');
});

test('"from the inadequate given in 2012 and 2014 to requires improvement": the listed years are the old grade’s', () => {
	const got = brief('Inspectors have lifted the council from the ‘inadequate’ given in 2012 and 2014 to ‘requires improvement’.');
	expect(got).toEqual(expect.arrayContaining(['inspection-judgement/inadequate 2012', 'inspection-judgement/inadequate 2014']));
	expect(got.filter((e) => e.startsWith('inspection-judgement/requires improvement 201'))).toEqual([]);
	expect(brief('The service was rated inadequate in 2012 and 2014 but good in 2019.')).toEqual(['inspection-judgement/inadequate 2012', 'inspection-judgement/inadequate 2014', 'inspection-judgement/good 2019']);
});

test('"carried out their fourth monitoring visit in June": the visit named again after its verb keeps the date', () => {
	expect(brief('Government inspectors carried out their fourth monitoring visit in February, noting improvements for children in care.')).toContain('inspection-visit 2024-02');
	// Another inspection, named after what the visit found, keeps its own date.
	expect(brief('A re-visit by Ofsted has found progress on the weaknesses identified at its inspection in 2018.')).not.toContain('inspection-visit 2018');
});

test('"had given the same rating in 2017", "the same verdict as in 2017": the grade just told, on that date', () => {
	expect(brief('Ofsted rated the service good.', 'Inspectors had given the same rating in 2017.')).toContain('inspection-judgement/good 2017');
	expect(brief('Ofsted rated the service good. It was the same verdict as in 2017.')).toContain('inspection-judgement/good 2017');
});

test('"an inspection in February, which rated the service inadequate": the grade is that inspection’s', () => {
	expect(brief('She oversaw the response to an inspection in February, which rated the service inadequate.')).toContain('inspection-judgement/inadequate 2024-02');
});

test('"In February inspectors returned ... and this month they published a report rating ...": two clauses, each its date', () => {
	expect(brief('In February inspectors returned for a week and this month they published a report rating the council outstanding.')).toEqual(['inspection-visit 2024-02', 'inspection-judgement/outstanding 2024-03']);
});

test('a date in an if-clause is its own events’, not the main clause’s', () => {
	const got = article(published, lede, 'Opposition councillors say they will seek a vote of no confidence in the cabinet if the council fails to publish its improvement plan by Christmas.').events;
	const vote = got.find((e) => e.type === 'no-confidence-vote');
	expect(vote?.date.basis).not.toMatch(/Christmas/);
	expect(got.find((e) => e.type === 'improvement-plan')?.date.value).toBe('2024-12');
});

test('"X, last inspected in 2019, expects Ofsted to return within months": the aside’s year is not the visit to come', () => {
	const got = brief('The council, last inspected in 2019, expects Ofsted to return for a full inspection within the coming months.');
	expect(got).not.toContain('inspection-visit 2019');
	// A notice imposed years ago and lifted soon is still the notice of that year.
	expect(brief('The improvement notice imposed in 2015 will be lifted next month.')).toContain('improvement-notice 2015');
});

test('"not expected to return until 2026": what will not happen before a date happens then', () => {
	expect(brief('Ofsted is not expected to return for a full inspection until 2025.')).toContain('inspection-visit 2025');
	// Without the negation, "until" ends a span: not the event's date.
	expect(brief('The council will stay under an improvement notice until 2025.')).not.toContain('improvement-notice 2025');
});

test('"Three years after the July 2012 report rated it inadequate, the notice was lifted": the lifting is about 2015', () => {
	const got = brief('Three years after the July 2012 report rated it inadequate, the notice was lifted.');
	expect(got).toContain('inspection-judgement/inadequate 2012-07');
	expect(got).toContain('improvement-notice-lifted ~2015');
	expect(brief('A year after the March 2015 inspection, a commissioner was appointed.')).toContain('commissioner-appointed ~2016');
});

test('"The notice, dated 18 January, requires ... by the end of April": a notice with its own day gone by is no plan', () => {
	const got = article(published, lede, 'The notice, dated 18 January, requires the council to hand the department an improvement plan by the end of April.').events;
	expect(got.find((e) => e.type === 'improvement-notice')).toMatchObject({date: {value: '2024-01-18'}});
	expect(got.find((e) => e.type === 'improvement-notice')?.status).toBeUndefined();
	expect(got.find((e) => e.type === 'improvement-plan')?.status).toBe('planned');
});

test('a grade told in a since-clause is no later than the date outside it, not on it', () => {
	const got = article(published, lede, 'In February, Ofsted carried out its fifth monitoring visit since the council was rated inadequate.').events;
	expect(got.find((e) => e.type === 'inspection-visit')?.date).toMatchObject({value: '2024-02', approximate: false});
	expect(got.find((e) => e.type === 'inspection-judgement')?.date.approximate).toBe(true);
});

test('"... an improvement notice followed. It was lifted in 2021.": the lifting of the notice the sentence before named', () => {
	expect(brief('The council was rated inadequate in 2018, and an improvement notice followed. It was lifted in 2021.')).toContain('improvement-notice-lifted 2021');
	expect(brief('The report was published in 2018. It was lifted from the shelf in 2021.').filter((e) => e.startsWith('improvement-notice-lifted'))).toEqual([]);
});

test('"rated inadequate in 2018, and an improvement notice followed": the notice of that episode, about 2018', () => {
	expect(brief('The council was rated inadequate in 2018, and an improvement notice followed.')).toContain('improvement-notice ~2018');
});

test('only the "until" a negation governs dates the event: "stays under a notice until 2025, and Ofsted is not due back until 2025"', () => {
	const got = brief('The council will stay under an improvement notice until 2025, and Ofsted is not due back until 2025.');
	expect(got).not.toContain('improvement-notice 2025');
	expect(got).toContain('inspection-visit 2025');
});

test('", and I have asked the improvement board to report": a new clause with its own subject keeps the plan’s deadline', () => {
	const got = brief('I expect the council to set out, by 28 April, a revised improvement plan, and I have asked the improvement board to report to me every month.');
	expect(got).toContain('improvement-plan ~2024-04-28');
	expect(got).not.toContain('improvement-board 2024-04-28');
});

test('"the inspection in 2012 which found it inadequate the DfE issued a notice in April 2013": the grade is the inspection’s, the later date the notice’s', () => {
	const got = brief('Following the Ofsted inspection in 2012 which found the council inadequate the DfE issued an improvement notice in April 2013.');
	expect(got).toEqual(expect.arrayContaining(['inspection-judgement/inadequate ~2012', 'improvement-notice 2013-04']));
	expect(got).not.toContain('inspection-judgement/inadequate 2013-04');
	expect(brief('After the 2012 inspection that found the council inadequate, the DfE issued a notice in June 2013.')).toContain('inspection-judgement/inadequate 2012');
});

test('"which were previously rated ‘good’ and ‘adequate’, ... in a programme due to end by November": past grades, not planned ones', () => {
	const got = article(published, lede, 'Bury and Wigan, which were previously rated ‘good’ and ‘adequate’ respectively, are among councils inspected in a programme due to end by November 2024.').events.filter((e) => e.type === 'inspection-judgement');
	expect(got.map((e) => [e.rating, e.status ?? 'happened', e.date.value])).toEqual([
		['good', 'happened', null],
		['adequate', 'happened', null],
	]);
});

test('"... served a notice early the following year. / The department was then placed under scrutiny ...": the history moves on to the year reckoned', () => {
	const got = article('2018-02-09', 'Bolton’s children’s services now require improvement, Ofsted said today.', 'The department had been rated inadequate in the autumn of 2014, and the Government served an improvement notice early the following year.', 'The department was then placed under close Government scrutiny, with an independent chair appointed to a new improvement board.').events;
	expect(got.find((e) => e.type === 'improvement-notice')?.date.value).toBe('2015');
	expect(got.find((e) => e.type === 'improvement-board')?.date).toMatchObject({value: '2015', approximate: true});
});

test('"In the wake of that judgement, it drew up an improvement plan": the judgement told before dates it', () => {
	expect(brief('Ofsted rated the council inadequate in 2019.', 'In the wake of that judgement, it drew up an improvement plan.')).toContain('improvement-plan ~2019');
});

test('"The judgement from that inspection was ‘good’, as was the one from the previous inspection in 2013": two grades, each its date', () => {
	expect(brief('Ofsted inspected the council in January 2024.', 'The judgement from that inspection was ‘good’, as was the one from the previous inspection in 2013.')).toEqual(expect.arrayContaining(['inspection-judgement/good ~2024-01', 'inspection-judgement/good 2013']));
});

test('"issued with a notice in March and an improvement board ... has met monthly since April": the board’s own start', () => {
	const got = brief('The council was issued with an improvement notice in January and an improvement board, chaired by a former director, has met monthly since February.');
	expect(got).toContain('improvement-notice 2024-01');
	expect(got).toContain('improvement-board ~2024-02');
});

test('"In May last year the government issued a notice after Ofsted rated it inadequate": the grade is that year’s, not the article’s news', () => {
	const got = article('2019-03-07', 'Haringey’s children’s services are under scrutiny.', 'In May last year the government issued an improvement notice after Ofsted rated children’s services inadequate overall.').events.find((e) => e.type === 'inspection-judgement');
	expect(got?.date).toMatchObject({value: '2018', approximate: true});
});

test('"... the following spring rated it inadequate. The DfE served a notice that summer": that summer is the spring’s year', () => {
	expect(brief('An inspection in 2011 found areas for priority action, and a full inspection the following spring rated safeguarding inadequate. The Department for Education served an improvement notice that summer.')).toContain('improvement-notice ~2012');
});

test('"The notice issued in 2010 was lifted two years later": the step after the lifting counts from the notice’s year', () => {
	const got = brief('The improvement notice issued to the council in 2010 was lifted two years later.');
	expect(got).toEqual(expect.arrayContaining(['improvement-notice 2010', 'improvement-notice-lifted ~2012']));
	expect(brief('The council was rated inadequate in March 2019 and was rated good three years later.')).toEqual(expect.arrayContaining(['inspection-judgement/inadequate 2019-03', 'inspection-judgement/good ~2022']));
});

test('"had met its targets by the end of last year and the notice would be lifted in April": the lifting’s own clause and date', () => {
	const got = brief('The council was issued with an improvement notice in 2022.', 'Ministers said the council had met its targets by the end of last year and the notice would be lifted in April.');
	expect(got).toContain('improvement-notice-lifted 2024-04');
	expect(got).not.toContain('improvement-notice-lifted 2023');
});

test('"The Ofsted report ... will be discussed by the scrutiny committee on Thursday": the meeting’s day, not the grade’s', () => {
	const got = brief('The Ofsted report rating the service inadequate will be discussed by the scrutiny committee on Thursday.');
	expect(got.filter((e) => e.startsWith('inspection-judgement'))).toEqual(['inspection-judgement/inadequate ~2024-03-14']);
	expect(brief('The report, which found the service inadequate, was considered by cabinet on Monday.')).not.toContain('inspection-judgement/inadequate 2024-03-11');
});

test('"judged good at its inspection in February", "at the end of their visit on 8 February": the grade and the visit of that day', () => {
	expect(brief('The council’s adoption service, which was judged good at its inspection in February, still has too few adopters.')).toContain('inspection-judgement/good 2024-02');
	const got = brief('Inspectors awarded the fostering service a good rating at the end of their visit on 8 February.');
	expect(got).toEqual(expect.arrayContaining(['inspection-judgement/good 2024-02-08', 'inspection-visit 2024-02-08']));
	// Not "after": a grade told after a visit is the report's news (see above).
	expect(brief('The home was rated good after a visit in February.')).not.toContain('inspection-judgement/good 2024-02');
});

test('"a revised notice followed a year later"; "refused to step down despite a petition calling on her to go"', () => {
	expect(brief('The DfE issued an improvement notice in April 2022; a revised notice followed a year later.')).toEqual(expect.arrayContaining(['improvement-notice 2022-04', 'improvement-notice ~2023']));
	expect(brief('The cabinet member has refused to step down despite a petition calling on her to go.')).toEqual(expect.arrayContaining([expect.stringMatching(/^resignation-refused /), expect.stringMatching(/^resignation-call /)]));
});

test('"The notice placed on the council in 2021 has now been withdrawn": the year is the notice’s, not the withdrawal’s', () => {
	const got = brief('The improvement notice placed on Bury council in 2021 has now been withdrawn after a positive inspection.');
	expect(got).toContain('improvement-notice 2021');
	expect(got).not.toContain('improvement-notice-lifted 2021');
	// Its own date after the verb stays its own.
	expect(brief('The improvement notice imposed in 2021 was lifted in January.')).toContain('improvement-notice-lifted 2024-01');
});

test('"the plan, which answered the findings of the inspection of its services in July 2022, had been refreshed": the inspection’s date', () => {
	expect(brief('Councillors heard that the improvement plan, which responded to the findings of the inspection of children’s services in July 2022, had been refreshed.')).not.toContain('improvement-plan 2022-07');
	// After the inspection, the event may be reckoned from it: the date is not the inspection's alone.
	const dateIn = (s: string, words: string) => ({start: s.indexOf(words), end: s.indexOf(words) + words.length, text: words, date: {value: '2022-07', precision: 'month' as const, approximate: false, basis: ''}});
	const after = 'Ministers acted after the inspection in July 2022.';
	expect(inspectionsOwnDate(after, dateIn(after, 'in July 2022'))).toBe(false);
	const own = 'The plan answered the inspection of its services in July 2022.';
	expect(inspectionsOwnDate(own, dateIn(own, 'in July 2022'))).toBe(true);
});

test('"Inspectors have lifted Bury’s ‘inadequate’ rating": the grade it left is no news of today', () => {
	expect(brief('Inspectors have lifted Bury’s ‘inadequate’ rating after a year of steady work.')).not.toContain('inspection-judgement/inadequate ~2024-03-14');
});

test('"appointed in January to carry out a review and report back", "traced back to early 2013": neither is the report’s date', () => {
	const got = brief('Bury’s commissioner, Kim Hart, was appointed in January to carry out a review and report back to ministers.', 'In her report, Ms Hart said the troubles could be traced back to early 2013, when the old director left.');
	expect(got).toContain('commissioner-appointed 2024-01');
	expect(got.filter((e) => e.startsWith('commissioner-report'))).not.toEqual(expect.arrayContaining([expect.stringMatching(/ (2024-01|2013)$/)]));
});

test('"services still ‘require improvement’, inspectors praised work on problems found at its last inspection in 2016": not a grade of 2016', () => {
	expect(brief('Although children’s services at Bury Council still ‘require improvement’, inspectors praised work to tackle problems found at its last inspection in 2016.')).not.toContain('inspection-judgement/requires improvement 2016');
	expect(brief('Bury was still rated inadequate in 2016.')).toContain('inspection-judgement/inadequate 2016');
});

test('"judged its safeguarding adequate, lifting the council out of the bottom category it entered in 2009": the grade is news, 2009 the old one’s', () => {
	const got = article('2012-05-18', 'Surrey County Council’s children’s services are no longer inadequate after Ofsted judged its safeguarding adequate, lifting the council out of the bottom category it entered in 2009.').events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating} ${e.date.approximate ? '~' : ''}${e.date.value}`);
	expect(got).toContain('adequate ~2012-05-18');
	expect(got).not.toContain('adequate 2009');
});

test('"The last inspection was in June 2012. It was judged good.": the inspection told just before dates the grade', () => {
	expect(brief('The last inspection of Bury’s services was in June 2012. It was judged good.')).toContain('inspection-judgement/good ~2012-06');
	expect(brief('The council met in June 2012. It was judged good.')).not.toContain('inspection-judgement/good ~2012-06');
});

test('"carried out a two-week inspection in January and has upgraded the council to good": the grade is the news, January the visit’s', () => {
	const got = brief('Ofsted carried out a full two-week inspection of Bury’s children’s services in January and has upgraded the council to ‘good’.');
	expect(got).toEqual(expect.arrayContaining(['inspection-visit 2024-01', 'inspection-judgement/good ~2024-03-14']));
});
