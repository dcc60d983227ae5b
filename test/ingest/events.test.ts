import {describe, expect, test} from 'vitest';
import {isAfter, statedDate} from '../../source/corpus/date-value.js';
import {summarise} from '../../source/ingest/events.js';
import {extractArticle} from '../../source/ingest/extract.js';
import {article, today} from './article.js';

const published = '2024-03-14'; // a Thursday
const lede = 'Bury Council’s children’s services are under scrutiny.';
const events = (...paragraphs: string[]) => article(published, lede, ...paragraphs).events;
/** "type[/rating] value" with a leading '~' for an approximate date; "undated" when there is none. */
const brief = (...paragraphs: string[]) =>
	events(...paragraphs).map((e) => `${e.type}${e.rating ? `/${e.rating}` : ''} ${e.date.value === null ? 'undated' : (e.date.approximate ? '~' : '') + e.date.value}`);

describe('one sentence, one event of each type', () => {
	test('the lede alone reports nothing', () => {
		expect(events()).toEqual([]);
	});

	test.each([
		['Ofsted has judged the service inadequate after a two-week inspection.', 'inspection-judgement/inadequate'],
		["Inspectors judged the service 'requires improvement to be good'.", 'inspection-judgement/requires improvement'],
		['Neighbouring Wigan Council was rated outstanding by Ofsted in 2022.', 'inspection-judgement/outstanding'],
		['Ofsted inspectors carried out a monitoring visit in January.', 'inspection-visit'],
		['Opposition councillors have called on the leader to resign.', 'resignation-call'],
		['The leader has refused to stand down.', 'resignation-refused'],
		['The director of children’s services has resigned.', 'resignation'],
		['The director of children’s services resigned in June.', 'resignation'],
		['Councillors will debate a motion of no confidence in the leader.', 'no-confidence-vote'],
		['The Education Secretary has appointed a commissioner to review the service.', 'commissioner-appointed'],
		['The commissioner is expected to report back to ministers by the summer.', 'commissioner-report'],
		['The Government has issued the council with an improvement notice.', 'improvement-notice'],
		['The improvement notice has now been lifted.', 'improvement-notice-lifted'],
		['An improvement board, with an independent chair, will meet monthly.', 'improvement-board'],
		['Officers have drawn up a recovery plan.', 'improvement-plan'],
		['The council will spend an extra £4.2m on social workers.', 'funding'],
	])('%j → %s', (sentence, expected) => {
		expect(events(sentence).map((e) => e.type + (e.rating ? `/${e.rating}` : ''))).toEqual([expected]);
	});

	test('an event names another authority only where its sentence does', () => {
		expect(events('Neighbouring Wigan Council was rated outstanding by Ofsted in 2022.', 'The leader has refused to stand down.').map((e) => e.authority)).toEqual(['Wigan', 'Bury']);
	});

	test('two authorities in one sentence: each clause’s grade is its own authority’s, and a report’s day only the one it names', () => {
		const got = events(
			'Ofsted rated Bury’s children’s services outstanding, while Wigan was judged good.',
			'A report published yesterday praised Bury Council’s care leavers’ service.',
		);
		expect(got.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.authority} ${e.rating} ${e.date.approximate ? '~' : ''}${e.date.value}`)).toEqual(['Bury outstanding 2024-03-13', 'Wigan good ~2024-03-14']);
	});

	test('a council’s own page is about that council; a grade told where the report’s publication is told takes its day', () => {
		const a = extractArticle(
			'url: https://democracy.reading.gov.uk/mgAi.aspx?ID=1\n\nAgenda item\n\nMembers discussed the youth justice inspection.\n\nThe inspectorate published its report on 4 March 2024. Overall the service was judged inadequate.\n',
			{today},
		);
		expect(a.authorities[0]).toBe('Reading');
		// A host that is not a council's whole name names none.
		expect(extractArticle('url: https://www.london.gov.uk/press-releases/x\n\nWigan Council’s children’s services were rated good.\n', {today}).authorities).toEqual(['Wigan']);
		expect(a.events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.authority} ${e.rating} ${e.date.value}`)).toEqual(['Reading inadequate 2024-03-04']);
	});

	test.each([
		['a grade nobody was given', 'None of the councils has been rated outstanding, the highest grade.'],
		['what someone says happened', 'Cllr Ann Lee said: “Ofsted rated us inadequate in 2022 and a commissioner was appointed.”'],
		['an aim', 'The council hopes to be rated good by the time inspectors return.'],
	])('no judgement from %s', (_label, sentence) => {
		expect(events(sentence).filter((e) => e.type === 'inspection-judgement')).toEqual([]);
	});

	test('who called for whom to go', () => {
		expect(events('Labour called for Cllr Ann Lee to resign on Wednesday.')[0]?.participants).toEqual([
			{name: 'Labour', role: 'by'},
			{name: 'Ann Lee', role: 'about'},
		]);
	});

	test('one event reported in two paragraphs is one event', () => {
		const [e, ...rest] = events('Cllr Ann Lee has resigned as leader.', 'Cllr Ann Lee resigned as leader after the vote.');
		expect(rest).toEqual([]);
		expect(e).toMatchObject({type: 'resignation', paragraph: 2, alsoIn: [3]});
	});
});

describe('dates reckoned from the article’s own date', () => {
	test.each([
		['Councillors called for the leader to resign on Wednesday.', 'resignation-call 2024-03-13'],
		['The council was issued with an improvement notice last month.', 'improvement-notice 2024-02'],
		['Ofsted inspectors visited in May.', 'inspection-visit 2023-05'],
		['A no-confidence motion against the leader is to be debated in April.', 'no-confidence-vote 2024-04'],
		['Ofsted’s report, which came out on Tuesday, graded the service inadequate.', 'inspection-judgement/inadequate 2024-03-12'],
		// News without a date of its own takes the article's date, approximately; a plan only its month.
		['The director of children’s services has resigned.', 'resignation ~2024-03-14'],
		['An improvement board will be set up to oversee the work.', 'improvement-board ~2024-03'],
	])('%j → %s', (sentence, expected) => {
		expect(brief(sentence)).toEqual([expected]);
	});

	test('a judgement without a date told as history stays undated', () => {
		expect(brief('Children’s services in Bury were previously rated good.')).toEqual(['inspection-judgement/good undated']);
	});

	test('a judgement told as the article’s news takes the article’s date, approximately, and says so', () => {
		const [e] = events('Ofsted has branded the service inadequate.');
		expect(e?.date).toMatchObject({value: published, precision: 'day', approximate: true});
		expect(e?.date.basis).toMatch(/reported as news in the article of 2024-03-14/);
		const [today] = events('Ofsted has today published its verdict, rating the service inadequate.');
		expect(today?.date).toMatchObject({value: published, approximate: false});
	});

	test('nothing is dated after the article unless the text schedules it', () => {
		const [past] = events('Ofsted inspectors visited Bury in May 2024.');
		expect(past?.date.value).not.toBe('2024-05');
		expect(isAfter(past!.date, statedDate(published))).toBe(false);
		expect(brief('Ofsted will carry out a full inspection in May 2024.')).toEqual(['inspection-visit 2024-05']);
	});

	test('a scheduled visit is not merged into last month’s visit', () => {
		const visits = events('Ofsted inspectors visited the council last month.', 'Inspectors will return for a monitoring visit later this year.').filter((e) => e.type === 'inspection-visit');
		expect(visits.map((e) => e.paragraph)).toEqual([2, 3]);
		expect(visits[0]?.date.value).toBe('2024-02');
	});
});

describe('"a month after": reckoned from the previous sentence', () => {
	test('"It came a month after X": X is a month before the previous sentence’s date', () => {
		expect(brief('A commissioner was appointed in June 2023. The appointment came a month after an improvement notice was issued to the council.')).toEqual([
			'commissioner-appointed 2023-06',
			'improvement-notice 2023-05',
		]);
	});

	test('"Two months after X, Y": Y comes after X, never before it', () => {
		const appointed = events('Ofsted rated the council inadequate in May 2023. Two months after the judgement, a commissioner was appointed.').find((e) => e.type === 'commissioner-appointed');
		expect([null, '2023-07']).toContain(appointed?.date.value);
	});
});

describe('summarise', () => {
	const long =
		'The council, which has been under pressure from parents, campaigners, the local MP, the regional press, two neighbouring authorities and a string of former employees for many months, has finally been served with an improvement notice by the Department for Education after a long and difficult year of delays.';

	test.each([
		['But the board has met only twice.', 'The board has met only twice.'],
		['However, the notice remains in force.', 'The notice remains in force.'],
		['  the   board   met. ', 'The board met.'],
	])('%j → %j', (sentence, expected) => {
		expect(summarise(sentence)).toBe(expected);
	});

	test('a long sentence keeps its start when the event is near it', () => {
		const s = summarise(long, 4);
		expect(s.startsWith('The council, which')).toBe(true);
		expect(s.endsWith('…')).toBe(true);
		expect(s.length).toBeLessThanOrEqual(241);
	});

	test('a long sentence is cut to a window around the event’s words', () => {
		const s = summarise(long, long.indexOf('improvement notice'));
		expect(s.startsWith('…')).toBe(true);
		expect(s).toContain('served with an improvement notice');
		expect(s.length).toBeLessThanOrEqual(242);
	});
});

describe('how newsrooms report a judgement and what follows it', () => {
	test.each([
		// A grade in quotation marks is the inspectorate's verdict, not somebody's words.
		['Services for vulnerable children run by Bury Council are "inadequate", the education watchdog has said.', ['inspection-judgement/inadequate ~2024-03-14']],
		// The present perfect reports the news; "from X to Y" keeps Y as the new grade and X as the old.
		['Bury Council’s children’s services have improved from ‘inadequate’ to ‘requires improvement’, Ofsted has said.', ['inspection-judgement/inadequate undated', 'inspection-judgement/requires improvement ~2024-03-14']],
		['Bury Council was given the lowest possible rating by Ofsted.', ['inspection-judgement/inadequate ~2024-03-14']],
		// A sentence that explains the scale gives nobody a grade; other councils' grades are not this one's.
		["Services are graded from 'outstanding' down to 'inadequate'.", []],
		['The council joins six other areas given the lowest outcome since January.', []],
		// A relative clause's date and tense belong to the clause: the plan was agreed, undated.
		['Service manager Priya Shah, who has led the service since 2021, said an action plan had been agreed.', ['improvement-plan ~2024-03-14']],
		['The DfE issued an improvement notice, under which officials will review progress every six months.', ['improvement-notice ~2024-03-14']],
		// A date after "imposed" is the imposing, not the lifting.
		['The Government has lifted the improvement notice imposed on Bury Council in 2019.', ['improvement-notice-lifted ~2024-03-14', 'improvement-notice 2019']],
		// The notice a lifting lifts can be the sentence's subject, split from it by an aside; the aside's date is the notice's.
		['Bury’s improvement notice, first issued in April 2013 after a 2012 inspection found services inadequate, has now been lifted following a review.', ['improvement-notice 2013-04', 'inspection-judgement/inadequate 2012', 'improvement-notice-lifted ~2024-03-14']],
		// A clause about the place that ends the sentence keeps its date; ", which will be debated on Wednesday" dates the vote.
		['The DfE has appointed a commissioner to Bury Council, where children’s services were rated inadequate last month.', ['inspection-judgement/inadequate 2024-02', 'commissioner-appointed ~2024-03-14']],
		['Conservatives have tabled a motion of no confidence in the leader, which will be debated on Wednesday (March 20).', ['no-confidence-vote 2024-03-20']],
		// A monitoring visit gives no grade: it is a visit of its own beside a judgement told as background.
		['Bury’s children’s services, rated inadequate last year, had their latest Ofsted monitoring visit in January.', ['inspection-judgement/inadequate 2023', 'inspection-visit 2024-01']],
		// The day a letter was published is not its visit's.
		['Ofsted’s latest monitoring visit to Bury found leaders had a grip on the front door, according to a letter published on Monday.', ['inspection-visit ~2024-03-14']],
		['Ofsted and CQC inspectors spent 11 to 15 December in Bury looking at support for children with SEND.', ['inspection-visit 2023-12-11']],
		// A change between two grades gives both, "overall" or not; the visit a clause dates after a verdict is a visit.
		['Bury has slipped from an overall “good” to “requires improvement”, Ofsted says.', ['inspection-judgement/good undated', 'inspection-judgement/requires improvement ~2024-03-14']],
		['Ofsted lowered Bury’s grade after a visit in January 2024, despite extra money.', ['inspection-visit 2024-01']],
		// An event "following" a dated one, with no date of its own, came about then.
		['Inspectors told Bury in May 2023 that its waiting lists were too long following a focused visit.', ['inspection-visit ~2023-05']],
		// The date inside a visit's own words is the visit's, not the commissioner's report's.
		['The commissioner’s report found the faults inspectors saw during their early-2022 visit to Bury were only part of the story.', ['commissioner-report ~2024-03-14', 'inspection-visit 2022']],
		// A grade from each inspection listed; a visit behind news that spanned two months is one visit.
		['Bury was judged to require improvement after inspections in 2014 and 2017.', ['inspection-judgement/requires improvement ~2014', 'inspection-judgement/requires improvement ~2017']],
		['Bury’s services have been raised to good after the inspectorate’s visit that ran through February and March this year.', ['inspection-judgement/good ~2024-03-14', 'inspection-visit 2024-02']],
		// An inspection "in September and October" is one visit, from its first month.
		['Probation inspectors visited Bury’s youth justice service in September and October 2022.', ['inspection-visit 2022-09']],
		// An inspection "undertaken" between two days; the first day takes the year printed after the second.
		['Members heard about the inspection which was undertaken by Ofsted between 24 January and 4 February 2011.', ['inspection-visit 2011-01-24']],
		['The youth justice inspection undertaken by the probation inspectorate between 9 and 13 September 2023 was discussed.', ['inspection-visit 2023-09-09']],
		// Plural visits in two months are two visits.
		['Bury had two Ofsted monitoring visits in March and June 2023.', ['inspection-visit 2023-03', 'inspection-visit 2023-06']],
		// Commissioners, one for each authority of a list.
		['Commissioners have been appointed in Stockport, Norfolk and Wigan in 2023.', ['commissioner-appointed 2023', 'commissioner-appointed 2023', 'commissioner-appointed 2023']],
		// Visits by the inspectorate, one for each authority of a list.
		['Stockport and Wigan were graded after visits by the inspectorate across June and July 2023.', ['inspection-visit 2023-06', 'inspection-visit 2023-06']],
		// Before 2013, "intervention" and "Government supervision" were the notice; "that inspection" is the one dated before.
		// (The last inspection is also the judgement it gave, its grade not told: event-last-inspected.ts.)
		['Bury was last inspected in 2009. That inspection led ministers to move the service into intervention.', ['inspection-visit 2009', 'inspection-judgement ~2009', 'improvement-notice ~2009']],
		['Ministers have lifted the supervision Bury has been under since 2009, meant to make sure its services improved.', ['improvement-notice-lifted ~2024-03-14']],
		['Bury has been freed from three years of close Government supervision.', ['improvement-notice-lifted ~2024-03-14']],
		// "strive to support" is not an aim of the inspection's.
		['Inspectors who visited Bury in October found teams strive to support families early.', ['inspection-visit 2023-10']],
		// A framework's date is not a grade's.
		['Bury, one of few councils graded outstanding under the framework brought in this year, was graded good under the old one in 2015.', ['inspection-judgement/outstanding undated', 'inspection-judgement/good 2015']],
		// A second inspection dated in its own relative clause is a visit of its own.
		['Inspectors made an unannounced check on Bury’s front door in June and brought forward a full inspection, which took place over two weeks in September 2023.', ['inspection-visit 2023-06', 'inspection-visit 2023-09']],
		// A participle's date is the noun's before it ("submitted in the autumn"), not the event's; an announcement's is.
		['A £2.4m bid by Bury to the Department for Education’s innovation fund, submitted in the autumn, has been successful, the council announced today.', ['funding 2024-03-14']],
		// A grade inside a condition, and a regime of visits, are nothing that happened.
		['Councillors warned that the council could face intervention if children’s services were judged inadequate at the next inspection.', []],
		['A council whose children’s services are judged inadequate receives monitoring visits from Ofsted every three months.', []],
		// A named council's "whose" clause tells its grade (and the director appointed is an event of its own).
		['Bury, whose children’s services are judged inadequate, has appointed a new director.', ['inspection-judgement/inadequate undated', 'other ~2024-03-14']],
		// A grade told only by the copula, beside the inspectorate or with "now".
		['Bury’s children’s services are good, Ofsted has concluded.', ['inspection-judgement/good ~2024-03-14']],
		['Bury’s children’s services are now good. In 2017 they were rated inadequate.', ['inspection-judgement/good ~2024-03-14', 'inspection-judgement/inadequate 2017']],
		// "the same grade ... in 2018" is an earlier grade on its own date, not this one's.
		['Ofsted says Bury’s children’s services require improvement, the same grade the council received in 2018.', ['inspection-judgement/requires improvement ~2024-03-14', 'inspection-judgement/requires improvement 2018']],
		['Bury’s services require improvement, Ofsted says in a report published on Tuesday, the same overall verdict as in 2015.', ['inspection-judgement/requires improvement 2024-03-12', 'inspection-judgement/requires improvement 2015']],
		// Each grade takes the date told after it: "from an inadequate rating in 2015 to good last year".
		['The director led the department from an inadequate rating in 2015 to good last year.', ['inspection-judgement/inadequate 2015', 'inspection-judgement/good 2023']],
		// The grade a service left is an earlier judgement, undated unless the text dates it.
		['Bury’s services for children are no longer inadequate. In a report published today, Ofsted said they now require improvement.', ['inspection-judgement/inadequate undated', 'inspection-judgement/requires improvement 2024-03-14']],
		['Bury’s children’s services have been lifted out of the inadequate category, Ofsted said.', ['inspection-judgement/inadequate undated']],
		// "expects Ofsted to return" tells of a visit to come.
		['Bury expects Ofsted to return for a full inspection of its children’s services within the coming months.', ['inspection-visit ~2024-03']],
		// A report's publication, told in an aside, is the report's date.
		['The commissioner’s review, published on Tuesday, concludes that Bury should keep control of its children’s services.', ['commissioner-report 2024-03-12']],
		// "in May" is the month, not "may".
		['Ofsted carried out a monitoring visit in May.', ['inspection-visit 2023-05']],
		// Bounds are not the event's date: the board is the news of the day.
		['An improvement board is now up and running, with a remit that runs through to June 2026.', ['improvement-board ~2024-03-14']],
		['The director of children’s services has quit.', ['resignation ~2024-03-14']],
		['The cabinet member is to step down at the next election.', ['resignation ~2024-03']],
		['Opposition councillors said the leader should consider his position.', ['resignation-call ~2024-03-14']],
		['The council is expected to be fully reinspected by Ofsted next year.', ['inspection-visit 2025']],
		['The service was last inspected in 2019.', ['inspection-visit 2019', 'inspection-judgement ~2019']],
	])('%j', (sentence, expected) => {
		expect(brief(sentence)).toEqual(expected);
	});

	test('eight months after: reckoned back from the article when nothing before is dated', () => {
		expect(brief('Another council will now run the service, eight months after Ofsted rated it "inadequate".')).toEqual(['inspection-judgement/inadequate ~2023-07']);
	});

	test('a headline that gives the grade the body only describes', () => {
		const a = extractArticle('title: Bury children’s services ‘inadequate’\ndate: 2024-03-14\n\nBury Council has apologised after inspectors found serious failings.\n', {today});
		expect(a.events.map((e) => `${e.type}/${e.rating} ${e.date.value}`)).toEqual(['inspection-judgement/inadequate 2024-03-14']);
	});

	test('the status of a plan is read from the words that govern the event', () => {
		expect(events('The commissioner’s report recommended that the council keep the service.')[0]?.status).toBeUndefined();
		expect(events('A department, judged inadequate last year, will remain under supervision.').find((e) => e.type === 'inspection-judgement')?.status).toBeUndefined();
		expect(events('A full inspection will take place in May.')[0]?.status).toBe('planned');
	});

	test('a commissioner named once is known by surname after', () => {
		expect(brief('Commissioner Malcolm Yarwood was appointed in January.', 'Mr Yarwood is due to report again in June.')).toEqual(['commissioner-appointed 2024-01', 'commissioner-report 2024-06']);
	});
});

describe('resignations, votes and dates newsrooms give around them', () => {
	test.each([
		['The assistant director offered her resignation, which has been accepted.', ['resignation ~2024-03-14']],
		['Following his resignation on Friday, the deputy leader said the findings had decided it.', ['resignation 2024-03-08']],
		['The council confirmed the resignation of its director, who will stay in post until the end of July.', ['resignation ~2024-03-14']],
		['Opposition members demanded that the portfolio holder give up his role.', ['resignation-call ~2024-03-14']],
		['Independent members lost their bid when a confidence vote went against them in February.', ['no-confidence-vote 2024-02']],
		// "ahead of" names another event's date; "in the new year" is next year's.
		// (The report, ungraded, is a judgement still to come.)
		['The director has resigned ahead of a critical Ofsted report due later this week.', ['inspection-judgement ~2024-03-16', 'resignation ~2024-03-14']],
		['A refreshed improvement plan will come before scrutiny members in the new year.', ['improvement-plan ~2025']],
	])('%j', (sentence, expected) => {
		expect(brief(sentence)).toEqual(expected);
	});
	test('an undated event of the week takes, approximately, the day the sentence just before it gave', () => {
		expect(brief('The cabinet met on Monday to discuss the report.', 'Councillors agreed an extra £2m for children’s social care.')).toEqual(['funding ~2024-03-11']);
		// A day in another month is not the week's news: the event keeps the article's date.
		expect(brief('The cabinet met on 12 February to discuss the report.', 'Councillors agreed an extra £2m for children’s social care.')).toEqual(['funding ~2024-03-14']);
	});
	test.each([
		['The council’s fostering service is due to be inspected by Ofsted early next year.', ['inspection-visit 2025']],
		['A plan to address Ofsted’s six recommendations will go to the cabinet in April.', ['improvement-plan 2024-04']],
		['The council is expected to receive a notice to improve from the department in the new year.', ['improvement-notice ~2025']],
	])('planned in more words: %j', (sentence, expected) => {
		expect(brief(sentence)).toEqual(expected);
	});
	// The call the motion made is dated, approximately, by the day it was put to the vote.
	test('a vote on the article’s motion to remove someone, told by the motion alone', () => {
		expect(brief('Opposition councillors tabled a motion calling for the lead member to stand down.', 'When the motion was put to full council on Tuesday, 19 members voted for it and 19 against.')).toEqual([
			'resignation-call ~2024-03-12',
			'no-confidence-vote 2024-03-12',
		]);
	});
});

describe('an inspection beside a judgement', () => {
	test('a judgement told as news keeps the article’s date, and its inspection is a visit on its own date', () => {
		expect(brief('Bury Council’s children’s services have been rated outstanding by Ofsted, after inspectors visited in January.')).toEqual([
			'inspection-judgement/outstanding ~2024-03-14',
			'inspection-visit 2024-01',
		]);
	});
	test('an inspection long before the article dates a judgement told after it, approximately, and is not news', () => {
		expect(brief('Bury Council was rated inadequate overall after an inspection in the autumn of 2021.')).toEqual(['inspection-judgement/inadequate ~2021']);
	});
	test('"the inspection framework introduced in November 2013" is no visit', () => {
		expect(brief('No council has been rated outstanding since the inspection framework was introduced in November 2013.').filter((e) => e.startsWith('inspection-visit'))).toEqual([]);
	});
	test('an inspection under way is a visit of the day', () => {
		expect(brief('A SEND inspection is now under way in Bury.')).toEqual(['inspection-visit ~2024-03-14']);
	});
	test('"It rated ..." after the sentence that dates the report: the grades are the report’s, on its date', () => {
		expect(brief('On 4 March Ofsted published the report of its inspection of Bury’s children’s services.', 'It rated help and protection as "inadequate" and care leavers as "good".')).toEqual([
			'inspection-judgement/inadequate 2024-03-04',
			'inspection-judgement/good 2024-03-04',
		]);
	});
});

test('an inspection report’s judgements as a list of labels', () => {
	const judged = (line: string) => article(published, 'Bury Council’s children’s services were inspected by Ofsted.', `The report’s judgements were published today. ${line}.`).events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.type}/${e.rating}`);
	expect(judged('Overall effectiveness: Requires improvement to be good')).toEqual(['inspection-judgement/requires improvement']);
	expect(judged('The experiences and progress of children in care: Good')).toEqual(['inspection-judgement/good']);
});

test('a newspaper’s title is not its authority, and a lede’s capitalised first word is still a name', () => {
	const a = article(published, 'TRAFFORD council’s children’s services have been rated good by Ofsted, the Manchester Evening News reports.', 'The Manchester Evening News understands the report was published today.');
	expect(a.authorities[0]).toBe('Trafford');
});

test('"until the notice was lifted in 2020" bounds the board; the lifting keeps its date', () => {
	const got = brief('The government issued an improvement notice, and an improvement board met monthly until the notice was lifted in 2020.');
	expect(got.filter((e) => /board|lifted/.test(e)).sort()).toEqual(['improvement-board ~2024-03-14', 'improvement-notice-lifted 2020']);
});

describe('notices in force, and dates measured from the event’s own words', () => {
	test.each([
		['Bury Council has been under an improvement notice since 2017.', ['improvement-notice 2017']],
		['The council, which has been subject to a statutory direction since March 2019, will now run its own services.', ['improvement-notice 2019-03']],
		['The improvement notice was issued in February 2020 and lifted in May 2022.', ['improvement-notice-lifted 2022-05', 'improvement-notice 2020-02']],
		['A commissioner has overseen the service since he was appointed in 2018.', ['commissioner-appointed 2018']],
	])('%j', (sentence, expected) => {
		expect(brief(sentence)).toEqual(expected);
	});
});

test('"this summer" is the article’s year, approximately', () => {
	expect(brief('Ofsted carried out a monitoring visit this summer.')).toEqual(['inspection-visit ~2024']);
});

test('keeping one’s post, and surviving a call to resign, are refusals', () => {
	expect(brief('The motion was defeated and the cabinet member keeps his post.')).toContain('resignation-refused ~2024-03-14');
	expect(brief('The council leader held on to her post on Monday.')).toEqual(['resignation-refused 2024-03-11']);
});

test('"want X to quit" is a call, not dated by a report "published last month" in the same sentence', () => {
	expect(brief('Opposition members want the cabinet member to quit, saying the report published last month was damning.')).toEqual(['resignation-call ~2024-03-14']);
});

describe('an episode dated once and told on without dates', () => {
	test('what follows a judgement told as history takes its year, approximately', () => {
		expect(brief("The council was rated 'inadequate' in 2017 when inspectors found long delays.", 'The government issued an improvement notice, and an improvement board chaired by an independent adviser met monthly.')).toEqual([
			'inspection-judgement/inadequate 2017',
			'improvement-notice ~2017',
			'improvement-board ~2017',
		]);
	});

	test('the day’s news told in the past, reported speech and the present keep the article’s date', () => {
		expect(brief("The council was rated 'inadequate' in 2017.", 'The council has set up an improvement board.')).toContain('improvement-board ~2024-03-14');
		expect(brief("The council was rated 'inadequate' in 2017.", 'Cllr Ann Reid said an improvement board met every month.')).toContain('improvement-board ~2024-03-14');
	});

	test('a date of the last year or so is the same episode as the news, not history', () => {
		expect(brief("The council was rated 'inadequate' in June 2023.", 'The government issued an improvement notice.')).toContain('improvement-notice ~2024-03-14');
	});

	test('only the paragraph that dates the episode and the next one inherit it', () => {
		expect(brief("The council was rated 'inadequate' in 2017.", 'Inspectors found children left at risk.', 'The council appointed a new director.', 'The government issued an improvement notice.')).toContain('improvement-notice ~2024-03-14');
	});
});

describe('"a year later", "the following year": reckoned from the date told before', () => {
	test.each([
		["The council was rated 'inadequate' in 2015. A year later, the government appointed a commissioner.", 'commissioner-appointed ~2016'],
		["The council was rated 'inadequate' in March 2015. Two months later the Department for Education issued an improvement notice.", 'improvement-notice ~2015-05'],
		["The council was rated 'inadequate' in 2015. The next year an improvement board was set up.", 'improvement-board ~2016'],
		['The notice was lifted in 2020. Inspectors returned the following year.', 'inspection-visit ~2021'],
	])('%j → %s', (paragraph, expected) => {
		expect(brief(paragraph)).toContain(expected);
	});

	test('"the next year" opening a past sentence is not a plan', () => {
		expect(events("The council was rated 'inadequate' in 2015. The next year an improvement board was set up.").find((e) => e.type === 'improvement-board')?.status).toBeUndefined();
	});

	test("a quoted past grade ('required improvement to be good') is a grade", () => {
		expect(brief("Inspectors ruled that services 'required improvement to be good'.")).toEqual(['inspection-judgement/requires improvement ~2024-03-14']);
	});
});

describe('phrasings read from the second phrasebook and the session-5 articles', () => {
	test.each([
		// a noun "plan" is not a plan to do something
		['The council submitted its improvement plan to the Department for Education on 31 January.', 'improvement-plan 2024-01-31'],
		// days in a row are one visit
		['Inspectors visited the council on 31 January and 1 February.', 'inspection-visit 2024-01-31'],
		// a direction is the government's notice; its lifting in the forms news gives it
		['The borough was put under a government direction in December 2008.', 'improvement-notice 2008-12'],
		['The DfE lifted its notice in 2017.', 'improvement-notice-lifted 2017'],
		['Salford has been released from government intervention in 2015.', 'improvement-notice-lifted 2015'],
		// a bound is not the event's date
		["Before the 2014 inspection, Bury had been judged 'adequate' in 2011.", 'inspection-judgement/adequate 2011'],
	])('%j → %s', (paragraph, expected) => {
		expect(brief(paragraph)).toEqual([expected]);
	});

	test('only the days in a row make one visit: a list of months is several', () => {
		expect(brief('Monitoring visits took place in May 2023, September 2023 and January 2024.')).toHaveLength(3);
	});

	test('weighing up whether to table a motion proposes it, at the meeting ahead', () => {
		const [vote] = events('The Conservative group is weighing up whether to table a no-confidence motion at the July meeting.');
		expect(vote).toMatchObject({type: 'no-confidence-vote', status: 'proposed', date: {value: '2024-07'}});
	});

	test('"for the last time in March" and "expects to" look ahead', () => {
		expect(events('The improvement board will meet for the last time in March.')[0]?.date.value).toBe('2024-03');
		expect(events('The council must send an improvement plan to the DfE, and expects to do so in May.')[0]).toMatchObject({status: 'planned', date: {value: '2024-05'}});
	});

	test('the grade a service left is history, not the news; a standard and a framework’s scale are not judgements given', () => {
		expect(brief('Inspectors lifted the service out of the inadequate category.')).toEqual(['inspection-judgement/inadequate undated']);
		expect(brief('Leaders promised every child a service rated good or better.')).toEqual([]);
		expect(brief("Under the framework 'requires improvement' replaced the old 'adequate' grade and 'good' became the minimum standard.")).toEqual([]);
	});

	test('a judgement is planned only when the future governs its own verb', () => {
		expect(events('Cllr Ann Reid said nobody would rest on a "requires improvement" verdict from Ofsted.')[0]?.status).toBeUndefined();
		expect(events("The council is expected to be rated 'good' when inspectors return.")[0]?.status).toBe('planned');
	});

	test('a modal after "saying" is another verb’s', () => {
		expect(events('Ministers lifted the improvement notice, saying the borough could sustain the momentum.')[0]).toMatchObject({type: 'improvement-notice-lifted'});
		expect(events('Ministers lifted the improvement notice, saying the borough could sustain the momentum.')[0]?.status).toBeUndefined();
	});
});

describe('a record of grades, and the news kept apart from the history', () => {
	test('grades listed by year are judgements of those years; "three years later" counts from the last', () => {
		expect(brief("The council's rating has moved steadily: requires improvement in 2016, good at the next full inspection three years later, and outstanding in November 2023.")).toEqual([
			'inspection-judgement/requires improvement 2016',
			'inspection-judgement/good ~2019',
			'inspection-judgement/outstanding 2023-11',
		]);
	});

	test('"the top grade" is outstanding', () => {
		expect(brief("Hartlepool's children's services received the top grade in 2019.")).toEqual(['inspection-judgement/outstanding 2019']);
	});

	test('the news judgement does not take the date of the same grade told as history', () => {
		expect(brief('Children’s services have been judged inadequate by Ofsted for the third time in five years.', "A full inspection in 2012 rated safeguarding 'inadequate'.")).toEqual([
			'inspection-judgement/inadequate ~2024-03-14',
			'inspection-judgement/inadequate 2012',
		]);
	});

	test('the report’s publication is dated only by a date beside it', () => {
		expect(brief('Children’s services have been judged inadequate by Ofsted.', 'The cabinet member for children since 2012 offered to stand down after the report was published.')[0]).toBe('inspection-judgement/inadequate ~2024-03-14');
	});
});

describe('inspections named by their kind, with a date beside them', () => {
	test.each([
		['Under the previous framework, an unannounced inspection of contact and referral arrangements in 2011 found "areas for priority action".', 'inspection-visit 2011'],
		['Joint inspection fieldwork took place over a fortnight in July.', 'inspection-visit 2023-07'],
		['The first of those visits, in the spring of 2015, found early signs of progress.', 'inspection-visit 2015'],
	])('%j → %s', (paragraph, expected) => {
		expect(brief(paragraph)).toEqual([expected]);
	});

	test('a kind of inspection with no date beside it is not a visit of its own', () => {
		expect(brief('An unannounced inspection would be a test for the new director.')).toEqual([]);
	});

	test('"a year earlier" steps back from the date before it', () => {
		expect(brief("The council was rated 'inadequate' in 2019; a monitoring visit a year earlier had warned of drift.")).toContain('inspection-visit ~2018');
	});
});

describe('what reports no event, and calls and refusals in more words', () => {
	test.each([
		'Under the current framework, councils are rated outstanding, good, requires improvement to be good or inadequate.',
		'Across England, 49 per cent of councils were judged good or outstanding at their most recent inspection.',
		'Wigan wants to be the first council in the North West to be rated outstanding in every area.',
		'If the council fails to improve, ministers could send in a commissioner.',
	])('%j reports nothing', (paragraph) => {
		expect(brief(paragraph)).toEqual([]);
	});

	test.each([
		["At Wednesday's meeting the Labour group told the cabinet member his position was 'untenable'.", 'resignation-call'],
		['The county’s MPs called for a change of leadership.', 'resignation-call'],
		['The cabinet member for children announced his departure from the role this morning.', 'resignation'],
		['The lead member has dismissed calls to stand down as a distraction.', 'resignation-refused'],
		['Neither the director nor the cabinet member will be quitting, both said.', 'resignation-refused'],
	])('%j → %s', (paragraph, type) => {
		expect(events(paragraph).map((e) => e.type)).toContain(type);
	});

	test('a record of grades with their years is not a scale', () => {
		expect(brief('The record: good in 2013; requires improvement in 2016; outstanding in 2022.')).toHaveLength(3);
	});
});

describe('a month without its year, inside a history', () => {
	test.each([
		["The council was rated 'inadequate' in 2015. In March, the Department for Education issued an improvement notice.", 'improvement-notice ~2015-03'],
		["The service was judged 'inadequate' in June 2016 and in September the government appointed a commissioner.", 'commissioner-appointed ~2016-09'],
		["Ofsted rated the council 'inadequate' in 2017. The commissioner's report, published in November, recommended a trust.", 'commissioner-report ~2017-11'],
	])('%j → %s', (paragraph, expected) => {
		expect(brief(paragraph)).toContain(expected);
	});

	test('the news beside a history, what is still to come and a new paragraph keep the article’s year', () => {
		expect(brief("Bury was told in 2015 that it required improvement; it has now been rated 'inadequate' following a visit in February.")).toContain('inspection-visit 2024-02');
		expect(brief("The service was rated 'good' in 2019.", 'The council expects to send an improvement plan to the DfE in May.')).toContain('improvement-plan 2024-05');
		expect(brief("The service was rated 'good' in 2019.", 'The inspection took place over three weeks in January and February.')).toContain('inspection-visit 2024-01');
	});

	test('a history date that qualifies another event does not move the sentence’s month', () => {
		expect(brief('The improvement notice imposed after the 2015 inspection was lifted on 7 March.')).toContain('improvement-notice-lifted 2024-03-07');
	});
});

describe('what is still to come, and whose date a date is', () => {
	test('"must", "has until", "by 28 September", "expect the council to" look ahead', () => {
		expect(events('The council must submit an action plan by the end of May.')[0]).toMatchObject({status: 'planned', date: {value: '2024-05'}});
		expect(events('An action plan must be sent to the inspectorate by the end of May.')[0]?.date.value).toBe('2024-05');
		expect(events('I expect the council to set out, by 28 September, a revised improvement plan.')[0]?.date.value).toBe('2024-09-28');
		// "By March, the council had ..." looks back.
		expect(events('By March, the council had agreed an improvement plan.')[0]?.date.value).toBe('2024-03');
	});

	test('a commissioner "appointed by the DfE" who "will" work was appointed; the future date is the work’s', () => {
		const got = brief('A commissioner appointed by the Department for Education, Patricia Greaves, will spend 12 weeks reviewing the service before making recommendations to ministers in May.');
		expect(got).toContain('commissioner-appointed ~2024-03-14');
		expect(got).toContain('commissioner-report 2024-05');
	});

	test('a date that ends a reporting clause before the event is that clause’s', () => {
		expect(brief('As officials confirmed in their call on 23 February, the improvement board met the director on 21 February.')).toEqual(['improvement-board 2024-02-21']);
		expect(brief('On 23 February, the improvement board met the director.')).toEqual(['improvement-board 2024-02-23']);
	});
});

describe('a commissioner named by surname', () => {
	test('"Mr Pellow was appointed commissioner": his "sent in ... in May 2018" is the appointment; "who now advises" reports nothing', () => {
		const got = brief('Mr Pellow was appointed children’s services commissioner for Bury in 2018.', 'Mr Pellow, a former director who now advises the Local Government Association, was sent in by the education secretary in May 2018.');
		expect(got).toContain('commissioner-appointed 2018-05');
		expect(got.some((e) => e.startsWith('commissioner-report'))).toBe(false);
	});
});

describe('the same verdict, the January after', () => {
	test('"reached the same verdict" repeats the grade given last; "the January after" is the next January', () => {
		expect(brief("Bury had been given the watchdog's lowest grade.", 'An inspection in the summer of 2012 reached the same verdict, and the council was placed under a Government improvement notice the January after.')).toEqual([
			'inspection-judgement/inadequate 2012',
			'improvement-notice ~2013-01',
		]);
	});
});

describe('grades read in more words', () => {
	test.each([
		["Inspectors judged the council's services for children in care to be good.", 'inspection-judgement/good ~2024-03-14'],
		["Inspectors said the council's children's homes were good.", 'inspection-judgement/good ~2024-03-14'],
		["The overall effectiveness of services is now judged to be 'requires improvement to be good'.", 'inspection-judgement/requires improvement ~2024-03-14'],
	])('%j → %s', (paragraph, expected) => {
		expect(brief(paragraph)).toEqual([expected]);
	});

	test('"good" after a judging word far back, or in plain description, is still no grade', () => {
		expect(brief('The council said it had good relationships with schools.')).toEqual([]);
	});
});

describe('plans in the forms news gives them', () => {
	test.each([
		['Inspectors will return for a monitoring inspection within about 18 months.', 'inspection-visit ~2025'],
		['The council must send an improvement plan to Ofsted within 70 working days.', 'improvement-plan ~2024-06'],
		['The updated improvement plan goes to cabinet on 11 July.', 'improvement-plan 2024-07-11'],
		['Labour group leader Sandra Okafor says she will ask at next month’s full council meeting for the cabinet member to resign.', 'resignation-call 2024-04'],
		['The council will put an extra £750,000 into recruiting permanent social workers from April.', 'funding 2024-04'],
	])('%j → %s', (paragraph, expected) => {
		expect(brief(paragraph)).toEqual([expected]);
	});

	test('"no intention of stepping aside" refuses; a salary is no funding', () => {
		expect(events('Cllr Tavener says he has no intention of stepping aside.').map((e) => e.type)).toEqual(['resignation-refused']);
		expect(brief('The council is advertising for a director on a salary of up to £150,000.')).toEqual([]);
	});
});

describe('what a speaker states as done', () => {
	test('a quoted sentence that states a fact is an event; a hope, a condition or a grade is the speaker’s claim', () => {
		expect(brief('Cllr Ann Lee said: “We have put an extra £2.1m into the front door this year.”')).toEqual(['funding 2024']);
		expect(brief('Cllr Ann Lee said: “We hope to put an extra £2.1m into the front door.”')).toEqual([]);
		expect(brief('Cllr Ann Lee said: “If we fail, a commissioner could be sent in.”')).toEqual([]);
		expect(brief('Cllr Ann Lee said: “We want to be rated good next time.”')).toEqual([]);
	});

	test('a refusal in the refuser’s words is read once', () => {
		const got = events('Opposition councillors called on the council leader, Cllr Tom Reid, to resign.', 'Cllr Reid said: “I take full responsibility, and I will not be walking away from that responsibility.”');
		expect(got.filter((e) => e.type === 'resignation-refused')).toHaveLength(1);
	});
});

describe('"the lowest of four possible grades" explains the grade given', () => {
	test('the judgement stands; a scale of grades still gives nobody one', () => {
		expect(brief('Inspectors rated help and protection for children as inadequate - the lowest of four possible grades.')).toEqual(['inspection-judgement/inadequate ~2024-03-14']);
		expect(brief('Councils can be given one of four possible grades, from outstanding to inadequate.')).toEqual([]);
	});
});

describe('more of the other events as news', () => {
	test.each([
		["Education Secretary Gillian Keegan has ordered the council to work with a children's services commissioner.", 'commissioner-appointed'],
		["The council's chief executive announced on Monday that she would retire in the summer.", 'resignation'],
		["The government has ended its intervention in the council's children's services.", 'improvement-notice-lifted'],
	])('%j → %s', (paragraph, type) => {
		expect(events(paragraph).map((e) => e.type)).toEqual([type]);
	});
});

describe('inspections as report labels, asides and pairs of months', () => {
	test.each([
		["Ofsted inspection of children's services, 9-20 January 2024.", 'inspection-visit 2024-01-09'],
		['Inspection dates: 9 to 20 January 2024.', 'inspection-visit 2024-01-09'],
		['The inspection, which took place in January, found serious weaknesses.', 'inspection-visit 2024-01'],
		['In the summer of 2009, an unannounced inspection of contact and referral arrangements found weaknesses.', 'inspection-visit 2009'],
		['The re-inspection took place over three weeks in January and February 2019.', 'inspection-visit 2019-01'],
		['Ofsted carried out its first monitoring visit since the November judgement last week.', 'inspection-visit ~2024-03-07'],
	])('%j → %s', (paragraph, expected) => {
		expect(brief(paragraph)).toEqual([expected]);
	});
});

describe('a date chosen among others, far from the event’s words', () => {
	test('is approximate; a date beside the words is stated', () => {
		const far = events('The improvement notice issued by the government, which followed a damning report from inspectors who had visited in May 2021 and again in January 2022, set tough targets.').find((e) => e.type === 'improvement-notice');
		expect(far?.date.approximate).toBe(true);
		expect(events('The government issued an improvement notice in May 2021.')[0]?.date).toMatchObject({value: '2021-05', approximate: false});
	});
});

describe('national figures and far bounds', () => {
	test('money councils in general will face is not this council’s funding', () => {
		expect(brief('The LGA has estimated that councils will face a £3bn funding gap in children’s services by 2025.')).toEqual([]);
	});
});

describe('area SEND inspections, re-visits and inspections dated before their verdict', () => {
	test('"significant weaknesses" (the area SEND outcome before 2023) is a judgement with no grade; the written statement of action it requires is planned', () => {
		const e = events("A joint inspection by Ofsted and the Care Quality Commission in January has found 'significant weaknesses' in the county's special educational needs services, and the council must now write a statement of action.");
		expect(e.map((x) => `${x.type}${x.rating ? `/${x.rating}` : ''} ${x.date.approximate ? '~' : ''}${x.date.value} ${x.status ?? ''}`.trim())).toEqual(['inspection-judgement ~2024-03-14', 'improvement-plan ~2024-03 planned', 'inspection-visit 2024-01']);
	});

	test('a statement of action asked for in a year gone by is background, not an event', () => {
		expect(brief('The area was last inspected in 2018, when inspectors asked the council to produce a written statement of action.').filter((x) => x.startsWith('improvement-plan'))).toEqual([]);
	});

	test('a re-visit is a visit; the date of the earlier inspection named beside it is not its date', () => {
		expect(brief('A re-visit by Ofsted and the Care Quality Commission has found that the council has made sufficient progress in all the weaknesses identified at its SEND inspection in 2018.')).toEqual(['inspection-visit ~2024-03-14']);
	});

	test('an inspection dated before "has rated" is the visit; the judgement is the news', () => {
		expect(brief("A joint inspection by Ofsted in January has rated the council's children's services inadequate.")).toEqual(['inspection-judgement/inadequate ~2024-03-14', 'inspection-visit 2024-01']);
	});

	test('someone’s time in post ("had led the department since 2021") does not date the judgement', () => {
		expect(brief('The director had led the department since 2021 and oversaw the response to an inspection in January, which rated the service inadequate.')).not.toContain('inspection-judgement/inadequate 2021');
	});

	test('"a year after that" counts from the date told before it in the sentence', () => {
		expect(brief('Ofsted last carried out a full inspection in 2019, rating the service good.', 'A focused visit in the summer of 2022 raised concerns, and a further visit was made a year after that.')).toContain('inspection-visit ~2023');
	});
});

test('"ruled today that they are no longer inadequate": the grade left is not dated today', () => {
	expect(brief('Inspectors have today ruled that the service is no longer ‘inadequate’.')).not.toContain('inspection-judgement/inadequate 2024-03-14');
});

test('the ‘good progress’ a report highlights is no grade', () => {
	expect(brief('In its report, Ofsted highlighted the ‘good progress’ made since 2010, and most services it inspects are good or outstanding.').filter((e) => e.startsWith('inspection-judgement/good 2010'))).toEqual([]);
});

test('"discussed the monitoring visit at their meeting last Wednesday": the meeting’s day is not the visit’s', () => {
	expect(brief('The cabinet discussed the latest monitoring visit by Ofsted at their meeting last Wednesday.')).not.toContain('inspection-visit 2024-03-13');
});

test('"the council" after a sentence about another council in the same paragraph is that council', () => {
	const a = extractArticle('title: Two councils rated\ndate: 2018-12-19\n\nLeeds City Council’s children’s services have been rated outstanding by Ofsted.\n\nThe government issued directions to Calderdale between 2010 and 2013. The council was subsequently rated requires improvement in 2015.\n\nThe council’s leader said staff had worked hard.\n', {today});
	expect(a.events.filter((e) => e.rating === 'requires improvement').map((e) => e.authority)).toEqual(['Calderdale']);
});

test('in a page with no date, "Ofsted, which carried out the inspection in March, rated ..." gives an undated visit', () => {
	const a = extractArticle('Services rated good\n\nOfsted, which carried out the inspection in March, gave Gateshead Council’s children’s services an overall judgement of good.\n', {today});
	expect(a.events.map((e) => `${e.type} ${e.date.value ?? 'undated'}`).sort()).toEqual(['inspection-judgement undated', 'inspection-visit undated']);
});

describe('a grade told as what a dated past event came after', () => {
	test('"In 2017 the government issued a notice after an inspection judged it inadequate": the grade ~2017', () => {
		expect(brief('In 2017 the government issued an improvement notice after an inspection judged the service inadequate.')).toEqual(['improvement-notice 2017', 'inspection-judgement/inadequate ~2017']);
	});
	test('not the grade after the comma that follows the after-words', () => {
		expect(brief('It was rated good at its inspection in 2016; after a visit in February, inspectors have now downgraded it to inadequate.')).not.toContain('inspection-judgement/inadequate ~2016');
	});
	test('not from a bound: "for the first time since 2013 ..., after inspectors upgraded it"', () => {
		expect(brief('For the first time since 2013, the service is no longer rated inadequate, after inspectors upgraded it to requires improvement.')).not.toContain('inspection-judgement/requires improvement ~2013');
	});
});

describe('a headline about several councils', () => {
	test('"three councils rated good", the body listing them: a judgement for each', () => {
		const a = extractArticle('title: Children’s services at three councils rated good by Ofsted\ndate: 2019-08-01\n\nOfsted has published three reports this week.\n\nStockport, Merton and Central Bedfordshire all received the ratings after visits in June and July.\n', {today});
		expect(a.events.filter((e) => e.type === 'inspection-judgement' && e.rating === 'good').map((e) => e.authority).sort()).toEqual(['Central Bedfordshire', 'Merton', 'Stockport']);
	});
	test('a headline naming its council gives that council’s judgement only', () => {
		const a = extractArticle('title: Stockport children’s services rated good by Ofsted\ndate: 2019-08-01\n\nOfsted has published its report.\n\nStockport, Merton and Central Bedfordshire were all inspected in June.\n', {today});
		expect(a.events.filter((e) => e.type === 'inspection-judgement').map((e) => e.authority)).toEqual(['Stockport']);
	});
});

describe('histories told in few words', () => {
	test('"in 2013 and again in 2018": two judgements, one for each date', () => {
		expect(brief('The council was first rated inadequate in 2013 and again in 2018.')).toEqual(['inspection-judgement/inadequate 2013', 'inspection-judgement/inadequate 2018']);
	});

	test('"an inspection that October" takes the year named before it', () => {
		expect(brief('The direction was imposed in 2009 after an inspection that October found the service inadequate.')).toContain('inspection-judgement/inadequate ~2009-10');
	});

	test('"that summer" after a sentence with two dates takes the year of the last one', () => {
		expect(brief('An inspection in 2011 found weaknesses, and a full inspection in May 2012 rated the service inadequate.', 'The department served an improvement notice that summer.')).toContain('improvement-notice ~2012');
	});

	test('"An improvement notice followed a month later" is the notice, a month after the date before it', () => {
		expect(brief('The council was judged inadequate in December 2021.', 'An improvement notice followed a month later.')).toEqual(['inspection-judgement/inadequate 2021-12', 'improvement-notice ~2022-01']);
	});

	test('"An improvement notice followed in June" is the notice, dated June', () => {
		expect(brief('The council was judged inadequate in March 2021. An improvement notice followed in June.')).toEqual(['inspection-judgement/inadequate 2021-03', 'improvement-notice ~2021-06']);
	});

	test('"rated inadequate in March, followed in June by an improvement notice": the notice in June', () => {
		expect(brief('The council was rated inadequate in March 2021, followed in June by an improvement notice.')).toEqual(['inspection-judgement/inadequate 2021-03', 'improvement-notice ~2021-06']);
	});

	test('"it was lifted" after a sentence part about a direction is the direction lifted', () => {
		expect(brief('The borough was put under a government direction in December 2008; it was lifted in the autumn of 2011.')).toEqual(['improvement-notice 2008-12', 'improvement-notice-lifted 2011']);
	});
});

describe('events told in the words of every newsroom', () => {
	const types = (...p: string[]) => events(...p).map((e) => `${e.type}${e.status ? ` ${e.status}` : ''}`);
	test('a commissioner "parachuted" in is appointed', () => {
		expect(types('The Department for Education has parachuted a children’s services commissioner into the borough.')).toContain('commissioner-appointed');
	});
	test('an independently chaired board to be set up is a planned board', () => {
		expect(types('An independently chaired board will be established to drive the improvements.')).toEqual(['improvement-board planned']);
	});
	test('inspectors carrying out an inspection, and the inspectors’ visit, are visits', () => {
		expect(types('Inspectors are currently in the borough carrying out an unannounced inspection of children’s services.')).toContain('inspection-visit');
		expect(brief('Councillors agreed a plan to tackle the weaknesses identified during the inspectors’ visit in January.')).toContain('inspection-visit 2024-01');
	});
	test('a motion calling for a resignation that was put to the vote is a vote on it', () => {
		expect(types('A Labour motion calling on him to resign was tied at 31 votes each.')).toContain('no-confidence-vote');
	});
	test('a budget that raises spending on children’s services is funding, without a sum in pounds', () => {
		expect(types('Members voted through a budget that increases spending on children’s services by 9 per cent.')).toEqual(['funding']);
	});
	test('rejecting the calls is a refusal, and the calls were made', () => {
		expect(types('But the cabinet member rejected the calls to resign, saying her priority was the new director.').sort()).toEqual(['resignation-call', 'resignation-refused']);
	});
	test('a visit scheduled after the article is planned; the grade it is "the first since" stays history', () => {
		expect(events('A focused visit is scheduled for April, the first since the council’s good rating two years ago.').map((e) => `${e.type} ${e.date.value} ${e.status ?? ''}`.trim())).toEqual(['inspection-judgement 2022', 'inspection-visit 2024-04 planned']);
	});
});

test('"At that inspection" is the inspection named last before it', () => {
	expect(brief('In a letter after a focused visit on 17 and 18 January, Ofsted said there had been too little progress since its last full inspection in November 2019.', 'At that inspection the inspectorate rated the council’s children’s services "requires improvement to be good".')).toContain('inspection-judgement/requires improvement ~2019-11');
});

test('"in March the following year" inside a history is the March after the history’s year', () => {
	expect(brief('The council was rated inadequate in 2019. An improvement notice was issued in March the following year.')).toContain('improvement-notice ~2020-03');
});

test('a bound ("the last inspection before 2017, in 2014") is not one of a list’s dates', () => {
	expect(brief('The council’s last full inspection before 2017, in 2014, rated its services as requiring improvement.')).toEqual(['inspection-judgement/requires improvement 2014']);
});

test('the year a sum was overspent does not date the money found to cover it; "last year’s inspection" still dates the grade', () => {
	expect(brief('The director told the cabinet on Tuesday that the council had drawn £4m from reserves to cover last year’s overspend.')).toEqual(['funding 2024-03-12']);
	expect(brief('Last year’s inspection rated the service inadequate.')).toEqual(['inspection-judgement/inadequate 2023']);
});

test('told as news, the grade is the report’s; a recent inspection named beside it dates the visit', () => {
	expect(brief('Children’s services remain inadequate, according to an inspection carried out in January.')).toEqual(['inspection-judgement/inadequate ~2024-03-14', 'inspection-visit 2024-01']);
});

describe('a grade left, dated by how long the way out took', () => {
	test.each([
		['The council has gone from inadequate to good in a little over three years.', 'inspection-judgement/inadequate ~2021'],
		['The council has shaken off its inadequate rating less than two years after it was imposed.', 'inspection-judgement/inadequate ~2022'],
		['Ofsted said the council is now good, marking the end of a seven-year climb out of special measures.', 'inspection-judgement/inadequate ~2017'],
	])('%s', (sentence, expected) => expect(brief(sentence)).toContain(expected));

	test('"Two years after the inspection that rated it good" reckons that grade back from the news', () => {
		expect(brief('Two years after the inspection that rated it good, the council was the subject of a focused visit in the spring of 2024.')).toContain('inspection-judgement/good ~2022-03');
	});
});
