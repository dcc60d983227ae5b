/**
 * Sentence shapes that blind readings of real pages showed: where an event's date comes from when the sentence holds
 * another one (a deadline of a purpose, an inspection whose outcome the sentence gives, an inspection dated in the
 * sentence after it), a statistic beside a council's own grade, and words that name people rather than events.
 * Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {article} from './article.js';

type Events = ReturnType<typeof article>['events'];
const when = (d: Events[number]['date']) => (d.value === null ? 'undated' : (d.approximate ? '~' : '') + d.value);
/** The events of a page that prints no date of its own. */
const onUndatedPage = (...paragraphs: string[]) => extractArticle(`title: Council news\n\n${paragraphs.join('\n\n')}\n`, {today: new Date('2026-11-22T12:00:00Z')}).events;
const brief = (published: string, ...paragraphs: string[]) => article(published, 'Children’s services in Rutland are under scrutiny.', ...paragraphs).events.map((e) => `${e.type}${e.rating ? ` ${e.rating}` : ''} ${when(e.date)}`);

test('"a board to oversee its plan by June 2025": the deadline is the plan’s, not the board’s date', () => {
	const events = brief('2025-02-10', 'The notice requires Rutland County Council to keep an improvement board to oversee its plan by June 2025.');
	expect(events.filter((e) => e.startsWith('improvement-board'))).toEqual(['improvement-board ~2025-02-10']);
	// A plan due by a date is still that plan's date.
	expect(brief('2025-02-10', 'Rutland must submit an improvement plan by the end of March.')).toContain('improvement-plan ~2025-03');
	expect(brief('2025-02-10', 'Rutland’s improvement plan is to be submitted by June 2025.')).toContain('improvement-plan ~2025-06');
});

test('"The inspection in May 2016 resulted in a rating of good": history, dated about the inspection', () => {
	expect(brief('2019-10-01', 'The inspection in May 2016 resulted in a rating of good for Bolton.')).toContain('inspection-judgement good ~2016-05');
	expect(brief('2019-10-01', 'An inspection of Bolton’s services in March 2014, resulted in a judgement of inadequate.')).toContain('inspection-judgement inadequate ~2014-03');
	// A recent one is the news of the day, dated by the article.
	expect(brief('2016-07-01', 'The inspection in May 2016 resulted in a rating of good for Bolton.')).toContain('inspection-judgement good ~2016-07-01');
});

test('"promised to accelerate its improvement plans": plans in the plural are the council’s plan', () => {
	expect(brief('2019-10-01', 'Rutland County Council has promised to accelerate its improvement plans following the inspection.')).toContain('improvement-plan ~2019-10-01');
});

test('"a joint inspection ... It started on 3 March": the inspection dated by the sentence after it', () => {
	expect(brief('2024-04-20', 'Ofsted took part in a joint inspection of child protection in Bolton. It started on 3 March and was completed on 14 March 2024.')).toContain('inspection-visit 2024-03-03');
	// A council that "began" something is not an inspection.
	expect(brief('2024-04-20', 'Bolton council was inspected last year. It began a new plan in June.').filter((e) => e.startsWith('inspection-visit 2023-06') || e.startsWith('inspection-visit 2024-06'))).toEqual([]);
	// Nor is the report the sentence before named.
	expect(brief('2024-04-20', 'The council published its inspection report. It began in earnest last week.').filter((e) => e.startsWith('inspection-visit'))).toEqual([]);
});

test('"will deliver her verdict to the minister by 12 December": "to" a person is no purpose, the date stays the report’s', () => {
	expect(brief('2022-10-10', 'Rutland’s commissioner, Jo Brazil, will deliver her verdict to the education secretary by 12 December.')).toContain('commissioner-report ~2022-12-12');
	expect(brief('2022-10-10', 'The commissioner will report to Rutland by 30 November.')).toContain('commissioner-report ~2022-11-30');
});

test('"60 per cent of councils have been judged inadequate, and Wigan was rated good": the statistic is others\u2019, the grade Wigan\u2019s', () => {
	const events = brief('2019-05-01', 'Nationally, 60 per cent of councils have been judged inadequate or requiring improvement, and Wigan Council was rated good.');
	expect(events.filter((e) => e.startsWith('inspection-judgement'))).toEqual([expect.stringMatching(/^inspection-judgement good /)]);
	// The statistic alone gives no grade to anyone.
	expect(brief('2019-05-01', 'Nationally, 60 per cent of councils have been judged inadequate or requiring improvement.').filter((e) => e.startsWith('inspection-judgement'))).toEqual([]);
});

test('"take back services from government-appointed commissioners": who they are, not an appointment', () => {
	expect(brief('2019-05-01', 'Stockport Council is to take back the running of some services from government-appointed commissioners.').filter((e) => e.startsWith('commissioner-appointed'))).toEqual([]);
	expect(brief('2019-05-01', 'The plan was agreed with the government appointed commissioner, Jo Bloggs.').filter((e) => e.startsWith('commissioner-appointed'))).toEqual([]);
	expect(brief('2019-05-01', 'The government has appointed a commissioner for Stockport.').filter((e) => e.startsWith('commissioner-appointed'))).toHaveLength(1);
});

test('"the watchdog found services had deteriorated", "inspectors monitoring the service said": a report and a visit', () => {
	const events = brief('2021-05-01', 'In November 2019, the watchdog found Wigan Council’s children’s services had deteriorated.', 'In March last year inspectors monitoring Wigan’s service said it was still improving.');
	expect(events).toContain('inspection-judgement ~2019-11');
	expect(events).toContain('inspection-visit 2020-03');
});

test('"cabinet member for children since 2012, offered to stand down": a time in post starts no history for the next sentence', () => {
	const events = brief('2015-07-08', 'Rutland’s children’s services have been rated inadequate.', 'The director, Amy Roe, and Cllr Dan Ash, cabinet member for children since 2012, both offered to stand down after the report was published.', 'The council leader declined to accept either offer.');
	expect(events).toContain('resignation-refused ~2015-07-08');
	// A year the history tells still carries on: "In 2012 the council was rated inadequate. The director resigned."
	expect(brief('2015-07-08', 'In 2012 Ofsted rated Rutland inadequate.', 'The director resigned weeks later.')).toContain('resignation ~2012');
});

test('"An Ofsted inspection took place from 3 to 14 June 2022. Ofsted judged the services inadequate.": the grade dated about that inspection', () => {
	expect(brief('2023-09-01', 'An Ofsted inspection of Bolton’s children’s services took place from 3 to 14 June 2022.', 'Ofsted judged the services to be inadequate.')).toContain('inspection-judgement inadequate ~2022-06-03');
	// Told as today's news, an inspection weeks before is the one behind the report: the article's date.
	expect(brief('2022-07-20', 'An Ofsted inspection of Bolton’s children’s services took place from 3 to 14 June 2022.', 'Ofsted judged the services to be inadequate.')).toContain('inspection-judgement inadequate ~2022-07-20');
});

test('"good with some \'outstanding\' features", "with \'good\' as the next category to aim for": one grade', () => {
	const grades = (...p: string[]) => brief('2019-05-01', ...p).filter((e) => e.startsWith('inspection-judgement')).map((e) => e.split(' ').slice(1, -1).join(' '));
	expect(grades('Children’s services at Bolton are \'good\' with some \'outstanding\' features, inspectors said.')).toEqual(['good']);
	expect(grades('Their overall verdict was that services in Bolton \'require improvement to be good\' – a step up from \'inadequate\' with \'good\' as the next category to aim for.')).toEqual(['requires improvement', 'inadequate']);
	// A list of every grade is the scale explained, no grade given.
	expect(grades('Councils in England are rated outstanding, good, requires improvement to be good or inadequate.')).toEqual([]);
	// "working to transform its services from inadequate to good": the good is aimed at.
	expect(grades('Bolton is working with partners to transform its children’s services from inadequate to good rapidly.')).not.toContain('good');
});

test('required "improvement to be good", with "the same rating in 2017" on a page with no date: two judgements', () => {
	const events = onUndatedPage('Ofsted found Bolton Council’s children’s services required "improvement to be good". Inspectors had given the same rating to the council in 2017.');
	expect(events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating} ${when(e.date)}`)).toEqual(['requires improvement undated', 'requires improvement 2017']);
});

test('what a notice is, and notices and interventions in fewer words', () => {
	expect(brief('2019-05-01', 'Bolton Council is working on its services. An improvement notice is a formal warning issued by the Department for Education to councils.').filter((e) => e.startsWith('improvement-notice'))).toEqual([]);
	expect(brief('2019-05-01', 'In February 2012 the council was served with improvement notice by government.')).toContain('improvement-notice 2012-02');
	expect(brief('2023-05-01', 'Bolton Council came under government intervention in 2021 after inspectors found children were not protected.')).toContain('improvement-notice 2021');
});

test('departures in other words: "lost his role as", "following the departure of", "mass resignations"', () => {
	const departures = (text: string) => brief('2019-05-01', text).filter((e) => e.startsWith('resignation '));
	expect(departures('Councillor Tom Reed has lost his role as cabinet member for children at Bolton Council and will be replaced.')).toHaveLength(1);
	expect(departures('Bolton Council has been without a director of children’s services following the departure of Sam Price in March.')).toEqual(['resignation 2019-03']);
	expect(departures('The abuse scandal at Bolton Council led to mass resignations.')).toHaveLength(1);
});

test('"After ... receiving three monitoring visits, Rutland was rated good in May 2024": the visits are not dated by the main clause', () => {
	const events = brief('2024-06-10', 'After putting an improvement plan in place and receiving three monitoring visits, Rutland’s children’s services were rated good in May 2024.');
	expect(events).toContain('inspection-judgement good 2024-05');
	// No date the text gives them: at most the article's, approximate.
	expect(events.filter((e) => e.startsWith('inspection-visit'))).toEqual(['inspection-visit ~2024-06-10']);
});

test('"At the time of her appointment the service was rated good": a grade before, not the news of the day', () => {
	const events = brief('2019-06-07', 'Ofsted has rated Bolton Council’s children’s services inadequate in a report published today.', 'Councillor Ann Vale took on the children’s portfolio in 2012. At the time of her appointment the service was rated "good" by Ofsted.');
	expect(events).toContain('inspection-judgement inadequate 2019-06-07');
	expect(events).toContain('inspection-judgement good undated');
});

test('"rated inadequate in May 2019 and was issued with an improvement notice in July 2019": each its own date', () => {
	const events = brief('2020-01-10', 'Rutland Council was rated inadequate in May 2019 and was issued with an improvement notice in July 2019.');
	expect(events).toContain('inspection-judgement inadequate 2019-05');
	expect(events).toContain('improvement-notice 2019-07');
});

test('a quoted report or motion that says a grade was given in a year states history: its judgements are read', () => {
	const quoted = brief('2020-01-10', 'The motion said: "Rutland Council was rated inadequate by Ofsted in May 2019 and was issued with an improvement notice in July 2019."');
	expect(quoted).toContain('inspection-judgement inadequate 2019-05');
	expect(quoted).toContain('improvement-notice 2019-07');
	expect(brief('2020-01-10', 'The report said: "Services at Rutland were judged inadequate in 2016 and again in 2018, but leaders have since improved practice."')).toEqual(expect.arrayContaining(['inspection-judgement inadequate 2016', 'inspection-judgement inadequate 2018']));
	// A grade claimed without a year stays the speaker's claim.
	expect(brief('2020-01-10', 'The leader said: "Our services are good and we have a strong improvement plan in place."').filter((e) => e.startsWith('inspection-judgement'))).toEqual([]);
	// Nor does a modal make a fact: "may" in lower case is one, "May" a month.
	expect(brief('2020-01-10', 'She said: "Rutland may be issued with an improvement notice in June."').filter((e) => e.startsWith('improvement-notice'))).toEqual([]);
});

test('"sent to help Rutland after its services were rated inadequate": "its" is Rutland, not the helper named first', () => {
	const events = article('2019-05-01', 'A team from Luton Council has been sent to help Rutland Council after its children’s services were rated inadequate by Ofsted.').events;
	expect(events.filter((e) => e.type === 'inspection-judgement').map((e) => e.authority)).toEqual(['Rutland']);
});

test('"control of children’s services will be returned to the council on 1 October 2019": the end of intervention, planned', () => {
	const events = article('2019-08-01', 'The Secretary of State said control of children’s services will be returned to Thurrock Council on 1 October 2019.').events;
	expect(events.map((e) => `${e.type} ${e.status ?? 'happened'} ${when(e.date)}`)).toContain('improvement-notice-lifted planned 2019-10-01');
});

test('a headline\'s grade beside the body\'s "rated inadequate since 2015" on a page with no date: the news and the history', () => {
	const events = extractArticle('title: Rutland children’s services \'inadequate\' says Ofsted\n\nSerious failures at Rutland County Council continue to leave children at risk, inspectors found.\n\nThe department has been rated inadequate since 2015.\n', {today: new Date('2026-11-22T12:00:00Z')}).events;
	expect(events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating} ${when(e.date)}`).sort()).toEqual(['inadequate 2015', 'inadequate undated']);
});

test('"rated requires improvement, although its adoption service was judged outstanding": one overall grade; a service graded alone stays', () => {
	const grades = (text: string) => article('2019-05-01', text).events.filter((e) => e.type === 'inspection-judgement').map((e) => e.rating);
	expect(grades('Ofsted rated Thurrock Council’s children’s services as requires improvement, although its adoption service was judged outstanding.')).toEqual(['requires improvement']);
	expect(grades('Ofsted rated Bolton good overall, while some aspects of its practice were deemed outstanding.')).toEqual(['good']);
	expect(grades('Thurrock Council’s fostering service was rated outstanding by Ofsted.')).toEqual(['outstanding']);
});

test('"published her review in 2013 and the leadership team stepped down": the resignation came then or later, about 2013', () => {
	const events = brief('2019-05-01', 'Professor Mills published her review of Rutland County Council in 2013 and the council’s senior leadership team stepped down.');
	expect(events).toContain('resignation ~2013');
	// Its own date stays stated.
	expect(brief('2019-05-01', 'The director resigned in June 2016 and the leader followed.')).toContain('resignation 2016-06');
});

test('"the leader must resign", "the cabinet member must be replaced": a call made, not planned', () => {
	const calls = (text: string) => article('2019-05-01', text).events.filter((e) => e.type === 'resignation-call').map((e) => `${e.status ?? 'happened'} ${when(e.date)}`);
	expect(calls('Labour said the leader of Rutland County Council must resign.')).toEqual(['happened ~2019-05-01']);
	expect(calls('Labour’s spokesperson said the cabinet member for children at Rutland County Council must be replaced.')).toEqual(['happened ~2019-05-01']);
	expect(calls('The leader of Rutland County Council said the old computer system should be replaced.')).toEqual([]);
	expect(calls('Labour will call for the leader of Rutland County Council to resign at next month’s meeting.')).toEqual(['planned 2019-06']);
});

test('"the lowest \'poor\' rating in 2010" in a list of years: the old bottom grade, with the others', () => {
	const events = brief('2016-05-01', 'Thurrock Council was rated \'requires improvement\' in 2015, \'adequate\' in 2012, the lowest \'poor\' rating in 2010, and \'inadequate\' in 2009.');
	expect(events.filter((e) => e.startsWith('inspection-judgement'))).toEqual(['inspection-judgement requires improvement 2015', 'inspection-judgement adequate 2012', 'inspection-judgement inadequate 2010', 'inspection-judgement inadequate 2009']);
});

test('"ahead of the next Ofsted monitoring visit": a visit to come', () => {
	const visits = article('2019-05-01', 'Rutland County Council is preparing a progress report ahead of the next Ofsted monitoring visit.').events.filter((e) => e.type === 'inspection-visit');
	expect(visits.map((e) => e.status)).toEqual(['planned']);
});

test('"Eight years ago the services were in special measures": the old name of the bottom grade, reckoned back', () => {
	expect(brief('2019-05-01', 'Eight years ago Thurrock Council’s children’s services were in special measures.')).toContain('inspection-judgement inadequate ~2011');
});

test('"The leader resigned on Monday. He was quickly followed by the cabinet member, Ann Lowe.": two departures, each its person', () => {
	const events = article('2024-04-02', 'Wigan Council leader Tom Price resigned on Monday over the Ofsted report. He was quickly followed by the cabinet member for children, Ann Lowe.').events;
	expect(events.filter((e) => e.type === 'resignation').map((e) => e.participants?.find((p) => p.role === 'by')?.name)).toEqual(['Tom Price', 'Ann Lowe']);
	// Not after a sentence about something else.
	expect(article('2024-04-02', 'Wigan Council was rated inadequate. It was followed by an improvement notice.').events.filter((e) => e.type === 'resignation')).toEqual([]);
});

test('"both offered their resignations, but the leader refused to accept them": offers refused, nobody went', () => {
	const kinds = (text: string) => article('2015-07-08', text).events.filter((e) => e.type.startsWith('resignation')).map((e) => e.type);
	expect(kinds('The chief executive and the cabinet member for children both offered their resignations, but the leader of Cumbria County Council refused to accept them.')).toEqual(['resignation-refused']);
	expect(kinds('The director offered his resignation, but the leader of Cumbria County Council refused to accept it.')).toEqual(['resignation-refused']);
	expect(kinds('The director offered his resignation, which the leader of Cumbria County Council accepted.')).toEqual(['resignation']);
});

test('visits named as nouns with their dates: "Luton\'s inspection in early March", "In visits to Wigan during May", "a short inspection ... between 21 March and 1 April 2022"', () => {
	const visits = (published: string, text: string) => article(published, text).events.filter((e) => e.type === 'inspection-visit').map((e) => when(e.date));
	expect(visits('2022-05-01', 'Luton’s inspection in early March was done remotely because of heavy snow.')).toEqual(['2022-03']);
	// Visits in the plural over two months: one each.
	expect(visits('2022-08-01', 'In visits to Wigan Council during May and June, inspectors found that caseloads had fallen.')).toEqual(['~2022-05', '~2022-06']);
	expect(visits('2022-05-01', 'The Deputy Director told the panel that Ofsted undertook a short inspection of Bolton Council’s children’s services between 21 March 2022 and 1 April 2022.')).toEqual(['2022-03-21']);
	expect(visits('2022-08-20', 'Results of Ofsted’s visit to Wigan Council, over two weeks in July, have been published today.')).toEqual(['2022-07']);
	// A coming one is a visit planned (read by the visit rules); a grade's own inspection told as history is none.
	expect(article('2022-05-01', 'Luton’s next inspection in June will be its first since 2019.').events.filter((e) => e.type === 'inspection-visit').map((e) => e.status)).toEqual(['planned']);
	expect(visits('2024-10-01', 'Bolton was rated inadequate overall after an inspection in the autumn of 2021.')).toEqual([]);
	// "seven monitoring visits between 2020 and 2023" are many, not one span.
	expect(visits('2024-07-01', 'Ofsted carried out seven monitoring visits of Bolton between 2020 and 2023.').length).toBeGreaterThan(1);
});

test('"Inspectors visited between 3 and 14 May and graded its services as requires improvement; the report was published today": the visit is May, the grade today', () => {
	const events = brief('2022-07-01', 'Inspectors visited Rutland County Council between 3 and 14 May and graded its children’s services as \'requires improvement\'. The report was published today.');
	expect(events).toContain('inspection-visit 2022-05-03');
	expect(events.filter((e) => e.startsWith('inspection-judgement'))).not.toContain('inspection-judgement requires improvement 2022-05-03');
	// "Ofsted visited Wigan in April and the newly published report rates it good": April is the visit's, not the report's.
	expect(brief('2023-06-20', 'Ofsted visited Wigan Council in April and the newly published report rates its children’s services \'good\'.')).toContain('inspection-judgement good ~2023-06-20');
});

test('grades nobody was given: "In no area was the council found to be outstanding", "judged inadequate under 12 headings, adequate under nine others"', () => {
	const grades = (text: string) => article('2019-05-01', text).events.filter((e) => e.type === 'inspection-judgement').map((e) => e.rating);
	expect(grades('Thurrock Council’s children’s services were rated \'good\' by Ofsted this week. In no area was the council found to be \'outstanding\'.')).toEqual(['good']);
	expect(grades('The report shows Luton Borough Council was judged \'inadequate\' under 12 headings, \'adequate\' under nine others and \'good\' under only three.')).toEqual([]);
});

test('"issued ... today due to poor performance": a cause, not a date to come; "Eight years on from being rated inadequate"', () => {
	expect(article('2019-05-01', 'A statutory direction was issued to Wigan Council today due to poor performance in children’s social care.').events.map((e) => `${e.type} ${e.status ?? 'happened'}`)).toEqual(['improvement-notice happened']);
	expect(brief('2016-05-01', 'Eight years on from being rated inadequate, Thurrock Council’s children’s services are now good, Ofsted says.')).toContain('inspection-judgement inadequate ~2008');
});

test('"An Ofsted report published earlier this month found ...": the news, not history; "got the same rating in 2017" the grade before', () => {
	const events = extractArticle('title: Somerset still requires improvement\n\nAn Ofsted report published earlier this month found that Somerset Council’s children’s services require improvement to be good.\n\nThe council got the same rating in 2017.\n', {today: new Date('2026-11-22T12:00:00Z')}).events;
	expect(events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating} ${when(e.date)}`)).toEqual(['requires improvement undated', 'requires improvement 2017']);
	// On a dated page, the report's day reckoned from the article's: the week before, whose days all fall in March.
	expect(brief('2024-03-20', 'An Ofsted report published last week found that Rutland’s children’s services require improvement to be good.')).toContain('inspection-judgement requires improvement ~2024-03');
});

test('"councillors agreed at last week\'s meeting to approve plans to spend £500,000": money agreed, not a plan', () => {
	const status = (text: string) => article('2025-09-19', text).events.filter((e) => e.type === 'funding').map((e) => e.status ?? 'happened');
	expect(status('To tackle the shortage, Luton councillors agreed at last week’s meeting to approve plans to spend £500,000 on two new children’s homes.')).toEqual(['happened']);
	expect(status('Luton councillors will vote next week on plans to spend £500,000 on two new children’s homes.')).toEqual(['planned']);
});
