/**
 * Written words as newsrooms quote them: a letter, report, statement, notice or email printed as a block, in marks of
 * every kind, or attributed after it. Sentences and names invented for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const article = (body: string) => extractArticle(`title: Council news\ndate: 2024-03-05\nsource: Test Gazette\n\n${body}\n`, {today});
const quotesOf = (body: string) =>
	article(body)
		.quotes.filter((q) => !q.fragment)
		.map((q) => [q.text.slice(0, 24), q.speaker]);

test.each([
	['Inspectors wrote in their report that ‘children wait far too long for help’.'],
	['The inspectors also noted in the letter that staff turnover was still high.'],
	['Council leader Tim Bask welcomed the decision.'],
	['In its report, the panel was critical of how slowly cases were closed.'],
])('a letter printed as a block ends where the narrator speaks again: %s', (narrator) => {
	const body = [
		'Children’s minister Alan Pardew set out his decision in a letter to Rutland County Council’s chief executive, Mary Oduya.',
		'The letter reads:',
		'I have decided that a commissioner should be appointed to review your children’s services.',
		'The services have failed to improve at the pace I expected.',
		narrator,
		'Officers are now preparing a response for the cabinet.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['I have decided that a co', 'Alan Pardew'],
		['The services have failed', 'Alan Pardew'],
	]);
});

test('a letter’s own first person is still the letter: "as I wrote to you in May"', () => {
	const body = [
		'Children’s minister Alan Pardew set out his decision in a letter to Rutland County Council’s leader.',
		'The letter reads:',
		'As I wrote to you in May, the pace of change has been too slow.',
		'I have decided that a commissioner should be appointed.',
	].join('\n\n');
	expect(quotesOf(body).map((q) => q[1])).toEqual(['Alan Pardew', 'Alan Pardew']);
});

test.each([
	['guillemets', 'The report said: «Referrals are not always screened by a qualified social worker.»'],
	['double primes', 'The report said: ″Referrals are not always screened by a qualified social worker.″'],
	['doubled straight single marks', "The report said: ''Referrals aren't always screened by a qualified social worker.''"],
	['doubled curly single marks', 'The report said: ‘‘Referrals are not always screened by a qualified social worker.’’'],
])('a report quoted in %s is a quote of the report', (_, paragraph) => {
	const body = ['Ofsted found failings in Halton Borough Council’s front door service.', paragraph].join('\n\n');
	expect(quotesOf(body)).toEqual([[paragraph.includes("aren't") ? "Referrals aren't always " : 'Referrals are not always', 'Ofsted']]);
});

test('a lone guillemet or prime quotes nothing, and the text keeps its length', async () => {
	const {commonQuoteMarks} = await import('../../source/ingest/quote-mark-forms.js');
	for (const t of ['Have your say »', 'A 12″ screen was fitted.', "the councils'' cases"]) expect(commonQuoteMarks(t)).toBe(t);
	const primed = "He said: ″We won't stop.″ Then he left.";
	expect(commonQuoteMarks(primed)).toHaveLength(primed.length);
});

test.each([
	['the improvement notice states', 'Department for Education'],
	['the statutory direction says', 'Department for Education'],
])('a quote that opens its paragraph and ends "…, %s." is the Department’s, and so is the next paragraph', (verb, speaker) => {
	const body = [
		'Wigan Council has been told to improve its services for children in care.',
		`"The council's improvement plan must tackle every weakness the inspection found," ${verb}.`,
		'"Progress will be reviewed at least every six months."',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		["The council's improvemen", speaker],
		['Progress will be reviewe', speaker],
	]);
});

test('"the tweet said" is the tweet’s author', () => {
	const body = ['Council leader Ruth Alder posted on social media after the result was published.', '"A good rating is a tribute to every social worker in Swindon," the tweet said.'].join('\n\n');
	expect(quotesOf(body)).toEqual([['A good rating is a tribu', 'Ruth Alder']]);
});

test('a letter printed from its salutation, under a heading with no colon, is its author’s until the sign-off', () => {
	const body = [
		'The children’s minister, Kay Marr, wrote to Wigan Council on Monday.',
		'Read the letter in full',
		'Dear Councillor Pike,',
		'I am writing to tell you that I have decided to lift the improvement notice.',
		'The council has made real progress and I thank your staff for their work.',
		'Yours sincerely, Kay Marr',
		'Officers will now draw up a plan for the next year.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['I am writing to tell you', 'Kay Marr'],
		['The council has made rea', 'Kay Marr'],
	]);
	expect(article(body).paragraphs).toContain('Dear Councillor Pike,');
});

test('"Here is the statement in full." with a stop introduces a block, which ends where the narrator names the statement', () => {
	const body = [
		'Rutland County Council issued a statement on Tuesday evening. Here is the statement in full.',
		'We are disappointed by the judgement but we accept it.',
		'Our priority is the safety of every child in Rutland.',
		'The statement did not say whether the director would stay.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['We are disappointed by t', 'Rutland Council'],
		['Our priority is the safe', 'Rutland Council'],
	]);
});

test('no block after a sentence that only says a document was accepted "in full"', () => {
	const body = ['Torbay Council said on Friday that it accepted the report in full.', 'A new director will start in the spring.', 'The budget for social work has been raised by a fifth.'].join('\n\n');
	expect(quotesOf(body)).toEqual([]);
});

test.each([
	['The letter reads: Social workers now visit children regularly and know them well.', 'Social workers now visit', 'Ofsted'],
	['In its summary, Ofsted said: Leaders have made steady progress since the last inspection.', 'Leaders have made steady', 'Ofsted'],
])('words after "reads:" or "said:" printed without marks in the same paragraph are a quote: %s', (paragraph, start, speaker) => {
	const body = ['Ofsted’s monitoring letter to Bury Council was published on Friday.', paragraph].join('\n\n');
	expect(quotesOf(body)).toEqual([[start, speaker]]);
});

test('no quote after a colon that introduces a list in lower case, nor after one with no verb of giving words', () => {
	const body = ['Ofsted’s monitoring letter to Bury Council was published on Friday.', 'The changes include: smaller teams, a new front door and more managers.', 'Its verdict in short: Progress has been slow but steady.'].join('\n\n');
	expect(quotesOf(body)).toEqual([]);
});

test('a heading "Statement from Wigan Council" introduces the statement printed under it without marks', () => {
	const body = [
		'Ofsted rated Wigan Council’s children’s services inadequate on Tuesday.',
		'Statement from Wigan Council',
		'We accept the findings of the report and we are sorry that children were let down.',
		'We have already recruited more social workers and set up a new front door.',
		'Opposition leader Cllr Amy Reyes said the apology came too late.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['We accept the findings o', 'Wigan Council'],
		['We have already recruite', 'Wigan Council'],
	]);
});

test('"Your deputy leader said ..." inside a letter printed in full is the letter’s own second person, not the narrator', () => {
	const body = [
		'Children’s minister Lena Hart has written to the leader of Bury Council, Cllr Tom Oak.',
		'The minister’s letter in full:',
		'I remain concerned about the council’s response to the inspection.',
		'Your deputy leader said on local radio that no child had come to harm, which the report does not support.',
		'I expect the council to publish its improvement plan within a month.',
		'Cllr Oak said he would reply this week.',
	].join('\n\n');
	expect(quotesOf(body).map((q) => q[1])).toEqual(['Lena Hart', 'Lena Hart', 'Lena Hart']);
});

test('a remark a letter cites, its source on the line under it, is that person’s; the letter goes on as its author’s', () => {
	const body = [
		'Children’s minister Lena Hart has written to the leader of Bury Council, Cllr Tom Oak.',
		'The minister’s letter in full:',
		'"I am troubled by some of the remarks reported since the inspection, including:',
		'• "No child came to any harm because of the delays"',
		'Councillor Rita Vance, Bury Times website, 4 March 2024',
		'Remarks of this kind do not match what inspectors found.',
		'I expect a revised plan by the end of April."',
	].join('\n\n');
	expect(quotesOf(body).map((q) => q[1])).toEqual(['Lena Hart', 'Rita Vance', 'Lena Hart', 'Lena Hart']);
});

test('a report’s words printed as a block over "– Ofsted" are Ofsted’s; a credit under a dash gives no quote', () => {
	const cited = ['Inspectors published their report on Torbay Council on Tuesday.', 'Leaders have not understood how serious the failures are.', '– Ofsted', 'The council said it would appoint a new director.'].join('\n\n');
	expect(quotesOf(cited)).toEqual([['Leaders have not underst', 'Ofsted']]);
	expect(article(cited.replace('– Ofsted', '– Additional reporting by Sam Hale')).quotes).toEqual([]);
});

test('a report printed as a block keeps its own account of whom inspectors heard ("Care leavers told inspectors", "Parents said")', () => {
	const body = [
		'Ofsted published its report on Bury Council on Tuesday.',
		'The report states:',
		'Care leavers told inspectors that their personal advisers know them well and help them find homes.',
		'Parents said they felt listened to at child protection conferences.',
		'Managers do not always check that plans are carried out.',
		'Cllr Ann Dale told the Gazette that the council welcomed the report.',
	].join('\n\n');
	expect(quotesOf(body).map((q) => q[1])).toEqual(['Ofsted', 'Ofsted', 'Ofsted']);
});

test('a report’s words and a council’s reply in one paragraph are two quotes, each with its speaker', () => {
	const body = ['Ofsted published its report on Bury Council on Tuesday.', 'The report said: "Children wait too long for help." A council spokesperson said: "We accept the findings in full."'].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['Children wait too long f', 'Ofsted'],
		['We accept the findings i', 'Bury Council'],
	]);
});

test('one speaker’s two quotations in a paragraph stay one quote: "…," the report said. "…"', () => {
	const body = ['Ofsted rated Torbay Council’s children’s services inadequate on Tuesday.', '"Too many children are left in homes where they are not safe," the report states. "Managers do not know the quality of the work."'].join('\n\n');
	expect(quotesOf(body)).toEqual([['Too many children are le', 'Ofsted']]);
});

test.each([
	["The report said: '[The council] has not acted quickly enough on the warnings it was given.'", '[The council] has not ac'],
	["'…and too many children wait for a decision about their future,' the report added.", '…and too many children w'],
	["'£2m was spent on agency staff without any check on their work,' the report found.", '£2m was spent on agency '],
])('a quotation in single marks may open on a bracket, an ellipsis or a sum: %s', (paragraph, start) => {
	expect(quotesOf(['Ofsted published its report on Bury Council on Tuesday.', paragraph].join('\n\n'))).toEqual([[start, 'Ofsted']]);
});

test.each([
	['Wigan Council issued the following statement on Tuesday evening.', 'Wigan Council'],
	['The council issued the following statement on Tuesday evening.', 'Wigan Council'],
	['We asked the Department for Education about the notice. The Department for Education made the following comments.', 'Department for Education'],
])('a statement printed without marks after "%s" is its author’s', (intro, speaker) => {
	const body = [
		'Ofsted rated Wigan Council’s children’s services inadequate.',
		intro,
		'We accept the findings of the report and we are sorry that children were let down.',
		'We have already recruited more social workers.',
		'The council did not respond to questions about the director.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([
		['We accept the findings o', speaker],
		['We have already recruite', speaker],
	]);
});

test.each([['The director resigned the following day.'], ['Commissioner Ian Lowe found that the gains had held over the following six months.']])('"the following" as a time introduces nothing: %s', (narrator) => {
	const body = ['Ofsted rated Wigan Council’s children’s services inadequate in March.', narrator, 'A new director has now been appointed from Bolton.', 'The council has set aside an extra £3m for social work.'].join('\n\n');
	expect(quotesOf(body)).toEqual([]);
});

test('a grade stated in a statement printed without marks is still read as the news', () => {
	const body = ['Wigan Council issued the following statement on Tuesday.', 'Ofsted has rated our children’s services good in a report published today.', 'We thank every member of staff for their work.'].join('\n\n');
	const judged = article(body).events.filter((e) => e.type === 'inspection-judgement');
	expect(judged.map((e) => e.rating)).toEqual(['good']);
});

test('a report’s words as the main clause after an opening clause that names no one carry on the report quoted in phrases before', () => {
	const body = [
		'Ofsted and the Care Quality Commission inspected Bury’s services for children with special educational needs in June.',
		'Inspectors found that families “wait far too long for an assessment” and that plans are “too often vague”.',
		'Although leaders say they want every child taught in a local school, “some schools do not have the training they need to meet the needs of children in their classrooms”.',
	].join('\n\n');
	expect(quotesOf(body)).toEqual([['some schools do not have', 'Ofsted']]);
});

test('"The letter reads:" after a quote that says who has written to the council is that writer’s letter', () => {
	const body = [
		'Bury Council is to keep control of its children’s services, a council spokeswoman said.',
		'The spokeswoman said: "The children’s minister has now written to the council to say she accepts the commissioner’s advice."',
		'The letter reads: "I am pleased that Bury has worked openly with the commissioner and I expect it to keep up the pace."',
	].join('\n\n');
	expect(quotesOf(body).at(-1)).toEqual(['I am pleased that Bury h', 'Department for Education']);
});
