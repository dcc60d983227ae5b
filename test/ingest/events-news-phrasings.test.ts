/** Events in the many phrasings newsrooms use: plans, grades in more words, SEND area inspections, short histories. */
import {describe, expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {today} from './article.js';
import {brief, events} from './events-brief.js';

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
		['The re-inspection took place over three weeks in January and February 2019.', 'inspection-visit ~2019'],
		['Ofsted carried out its first monitoring visit since the November judgement last week.', 'inspection-visit ~2024-03'],
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

	test('a re-visit is a visit; the date of the earlier inspection named beside it is not its date (it is the earlier inspection’s outcome’s)', () => {
		expect(brief('A re-visit by Ofsted and the Care Quality Commission has found that the council has made sufficient progress in all the weaknesses identified at its SEND inspection in 2018.')).toEqual(['inspection-judgement ~2018', 'inspection-visit ~2024-03-14']);
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
	// (Tuesday is the telling's day: "had drawn" came before it, so the date is approximate.)
	expect(brief('The director told the cabinet on Tuesday that the council had drawn £4m from reserves to cover last year’s overspend.')).toEqual(['funding ~2024-03-12']);
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
