/**
 * Session 31's judgement families, in sentences written for this project: a present-tense grade attributed to the
 * inspectors after it; the old star ratings counted "out of four"; the report's "areas that required improvement";
 * the leaders' part-grade told with "for"; a neighbouring council graded beside this one after "with"; the council's
 * adult social care graded by the Care Quality Commission as the verb's object; a grade still awaited.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const judgementsOf = (body: string, published = '2019-05-10', authority = 'Kent') =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: ${authority}\n\n${body}\n`, {today}).events.filter((e) => e.type === 'inspection-judgement');
const judgements = (body: string, published?: string) => judgementsOf(body, published).map((e) => `${e.authority} ${e.rating ?? '-'}`);

test('a present-tense grade the inspectors are said after it to have concluded is given', () => {
	expect(judgements("Kent's children's services are good, Ofsted inspectors have concluded.")).toEqual(['Kent good']);
	expect(judgements("The county's services for children are outstanding, the education watchdog has found.")).toEqual(['Kent outstanding']);
});

test('stars counted out of four are the stars given, not the scale', () => {
	expect(judgements('The council was given three out of four stars in the annual performance assessment.', '2007-05-10')).toEqual(['Kent good']);
	expect(judgements("Children's services were awarded two stars out of a possible four.", '2007-05-10')).toEqual(['Kent adequate']);
});

test("the report's areas that required improvement are no grade", () => {
	expect(judgements("The report identified areas that required improvement in the service's work with care leavers.")).toEqual([]);
	expect(judgements('Inspectors listed several areas requiring improvement, including supervision.')).toEqual([]);
	// (Every area graded is the service's grade.)
	expect(judgements('Inspectors found that services in all areas require improvement.')).toEqual(['Kent requires improvement']);
});

test("the leaders' part-grade told with 'for' is not the overall grade", () => {
	expect(judgements("The inspection concluded that the authority is 'outstanding' for leadership, management and governance.")).toEqual([]);
	expect(judgements("Inspectors judged the council 'good' overall and 'outstanding' for the effectiveness of its leaders.")).toEqual(['Kent good']);
});

test('a council named after "with" and graded is set beside this one: its grade is not filed as this council\'s', () => {
	expect(judgements("Kent's children's services have been judged good, with neighbouring Medway rated outstanding.")).toEqual(['Kent good']);
	// (A part of the service after "with" is still read as before.)
	expect(judgements('The council was rated good, with leadership graded outstanding.')).toEqual(['Kent good']);
});

test("the council's adult social care graded by the Care Quality Commission is its other service's grade", () => {
	const got = judgementsOf("In its report, the CQC rated the council's adult social care as 'requires improvement'.", '2024-05-10');
	expect(got.map((e) => `${e.rating} ${e.service}`)).toEqual(['requires improvement other']);
	// (A hospital the verb grades is still no council's.)
	expect(judgements('The CQC rated the county hospital as requires improvement.', '2024-05-10')).toEqual([]);
});

test('a grade awaited is a judgement to come', () => {
	const got = judgementsOf('Ofsted will publish its report next month; a rating of inadequate is expected.');
	expect(got.map((e) => `${e.rating} ${e.status}`)).toEqual(['inadequate planned']);
	expect(judgementsOf('Council bosses are braced for an inadequate rating when Ofsted publishes its findings.').map((e) => e.status)).toEqual(['planned']);
});

test("the inspectorates' order to write a written statement of action is the area SEND inspection's outcome", () => {
	const got = judgementsOf('Ofsted and the CQC have told the council to produce a written statement of action.', '2019-05-10');
	expect(got.map((e) => `${e.rating ?? '-'} ${e.service}`)).toEqual(['- send']);
	// (The council's own statement, submitted, is its plan, not a judgement.)
	expect(judgements('The council submitted its written statement of action to Ofsted in March.')).toEqual([]);
});

test('the top of a scale of three is the area SEND framework\'s top outcome; of four, the top grade', () => {
	expect(judgementsOf("Kent's SEND services were given the highest of three possible outcomes.", '2024-05-10').map((e) => `${e.rating} ${e.service}`)).toEqual(['good send']);
	expect(judgements("Ofsted gave Kent's children's services the highest of four grades.")).toEqual(['Kent outstanding']);
});

test("a short breaks unit is a home the council runs, not its children's services", () => {
	expect(judgementsOf("Ofsted has rated the council's residential short breaks unit as good.").map((e) => `${e.rating} ${e.service}`)).toEqual(['good other']);
});

test('the probation and SEND frameworks named by their own words lend the judgement its service', () => {
	expect(judgementsOf('The core case inspection found that work to protect the public was done well enough 64 per cent of the time.', '2011-05-10').map((e) => e.service)).toEqual(['youth justice']);
	expect(judgementsOf('The local area partnership was told there are widespread and/or systemic failings.', '2024-05-10').map((e) => `${e.rating} ${e.service}`)).toEqual(['inadequate send']);
});

test("the annual assessment's grade told as what the council 'was said to be performing' judges", () => {
	expect(judgements('Last year the borough was said to be performing well.', '2010-12-09')).toEqual(['Kent good']);
	expect(judgements('In 2009 the council was said to perform adequately.', '2010-12-09')).toEqual(['Kent adequate']);
});

test('an earlier grade the overall one replaces, with its own year, is a judgement of its own', () => {
	const dated = (body: string) => judgementsOf(body, '2014-09-25').map((e) => `${e.rating} ${e.date.value}`);
	expect(dated('The overall judgement of requires improvement replaces the adequate rating given for safeguarding in 2011.')).toEqual(['requires improvement 2014-09-25', 'adequate 2011']);
	// (A part graded beside the overall grade, with no year of its own, is still a part.)
	expect(dated('The overall judgement was requires improvement, with adoption rated good.').map((j) => j.split(' ').slice(0, -1).join(' '))).toEqual(['requires improvement']);
});
