/**
 * Speakers as newsrooms print them on real pages (session 31): a body's spokesperson called by what the body is ("a
 * spokesman for the children's charity", "a spokeswoman for the company" after "X, the company that runs ..."), a
 * document that carries on ("It also adds:"), a document by its owner's name ("Cllr Reed's letter added:"), "its
 * report" after the inspectorate rated the council, a direction by another adjective ("the practice direction
 * said"), a colon lead-in that is a pronoun's view ("Her view:") and a party's councillors as the subject
 * ("Conservative councillors said:"). Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const quotes = (body: string, authority = 'Rotherham') => extractArticle(`title: Council news\ndate: 2022-09-20\nauthority: ${authority}\n\n${body}\n`, {today}).quotes;
const speakers = (body: string, authority?: string) => quotes(body, authority).filter((q) => !q.fragment).map((q) => q.speaker);

test('a spokesperson for the body named by what it is', () => {
	expect(speakers('Bright Start for Children, the company that runs the borough’s children’s services, has been told it requires improvement.\n\nA spokeswoman for the company said: "We are pleased inspectors saw our progress."')).toEqual(['Bright Start for Children']);
	expect(speakers('Kinship, the children’s charity, has long warned about delays.\n\nA spokesman for the charity said: "Families have waited too long."')).toEqual(['Kinship']);
	expect(speakers('The report found "serious weaknesses" and the NSPCC called it "deeply worrying", with a spokesman for the children’s charity saying: "Children are being let down. The council must act now."')).toEqual(['NSPCC']);
	// A sentence opener is no body's name.
	expect(speakers('Today, the charity has issued a warning.\n\nA spokesman for the charity said: "Families have waited too long."')).toEqual([null]);
});

test('a participle after a document subject does not make the document its speaker’s', () => {
	const found = quotes('Ofsted rated the service inadequate in its latest report.\n\nThe report criticised the council for "slow and weak" action, with a spokesman for the NSPCC saying: "Children are being let down."\n\nThe report said: "Leaders did not act quickly enough."');
	expect(found.filter((q) => !q.fragment).map((q) => q.speaker)).toEqual(['NSPCC', 'Ofsted']);
});

test('a document that carries on with an adverb: "It also adds:"', () => {
	expect(speakers('Ofsted rated the service good.\n\nThe report states: "Leaders have focused on strengthening services.\n\n"Need has risen in much of the country."\n\nIt also adds: "The joint work across the council is the best example of the approach."')).toEqual(['Ofsted', 'Ofsted', 'Ofsted']);
});

test('a document by its owner’s name: "Cllr Reed’s letter added:"', () => {
	expect(speakers('Cllr Tom Reed has written an open letter to residents. He said: "We have let our children down."\n\nOfsted praised the work of the interim director, Ann Cole.\n\nCllr Reed’s letter added: "Improvements have already started."')).toEqual(['Tom Reed', 'Tom Reed']);
	expect(speakers('Ofsted praised the work of the interim director, Ann Cole.\n\nCouncil leader Tom Reed’s statement added: "Improvements have already started."')).toEqual(['Tom Reed']);
});

test('"its report" after the inspectorate rated the council is the inspectorate’s', () => {
	expect(speakers('Rotherham Council has pledged to keep improving after Ofsted inspectors rated its services as requiring improvement in its latest report.\n\nThe report, released this week, shows the department still has work to do.\n\nThe report said: "Services are no longer inadequate, but progress has been slow."')).toEqual(['Ofsted']);
	// The council's own report, "its" the council's.
	expect(speakers('Rotherham Council set out the changes in its latest report to cabinet.\n\nThe report said: "Caseloads have fallen."')).toEqual(['Rotherham Council']);
});

test('a direction by another adjective, issued by "the government"', () => {
	const found = quotes('The government told the council it had failed, in a direction issued this week.\n\nThe commissioner will review "whether the best way of securing improvement is to move the service to a trust," the practice direction said.');
	expect(found.at(-1)!.speaker).toBe('Department for Education');
});

test('a pronoun’s view as a colon lead-in: "Her view:"', () => {
	expect(speakers('The director of people, Carol Pike, spoke to the paper.\n\nShe was joined by the portfolio holder, Cllr Richard Gale, and the chief executive, Henry Briar.\n\nHer view: "A small council can still do big things."')).toEqual(['Carol Pike']);
	expect(speakers('The board discussed the findings.\n\nTom Lee, chair of the board, was blunt. His verdict on the report: "This is not good enough."')).toEqual(['Tom Lee']);
});

test('a party’s councillors as the subject: "Conservative councillors said:"', () => {
	expect(speakers('The cabinet backed the plan. Conservative councillors said: "This is a failure of leadership."')).toEqual(['Conservatives']);
	expect(speakers('Labour councillors said: "The leader must go."')).toEqual(['Labour']);
	expect(speakers('Tory councillors said in a statement: "The leader must go."')).toEqual(['Conservatives']);
	expect(speakers('Lib Dem councillors said: "The leader must go."')).toEqual(['Liberal Democrats']);
	// Two parties: the first of the pair.
	expect(speakers('Cllr Ann Bell defended the plan. Labour and Green councillors said: "The leader must go."')).toEqual(['Labour']);
});

test('"she said" after a paragraph that reported a body’s spokeswoman is the body’s', () => {
	const body = 'Cllr Jo Hart, cabinet member for children, said: "We have work to do."\n\nA council spokeswoman said a new duty team had been in place since September.\n\n"The authority accepts the findings in full," she said.\n\n"A detailed improvement plan was agreed by cabinet in October."';
	expect(speakers(body)).toEqual(['Jo Hart', 'Rotherham Council', 'Rotherham Council']);
	expect(speakers('Inspectors visited in March.\n\nAn Ofsted spokeswoman said the new ratings were more demanding.\n\nCouncil leader Tom Reed said the council would respond.\n\n"An adequate rating does not mean children are unsafe," she said.')).not.toContain('Ofsted');
	expect(speakers('Cllr Amy Ross, cabinet member for children, said: "We have work to do."\n\nAn Ofsted spokeswoman said the new ratings were more demanding.\n\n"An adequate rating does not mean children are unsafe," she said.')).toEqual(['Amy Ross', 'Ofsted']);
	// A spokesman is not "she".
	expect(speakers('Cllr Amy Ross, cabinet member for children, said: "We have work to do."\n\nAn Ofsted spokesman said the new ratings were more demanding.\n\n"An adequate rating does not mean children are unsafe," she said.')).toEqual(['Amy Ross', 'Amy Ross']);
});

test('a party’s group on a named council, as printed: "the Hartley Conservative group"', () => {
	expect(speakers('Councillors will debate three motions tonight.\n\nThe motion tabled by the Hartley Conservative group reads: "This council has lost the confidence of residents."')).toEqual(['Hartley Conservative group']);
	expect(speakers('The Hartley Labour Group said: "The leader must go."')).toEqual(['Hartley Labour Group']);
	// With no place before the party, the party.
	expect(speakers('The Labour group said: "The leader must go."')).toEqual(['Labour']);
});

test('a quotation in single marks that a colon opens on a capital, on a page cut off mid-sentence', () => {
	const found = quotes("Ofsted rated the service good.\n\nTom Reed, director of children's services, said: 'The inspection report is a testament");
	expect(found.map((q) => [q.text, q.speaker, q.fragment])).toEqual([['The inspection report is a testament', 'Tom Reed', false]]);
	// Not a phrase in single marks after a colon that starts lower-case.
	expect(quotes("The plan has one aim: 'to do better for children and")).toEqual([]);
});
