/** Events told as histories: notices in force, episodes dated once, months without a year, what is still to come. */
import {describe, expect, test} from 'vitest';
import {brief, events} from './events-brief.js';

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
		['Joint inspection fieldwork took place over a fortnight in July.', 'inspection-visit ~2023-07'],
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
		expect(brief("The service was rated 'good' in 2019.", 'The inspection took place over three weeks in January and February.')).toContain('inspection-visit ~2024');
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
