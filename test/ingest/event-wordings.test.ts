/**
 * The wordings newsrooms use for three events, each sentence written for this project: a commissioner appointed,
 * an improvement notice or direction given, and one lifted. Each is read after a lede that gives the news, as in an
 * article, and must give its event.
 */
import {describe, expect, test} from 'vitest';
import type {EventType} from '../../source/corpus/schema.js';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const typesIn = (sentence: string) =>
	extractArticle(`title: Council news\ndate: 2021-06-09\nauthority: Leeds\n\nLeeds City Council’s children’s services were rated inadequate in March.\n\n${sentence}\n`, {today})
		.events.filter((e) => e.paragraph === 2)
		.map((e) => `${e.type}${e.status ? ` ${e.status}` : ''}`);

const wordings: [EventType, string[]][] = [
	[
		'commissioner-appointed',
		[
			"The education secretary has sent a commissioner into the council.",
			"A children’s services commissioner took up post in May.",
		"A government-appointed commissioner, Jane Marsh, will now oversee the service.",
		"The Department for Education has appointed Jane Marsh as children’s services commissioner for the city.",
		"Jane Marsh has been appointed as the city’s children’s services commissioner.",
		"Ministers have sent in a commissioner to take control of the service.",
		"A commissioner has been installed to run children’s services while the council improves.",
		"Former director Jane Marsh was brought in as commissioner last month.",
		"Former Essex director Jane Marsh takes on the role of commissioner.",
		"Jane Marsh took up the post of children’s services commissioner in April.",
		"Jane Marsh became the city’s children’s services commissioner in April.",
		"Jane Marsh was made commissioner in April.",
		"The education secretary has named Jane Marsh as commissioner.",
		"Under the direction, Jane Marsh will act as commissioner for children’s services.",
		"The government’s choice of commissioner, Jane Marsh, started work on Monday.",
		"Jane Marsh, the commissioner appointed by the government in April, will report in the autumn.",
		"The DfE has tasked commissioner Jane Marsh with deciding whether the council can keep control.",
		"A children’s services commissioner was appointed in April after a statutory direction was issued.",
		"The children’s minister has announced the appointment of Jane Marsh as commissioner.",
		"The government is sending in a commissioner after the inadequate rating.",
		"Jane Marsh has been given the job of children’s services commissioner.",
		"Jane Marsh was confirmed as commissioner on Friday.",
		"The city has been handed a commissioner after the inadequate rating.",
		"Ministers stepped in last month, appointing a commissioner to run the service.",
		"The Department for Education has deployed a commissioner to the city.",
		"Jane Marsh was brought in by ministers as commissioner in 2019.",
		"Jane Marsh took up her role as commissioner last week.",
		"Jane Marsh started work as commissioner in January.",
		"The service was placed under the control of a commissioner in 2018.",
		"A commissioner was put in after a statutory direction was issued in May.",
		"In 2019 the Department for Education put a commissioner into the council.",
		"The city is the latest council to be assigned a children’s services commissioner.",
		],
	],
	[
		'improvement-notice',
		[
		"The DfE has placed the council under formal intervention.",
		"The council is subject to government intervention.",
		"The Department for Education has issued the council with an improvement notice.",
		"The notice, dated 18 May, requires the council to hand over an improvement plan.",
		"Officers expect a formal notice from the minister setting out what the council must do.",
		"The council has been served with an improvement notice by the government.",
		"An improvement notice was imposed on the council in April.",
		"The government has handed the council a formal improvement notice.",
		"The council is now under a statutory direction from the education secretary.",
		"The education secretary issued a statutory direction in April requiring the council to improve.",
		"Ministers have placed the council’s children’s services under a statutory direction.",
		"The council was put on an improvement notice in April.",
		"The council has received a formal warning from the government in the form of an improvement notice.",
		"The DfE has given the council an improvement notice setting out what it must do.",
		"The council was issued with a non-statutory improvement notice in April.",
		"The children’s minister wrote to the council in April to confirm an improvement notice.",
		"A formal notice to improve was issued to the council.",
		"Government intervention began in April with an improvement notice.",
		"The department decided to issue a statutory direction after the inspection.",
		"The council has been put into government intervention.",
		"The DfE put the authority on an improvement notice in 2016.",
		"The council was slapped with an improvement notice in 2015.",
		"The council was hit with an improvement notice in April.",
		"It was the second improvement notice the council had received.",
		"The direction, issued in April, requires the council to work with an adviser.",
		"The government has used its powers to intervene in the council’s children’s services.",
		"The council has been under an improvement notice since April.",
		],
	],
	[
		'improvement-notice-lifted',
		[
		"The improvement notice was lifted in April.",
		"The council’s children’s services have been released from government control.",
		"The minister has removed the council’s children’s social care from government intervention.",
		"The department is revoking the direction with immediate effect.",
		"The notice has now been withdrawn.",
		"The government has lifted the improvement notice imposed on the council.",
		"The Department for Education has removed the statutory direction.",
		"The council is no longer under an improvement notice.",
		"Government intervention in the council’s children’s services has ended.",
		"The council has been released from government intervention.",
		"The statutory direction was revoked in April.",
		"The council has come out of intervention after six years.",
		"Ministers have ended the direction, returning full control to the council.",
		"The department confirmed the improvement notice had been lifted.",
		"The improvement notice has been formally closed.",
		"The Department for Education has removed the council’s improvement notice.",
		"Ministers have ended government intervention in the council’s children’s services.",
		"The council has been released from its improvement notice.",
		"The borough has been freed from government oversight of its children’s services.",
		"The council’s children’s services are no longer subject to government intervention.",
		"The authority has exited government intervention.",
		"Ministers have taken the council out of formal intervention.",
		"The lifting of the notice follows a good rating in March.",
		"The council is now free of the improvement notice imposed in 2018.",
		],
	],
	[
		'commissioner-report',
		[
		"The commissioner has recommended that the council keep control of its children’s services.",
		"In her report, the commissioner said the council had the capacity to improve.",
		"The commissioner’s report, published on Tuesday, found the leadership lacked grip.",
		"The commissioner told the minister that the service should stay with the council.",
		"In a report to the education secretary, the commissioner said the service should be run by a trust.",
		"The commissioner is due to report back to the minister in July.",
		],
	],
];

for (const [type, sentences] of wordings) {
	describe(type, () => {
		// The status is the sentence's ("will act as commissioner" is planned): the type is what these measure.
		test.each(sentences)('%s', (sentence) => expect(typesIn(sentence).map((t) => t.split(' ')[0])).toContain(type));
	});
}

describe('refusals and votes in other words', () => {
	test.each([
		['Council leader Nathan Hollis brushed the demand aside.', 'resignation-refused'],
		['The cabinet member has refused to step aside.', 'resignation-refused'],
		['The director said she was going nowhere.', 'resignation-refused'],
		['The council leader defied calls to resign.', 'resignation-refused'],
		['The opposition leader today called again for the resignation of the lead member.', 'resignation-call'],
		['Ms Hale, the head of social care, has been sacked.', 'resignation'],
		['The cabinet will meet in special session on 19 June to agree extra money for the service.', 'funding'],
		['The council has already put more money into its assessment teams.', 'funding'],
		['The commissioner will hand the minister an assessment of the most urgent actions by April.', 'commissioner-report'],
		['It is understood that the cabinet member was asked to consider her position but declined.', 'resignation-refused'],
		['It is understood that the cabinet member was asked to consider her position but declined.', 'resignation-call'],
		['Whether Cllr Hale keeps the confidence of the chamber will be tested next month, when a formal vote is scheduled.', 'no-confidence-vote'],
	] as const)('%s (%s)', (sentence, type) => expect(typesIn(sentence).map((t) => t.split(' ')[0])).toContain(type));

	test('"I am going nowhere" after a call to resign is a refusal in the refuser’s own words', () => {
		const a = extractArticle('title: Council news\ndate: 2021-06-09\nauthority: Leeds\n\nThe opposition called for the leader to resign over the inadequate rating.\n\n“I am going nowhere until this service is fixed,” said council leader Nathan Hollis.\n', {today});
		expect(a.events.map((e) => e.type)).toContain('resignation-refused');
	});

	test('"my job is to put it right, not to walk away" after a call to resign is a refusal', () => {
		const a = extractArticle('title: Council news\ndate: 2021-06-09\nauthority: Leeds\n\nThe opposition called for the leader to resign over the inadequate rating.\n\nBut council leader Nathan Hollis said: “My job is to put right what the inspectors found, not to walk away from it.”\n', {today});
		expect(a.events.map((e) => e.type)).toContain('resignation-refused');
	});

});

test('children kept free from coercive control are not a council out of intervention', () => {
	expect(typesIn('The council must keep children free from coercive control.')).not.toContain('improvement-notice-lifted');
});

test('a commissioner given something, or a commissioner\'s report handed over, is not an appointment', () => {
	expect(typesIn('The council has given the commissioner everything she asked for.')).not.toContain('commissioner-appointed');
	expect(typesIn('The minister was handed the commissioner’s report on Friday.')).not.toContain('commissioner-appointed');
	expect(typesIn('Officials put the commissioner’s findings to the council.')).not.toContain('commissioner-appointed');
});

test('"left the £180,000-a-year post on 28 March" is a resignation, not funding', () => {
	expect(typesIn('Corporate director Dylan Crane left the £180,000-a-year post on 28 May.')).toEqual(['resignation']);
});

test('what comes "ahead of" a resignation does not make it planned', () => {
	expect(typesIn('The director has resigned ahead of a highly critical Ofsted report due later this week.')).toContain('resignation');
});

test('"said she would step aside" is a resignation; "said she would not resign" a refusal', () => {
	expect(typesIn('The director, Lindsey Hartwell, said she would step aside.').map((t) => t.split(' ')[0])).toEqual(['resignation']);
	expect(typesIn('The director said she would not resign.').map((t) => t.split(' ')[0])).toEqual(['resignation-refused']);
});

describe('judgements in every newsroom’s words', () => {
	// A lede that names no grade, so that each sentence’s grade is its own event.
	const judgementsIn = (sentence: string) =>
		extractArticle(`title: Council news\ndate: 2021-06-09\nauthority: Leeds\n\nLeeds City Council’s children’s services are under scrutiny.\n\n${sentence}\n`, {today})
			.events.filter((e) => e.paragraph === 2 && e.type === 'inspection-judgement');
	test.each([
	"Ofsted has rated the council’s children’s services as requiring improvement.",
	"Children’s services in the city require improvement to be good.",
	"The council’s services for vulnerable children have been judged good by inspectors.",
	"Inspectors gave the council’s children’s services the lowest possible rating.",
	"The service has been downgraded to inadequate following an inspection.",
	"The council’s children’s services have been upgraded to good.",
	"The authority received an ’outstanding’ rating for its children’s services.",
	"Children’s services were found to be inadequate in a damning Ofsted report.",
	"A new Ofsted report has placed the council’s children’s services in the ’requires improvement’ category.",
	"Ofsted’s verdict on the council’s children’s services: inadequate.",
	"The council’s children’s services are no longer inadequate, Ofsted has found.",
	"Inspectors concluded that the overall effectiveness of children’s services is good.",
	"The council has been handed a ’requires improvement to be good’ judgement.",
	"The department was given a ’good’ rating by the watchdog.",
	"The council’s children’s services have been branded ’inadequate’ for the second time.",
	"Ofsted said the council’s help for children was now good.",
	"Services for children in care were judged outstanding.",
	"The council has retained its good rating.",
	"The council’s children’s services were rated as ’good’ overall.",
	"Children’s social care in the borough has improved from inadequate to requires improvement.",
	"Ofsted found the council’s services to be failing.",
	])('%s', (sentence) => expect(judgementsIn(sentence).length).toBeGreaterThan(0));

	// The grade quoted with its full stop inside the marks, and the annual assessment's grades before 2013.
	test.each([
		['The last inspection took place in 2018 – when it was rated ‘good.’', 'good'],
		['In the annual rating the council moved up a grade to ‘performs adequately’.', 'adequate'],
		['The annual review rated the borough as ‘performing well’.', 'good'],
		['The council was judged to be performing excellently.', 'outstanding'],
		['Its services for children were deemed ‘excellent’ in the annual review.', 'outstanding'],
		['The annual assessment rated its children’s services as performing “poorly”.', 'inadequate'],
	])('%s (%s)', (sentence, rating) => expect(judgementsIn(sentence).map((e) => e.rating)).toContain(rating));

	test('"performs well on adoption" with no judging word is not a grade', () => {
		expect(judgementsIn('The council performs well on adoption, figures show.')).toEqual([]);
	});
});

// The other event types, each sentence written for this project (a suspension is not a resignation, and is left out).
const moreWordings: [EventType, string[]][] = [
	[
		'inspection-visit',
		[
			"The findings of the visit which occurred in late 2020 were disputed by the council.",
			"Inspectors spent last week at the civic centre.",
			"The latest monitoring letter, following a visit in February, said progress had been made.",
			"The inspection team arrived at the town hall on Monday.",
			"This follows its Ofsted inspection last September.",
			"The education watchdog spent three weeks looking at the county’s social work in September.",
			"The report, from a visit in October, said caseloads were too high.",
			"The inspection had taken place in March and the report followed in May.",
			"Ofsted inspectors spent two weeks in the borough in January.",
			"The inspection took place over three weeks in February.",
			"A monitoring visit in May found progress had been made.",
			"Inspectors returned in June for a focused visit.",
			"The council was inspected in March.",
			"Ofsted carried out a short inspection of the council’s children’s services in April.",
			"The council is expecting a full Ofsted inspection later this year.",
			"An unannounced inspection of the council’s front door took place last month.",
			"Inspectors visited the council’s children’s services department in March.",
			"The latest of six monitoring visits took place in February.",
			"Ofsted will return for a full re-inspection next year.",
			"The inspection, which ran from 4 to 15 March, looked at 120 children’s cases.",
			"The watchdog’s inspectors were in the city for a fortnight in March.",
			"A further inspection is expected next year.",
		],
	],
	[
		'improvement-board',
		[
			"An improvement board has been set up to oversee the council’s response.",
			"The improvement board, chaired by former director Jane Marsh, met for the first time on Monday.",
			"The council has established an independent improvement board.",
			"A children’s improvement board will meet monthly.",
			"The DfE has appointed an independent chair to lead the improvement board.",
			"The improvement and assurance board was created after the inspection.",
			"An improvement panel of senior councillors and partners will oversee the plan.",
		],
	],
	[
		'resignation-call',
		[
			"Opposition councillors have called for the leader to resign.",
			"The Conservative group demanded the resignation of the cabinet member.",
			"Parents have urged the director to step down.",
			"The Liberal Democrats said the leader should quit.",
			"MPs have called on the council’s chief executive to go.",
			"The opposition leader said the cabinet member’s position was untenable.",
			"A petition calling for the director’s resignation has been signed by 2,000 people.",
			"Campaigners want the lead member to stand down.",
			"Labour councillors tabled a motion calling for the cabinet member to resign.",
			"The union said the director must go.",
			"Councillors are demanding heads roll after the damning report.",
			"The opposition leader said the cabinet member should fall on her sword.",
			"Several councillors have called for the chief executive’s head.",
			"Opposition members said the cabinet member should be sacked.",
			"The council leader faced renewed calls to resign last week.",
			"Calls are growing for the director of children’s services to resign.",
			"She resigned after calls from opposition councillors for her to go.",
			"Pressure is growing on the lead member for children to stand down.",
			"The Green group demanded that the director step aside during the review.",
			"He was asked by his own party to stand aside.",
			"A parent said the chief executive should do the honourable thing.",
		],
	],
	[
		'resignation',
		[
			"The director of children’s services has resigned.",
			"The cabinet member for children stepped down on Friday.",
			"The council’s chief executive has quit after the damning report.",
			"The director is leaving the authority at the end of the month.",
			"The lead member announced her resignation at a meeting on Tuesday.",
			"The director left the council by mutual agreement.",
			"The director of children’s services has left the authority with immediate effect.",
			"The council confirmed the departure of its director of children’s services.",
			"The cabinet member handed in her resignation last week.",
			"Mr Jones will step down as director in the summer.",
			"The head of children’s services has retired.",
			"The director left to take over at a neighbouring council.",
			"She leaves Wigan to become director of children’s services at Bolton.",
		],
	],
	[
		'funding',
		[
			"The council will invest an extra £5m in children’s services.",
			"The DfE has given the council £2.5m to support its improvement.",
			"Councillors agreed to put £3 million more into social work teams.",
			"An extra £800,000 has been set aside to recruit social workers.",
			"The council has increased its children’s services budget by £12m.",
			"The government has awarded the council a grant of £1.2 million for early help.",
			"The council is pumping millions into its children’s services.",
		],
	],
	[
		'improvement-plan',
		[
			"The council has published its improvement plan.",
			"An action plan was approved by cabinet on Tuesday.",
			"The council must submit a plan to Ofsted within 70 working days.",
			"Councillors signed off a post-inspection action plan.",
			"The council’s recovery plan sets out 40 actions.",
			"The council has a plan to address every recommendation.",
			"An improvement programme has been launched.",
			"The council came up with a focused plan to address the issues raised.",
		],
	],
];

for (const [type, sentences] of moreWordings) {
	describe(`${type} in other words`, () => {
		test.each(sentences)('%s', (sentence) => expect(typesIn(sentence).map((t) => t.split(' ')[0])).toContain(type));
	});
}

describe('words of an event that report none', () => {
	test.each([
		['Credit must go to the former interim director and her team.', 'resignation-call'],
		['Thanks should go to the social workers who stayed.', 'resignation-call'],
	])('%s', (sentence, type) => expect(typesIn(sentence).map((t) => t.split(' ')[0])).not.toContain(type));
});

test('"rated good with outstanding features" is one grade, good', () => {
	expect(
		extractArticle('title: Council news\ndate: 2021-06-09\nauthority: Leeds\n\nOfsted rated the service good with outstanding features.\n', {today})
			.events.filter((e) => e.type === 'inspection-judgement')
			.map((e) => e.rating),
	).toEqual(['good']);
});

test('"called again for the resignation of" is a call, not a resignation', () => {
	expect(typesIn('The opposition leader today called again for the resignation of the lead member.').map((t) => t.split(' ')[0])).not.toContain('resignation');
});

describe('grades that are nobody’s judgement, and one kept', () => {
	test.each([
		'Only a quarter of councils passed the tougher test. The other three-quarters were found to be ‘inadequate’ or ‘requiring improvement’.',
		'Inadequate councils receive quarterly visits from inspectors.',
		'Of the 40 councils inspected so far, 24 of these failed to secure a ‘good’ rating.',
		'Under the framework, areas with the lowest outcome must submit a priority action plan.',
	])('%s', (sentence) => expect(typesIn(sentence).filter((t) => t.startsWith('inspection-judgement'))).toEqual([]));

	test('"has kept its good Ofsted rating" is a judgement', () => {
		expect(typesIn('The council has kept its good Ofsted rating.').map((t) => t.split(' ')[0])).toContain('inspection-judgement');
	});

	test('"found the quality of plans to be poor": plans as a noun schedule nothing', () => {
		expect(typesIn('A monitoring visit in March found the quality of plans to be poor.').join()).not.toMatch(/planned/);
	});
});

test('"Calls for the resignation of ... were rejected" is a call, refused', () => {
	expect(typesIn('Calls for the resignation of senior councillors were rejected at a special meeting on Tuesday.')).toContain('resignation-call refused');
});

test('"rated ‘good’ with ‘outstanding’ features": one grade, good, with the marks around the features’ word', () => {
	const got = extractArticle('title: Council news\ndate: 2021-06-09\nauthority: Leeds\n\nLeeds City Council’s children’s services have been rated ‘good’ with ‘outstanding’ features by Ofsted.\n', {today}).events;
	expect(got.filter((e) => e.type === 'inspection-judgement').map((e) => e.rating)).toEqual(['good']);
});

test('"wants the council to put in place an action plan" is a plan to come; "took place last month and its report is due" a visit that happened', () => {
	expect(typesIn('The minister wants the council to put in place an action plan.')).toContain('improvement-plan planned');
	expect(typesIn('A second inspection took place last month and its report is due later this week.')).toContain('inspection-visit');
});

test('a price ("£8,000 a week") and the figure it is "compared with" are no funding', () => {
	expect(typesIn('A single residential placement can now cost more than £8,000 a week, the report says, compared with around £4,500 in 2019.')).not.toContain('funding');
	expect(typesIn('The council has set aside £25,000 for the review.')).toContain('funding');
});

test('"The resignation of the leader of the council." as a list item of demands is no resignation', () => {
	expect(typesIn('The resignation of the leader of the council.')).not.toContain('resignation');
	expect(typesIn('The resignation of the director was announced on Monday.')).toContain('resignation');
});

test('"who was appointed to serve as a commissioner in other areas" is someone’s post elsewhere, no appointment here', () => {
	expect(typesIn('We have brought in Dave Hill, who was appointed to serve as a children’s commissioner in other areas.')).not.toContain('commissioner-appointed');
});

test('"parted company with the council, ending her £82,000-a-year contract" is a departure, not funding', () => {
	const got = typesIn('The head of social care unexpectedly parted company with the council, ending her £82,000-a-year contract.');
	expect(got).toContain('resignation');
	expect(got).not.toContain('funding');
});

test('a list of demands after "... will call for:" is a call, on the introduction’s day and in its tense', () => {
	const got = extractArticle('title: Council news\ndate: 2016-10-07\nauthority: Leeds\n\nAn extraordinary meeting of Leeds City Council has been called for Monday afternoon, at which opposition councillors will call for:\n\nThe resignation of the leader of the council.\n\nThe resignation of the cabinet member for children.\n', {today}).events;
	expect(got.map((e) => `${e.type} ${e.status ?? ''} ${e.date.value}`)).toEqual(['resignation-call planned 2016-10-10']);
	const items = extractArticle('title: Council news\ndate: 2016-10-07\nauthority: Leeds\n\nA meeting of Leeds City Council has been called for Monday, at which opposition councillors will call for:\n\nThe leader of the council to stand down.\n\nThe cabinet member for children to stand down.\n', {today}).events;
	expect(items.map((e) => `${e.type} ${e.status ?? ''} ${e.date.value}`)).toEqual(['resignation-call planned 2016-10-10']);
});

test('"declined to accept either offer" to stand down is a refusal', () => {
	expect(typesIn('The director and the cabinet member both offered to stand down. The council leader declined to accept either offer.').map((t) => t.split(' ')[0])).toContain('resignation-refused');
});
