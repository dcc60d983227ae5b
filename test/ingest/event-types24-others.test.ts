/**
 * Other event types told without their usual words: pressure to go as a call to resign (event-resign-pressure.ts),
 * "the board" where it began (event-board-set-up.ts), a budget raised or cut as a plan, decision or proposal
 * (event-funding-news.ts), a commissioner's report to come or told as a verdict, and a commissioner told in post
 * (event-commissioner-tenure.ts). Each beside near-misses with the same words that tell no such event: a hope, a
 * question, a denial, a condition, another body, a school, a hospital or a police force. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

const of = (type: string, published: string, ...text: string[]) => rows(published, ...text).filter((r) => r.startsWith(`${type} `));

test('lost confidence in a person, new leadership demanded, and pressure beside a going are calls to go', () => {
	expect(of('resignation-call', '2014-05-02', 'Rochdale’s director of children’s services said she would step down after a group of councillors said they had lost confidence in her.')).toHaveLength(1);
	expect(of('resignation-call', '2014-05-02', 'Opposition councillors in Rochdale demanded a change of leadership in children’s services after the Ofsted report.')).toHaveLength(1);
	expect(of('resignation-call', '2014-05-02', 'Rochdale’s cabinet member for children has quit, following mounting pressure from opposition councillors over the inadequate rating.')).toHaveLength(1);
	expect(of('resignation-call', '2014-05-02', 'Under pressure from MPs, Rochdale’s director of children’s services announced she would stand down.')).toHaveLength(1);
});

test('confidence lost in a plan, denied or asked, pressure with no going, a report’s call, and training are no calls', () => {
	expect(of('resignation-call', '2014-05-02', 'Parents in Rochdale said they had lost confidence in the system for children with special needs.')).toEqual([]);
	expect(of('resignation-call', '2014-05-02', 'Rochdale’s leader said he had not lost confidence in the director of children’s services.')).toEqual([]);
	expect(of('resignation-call', '2014-05-02', 'Have Rochdale’s MPs lost confidence in her?')).toEqual([]);
	expect(of('resignation-call', '2014-05-02', 'Rochdale Council is under pressure from parents to keep the children’s centre open.')).toEqual([]);
	expect(of('resignation-call', '2014-05-02', 'Rochdale Council is under growing pressure from rising demand for children’s social care.')).toEqual([]);
	expect(of('resignation-call', '2014-05-02', 'The Ofsted report on Rochdale calls for new leadership of the front door team.')).toEqual([]);
	expect(of('resignation-call', '2014-05-02', 'Rochdale Council has called for new leadership training for its social work managers.')).toEqual([]);
	expect(of('resignation-call', '2014-05-02', 'Greater Manchester Police’s chief constable will step down in the summer, following pressure from the mayor.')).toEqual([]);
	expect(of('resignation-call', '2014-05-02', 'The head teacher of a Rochdale primary school resigned, following pressure from parents over the school’s Ofsted grade.')).toEqual([]);
});

test('the board where it began, tied to the service’s improvement, is an improvement board', () => {
	expect(of('improvement-board', '2016-01-22', 'Leeds has changed how it oversees its children’s services.', 'The board was set up in 2010 when Leeds was placed under an improvement notice.')).toEqual(['improvement-board 2010']);
	expect(of('improvement-board', '2023-07-20', 'Havering Council has changed how it checks its children’s services.', 'The board, created in 2019 after an inspection found weak oversight, now meets every two months.')).toEqual(['improvement-board 2019']);
	expect(of('improvement-board', '2022-09-21', 'The board set up to oversee improvements to Cheshire East’s children’s services met for the first time on Monday.')).toEqual(['improvement-board 2022-09-19~']);
});

test('a board of a school, a hospital, a club or a company, or one with no tie to improvement, is none', () => {
	expect(of('improvement-board', '2016-01-22', 'Leeds Council has a new leisure strategy.', 'The board was set up in 2010 to run the city’s leisure centres.')).toEqual([]);
	expect(of('improvement-board', '2016-01-22', 'A Leeds primary school was rated inadequate by Ofsted.', 'The board, created in 2015 after the school was rated inadequate, will appoint a new head teacher.')).toEqual([]);
	expect(of('improvement-board', '2016-01-22', 'Leeds Teaching Hospitals NHS Trust was told to improve by inspectors.', 'The board met for the first time on Monday to oversee improvements at the hospital trust.')).toEqual([]);
	expect(of('improvement-board', '2016-01-22', 'Leeds United has new owners.', 'The board of directors was formed in 2014 after the club was sold.')).toEqual([]);
	expect(of('improvement-board', '2016-01-22', 'Leeds Council was rated inadequate.', 'The board was never set up after the inspection, councillors heard.')).toEqual([]);
});

test('a budget for the service raised, protected or cut as a plan, decision or proposal is funding', () => {
	expect(of('funding', '2021-10-14', 'Stockport Council plans to increase its children’s social care budget after the Ofsted report.')).toEqual(['funding 2021-10~']);
	expect(of('funding', '2018-03-01', 'Conservatives in Bexley proposed cutting the children’s services budget in February.')).toEqual(['funding 2018-02']);
	expect(of('funding', '2018-03-01', 'Bexley Council voted in February to protect the children’s social care budget.')).toEqual(['funding 2018-02']);
});

test('a budget raise hoped for, urged, denied, conditional, asked, or of another service is none', () => {
	expect(of('funding', '2021-10-14', 'Parents hope Stockport Council will increase its children’s social care budget.')).toEqual([]);
	expect(of('funding', '2021-10-14', 'Ofsted said Stockport should increase its children’s services budget.')).toEqual([]);
	expect(of('funding', '2021-10-14', 'Stockport Council has no plans to cut its children’s services budget.')).toEqual([]);
	expect(of('funding', '2021-10-14', 'Stockport Council will not be increasing the children’s services budget this year.')).toEqual([]);
	expect(of('funding', '2021-10-14', 'If Stockport Council decided to cut the children’s services budget, more children would be at risk.')).toEqual([]);
	expect(of('funding', '2021-10-14', 'Will Stockport Council protect its children’s services budget?')).toEqual([]);
	expect(of('funding', '2021-10-14', 'Stockport Council plans to increase its highways budget next year.')).toEqual([]);
	expect(of('funding', '2021-10-14', 'Stockport NHS Foundation Trust plans to increase its budget for mental health services.')).toEqual([]);
});

// (Main's date calibration reads a budget's 'next year' and a report due 'by the end of December' as approximate: the
// year the money is for, and a span's bound, are readings of the sentence, not days it tells.)
test('a budget’s next year told in the first quarter is the article’s year, and later in the year the next', () => {
	expect(of('funding', '2021-02-18', 'Poole Council plans to increase its children’s services budget by 12 per cent next year.')).toEqual(['funding 2021-02~']);
	expect(of('funding', '2021-10-14', 'Salford City Council plans to add £6m to its children’s social care budget next year.')).toEqual(['funding 2022~']);
});

test('a commissioner’s report to come, or told as backing the council, is a commissioner’s report', () => {
	expect(of('commissioner-report', '2022-12-06', 'The government-appointed children’s commissioner for Herefordshire is expected to complete her report by the end of December.')).toEqual(['commissioner-report 2022-12~']);
	expect(of('commissioner-report', '2024-02-21', 'Commissioner backs Swindon to keep control of its children’s services.')).toEqual(['commissioner-report 2024-02-21~']);
});

test('another commissioner’s report, a question, a condition or a denial is none', () => {
	expect(of('commissioner-report', '2022-12-06', 'The police and crime commissioner for West Mercia is expected to complete her report by the end of December.')).toEqual([]);
	expect(of('commissioner-report', '2022-12-06', 'England’s Children’s Commissioner is expected to deliver her report on children in care in the spring.')).toEqual([]);
	expect(of('commissioner-report', '2022-12-06', 'Will the commissioner in Hereford complete her report by the end of December?')).toEqual([]);
	expect(of('commissioner-report', '2022-12-06', 'The Information Commissioner backs Hereford to keep its records online.')).toEqual([]);
});

test('a commissioner told in post is an appointment made', () => {
	expect(of('commissioner-appointed', '2022-01-21', 'The commissioner who has overseen Kirklees Council’s children’s services since 2017 has stepped down.')).toEqual(['commissioner-appointed 2017']);
	expect(of('commissioner-appointed', '2022-01-21', 'Birmingham City Council’s children’s services remain inadequate.', 'Commissioner Lord Ashton is already working with the authority.')).toHaveLength(1);
});

test('a police commissioner in post, or one denied, is no appointment of the service’s', () => {
	expect(of('commissioner-appointed', '2022-01-21', 'The police and crime commissioner, who has overseen West Yorkshire Police since 2016, said she was proud of the force.')).toEqual([]);
	expect(of('commissioner-appointed', '2022-01-21', 'Kirklees Council said no commissioner had been working with its children’s services since 2017.')).toEqual([]);
});

test('a call to go told beside the going it brought about takes the going’s year', () => {
	expect(of('resignation-call', '2017-03-01', 'Norfolk’s director of children’s services announced in the summer of 2013 that she would leave after a group of MPs said they had lost confidence in her.')).toEqual(['resignation-call 2013~']);
});

test('a dated call keeps its own date, and a call beside another council’s going takes none of it', () => {
	expect(of('resignation-call', '2017-03-01', 'In 2012 Norfolk MPs called for the director of children’s services to resign, and she left the council in 2013.')).toEqual(['resignation-call 2012']);
	expect(of('resignation-call', '2017-03-01', 'Suffolk’s director of children’s services left in 2013, while in Norfolk MPs called for the council leader to resign.')).toEqual(['resignation-call 2017-03-01~']);
});
