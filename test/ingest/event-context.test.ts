/**
 * The shared context check (event-context.ts): is a sentence about a council's children's services, or about another
 * body? Ordinary sentences of both kinds, written for this project; no article's words.
 */
import {expect, test} from 'vitest';
import {aboutChildrensServices, councilsCommissioner} from '../../source/ingest/event-context.js';

const about = (sentence: string, opts: {previous?: string; hit?: string; people?: boolean} = {}) => {
	const at = opts.hit ? sentence.indexOf(opts.hit) : -1;
	if (opts.hit && at < 0) throw new Error(`no "${opts.hit}" in: ${sentence}`);
	return aboutChildrensServices(
		{sentence, previousSentence: opts.previous, authority: 'Stockport', ...(at >= 0 ? {hitStart: at, hitEnd: at + opts.hit!.length} : {})},
		opts.people ? 'childrens-services-people' : 'childrens-services',
	);
};

test('sentences about a council’s children’s services', () => {
	for (const s of [
		'Stockport Council has pledged extra money for social work.',
		'The council promised more funding for children in care.',
		'Children’s social care in the borough has been rated good.',
		'The director of children’s services said the service had turned a corner.',
		'The cabinet member for children said lessons had been learned.',
		'Councillor Amy Reid, lead member for children and families, welcomed the report.',
		'Social workers told inspectors that caseloads had fallen.',
		'Ofsted found that children in care were seen regularly by their social workers.',
		'The Department for Education has issued an improvement notice.',
		'A commissioner has been appointed to oversee Stockport’s children’s services.',
		'Care leavers praised the support of their personal advisers.',
		'The fostering service recruited 40 new carers last year.',
		'The youth offending team was judged to be performing well.',
		'Children with special educational needs in Stockport typically have positive experiences.',
		'A joint targeted area inspection of how agencies respond to neglect found strong partnership working.',
		'The local area partnership received the highest of three possible outcomes.',
		'Inspectors spent two weeks in the borough in March.',
		'The council’s children’s homes were rated good.',
		'Stockport’s virtual school helps children in care with their education.',
		'A report by Ofsted and the Care Quality Commission found long waits for assessments.',
		'Cornwall’s director for children, schools and families has resigned.',
		'The leader of the county council did not step down.',
	]) expect(about(s), s).toBe(true);
});

test('sentences about another body', () => {
	for (const s of [
		'The NHS trust has pledged extra money for children with mental health needs.',
		'The hospital pledged more funding for its children’s wards.',
		'The football club promised more cash for families in the town.',
		'A local charity has pledged extra money for children in care.',
		'The NSPCC has committed more funding for families across the region.',
		'Police in the county have pledged more money for child protection.',
		'The academy trust has earmarked extra money for pupils with SEND.',
		'The housing association pledged additional money for families in temporary homes.',
		'The CQC rated the hospital’s maternity unit inadequate.',
		'HMICFRS found weaknesses in how the force protects children.',
		'The prison was found to be unsafe by inspectors.',
		'Pupils with SEND at Oak Lane Academy typically have positive experiences.',
		'Ofsted rated the primary school good in June.',
		'The headteacher has resigned after a poor Ofsted report.',
		'Adult social care in the borough climbs to good.',
		'The care home was rated inadequate by the CQC.',
		'The MP for Northtown did not step down.',
		'The club’s manager has not resigned, despite calls from fans.',
		'The integrated care board has set up an improvement oversight board.',
		'The hospital trust’s quality improvement governance board met in May.',
		'The housing improvement board met for the first time.',
		'The police and crime commissioner will report back in March.',
		'Tenants of the tower block were moved out in March.',
		'The fire service’s inspection in January found faults.',
		'The food hygiene inspection, held in March, found mice.',
		'Stockport County’s manager left the club on Monday.',
		'The council’s adult social care service was rated good.',
		'The council’s housing department was criticised by the ombudsman.',
	]) expect(about(s), s).toBe(false);
});

test('the body named nearest before the rule’s words is the subject; one within them is whom they are about', () => {
	// (A list of bodies that names the council's side is the council's: it acts with its partners.)
	expect(about('The council and the NHS have pledged extra money for children.', {hit: 'pledged extra money for children'})).toBe(true);
	expect(about('Working with the NHS, the council has pledged extra money for social work.', {hit: 'pledged extra money for social work'})).toBe(true);
	expect(about('The NHS trust has pledged extra money for children’s social care.', {hit: 'pledged extra money for children’s social care'})).toBe(false);
	expect(about('Calls for the MP to resign over failings in Stockport’s children’s services were rejected.', {hit: 'Calls for the MP to resign over failings in Stockport’s children’s services were rejected'})).toBe(false);
	expect(about('Calls for senior councillors to resign over failings at the hospital were rejected.', {hit: 'Calls for senior councillors to resign over failings at the hospital were rejected'})).toBe(true);
	expect(about('Stockport Council’s new pool opened after the building inspection, carried out in May, passed it.', {hit: 'inspection, carried out in May'})).toBe(false);
	// A relative aside is not the subject.
	expect(about('The council, which works closely with the NHS trust, pledged extra money for social work.', {hit: 'pledged extra money for social work'})).toBe(true);
	expect(about('Mr Jones, who is the MP for Northtown, did not step down.', {hit: 'did not step down'})).toBe(false);
});

test('a sentence that names no body is about the one the sentence before named first; with none at all, the council’s', () => {
	expect(about('His departure comes days after a row over expenses.', {previous: 'Northtown’s MP has announced he will quit Parliament.'})).toBe(false);
	expect(about('Her departure comes weeks after a damning report.', {previous: 'The hospital’s chief executive has resigned.'})).toBe(false);
	expect(about('His departure comes days after an Ofsted monitoring letter.', {previous: 'The director of Stockport’s children’s services has resigned.'})).toBe(true);
	expect(about('She will report by 9 September.', {previous: 'A commissioner has been appointed to run the council’s children’s services.'})).toBe(true);
	expect(about('She will report by 9 September.')).toBe(true);
});

test('a visitor or a politician goes or visits as another body where the rule asks of people', () => {
	expect(about('The children’s minister spent most of October in the city.', {people: true})).toBe(false);
	expect(about('Prince Edward returned in July to open the new centre.', {people: true})).toBe(false);
	expect(about('The minister did not step down, unlike in 2019.', {people: true, hit: 'did not step down'})).toBe(false);
	expect(about('The minister today removed Stockport’s director of children’s services from her post.', {people: true, hit: 'removed Stockport’s director of children’s services from her post'})).toBe(true);
	expect(about('Inspectors returned in July and September.', {people: true})).toBe(true);
	// A minister acting on the council's services is no other body where the rule asks only of bodies.
	expect(about('The children’s minister has appointed a commissioner to review Stockport’s children’s services.')).toBe(true);
});

test('the commissioner a text names is the council’s unless it is another commissioner', () => {
	expect(councilsCommissioner('A commissioner has been appointed to oversee Stockport’s children’s services.')).toBe(true);
	expect(councilsCommissioner('Under a direction from the education secretary, Jo Bloggs has been appointed children’s commissioner at Stockport Council.')).toBe(true);
	for (const s of [
		'The police and crime commissioner has launched a review of the force.',
		'The Children’s Commissioner for England visited the borough.',
		'The domestic abuse commissioner has begun an inquiry.',
		'The information commissioner is investigating the data breach.',
		'The Metropolitan Police commissioner has ordered a review.',
		'The victims’ commissioner visited the court.',
		'The schools commissioner is considering academy orders.',
		'England’s children’s commissioner has written to every council.',
	]) expect(councilsCommissioner(s), s).toBe(false);
});

test('only a sentence that points back asks the sentence before; a quotation’s speaker is not its subject', () => {
	expect(about('The improvement board said children at risk were not always seen quickly.', {previous: 'Police and the school were also criticised.'})).toBe(true);
	expect(about('Inspectors will return within two years.', {previous: 'The hospital was rated inadequate.'})).toBe(true);
	expect(about('The direction was issued on Friday.', {previous: 'The police and crime commissioner appointed a new chief constable.'})).toBe(false);
	expect(about('“This administration has spent £7m on agency staff,” said Jo Bloggs, MP for Northtown.', {hit: 'spent £7m'})).toBe(true);
	expect(about('Jo Bloggs, MP for Northtown, said: “The council has wasted the extra money for social work.”', {hit: 'extra money for social work'})).toBe(true);
	expect(about('The MP said the council had treated the improvement board as a talking shop.', {hit: 'improvement board'})).toBe(true);
	expect(about('The principal social worker said caseloads had fallen.')).toBe(true);
	expect(about('Social work students joined the team in September.')).toBe(true);
});
