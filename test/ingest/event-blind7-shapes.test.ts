/**
 * Shapes a seventh look at a blind reading of real pages showed still missed: a director of children's services
 * appointed, told as a noun phrase or by who took over; visits dated inside reported speech; a report published with
 * no grade word. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {article, today} from './article.js';

const lead = 'Children’s services in the county are under the spotlight again.';
const rows = (published: string, ...paragraphs: string[]) =>
	article(published, lead, ...paragraphs).events.map((e) => `${e.type} ${e.authority} ${e.date.value ?? 'undated'} ${e.date.precision}${e.date.approximate ? '~' : ''} ${e.status ?? 'happened'}`);

test('"the appointment of Sarah Lyle as permanent director of children’s services in August last year": an appointment, in that month', () => {
	expect(rows('2021-03-10', 'Action taken by Wiltshire Council includes the appointment of Sarah Lyle as permanent director of children’s services in August last year.')).toEqual(['other Wiltshire 2020-08 month happened']);
	// A commissioner's appointment is typed as such, not as a director's.
	expect(rows('2021-03-10', 'Gateshead Council welcomed the appointment of Hugh Dale as commissioner in January.').map((r) => r.split(' ')[0])).toEqual(['commissioner-appointed']);
});

test('"has a new Director of Children’s Services, Omar Khan, who is leading the changes": an appointment, with no date of its own', () => {
	const found = rows('2021-03-10', 'Wiltshire Council has a new Director of Children’s Services, Omar Khan, who is leading the changes.');
	expect(found).toHaveLength(1);
	expect(found[0]).toMatch(/^other Wiltshire (undated unknown|2021-03-10 day~) happened$/);
	// A director who speaks is no appointment.
	expect(rows('2021-03-10', 'Wiltshire Council’s new director of children’s services, Omar Khan, said the work would take time.')).toEqual([]);
});

test('"Interim director Paul Reeve took over on Monday", "took over as interim director in May": the new director in post', () => {
	expect(rows('2021-03-10', 'Wiltshire Council’s director of children’s services, Helen Okafor, has left the authority.', 'Interim director Paul Reeve took over on Monday, the council confirmed.')).toEqual(['resignation Wiltshire 2021-03-10 day~ happened', 'other Wiltshire 2021-03-08 day happened']);
	expect(rows('2021-06-10', 'Gateshead Council’s Jo Nash took over as interim director of children’s services in May.')).toEqual(['other Gateshead 2021-05 month happened']);
	expect(rows('2021-06-10', 'Rutland County Council said Amir Bell was appointed director of children’s services in 2019.')).toEqual(['other Rutland 2019 year happened']);
	expect(rows('2021-06-10', 'Norfolk County Council’s Kate Rowe will take over as director of children’s services in September.')).toEqual(['other Norfolk 2021-09 month planned']);
	// Taking over a service, a case, or a director of another kind, is no director's appointment.
	expect(rows('2021-06-10', 'Gateshead Council’s Jo Nash took over the running of the adoption panel in May.')).toEqual([]);
	expect(rows('2021-06-10', 'Gateshead Council’s Jo Nash was appointed director of public health in May.')).toEqual([]);
});

test('"director of children’s services Ann Pike, who joined the council in October,": the appointment takes the aside’s date', () => {
	expect(rows('2023-02-10', 'Gateshead Council’s director of children’s services, Ann Pike, who joined the council in October, said an audit of open cases had begun.')).toEqual(['other Gateshead 2022-10 month happened']);
	expect(rows('2016-02-12', 'Gateshead Council’s children’s services were rated inadequate in November.', 'An interim director, Leon Marsh, has been in post since January 4.')).toContain('other Gateshead 2016-01-04 day happened');
});

test('"joined as an assistant director in 2014 and was made director in May 2015": two posts taken up, each on its date', () => {
	expect(rows('2021-06-10', 'Norfolk County Council’s director of children’s services has stepped down.', 'Mr Dunn joined the council as an assistant director for safeguarding in 2014 and was made director in May 2015.').filter((r) => r.startsWith('other'))).toEqual(['other Norfolk 2014 year~ happened', 'other Norfolk 2015-05 month happened']);
});

const visits = (published: string, ...paragraphs: string[]) =>
	article(published, lead, ...paragraphs).events.filter((e) => e.type === 'inspection-visit').map((e) => `${e.authority} ${e.date.value ?? 'undated'} ${e.date.precision}${e.date.approximate ? '~' : ''}`);

test('"the report outlined that the last inspection of 2 May to 20 May 2016, had been undertaken ... and that the recent inspection of 3 to 21 October 2022 had been undertaken": two visits, each on its first day', () => {
	expect(visits('2022-11-30', 'Cumbria County Council’s children’s services have been judged good.', 'The report outlined that the last inspection of 2 May to 20 May 2016, had been undertaken under the old framework and that the recent inspection of 3 to 21 October 2022 had been undertaken under the new framework.').sort()).toEqual(['Cumbria 2016-05-02 day', 'Cumbria 2022-10-03 day']);
	expect(visits('2022-11-30', 'Cumbria County Council’s children’s services have been judged good.', 'Inspectors said the inspection between 3 and 21 October 2022 had been the first under the new framework.')).toEqual(['Cumbria 2022-10-03 day']);
	// An inspection of something else, or a visit to come, is not told by the range's words.
	expect(visits('2022-11-30', 'Cumbria County Council’s children’s services have been judged good.', 'The report listed the inspection of 12 homes to 30 schools as a priority.')).toEqual([]);
});

test('"Ofsted released a report yesterday about ...", "Its report was published on Friday, following inspection": a judgement whose grade is not told', () => {
	const judgements = (text: string) => extractArticle(text, {today}).events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.authority} ${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}`);
	const undated = ['title: Report on council’s help for children', '', 'Ofsted released a report yesterday about Gateshead Council’s children’s services, having assessed the authority’s work with children in need.', '', 'Its report was published on Friday, following inspection earlier in March.', ''].join('\n');
	expect(judgements(undated)).toEqual(['Gateshead ungraded undated']);
	expect(judgements(`date 2023-03-20 ${lead}\n\nGateshead Council’s children’s services have been inspected.\n\nThe Ofsted report was published on Friday, following an inspection earlier in March.\n`)).toEqual(['Gateshead ungraded 2023-03-17']);
	// A council's own report, or one still to come, is no inspection's.
	expect(judgements(`date 2023-03-20 ${lead}\n\nGateshead Council’s children’s services are changing.\n\nIts report on the new model was published on Friday.\n`)).toEqual([]);
});

test('"their third consecutive outstanding", "a repeat inadequate": a grade given again, told with no judging verb (and the earlier grade it repeats, undated)', () => {
	const grades = (...p: string[]) => article('2023-03-01', lead, ...p).events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.authority} ${e.rating} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`);
	expect(grades('Wiltshire Council’s children’s services have received their third consecutive outstanding from Ofsted.')).toEqual(['Wiltshire outstanding 2023-03-01~', 'Wiltshire outstanding undated']);
	expect(grades('Gateshead Council’s children’s services have been handed a repeat inadequate.')).toEqual(['Gateshead inadequate 2023-03-01~', 'Gateshead inadequate undated']);
	expect(grades('Rutland County Council is celebrating its second successive outstanding from Ofsted.')).toEqual(['Rutland outstanding 2023-03-01~', 'Rutland outstanding undated']);
	// "a second good idea", "the third outstanding nurse": no grade.
	expect(grades('Rutland County Council’s plan for its children’s centres is a second good idea, the leader said.')).toEqual([]);
});

test('an intervention told as a list of steps and their months: each step on its month', () => {
	const steps = rows('2023-03-01', 'Wiltshire Council’s intervention so far:', '• Statutory direction issued: May 2021', '• Commissioner for children’s social care appointed: June 2021', '• Improvement board set up: July 2021', '• Direction lifted: January 2023');
	expect(steps).toEqual(['improvement-notice Wiltshire 2021-05 month happened', 'commissioner-appointed Wiltshire 2021-06 month happened', 'improvement-board Wiltshire 2021-07 month happened', 'improvement-notice-lifted Wiltshire 2023-01 month happened']);
});

test('"An improvement board was set up in July 2021": the board’s own verb and date, not another event’s', () => {
	expect(rows('2023-03-01', 'An improvement board was set up in July 2021 to oversee Wiltshire Council’s children’s services.')).toEqual(['improvement-board Wiltshire 2021-07 month happened']);
	// A board set up after another event keeps that event's date apart.
	expect(rows('2023-03-01', 'Wiltshire Council’s improvement board, which followed the notice issued in May 2021, meets monthly.').filter((r) => r.startsWith('improvement-board'))).not.toContain('improvement-board Wiltshire 2021-05 month happened');
});

test('"Ofsted inspectors, visiting in February, found", "Inspectors who came to the council in October found": a visit told by who found what', () => {
	const p = 'Gateshead Council’s children’s services are under scrutiny.';
	expect(visits('2023-03-01', p, 'Ofsted inspectors, visiting in February, found that managers knew their teams well.')).toEqual(['Gateshead 2023-02 month']);
	expect(visits('2023-03-01', p, 'Inspectors who came to the council in October found that caseloads had fallen.')).toEqual(['Gateshead 2022-10 month']);
	expect(visits('2023-03-01', p, 'Ofsted, which inspected the service in October, said caseloads had fallen.')).toEqual(['Gateshead 2022-10 month']);
	// A visit hoped for, or inspectors who found nothing on a date, is no visit told.
	expect(visits('2023-03-01', p, 'Inspectors found in 2019 that caseloads were too high, the council said.')).toEqual([]);
});

test('a report quoted on an earlier inspection, its year before the grade: "At the last standard inspection in 2019, the local authority was judged to require improvement to be good."', () => {
	const grades = (...p: string[]) => article('2023-03-01', 'Norfolk County Council’s children’s services have improved, Ofsted says.', ...p).events.filter((e) => e.type === 'inspection-judgement' && e.date.value !== '2023-03-01').map((e) => `${e.rating} ${e.date.value ?? 'undated'}`);
	expect(grades('The report said: "At the last standard inspection in 2019, the local authority was judged to require improvement to be good. Leaders have acted on every finding."')).toEqual(['requires improvement 2019']);
	expect(grades('In the report, inspectors said: "The local authority was last inspected in July 2021, when it was judged good."')).toEqual(['good 2021-07']);
	// A grade hoped for stays the speaker's claim.
	expect(grades('The leader said: "Since the inspection in 2021 we have worked to be judged good next time."')).toEqual([]);
});

test('"regains full control ... from that date, on condition that an independent review is completed by 1 December": the deadline is the condition’s, not the end of the intervention', () => {
	const found = rows('2020-05-02', 'Commissioners sent into Rutland County Council in 2017 will be withdrawn on 30 June, the education secretary confirmed.', 'The council regains full control of its children’s services from that date, on condition that an independent review is completed by 1 December.');
	expect(found.filter((r) => r.startsWith('improvement-notice-lifted'))).toEqual(['improvement-notice-lifted Rutland 2020-06-30 day planned']);
});

test('a grade told only in a quote that points at it: "This ‘inadequate’ rating is a wake-up call", "our ‘good’ Ofsted report"', () => {
	const grades = (...p: string[]) => article('2023-03-01', lead, ...p).events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.authority} ${e.rating}`);
	expect(grades('Cllr Ann Bell said: “This ‘inadequate’ rating is a wake-up call for all of us at Rutland County Council.”')).toEqual(['Rutland inadequate']);
	expect(grades('Cllr Ann Bell said: “We are very proud of our ‘good’ Ofsted report, which recognises the work of Wiltshire Council’s staff.”')).toEqual(['Wiltshire good']);
	// A grade wished for stays the speaker's.
	expect(grades('Cllr Ann Bell said: “We want Rutland County Council to move beyond our ‘requires improvement’ rating.”')).toEqual([]);
});

test('"succeeded Tom Ray as director of children’s services in April", "will become Gateshead Council’s director of children’s services next month": a director appointed', () => {
	expect(rows('2023-05-10', 'Ruth Gale succeeded Tom Ray as Gateshead Council’s director of children’s services in April.')).toEqual(['other Gateshead 2023-04 month happened']);
	expect(rows('2023-05-10', 'Ruth Gale replaced Tom Ray as Wiltshire Council’s interim director in March.')).toEqual(['other Wiltshire 2023-03 month happened']);
	expect(rows('2023-05-10', 'Ruth Gale will become Gateshead Council’s director of children’s services next month.')).toEqual(['other Gateshead 2023-06 month planned']);
	// A service replaced, or a director replaced by nobody named, is no appointment.
	expect(rows('2023-05-10', 'Gateshead Council’s children’s centres were replaced by family hubs in April.')).toEqual([]);
});

test('"rated inadequate again, a repeat of its 2019 grade": the grade of now and the earlier one, each on its own date', () => {
	const grades = (...p: string[]) => article('2023-03-01', lead, ...p).events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`).sort();
	expect(grades('Wiltshire Council has been rated inadequate again by Ofsted, a repeat of its 2019 grade.')).toEqual(['inadequate 2019', 'inadequate 2023-03-01~']);
	expect(grades('In 2021 Gateshead Council was rated inadequate again, a repeat of its 2019 grade.')).toEqual(['inadequate 2019', 'inadequate 2021']);
});

test('"remain inadequate, as they were in 2019, Ofsted said": the grade of now and the earlier one', () => {
	const grades = (...p: string[]) => article('2023-03-01', lead, ...p).events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`).sort();
	expect(grades('Wiltshire Council’s children’s services remain inadequate, as they were in 2019, Ofsted said.')).toEqual(['inadequate 2019', 'inadequate 2023-03-01~']);
});

test('a list of an intervention’s steps, each opening with its month: "• June 2021: commissioner appointed"', () => {
	const steps = rows('2023-03-01', 'Wiltshire Council’s intervention so far:', '• May 2021: statutory direction issued', '• June 2021: commissioner appointed', '• January 2023: direction lifted');
	expect(steps).toEqual(['improvement-notice Wiltshire 2021-05 month happened', 'commissioner-appointed Wiltshire 2021-06 month happened', 'improvement-notice-lifted Wiltshire 2023-01 month happened']);
});

test('"A serious case review has been ordered", "commissioned a serious case review in March": an event of its own', () => {
	expect(rows('2021-05-02', 'A serious case review has been ordered by Gateshead Council’s safeguarding partnership after the death of a baby.')).toEqual(['other Gateshead 2021-05-02 day~ happened']);
	expect(rows('2021-05-02', 'Gateshead Council’s safeguarding partnership commissioned a serious case review in March.')).toEqual(['other Gateshead 2021-03 month happened']);
	// A review called for is not one ordered.
	expect(rows('2021-05-02', 'Opposition councillors in Gateshead want a serious case review.')).toEqual([]);
});

test('"X, who joined the council in the spring, said a new team would be in place by February": the joining happened; the plan is to come', () => {
	expect(rows('2009-12-10', 'Gateshead Council’s director of children’s services, Amir Bell, who joined the council in the spring, said a new referral team would be in place by February.')).toEqual(['other Gateshead 2009 year~ happened']);
});

test('"Former director of children’s services in Rutland, Paul Hale, was appointed as interim director": not an appointment by the council of the former post', () => {
	const p = 'Gateshead Council’s director of children’s services left in January.';
	expect(rows('2019-03-10', p, 'Former director of children’s services in Rutland, Paul Hale, was appointed as interim director in February.').filter((r) => r.startsWith('other'))).toEqual([]);
	expect(rows('2019-03-10', p, 'Paul Hale, previously director of children’s services at Rutland, has been appointed interim director at Gateshead Council.').filter((r) => r.startsWith('other'))).toEqual(['other Gateshead undated unknown happened']);
});
