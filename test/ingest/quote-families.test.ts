/**
 * How newsrooms attribute quotes, family by family (issue 11): written words, attribution inside a relative or
 * appositive clause, a quote paragraph after reported speech, organisations mid-paragraph, and two people named
 * before a pronoun. Every example is of the test's own writing.
 */
import {describe, expect, test} from 'vitest';
import {article} from './article.js';

const lede = 'Wigan Council’s children’s services have been rated inadequate by Ofsted.';
const quotes = (...paragraphs: string[]) =>
	article('2024-03-14', lede, ...paragraphs)
		.quotes.filter((q) => !q.fragment)
		.map((q) => [q.paragraph, q.speaker]);

describe('written words belong to their author', () => {
	test('a letter introduced in the sentence before, then "It continued:"', () => {
		expect(
			quotes(
				'Children’s minister Helen Marsh set out her decision in a letter to the council’s chief executive.',
				'The letter reads: “I am not satisfied that the council can make the changes needed on its own.”',
				'It continued: “A commissioner will now review the service and report to me within three months.”',
			),
		).toEqual([
			[3, 'Helen Marsh'],
			[4, 'Helen Marsh'],
		]);
	});

	test('"It goes on:" after the report’s words carries on the report', () => {
		expect(
			quotes(
				'The report states: “Children were found to be safe, with none at immediate risk of harm.”',
				'It goes on: “The council has addressed almost every area for improvement named last time.”',
			),
		).toEqual([
			[2, 'Ofsted'],
			[3, 'Ofsted'],
		]);
	});

	test('"The inspector said:" is the inspector the article named', () => {
		expect(
			quotes('The lead inspector, Priya Nandra, found leaders had made progress.', 'The inspector said: “The strained relationships with parents found last time have not gone away.”'),
		).toEqual([[3, 'Priya Nandra']]);
	});

	test('"She went on to say:" reports her words', () => {
		expect(quotes('Cllr Jane Hart, the cabinet member, was asked about the report.', 'She went on to say: “We will not rest until every child in this borough is safe.”')).toEqual([[3, 'Jane Hart']]);
	});

	test('"The report said:" and the quote paragraphs after it are Ofsted’s', () => {
		expect(
			quotes(
				'The report said: “Too many children wait too long for help when they are first referred.',
				'“Managers do not have a clear view of the quality of social work practice.”',
			),
		).toEqual([
			[2, 'Ofsted'],
			[3, 'Ofsted'],
		]);
	});

	test('"In a statement, the Department for Education said:"', () => {
		expect(quotes('In a statement, the Department for Education said: “We will not hesitate to act where children are let down.”')).toEqual([[2, 'Department for Education']]);
	});

	test('"X wrote:" after a letter named with its author', () => {
		expect(
			quotes('In a letter to councillors, the council’s chief executive Mark Dunne wrote: “I want to be open about the scale of the task in front of us.”'),
		).toEqual([[2, 'Mark Dunne']]);
	});
});

describe('attribution inside a relative or appositive clause', () => {
	test('", said director X, who added:"', () => {
		expect(
			quotes(
				'The service had improved on every measure, said director of children’s services Joanne Pike, who added: “Our staff have worked tirelessly for this result.”',
				'“We are not complacent and there is more to do.”',
			),
		).toEqual([
			[2, 'Joanne Pike'],
			[3, 'Joanne Pike'],
		]);
	});

	test('"Sharing the news with staff was director X, who said:"', () => {
		expect(quotes('Sharing the news with staff was director Joanne Pike, who said: “This is a proud day for everyone who works here.”')).toEqual([[2, 'Joanne Pike']]);
	});
});

describe('a quote paragraph after reported speech continues its speaker', () => {
	test('Ms X said the work was "only starting". / "..."', () => {
		expect(
			quotes(
				'Council leader Cllr Ann Lee said she welcomed the findings.',
				'Ms Rowe, the director, said the hard work was “only starting”.',
				'“We know what we need to do and we have a plan to do it.”',
			),
		).toEqual([[4, 'Rowe']]);
	});

	test('a quotation that is a sentence of its own after reported speech in the same paragraph is the reporter’s', () => {
		expect(quotes('Cllr Ann Lee said the board would meet monthly until the spring. “We cannot wait for the next visit to find out.”')).toEqual([[2, 'Ann Lee']]);
	});

	test('"X will remain in post, he explained.": the pronoun is not the person the reported clause names', () => {
		expect(
			quotes(
				'“We knew there were problems, but it is still a hard read,” chief executive Mark Dunne said.',
				'The improvement board’s chair, Peter Akers, will stay on, he explained. “The two roles are separate.”',
				'“We will take every step we need to,” he added.',
			),
		).toEqual([
			[2, 'Mark Dunne'],
			[3, 'Mark Dunne'],
			[4, 'Mark Dunne'],
		]);
	});
});

describe('organisations mid-paragraph', () => {
	test('", the city council said:"', () => {
		expect(quotes('Responding to the report, the city council said: “We accept the findings in full.”')[0]?.[1]).toBe('Wigan Council');
	});

	test('"Inspectors added:"', () => {
		expect(quotes('Inspectors added: “Leaders have been too slow to act on known weaknesses.”')).toEqual([[2, 'Ofsted']]);
	});

	test('"A spokesperson for the trust said:" names the trust the article names', () => {
		expect(
			quotes(
				'The service is run by Wigan Children’s Trust on the council’s behalf.',
				'A spokesperson for the trust said: “We are determined to improve quickly.”',
			),
		).toEqual([[3, 'Wigan Children’s Trust']]);
	});
});

describe('the right person when two are named', () => {
	test('a former role does not carry to the next paragraph’s quote', () => {
		expect(
			quotes(
				'Former MP, Councillor Peter Vance, criticised the council’s record.',
				'Cllr Ann Lee, the council leader, said: “We will take every recommendation seriously.”',
				'“I will not be resigning.”',
			),
		).toEqual([
			[3, 'Ann Lee'],
			[4, 'Ann Lee'],
		]);
	});

	test('a name inside an aside between the subject and the verb is not the speaker', () => {
		expect(quotes('Cllr Graham Bell, who introduced Ayo Banks to the cabinet on Thursday, said: “Having a senior social worker matters.”')).toEqual([[2, 'Graham Bell']]);
		expect(quotes('Cllr Sheila Tate, speaking at the launch alongside adoptive father Craig Hart, said: “Children are waiting right now.”')).toEqual([[2, 'Sheila Tate']]);
	});

	test('"the director said" is the person the article named as director', () => {
		expect(quotes('Wigan’s corporate director for children, Lewis Oyelaran, was joined on the panel by foster carer Michael Dane.', 'Asked about placements, the director said: “We are competing with private agencies.”')).toEqual([[3, 'Lewis Oyelaran']]);
		expect(quotes('Cllr Hazel Brook, the cabinet member for children, welcomed the appointment of Stephen Tull.', '“We needed someone who has done this before,” the councillor said.')).toEqual([[3, 'Hazel Brook']]);
		// Two directors named and neither speaking yet: nobody is guessed.
		expect(quotes('The director of children’s services, Jo Bell, and the director of finance, Sam Hart, met inspectors.', 'The director said: “It was a frank meeting.”')).toEqual([[3, null]]);
	});
});

describe('documents, joint authors and interviews', () => {
	test('a sentence whose subject is the document makes it its author’s for "It continues:"', () => {
		expect(quotes('A report to the cabinet by the director of children’s services, Rachel Boyd, states: “Referrals have risen by a third.”', 'It continues: “Without investment, caseloads will rise.”')).toEqual([
			[2, 'Rachel Boyd'],
			[3, 'Rachel Boyd'],
		]);
	});

	test('a letter tied to a visit or an assessment, its author unnamed, is the inspectorate’s', () => {
		expect(quotes('The letter, published after a focused visit in October, reads: “Social workers were creative in finding ways to see children.”')).toEqual([[2, 'Ofsted']]);
		expect(quotes('The assessment letter, sent to the director, said: “The council has a strong track record.”')).toEqual([[2, 'Ofsted']]);
		expect(quotes('The letter, sent to every councillor, reads: “We have lost confidence in the leadership.”')).toEqual([[2, null]]);
	});

	test('a body’s whole printed name, with "of" and "and" inside it or "group" after it; a role before a body is not part of its name', () => {
		expect(quotes('“Children will be seen quickly,” said a spokesperson for University Hospitals of Derby and Burton NHS Foundation Trust.')).toEqual([[2, 'University Hospitals of Derby and Burton NHS Foundation Trust']]);
		expect(quotes('A spokesman for the Oxfordshire Liberal Democrat group said: “Being good is not good enough.”')).toEqual([[2, 'Oxfordshire Liberal Democrat group']]);
		expect(quotes('Chair of the Wigan Safeguarding Children Partnership, Jane Dale, said: “We will act.”')).toEqual([[2, 'Jane Dale']]);
	});

	test('a report by two bodies speaks for the first', () => {
		expect(quotes('The report, by Ofsted and the Care Quality Commission, found: “Parents feel they have to battle for support.”')).toEqual([[2, 'Ofsted']]);
	});

	test('answers printed under questions are the interviewee’s', () => {
		expect(quotes('We put three questions to Wigan Council’s director of children’s services, Ruth Penn.', 'Is the service now safe?', '“I believe children are safer than they were a year ago.”', 'Why has recruitment taken so long?', '“Because we were competing with every other council.”')).toEqual([
			[4, 'Ruth Penn'],
			[6, 'Ruth Penn'],
		]);
	});
});

describe('real pages’ looser attributions', () => {
	test('"it said:" after a paragraph that opened with the body is that body’s, and so are the paragraphs that continue it', () => {
		expect(
			quotes(
				'Mayor Ann Lee said: “We are sorry, and we will put this right.”',
				'Ofsted spent a fortnight in the borough in January.',
				'In its report, it said: “Practice has slipped since the last inspection.',
				'“Plans for children in care are too often late.”',
			),
		).toEqual([
			[2, 'Ann Lee'],
			[4, 'Ofsted'],
			[5, 'Ofsted'],
		]);
	});

	test('report extracts that lost their opening marks are quotes, and the report’s', () => {
		expect(
			quotes(
				'Fostering is strong, says the report from Ofsted.',
				'These are some of its findings:',
				'Carers are well trained and well supported.”',
				'Too few placements are found close to home.”',
			),
		).toEqual([
			[4, 'Ofsted'],
			[5, 'Ofsted'],
		]);
		// A straight mark closes one too, after the sentence's stop.
		expect(quotes('“Adoption placements are found quickly,” the inspection report states.', 'Children wait less than in most councils."')).toEqual([
			[2, 'Ofsted'],
			[3, 'Ofsted'],
		]);
		// A paragraph that closes a mark it never opened, with no quotation or introduction before it, is left alone.
		expect(quotes('The council met on Tuesday.', 'Councillors agreed the plan.”')).toEqual([]);
	});

	test('"He added:" after an unnamed spokesperson is still the body’s', () => {
		expect(
			quotes(
				'Director Anna Cole is leaving the council.',
				'A council spokesperson said: “Anna has led the service through a hard year.”',
				'He added: “A search for her successor starts now.”',
			),
		).toEqual([
			[3, 'Wigan Council'],
			[4, 'Wigan Council'],
		]);
	});

	test('"a town hall spokesman", "documents say": the council', () => {
		expect(quotes('A town hall spokesman told reporters: “We have received the chair’s letter and will reply shortly.”')).toEqual([[2, 'Wigan Council']]);
		expect(quotes('“Spending on placements is expected to rise again next year,” documents say.')).toEqual([[2, 'Wigan Council']]);
		// Another body's documents are not the council's.
		expect(quotes('“The provider was warned twice and did nothing,” court documents say.')).toEqual([[2, null]]);
	});

	test('a comma before the quote gives it to the person the sentence opens with', () => {
		expect(quotes('Ruth Kane, the town’s MP, praised the staff, “This is a proud day for every social worker here.”')).toEqual([[2, 'Ruth Kane']]);
	});
});

describe('roles and pronouns real pages use', () => {
	test('"the Minister said" is the minister the article named, honours after the name or not', () => {
		expect(quotes('David Lowe OBE MP, the Minister for Children, wrote to the council to lift the notice.', 'In his letter, the Minister said: “I thank the staff for their hard work.”')).toEqual([[3, 'David Lowe']]);
		// No minister named: the department's.
		expect(quotes('The Minister said: “I expect rapid improvement.”')).toEqual([[2, 'Department for Education']]);
	});

	test('"it said:" is not the body the paragraph before opened with when that paragraph named another after it', () => {
		expect(quotes('Ofsted has not yet published the report. The NSPCC has called for change.', 'In a statement, it said: “We want answers now.”')).toEqual([[3, null]]);
	});

	test('"They added that:" and "It also noted that:" are the body the paragraph before opened with', () => {
		expect(quotes('Inspectors found that “plans are too often late”.', 'They added that: “Reviews do not always involve the family.”')).toEqual([[3, 'Ofsted']]);
		expect(quotes('The report said: “Leaders listen to young people.”', 'It also noted that: “Supervision is regular and reflective.”')).toEqual([
			[2, 'Ofsted'],
			[3, 'Ofsted'],
		]);
	});
});

describe('a quote paragraph after a report quoted in fragments', () => {
	test('is the report’s, when nobody was quoted since; never a person’s by this route', () => {
		expect(
			quotes(
				'Too many families wait “months rather than weeks” for an assessment, inspectors said.',
				'Schools are not always “given the advice they need”.',
				'“Without that advice, pupils are more likely to miss school.”',
			),
		).toEqual([[4, 'Ofsted']]);
		expect(quotes('Cllr Ann Lee said the service was “on the mend”.', 'Budgets are “under strain”.', 'A review is due.', 'Staff are tired.', '“We will get there.”')).toEqual([[6, null]]);
	});
});

describe('a person’s role that names a council', () => {
	test('"Name, role at Gateshead Council said:" is the person, not the council', () => {
		expect(quotes('Helen Marsh, cabinet member for children at Gateshead Council said: “We are delighted the work of our staff has been recognised.”')).toEqual([[2, 'Helen Marsh']]);
		expect(quotes('Colin Dean, chief executive of Gateshead Council said: “I am sorry we did not act quickly enough.”')).toEqual([[2, 'Colin Dean']]);
	});

	test('a council right before its verb, after a person, still speaks', () => {
		expect(quotes('Colin Dean welcomed the report, but Gateshead Council said: “We are sorry we did not act quickly enough.”')).toEqual([[2, 'Gateshead Council']]);
	});
});

describe('whole words with the full stop outside the marks', () => {
	test('two sentences quoted after "said," are a quote, not a fragment', () => {
		expect(quotes('In a statement Councillor Ray Finch said, ‘I am very pleased with the result. It gives me great confidence’.')).toEqual([[2, 'Ray Finch']]);
	});

	test('a clause of nine words or more after "said," is a quote', () => {
		expect(quotes('Councillor Ray Finch said, “the council has a great deal still to do before it can be proud”.')).toEqual([[2, 'Ray Finch']]);
	});
});

describe('a bare surname beside a reporting verb', () => {
	test('"said Tate" after the full name was printed is that person, both halves of a split quote', () => {
		const all = article('2024-03-14', lede, 'Ofsted’s national director Mary Tate praised the council.', '“The whole report was a joy to read,” said Tate, “but the progress on this pledge stands out.”').quotes;
		expect(all.filter((q) => q.paragraph === 3).map((q) => q.speaker)).toEqual(['Mary Tate', 'Mary Tate']);
	});

	test('a capitalised word by a verb that is nobody’s surname is no person', () => {
		expect(quotes('Inspectors praised the council.', '“It is a credit to everyone who works in the service,” Inspectors said.')).toEqual([[3, 'Ofsted']]);
	});
});

describe('a joint statement', () => {
	test('"The statement said" after "a joint statement from" the council and others is the first named', () => {
		expect(quotes('An apology was issued in a joint statement from Gateshead Council, the local NHS trust and the police.', 'The statement said, “We apologise to the children and families who did not get the help they needed.”')).toEqual([[3, 'Gateshead Council']]);
	});
});

describe('the department by the name of its years', () => {
	test('the Department for Children, Schools and Families (DCSF) and for Education and Skills (DfES), whole', () => {
		expect(quotes('A spokesman for the Department for Children, Schools and Families said: “We will consider the report carefully.”')).toEqual([[2, 'Department for Children, Schools and Families']]);
		expect(quotes('The DCSF said: “The council must improve quickly.”')).toEqual([[2, 'Department for Children, Schools and Families']]);
		expect(quotes('The Department for Education and Skills said: “The council must improve quickly.”')).toEqual([[2, 'Department for Education and Skills']]);
		expect(quotes('The DfE said: “The council must improve quickly.”')).toEqual([[2, 'Department for Education']]);
	});
});

describe('an attribution at the sentence’s end', () => {
	test('"... by Gateshead Council ..., Ofsted has found": the body named last before the verb', () => {
		const all = article('2024-03-14', lede, 'Young people are “not being kept safe” by Gateshead Council and are let down by its services, Ofsted has found.').quotes;
		expect(all.map((q) => [q.text, q.speaker])).toEqual([['not being kept safe', 'Ofsted']]);
	});
});

test('"The council welcomed the report, but said it was ‘...’": the council, not the report it welcomed', () => {
	const all = article('2024-03-14', 'Inspectors published their report on Wigan Council’s children’s services on Friday.', 'The council welcomed the report, but said it was “finding the places where it can still improve”.').quotes;
	expect(all.map((q) => q.speaker)).toEqual(['Wigan Council']);
	const named = article('2024-03-14', 'Inspectors published their report on Friday.', 'Wigan Council welcomed the report, but said it was “finding the places where it can still improve”.').quotes;
	expect(named.map((q) => q.speaker)).toEqual(['Wigan Council']);
});

test('a bulleted list of a report’s findings, each with its words, is the report’s', () => {
	expect(
		quotes(
			'Ofsted’s report on the council’s children’s services was published on Friday.',
			'Other findings include:',
			'* Weak decision-making. “The effect on children living with risk at home is poor, in most cases.”',
			'* Care planning is not good enough. “This is especially stark for children living with long-term neglect.”',
		),
	).toEqual([
		[4, 'Ofsted'],
		[5, 'Ofsted'],
	]);
});

test('an unnamed minister speaks for the department of the article’s year', () => {
	const said = (date: string) => article(date, 'Wigan Council was issued with an improvement notice.', 'The minister said: “The council must improve quickly and I will be watching.”').quotes.map((q) => q.speaker);
	expect(said('2009-03-02')).toEqual(['Department for Children, Schools and Families']);
	expect(said('2006-03-02')).toEqual(['Department for Education and Skills']);
	expect(said('2019-03-02')).toEqual(['Department for Education']);
});

const allQuotes = (...paragraphs: string[]) => article('2024-03-14', lede, ...paragraphs).quotes.map((q) => [q.text, q.speaker]);

test('a report’s own verbs ("highlights", "criticises", "identified"), and "Today’s report said", give the report’s words', () => {
	expect(allQuotes('The report highlights “a culture of optimism” among senior managers.')).toEqual([['a culture of optimism', 'Ofsted']]);
	expect(allQuotes('Inspectors identified “serious and widespread failures” at the front door.')).toEqual([['serious and widespread failures', 'Ofsted']]);
	expect(allQuotes('Today’s report said “leaders have been too slow to act”.')).toEqual([['leaders have been too slow to act', 'Ofsted']]);
});

test('a review led by a named person is the report that "the report states" quotes next, not Ofsted’s', () => {
	expect(
		quotes(
			'A government inspection led by Dana Whitlock found the council unable to run its own services.',
			'“It is failing in its duty to protect children,” the report states.',
		),
	).toEqual([[3, 'Dana Whitlock']]);
	// Ofsted's own inspection, led by one of its inspectors, stays Ofsted's.
	expect(
		quotes(
			'The Ofsted inspection, led by Jane Hollis, found the council wanting.',
			'“It is failing in its duty to protect children,” the report states.',
		),
	).toEqual([[3, 'Ofsted']]);
});

test('"A county council spokeswoman said:" is the article’s council', () => {
	expect(quotes('A county council spokeswoman said: “We can confirm a commissioner will be appointed.”')).toEqual([[2, 'Wigan Council']]);
	expect(quotes('A city council spokesman said: “We are working hard.”')).toEqual([[2, 'Wigan Council']]);
});

test('"Helen Marsh, in a letter to council leader Cllr Tom Pike, said ...": the writer, not the one written to', () => {
	expect(allQuotes('Children’s minister Helen Marsh, in a letter to the council’s leader Cllr Tom Pike, said she was commissioning work “to look at other ways of running the service”.')).toEqual([['to look at other ways of running the service', 'Helen Marsh']]);
});

test('"Ofsted was critical of ... They said:" is Ofsted; "Two councillors criticised Ofsted. They said:" is not', () => {
	expect(quotes('Ofsted was again critical of support for care leavers. They said: “Planning for leaving care begins far too late.”')).toEqual([[2, 'Ofsted']]);
	expect(quotes('Cllr Ann Hale and Cllr Bob Reyes criticised Ofsted. They said: “This is unfair.”')).not.toEqual([[2, 'Ofsted']]);
});

test('a quotation sentence after a sentence a person opened, with no reporting verb, is that person’s', () => {
	expect(quotes('Cllr Nora Pike, leader of the opposition, welcomed the minister’s decision. “The department now has six months to turn itself around.”')).toEqual([[2, 'Nora Pike']]);
});

test('"Louise Casey’s report ... / The report said:" is hers, not Ofsted’s', () => {
	expect(quotes('Louise Casey’s report into the council was published yesterday.', 'The report said: “The council is in denial about its failings.”')).toEqual([[3, 'Louise Casey']]);
});

test('"Lawyers argued that Mr Pryce had suffered ‘...’": the one the claim is about is not the speaker', () => {
	expect(allQuotes('Lawyers argued that Mr Pryce had suffered “a gross breach of fair process”.')).not.toContainEqual(['a gross breach of fair process', 'Pryce']);
});

test('"In response, the council said ... A statement said:" is the council’s; after a person it stays unattributed', () => {
	expect(quotes('In response, the council said its cabinet would step down. A statement said: “We accept responsibility for what went wrong.”')).toEqual([[2, 'Wigan Council']]);
	expect(quotes('In response, the council said its cabinet would step down.', 'A statement said: “We accept responsibility for what went wrong.”')).toEqual([[3, 'Wigan Council']]);
	expect(quotes('Cllr Jo Hale said she would step down.', 'A statement said: “We accept responsibility for what went wrong.”')).toEqual([[3, null]]);
});

test('"pointed to the Ofsted report which stated there had ‘...’": the report’s words, not the councillor’s', () => {
	expect(allQuotes('Cllr Dee Marsh pointed to the Ofsted report which stated there had “been a decline in strategic grip”.')).toEqual([['been a decline in strategic grip', 'Ofsted']]);
});
