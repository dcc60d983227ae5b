/** Events of each type from one sentence, their dates reckoned from the article's, and judgements with what follows them. */
import {describe, expect, test} from 'vitest';
import {isAfter, statedDate} from '../../source/corpus/date-value.js';
import {summarise} from '../../source/ingest/events.js';
import {extractArticle} from '../../source/ingest/extract.js';
import {article, today} from './article.js';
import {brief, events, published} from './events-brief.js';

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
		['Ofsted inspectors visited in May.', 'inspection-visit ~2023-05'],
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
	// Reckoned from another event's date: approximate (event-date-calibration.ts).
	test('"It came a month after X": X is a month before the previous sentence’s date', () => {
		expect(brief('A commissioner was appointed in June 2023. The appointment came a month after an improvement notice was issued to the council.')).toEqual([
			'commissioner-appointed 2023-06',
			'improvement-notice ~2023-05',
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
		['Bury’s services have been raised to good after the inspectorate’s visit that ran through February and March this year.', ['inspection-judgement/good ~2024-03-14', 'inspection-visit ~2024']],
		// An inspection "in September and October" is one visit, from its first month.
		['Probation inspectors visited Bury’s youth justice service in September and October 2022.', ['inspection-visit ~2022']],
		// An inspection "undertaken" between two days; the first day takes the year printed after the second.
		['Members heard about the inspection which was undertaken by Ofsted between 24 January and 4 February 2011.', ['inspection-visit 2011-01-24']],
		['The youth justice inspection undertaken by the probation inspectorate between 9 and 13 September 2023 was discussed.', ['inspection-visit 2023-09-09']],
		// Plural visits in two months are two visits.
		['Bury had two Ofsted monitoring visits in March and June 2023.', ['inspection-visit 2023-03', 'inspection-visit 2023-06']],
		// Commissioners, one for each authority of a list.
		['Commissioners have been appointed in Stockport, Norfolk and Wigan in 2023.', ['commissioner-appointed 2023', 'commissioner-appointed 2023', 'commissioner-appointed 2023']],
		// Visits by the inspectorate, one for each authority of a list.
		['Stockport and Wigan were graded after visits by the inspectorate across June and July 2023.', ['inspection-visit ~2023-06', 'inspection-visit ~2023-06']],
		// Before 2013, "intervention" and "Government supervision" were the notice; "that inspection" is the one dated before.
		// "last inspected in 2009": readers list the judgement that inspection gave, its grade untold.
		['Bury was last inspected in 2009. That inspection led ministers to move the service into intervention.', ['inspection-judgement ~2009', 'improvement-notice ~2009']],
		['Ministers have lifted the supervision Bury has been under since 2009, meant to make sure its services improved.', ['improvement-notice-lifted ~2024-03-14']],
		['Bury has been freed from three years of close Government supervision.', ['improvement-notice-lifted ~2024-03-14']],
		// "strive to support" is not an aim of the inspection's.
		['Inspectors who visited Bury in October found teams strive to support families early.', ['inspection-visit 2023-10']],
		// A framework's date is not a grade's.
		['Bury, one of few councils graded outstanding under the framework brought in this year, was graded good under the old one in 2015.', ['inspection-judgement/outstanding undated', 'inspection-judgement/good 2015']],
		// A second inspection dated in its own relative clause is a visit of its own.
		// June is told in the first conjunct and the visit's words ("a full inspection") in the second: a reading, so approximate.
		['Inspectors made an unannounced check on Bury’s front door in June and brought forward a full inspection, which took place over two weeks in September 2023.', ['inspection-visit ~2023-06', 'inspection-visit 2023-09']],
		// A participle's date is the noun's before it ("submitted in the autumn"), not the event's; an announcement's is,
		// approximately: told across the announcing verb, it is the day the award was made known (event-date-calibration.ts).
		['A £2.4m bid by Bury to the Department for Education’s innovation fund, submitted in the autumn, has been successful, the council announced today.', ['funding ~2024-03-14']],
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
		['Ofsted carried out a monitoring visit in May.', ['inspection-visit ~2023-05']],
		// Bounds are not the event's date: the board is the news of the day.
		['An improvement board is now up and running, with a remit that runs through to June 2026.', ['improvement-board ~2024-03-14']],
		['The director of children’s services has quit.', ['resignation ~2024-03-14']],
		['The cabinet member is to step down at the next election.', ['resignation ~2024-03']],
		['Opposition councillors said the leader should consider his position.', ['resignation-call ~2024-03-14']],
		['The council is expected to be fully reinspected by Ofsted next year.', ['inspection-visit 2025']],
		['The service was last inspected in 2019.', ['inspection-judgement ~2019']],
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
