/**
 * Quotes whose speaker only the sentence's frame gives (issue 11): written words in lists, documents and
 * inspections as the subject, passives, the sentence before, and quoted names and defined terms that are nobody's
 * words. Every example is of the test's own writing.
 */
import {describe, expect, test} from 'vitest';
import {article} from './article.js';

const lede = 'Wigan Council’s children’s services have been rated inadequate by Ofsted.';
const all = (...paragraphs: string[]) => article('2024-03-14', lede, ...paragraphs).quotes;
const quotes = (...paragraphs: string[]) => all(...paragraphs).filter((q) => !q.fragment).map((q) => [q.paragraph, q.speaker]);
const fragments = (...paragraphs: string[]) => all(...paragraphs).filter((q) => q.fragment).map((q) => [q.text, q.speaker]);

describe('written words in a list', () => {
	test('quoted bullets after "The report said:" are the report’s', () => {
		expect(quotes('The report said:', '- “Leaders have been slow to act on what social workers told them.”', '- “Plans for children in care are too vague and seldom checked.”')).toEqual([
			[3, 'Ofsted'],
			[4, 'Ofsted'],
		]);
	});
});

describe('written words in a numbered list', () => {
	test('numbered quotations after a sentence about the report are the report’s', () => {
		expect(quotes('The report set out its main concerns:', '1. “Leaders have been slow to act on what social workers told them.”', '2. “Plans for children in care are too vague and seldom checked.”')).toEqual([
			[3, 'Ofsted'],
			[4, 'Ofsted'],
		]);
	});
});

describe('written words with odd marks', () => {
	test('a paragraph opened by a closing mark typed for the opening one carries on the report', () => {
		expect(quotes('The report said: “Leaders have been slow to act on what social workers told them.”', '”Plans for children in care are too vague and seldom checked.”')).toEqual([
			[2, 'Ofsted'],
			[3, 'Ofsted'],
		]);
	});
});

describe('written words printed without their marks', () => {
	test('paragraphs after "Inspectors said:" with no marks are the inspectors’ words', () => {
		expect(quotes('Inspectors said:', 'Leaders have not moved fast enough to protect children from harm.', 'Plans for children are too vague and are rarely checked by managers.', 'Cllr Amy Lowe said she was disappointed.')).toEqual([
			[3, 'Ofsted'],
			[4, 'Ofsted'],
		]);
	});

	test('a short paragraph in straight single marks is the letter’s next words, no caption', () => {
		expect(quotes('The adviser, Dr Ruth Kemp, sent her final report to the minister.', "She wrote: 'The change in this borough is among the fastest I have seen in thirty years.'", "'I recommend that formal oversight now ends.'")).toEqual([
			[3, 'Ruth Kemp'],
			[4, 'Ruth Kemp'],
		]);
	});

	test('"The judgement letter reads:" is the inspectorate’s', () => {
		expect(quotes('The judgement letter reads:', '“Leaders have not moved fast enough to protect children from harm.”')).toEqual([[3, 'Ofsted']]);
	});
});

describe('whose document it is', () => {
	test('"The report said:" after a report named for its author is the author’s', () => {
		expect(quotes('The government asked Dr Selina Marsh to review the service.', 'The Marsh report was published on Monday.', 'The report said: “Leaders have lost the trust of the families they serve.”')).toEqual([[4, 'Selina Marsh']]);
	});

	test('a notice signed by a named minister is hers, for "It goes on:" after it', () => {
		expect(quotes('The notice, signed for the Secretary of State by the schools minister, Clare Denton, sets out what the council must do.', 'It goes on: “The council shall report its progress to the improvement board every month.”')).toEqual([[3, 'Clare Denton']]);
	});

	test('a press release the mayor issued is his, for "It went on:" after it', () => {
		expect(quotes('The town’s elected mayor, Owen Pryde, issued a press release on Monday.', 'It said the council would challenge the findings. It went on: “We do not accept that our services are failing children.”')).toEqual([[3, 'Owen Pryde']]);
	});

	test('a blog post or a message to staff is its writer’s, for "It said:" after it', () => {
		expect(quotes('The council leader, Dan Mercer, wrote a blog post about the findings on Monday.', 'It said: “We do not accept that our services are failing children.”')).toEqual([[3, 'Dan Mercer']]);
	});

	test('a press release as the subject is its issuer’s', () => {
		expect(quotes('In response, the council issued a press release.', 'The press release said: “We accept the findings in full.”')).toEqual([[3, 'Wigan Council']]);
		expect(quotes('A council press release said: “We accept the findings in full.”')).toEqual([[2, 'Wigan Council']]);
	});

	test('"the council and the NHS said" in a joint statement is the council’s first', () => {
		expect(quotes('In a joint statement, the council and the NHS said: “We accept the findings in full.”')).toEqual([[2, 'Wigan Council']]);
	});

	test('a heading "Statement from ..." gives the words after it to the body it names', () => {
		expect(quotes('Statement from Wigan Council', '“We accept the findings in full and we apologise to the families we have let down.”')).toEqual([[3, 'Wigan Council']]);
	});
});

describe('the council’s own documents are the council’s', () => {
	test('"A report to the council’s cabinet says:"', () => {
		expect(quotes('A report to the council’s cabinet says: “Demand for placements has risen by a third in two years.”')).toEqual([[2, 'Wigan Council']]);
	});

	test('"The report said:" after a report by council officers', () => {
		expect(quotes('The cabinet will discuss a report by council officers next week.', 'The report said: “Demand for placements has risen by a third in two years.”')).toEqual([[3, 'Wigan Council']]);
	});

	test('a report to the cabinet by a named director is hers', () => {
		expect(quotes('A report to the council’s cabinet by the director, Jo Bright, says the service is improving.', 'The report states: “Demand for placements has risen by a third in two years.”')).toEqual([[3, 'Jo Bright']]);
	});

	test('"It continues:" after a report to the executive by a named director is hers', () => {
		expect(quotes('A report to the executive by the director, Jo Bright, states: “Demand for placements has risen by a third.”', 'It continues: “Without more money, caseloads will rise again.”')).toEqual([
			[2, 'Jo Bright'],
			[3, 'Jo Bright'],
		]);
	});

	test('"The council’s own self-assessment states:"', () => {
		expect(quotes('The council’s own self-assessment, published on Monday, states: “Demand for placements has risen by a third.”')).toEqual([[2, 'Wigan Council']]);
	});

	test.each([
		'The local authority’s response to the report states: “We accept the findings.”',
		'The council has responded to the report, saying: “We accept the findings.”',
		'The authority’s statement read: “We accept the findings.”',
	])('the council’s response or statement is the council’s: %s', (sentence) => {
		expect(quotes(sentence)).toEqual([[2, 'Wigan Council']]);
	});

	test('"Comments in the report summary included:" are still the report’s', () => {
		expect(quotes('Comments in the report summary included: “Leaders have made steady progress since the last inspection.”')).toEqual([[2, 'Ofsted']]);
	});

	test('"The report said:" with no other report named is still the inspectorate’s', () => {
		expect(quotes('The report said: “Demand for placements has risen by a third in two years.”')).toEqual([[2, 'Ofsted']]);
	});
});

describe('a document or an inspectorate frames the sentence', () => {
	test('a report as the subject, an aside between, with verbs no list of reporting verbs holds', () => {
		expect(fragments('The report, issued on Friday (after a five-week inspection), points to “long-standing weaknesses” and blames the council for not moving “fast enough to keep children safe”.')).toEqual([
			['long-standing weaknesses', 'Ofsted'],
			['fast enough to keep children safe', 'Ofsted'],
		]);
	});

	test('a visit as the subject is the inspectorate’s', () => {
		expect(fragments('A monitoring visit to the council’s front door found “slow and uneven decisions about thresholds”.')).toEqual([['slow and uneven decisions about thresholds', 'Ofsted']]);
	});

	test('a report named for its author is the author’s', () => {
		expect(fragments('The government asked Dr Selina Marsh to review the service.', 'The Marsh report saw “patchy” progress.')).toEqual([['patchy', 'Selina Marsh']]);
	});

	test('inspectors as the subject with a plain verb', () => {
		expect(fragments('Inspectors saw “consistently thoughtful” social work with families.')).toEqual([['consistently thoughtful', 'Ofsted']]);
	});

	test('the agent of a passive', () => {
		expect(fragments('“Serious and widespread failings” have been found by Ofsted inspectors in the borough.')).toEqual([['Serious and widespread failings', 'Ofsted']]);
	});

	test('the agent of "described as ... by" outranks the document that opens the sentence', () => {
		expect(fragments('The findings were described as “deeply troubling” by Cllr Tom Hale, leader of the opposition.')).toEqual([['deeply troubling', 'Tom Hale']]);
	});

	test('a person before the quotation is the one the sentence is about', () => {
		expect(fragments('Cllr Ann Webb, the cabinet member, met inspectors and spoke of “a hard week” for staff.')).not.toContainEqual(['a hard week', 'Ofsted']);
	});
});

describe('the sentence before gives the frame', () => {
	test('a passive with no agent after a sentence about the inspection', () => {
		expect(fragments('Ofsted visited the borough’s children’s services in June.', 'The service was praised for having a “calm and settled” senior team.')).toEqual([['calm and settled', 'Ofsted']]);
	});

	test('"are said to" after the inspectors’ findings in the same paragraph', () => {
		expect(fragments('Inspectors found that most children were safe. Managers are said to have “a sound grasp of their caseloads”.')).toEqual([['a sound grasp of their caseloads', 'Ofsted']]);
	});

	test('"And furthermore that" carries on the findings', () => {
		expect(fragments('Inspectors found that children in the borough were mostly safe.', 'And furthermore that “leaders know where practice is still weak”.')).toEqual([['leaders know where practice is still weak', 'Ofsted']]);
	});

	test('a passive after a sentence about a person is not the inspectorate’s', () => {
		expect(fragments('Cllr Ann Webb visited the family centre on Monday.', 'The staff were praised for their “patience and warmth”.')).not.toContainEqual(['patience and warmth', 'Ofsted']);
	});
});

describe('a report’s phrases quoted in a run', () => {
	test('later phrases with no speaker of their own carry on the inspectors’ words', () => {
		expect(fragments('Inspectors found that some families “see a care plan as the only way to get help”. Yet the plans “too often” leave out what the child needs.', 'School staff are “not given the training they need” to help.')).toEqual([
			['see a care plan as the only way to get help', 'Ofsted'],
			['too often', 'Ofsted'],
			['not given the training they need', 'Ofsted'],
		]);
	});

	test('not after a person has been named since', () => {
		expect(fragments('Ofsted said the service was “slow to act”.', 'Cllr Amy Lowe, the cabinet member, said she accepted the findings.', 'The council’s “fresh start plan” will be published next week.')).toContainEqual(['fresh start plan', null]);
	});
});

describe('quoted names and defined terms are nobody’s words', () => {
	test('terms a notice defines for itself in brackets', () => {
		expect(fragments('The minister has issued an improvement notice (“the Notice”) to the borough council (“the Council”).')).toEqual([]);
	});

	test('the title of a framework, before the word for what it is', () => {
		expect(fragments('Ofsted inspected the council under its “Inspecting Local Authority Children’s Services” framework.')).toEqual([]);
	});

	test('the services an inspection covered, by their name', () => {
		expect(fragments('The inspection of ‘services for children in need of help and protection and care leavers’ ended in May.')).toEqual([]);
	});

	test('a title before the words quoted after it is not part of the quote', () => {
		expect(all('The review, entitled “Time To Listen To Every Child In The Borough,” said: “Leaders have not heard what children told them.”').map((q) => q.text)).toEqual([
			'Leaders have not heard what children told them.',
		]);
	});

	test('a nickname in capitals is still someone’s words', () => {
		expect(fragments('The opposition leader called him “a Poundshop Napoleon” at the meeting.').map((f) => f[0])).toEqual(['a Poundshop Napoleon']);
	});

	test('double marks inside a quotation in single marks are its own quoting', () => {
		expect(all('The inspectors wrote: ‘Too many children are “looked after” for too long and planning is “uneven”.’').map((q) => q.text)).toEqual([
			'Too many children are “looked after” for too long and planning is “uneven”.',
		]);
	});
});

describe('the source, not another party the sentence names', () => {
	test('an inspectorate that praised someone, "saying that", is the one saying', () => {
		expect(fragments('Ofsted praised Hollybank Family senior leaders for their work, saying that “leaders know their families well”.')).toEqual([['leaders know their families well', 'Ofsted']]);
	});

	test('a response to the report by the council, calling for, is the council’s, and so is "it said" after it', () => {
		expect(all('A response to the Ofsted report by Wigan Council, calling for “calm and steady change”, was published on Monday.', '“Every child here deserves a good service,” it said.').map((q) => [q.text, q.speaker])).toEqual([
			['calm and steady change', 'Wigan Council'],
			['Every child here deserves a good service,', 'Wigan Council'],
		]);
	});

	test('"noting it identified" is the report’s, not the councillor’s who raised it', () => {
		expect(fragments('Cllr Ann Webb raised the report, noting it identified “some worrying gaps in oversight”.')).toEqual([['some worrying gaps in oversight', 'Ofsted']]);
	});

	test('a first name alone is the one person the article names with it', () => {
		expect(quotes('Cllr Richard Lowe, the cabinet member, spoke to the meeting.', 'Richard added: “Nobody in this building is complacent about the work ahead.”')).toEqual([[3, 'Richard Lowe']]);
	});

	test('whom a letter was sent to is not its author', () => {
		expect(quotes('Ofsted’s letter, sent to the director Jo Bright, said: “Leaders have a clear plan.”')).toEqual([[2, 'Ofsted']]);
	});

	test('"Their letter said:" is the letter of the inspectors the sentence before names', () => {
		expect(quotes('Inspectors visited in January. Their letter said: “Leaders have a clear plan.”')).toEqual([[2, 'Ofsted']]);
	});

	test('the one who rejects claims is not the one who made them', () => {
		expect(fragments('Former director Joan Pike has rejected claims from the city’s former mayor that her handling of the case was “wholly careless”.')).not.toContainEqual(['wholly careless', 'Joan Pike']);
	});
});

describe('a letter the inspectorate wrote', () => {
	test('"Ofsted has written to the council after its visit. The letter says: ..." is Ofsted\'s', () => {
		const quotes = article('2024-03-14', 'Ofsted has written to Wokingham Borough Council after its second monitoring visit.', 'The letter says: "Wokingham has made steady progress since the last visit."').quotes;
		expect(quotes.map((q) => q.speaker)).toEqual(['Ofsted']);
	});
});
