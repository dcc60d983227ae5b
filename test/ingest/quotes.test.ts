import {describe, expect, test} from 'vitest';
import {article} from './article.js';

const lede = 'Wigan Council’s children’s services are to be overhauled.';
/** Each quote as [paragraph, text, speaker], fragments marked with a leading '~'. */
const quotes = (...paragraphs: string[]) => article('2024-03-14', lede, ...paragraphs).quotes.map((q) => [q.paragraph, (q.fragment ? '~' : '') + q.text, q.speaker]);

describe('attribution within the paragraph', () => {
	test.each([
		['before: "Cllr X said:"', ['Cllr Ann Lee said: “We accept every word of the report.”'], [[2, 'We accept every word of the report.', 'Ann Lee']]],
		['after: ", said Cllr X."', ['“Nobody should pretend otherwise,” said Cllr Osei.'], [[2, 'Nobody should pretend otherwise,', 'Osei']]],
		['after: ", Cllr X said."', ['“Nobody should pretend otherwise,” Cllr Ann Lee said.'], [[2, 'Nobody should pretend otherwise,', 'Ann Lee']]],
		['after: ", she said."', ['Cllr Ann Lee spoke at the meeting.', '“We owe it to every family,” she said.'], [[3, 'We owe it to every family,', 'Ann Lee']]],
		['after, with an appositive', ['“There is no excuse,” said Cllr Tom Carter, the leader of the opposition.'], [[2, 'There is no excuse,', 'Tom Carter']]],
		['around: both halves are one record', ['“We are sorry,” said Cllr Osei. “We will do better.”'], [[2, 'We are sorry, … We will do better.', 'Osei']]],
		['single quote marks', ['Cllr Ann Lee said: ‘We accept every word of the report.’'], [[2, 'We accept every word of the report.', 'Ann Lee']]],
		['a short form resolves to the full name', ['Cllr Ann Lee opened the meeting.', 'Cllr Lee said: “We have work to do.”'], [[3, 'We have work to do.', 'Ann Lee']]],
	])('%s', (_label, paragraphs, expected) => {
		expect(quotes(...paragraphs)).toEqual(expected);
	});
});

describe('attribution across paragraphs', () => {
	test('a narrative paragraph that names the speaker attributes the quote after it', () => {
		expect(quotes('Cllr Ann Lee had this to say.', '“Families deserve far better than this.”')).toEqual([[3, 'Families deserve far better than this.', 'Ann Lee']]);
	});

	test('British multi-paragraph quotes: each paragraph is one record with the opening speaker', () => {
		expect(
			quotes('Cllr Ann Lee told the meeting: “We have let families down for too long.', '“We are going to change that, starting today.', '“And we will report back every month.”'),
		).toEqual([
			[2, 'We have let families down for too long.', 'Ann Lee'],
			[3, 'We are going to change that, starting today.', 'Ann Lee'],
			[4, 'And we will report back every month.', 'Ann Lee'],
		]);
	});

	test('a photo caption inside a running quote does not break it', () => {
		const x = article(
			'2024-03-14',
			lede,
			'Mr David Hale, the director of children’s services, said: “I take full responsibility for these failings.',
			'Mr David Hale outside the town hall',
			'“My team will work every hour to fix them.”',
		);
		expect(x.furniture.map((f) => f.kind)).toEqual(['caption']);
		expect(x.quotes.map((q) => [q.paragraph, q.speaker])).toEqual([
			[2, 'David Hale'],
			[3, 'David Hale'],
		]);
	});

	test('a quote nobody is named for stays unattributed', () => {
		expect(quotes('“This is shocking and we want answers.”')).toEqual([[2, 'This is shocking and we want answers.', null]]);
	});

	test('who was told is not who speaks next', () => {
		const x = article('2024-03-14', 'Wigan Council has been told to improve its children’s services.', '“This is shocking and we want answers.”');
		expect(x.quotes.map((q) => q.speaker)).toEqual([null]);
	});
});

describe('fragments and full quotes', () => {
	test.each([
		['phrases quoted inside reported speech are fragments', 'Cllr Ann Lee said the findings were “deeply worrying” and that she would “not rest”.', [[2, '~deeply worrying', 'Ann Lee'], [2, '~not rest', 'Ann Lee']]],
		['a long clause quoted after "that" is still a fragment', 'Cllr Ann Lee said the council would “get a grip on the problems and stop making excuses”.', [[2, '~get a grip on the problems and stop making excuses', 'Ann Lee']]],
		['a short quotation that opens a sentence with its own stop is full', '“We failed them,” she said.', [[2, 'We failed them,', null]]],
		['a quotation after a colon is full', 'Cllr Ann Lee said the report was fair, adding: “We failed them.”', [[2, 'We failed them.', 'Ann Lee']]],
		['a quotation that starts a sentence of its own is full', 'Cllr Ann Lee spoke first. “We failed them,” she said.', [[2, 'We failed them,', 'Ann Lee']]],
		['the main clause quoted after an opening clause and its comma is full', 'Although leaders say they want change, “too many children still wait months for the help they were promised”.', [[2, 'too many children still wait months for the help they were promised', null]]],
		['a phrase after an opening clause stays a fragment', 'Although leaders say they want change, the service is “not there yet”.', [[2, '~not there yet', null]]],
	])('%s', (_label, paragraph, expected) => {
		expect(quotes(paragraph)).toEqual(expected);
	});

	test('a phrase of a few words that opens the narrator’s sentence is a fragment', () => {
		expect(quotes('“Real progress” has been made since the inspection, the council says.').map((q) => q[1])).toEqual(['~Real progress']);
	});

	test.each([
		['The service was rated ‘inadequate’ by Ofsted.'],
		["Ofsted said leaders had been 'too slow' and the service 'requires improvement'."],
		['Cllr Ann Lee said the rating of “good” was years away.'],
	])('ratings and scare quotes are not quotes: %j', (paragraph) => {
		expect(quotes(paragraph)).toEqual([]);
	});
});

describe('organisations as speakers', () => {
	test.each([
		['A Slough Borough Council spokesperson said: “We are working with partners.”', 'Slough Council'],
		['A spokesman for Wigan Council said: “We are working with partners.”', 'Wigan Council'],
		// The article's own council.
		['A council spokeswoman said: “We are working with partners.”', 'Wigan Council'],
		['The council said: “We are working with partners.”', 'Wigan Council'],
		['On Tuesday Wigan Council said: “We are working with partners.”', 'Wigan Council'],
		['The report said: “Leaders have been too slow to act.”', 'Ofsted'],
		['Inspectors said: “Leaders have been too slow to act.”', 'Ofsted'],
		['In a letter, the Department for Education said: “We will monitor progress.”', 'Department for Education'],
		// Any other body by its printed name, and a council named by its place.
		['A Home Office spokesperson said: “We are working with partners.”', 'Home Office'],
		['A spokesman for the Children’s Commissioner for England said: “We are working with partners.”', 'Children’s Commissioner for England'],
		['A spokesperson for Bolton said: “We are working with partners.”', 'Bolton Council'],
		['“We are working with partners,” the council’s spokesperson said.', 'Wigan Council'],
		// A document named with a word or two before it: the report is Ofsted's, a monitoring letter too.
		['The 12-page report concluded: “Leaders have been too slow to act.”', 'Ofsted'],
		['The monitoring letter noted: “Leaders have been too slow to act.”', 'Ofsted'],
		// The one a sentence before says was approached for comment.
		['The Department for Education has been approached for comment. A spokesperson said: “We are working with partners.”', 'Department for Education'],
	])('%j → %s', (paragraph, speaker) => {
		const [q] = article('2024-03-14', lede, paragraph).quotes;
		expect(q?.speaker).toBe(speaker);
		expect(q?.speakerIsPerson).toBe(false);
	});
});

describe('pronouns resolve by gender', () => {
	test.each([
		['she, after a man was quoted', ['Mrs Ann Hill and Mr Tom Shaw both spoke.', 'Mr Shaw said: “I am angry.”', '“I am angry too,” she said.'], 'Ann Hill'],
		['he, after a woman was quoted', ['Mrs Ann Hill and Mr Tom Shaw both spoke.', 'Mrs Hill said: “I am angry.”', '“I am angry too,” he said.'], 'Tom Shaw'],
		['she, the subject of her own sentence', ['Mr Tom Shaw spoke first. Mrs Ann Hill said she was angry: “This cannot go on.”'], 'Ann Hill'],
		['he, the person the story is about', ['Mrs Ann Hill spoke first.', 'Mr Tom Shaw spoke next.', '“I am angry about all of this,” he said.'], 'Tom Shaw'],
	])('%s', (_label, paragraphs, speaker) => {
		expect(quotes(...paragraphs).at(-1)?.[2]).toBe(speaker);
	});
});

describe('speakers newsrooms name by kind, by pair or by document', () => {
	test('"The spokeswoman said:" is the organisation whose spokeswoman the article named, else the council', () => {
		expect(quotes('The spokeswoman said: “We have accepted the recommendation in full.”')).toEqual([[2, 'We have accepted the recommendation in full.', 'Wigan Council']]);
	});

	test('"the integrated care board said" is the board the article named in full', () => {
		expect(
			quotes(
				'The council shares the duty with NHS Greater Manchester Integrated Care Board.',
				'In a statement, the integrated care board said: “We accept that families have waited too long.”',
			),
		).toEqual([[3, 'We accept that families have waited too long.', 'NHS Greater Manchester Integrated Care Board']]);
	});

	test('a joint statement of two people is the first-named’s', () => {
		expect(quotes('In a joint statement, council leader Cllr Ann Lee and chief executive Joanne Pryor said: “We thank every member of staff.”')).toEqual([
			[2, 'We thank every member of staff.', 'Ann Lee'],
		]);
	});

	test('"The report said:" after the commissioner’s report is named quotes the commissioner, not Ofsted', () => {
		expect(
			quotes(
				'The government-appointed commissioner, Dr Ruth Okafor, has published her findings.',
				'In the commissioner’s report, Dr Okafor praises the council’s leadership.',
				'The report said: “Caseloads remain too high in the assessment teams.”',
			),
		).toEqual([[4, 'Caseloads remain too high in the assessment teams.', 'Ruth Okafor']]);
	});
});

describe('organisations newsrooms quote', () => {
	test.each([
		['The union Unison said: “Staff are at breaking point.”', 'Unison'],
		['The charity Barnardo’s said: “Children deserve better.”', 'Barnardo’s'],
		['The Local Government Association said: “Councils need more funding.”', 'Local Government Association'],
		['The Care Quality Commission said: “Health partners must act.”', 'Care Quality Commission'],
		['Her Majesty’s Inspectorate of Probation said: “The service requires improvement.”', 'HM Inspectorate of Probation'],
		['The Conservative group said in a statement: “The leader must go.”', 'Conservatives'],
		['The local authority said in a statement: “We are disappointed.”', 'Wigan Council'],
		['A statement from the council read: “We are disappointed.”', 'Wigan Council'],
		['The DfE said the council had made progress. “We will keep it under review,” it added.', 'Department for Education'],
	])('%j', (paragraph, speaker) => {
		expect(quotes(paragraph).map((q) => q[2])).toEqual([speaker]);
	});
});

describe('who "she", "the spokesperson" and a name between commas are', () => {
	test('"She said:" after a sentence naming her in the same paragraph is hers, not the story’s earlier focus', () => {
		const said = quotes('Director Helen Wardlow welcomed the report.', 'Cllr Rosemary Achterberg said the result was ‘a proud day’. She said: “Nobody did this alone.”');
		expect(said.filter((q) => !String(q[1]).startsWith('~')).map((q) => q[2])).toEqual(['Rosemary Achterberg']);
	});
	test('a plural title’s pair: the first-named speaks', () => {
		expect(quotes('Cllrs Stefan Okafor and Maureen Lyle, who tabled the motion, said in a statement: “This is not about point-scoring.”').map((q) => q[2])).toEqual(['Stefan Okafor']);
	});
	test('"the spokesperson said" after an organisation’s spokesperson was reported is that organisation', () => {
		expect(
			quotes('A spokesperson for the Local Government Association said demand had risen every year.', '“Councils cannot fill this gap on their own,” the spokesperson said.').map((q) => q[2]),
		).toEqual(['Local Government Association']);
	});
	test('a name between commas before "said" is a person, and "local government" is no Government', () => {
		expect(quotes('Its head of local government, Dermot Rooney, said: “Social workers are burning out.”').map((q) => q[2])).toEqual(['Dermot Rooney']);
	});
});

describe('attribution newsrooms give after the first mention', () => {
	test('a surname alone before its verb is the person named in full earlier', () => {
		expect(quotes('The director, Patricia Orrell, offered to stand down.', 'Orrell added: “The staff have been let down by our systems.”')).toEqual([[3, 'The staff have been let down by our systems.', 'Patricia Orrell']]);
	});

	test('a surname nobody was named with is nobody', () => {
		expect(quotes('Orrell added: “The staff have been let down by our systems.”')[0]?.[2]).toBeNull();
	});

	test('a pull quote that a later paragraph attributes is said once, by its speaker', () => {
		expect(quotes('‘We have not been good enough, and I will not pretend otherwise’', 'The report was published on Tuesday.', 'Cllr Hazel Mountford said: “We have not been good enough, and I will not pretend otherwise. We will fix it.”')).toEqual([
			[4, 'We have not been good enough, and I will not pretend otherwise. We will fix it.', 'Hazel Mountford'],
		]);
	});

	test('Ofsted’s letter and what “the letter added” are Ofsted’s', () => {
		expect(quotes('Ofsted’s letter to the council said services had weaknesses.', 'The letter added: “The council has recognised these shortcomings and has begun to act.”')).toEqual([[3, 'The council has recognised these shortcomings and has begun to act.', 'Ofsted']]);
	});

	test('a report that “cautions” is quoted', () => {
		expect(quotes('Ofsted’s report was published on Tuesday.', 'The report cautions that: “Improvements have not yet reached most frontline teams.”')).toEqual([[3, 'Improvements have not yet reached most frontline teams.', 'Ofsted']]);
	});
});

describe('letters, organisations and pronouns', () => {
	test('"In a letter to X, minister Y set out ..." makes the letter Y’s, also for its words in the same paragraph', () => {
		expect(quotes('In a letter to council leader Graham Pike, minister Harriet Lowe set out her concerns. The letter reads: “I remain concerned that the pace of change is too slow.”', 'It continued: “The notice will stay in place.”').map((q) => q[2])).toEqual(['Harriet Lowe', 'Harriet Lowe']);
	});

	test('"His letter" is the letter of the man just named', () => {
		expect(quotes('The chief executive, Peter Bunyan, has replied to Ofsted. His letter was copied to the council leader, Mark Hawley.', 'The letter says: “We accept that progress has been uneven this year.”')).toEqual([[3, 'We accept that progress has been uneven this year.', 'Peter Bunyan']]);
	});


	test('"has written to" introduces a letter; an unnamed minister’s letter is the Department for Education’s', () => {
		expect(quotes('The children’s minister has written to the council to say she accepts the commissioner’s advice.', 'The letter reads: “I expect the council to move quickly.”')).toEqual([[3, 'I expect the council to move quickly.', 'Department for Education']]);
		expect(quotes('Minister Helen Marsh has written to the council.', 'The letter reads: “I expect the council to move quickly.”')).toEqual([[3, 'I expect the council to move quickly.', 'Helen Marsh']]);
	});
	test('an organisation right before its verb speaks, even after a person in the sentence', () => {
		expect(quotes('Cllr Karen Kilbride said she had been “blindsided”, but Wigan Council said: “The decision was taken after careful consideration.”').find((q) => !String(q[1]).startsWith('~'))?.[2]).toBe('Wigan Council');
	});

	test('"a trust spokesman" speaks for the trust the article named', () => {
		expect(quotes('Wigan Children’s Trust has been rated good.', 'A trust spokesman said: “This is a landmark moment for children here.”')[0]?.[2]).toBe('Wigan Children’s Trust');
	});

	test('"Ms Holbrook" is the Cathy Holbrook printed earlier without a cue', () => {
		expect(quotes('The new director, Cathy Holbrook, and Cllr Mike Wendell met the Echo.', 'Ms Holbrook said: “I am not going to pretend the service is fine.”')[0]?.[2]).toBe('Cathy Holbrook');
	});

	test('"She added" never goes to a man named since', () => {
		expect(quotes('Cllr Carole Whitmore described the report as fair.', 'The inspection was led by Graham Lister, who spent four weeks in the borough.', 'She added: “We accept every recommendation in full.”')[0]?.[2]).toBe('Carole Whitmore');
	});
});

describe('inspectors', () => {
	test('are Ofsted’s, or the probation inspectorate’s once the story names it', () => {
		expect(quotes('Ofsted rated the service good.', 'Inspectors said: “Leaders have a clear vision for the service.”')[0]?.[2]).toBe('Ofsted');
		expect(quotes('HM Inspectorate of Probation rated the youth justice service good.', 'The report said: “Leaders have a clear vision for the service.”')[0]?.[2]).toBe('HM Inspectorate of Probation');
		expect(quotes('HM Inspectorate of Probation rated the youth justice service good.', 'The inspectorate said: “Leaders have a clear vision for the service.”', 'Inspectors added: “Children are seen quickly by their workers.”').map((q) => q[2])).toEqual(['HM Inspectorate of Probation', 'HM Inspectorate of Probation']);
	});
});

describe('the inspectorate under other names', () => {
	test('"The Ofsted report acknowledges", "The report praises": the report’s author; "OLDHAM Council says" is Oldham Council', () => {
		expect(quotes('The Ofsted report acknowledges that managers are aware of “significant deficits” in services.')).toEqual([[2, '~significant deficits', 'Ofsted']]);
		expect(quotes('The report praises the “comprehensive processes” in adoption.')).toEqual([[2, '~comprehensive processes', 'Ofsted']]);
		expect(quotes('OLDHAM Council says it “can and must do better” after an Ofsted inspection.')).toEqual([[2, '~can and must do better', 'Oldham Council']]);
	});
	test('"The Ofsted report on Bolton Council found", "An inspection of Bury’s services found": the document’s author, not what it is about', () => {
		expect(quotes('The Ofsted report on Bury Council found that children faced “drift and delay”.')).toEqual([[2, '~drift and delay', 'Ofsted']]);
		expect(quotes('An inspection of Bury Council’s children’s services found that too many children faced “drift and delay”.')).toEqual([[2, '~drift and delay', 'Ofsted']]);
	});
	test('"the watchdog said", "the government watchdog said" is Ofsted', () => {
		expect(quotes('The watchdog said: “Too many children wait too long for help.”')).toEqual([[2, 'Too many children wait too long for help.', 'Ofsted']]);
		expect(quotes('The government watchdog said: “Too many children wait too long for help.”')).toEqual([[2, 'Too many children wait too long for help.', 'Ofsted']]);
	});
	test('"It added" after a sentence opened by the report is the report’s author', () => {
		expect(quotes('The report said children “wait too long”. It added: “Leaders have not acted quickly enough to address the weaknesses.”')).toEqual([
			[2, 'Leaders have not acted quickly enough to address the weaknesses.', 'Ofsted'],
			[2, '~wait too long', 'Ofsted'],
		]);
	});
	test('"According to Ofsted, "..."" is a whole quote of Ofsted’s', () => {
		expect(quotes('According to Ofsted, “leaders do not have a clear enough understanding of practice in the service.”')).toEqual([[2, 'leaders do not have a clear enough understanding of practice in the service.', 'Ofsted']]);
	});
});

describe('whole clauses after "that", and officers', () => {
	test('"noted that "..."" with a whole clause inside is a quote, whatever follows it', () => {
		expect(quotes('Inspectors also noted that “caseloads are manageable and social workers speak highly of the support they receive”, although they said plans were not consistent.')).toEqual([
			[2, 'caseloads are manageable and social workers speak highly of the support they receive', 'Ofsted'],
		]);
	});
	test('"Council officers said in the report that "..."" is the council’s', () => {
		expect(quotes('Council officers said in the report that “the growth in demand for statutory services has outstripped the resources available for several years”.')).toEqual([
			[2, 'the growth in demand for statutory services has outstripped the resources available for several years', 'Wigan Council'],
		]);
	});
	test('a short phrase after "that" stays a fragment', () => {
		expect(quotes('Ms Lee said that the report was “a wake-up call”.')).toEqual([[2, '~a wake-up call', 'Lee']]);
	});
});

describe('a colon without a reporting verb, and words posted', () => {
	test('"Cllr X went further: "..."" is Cllr X’s', () => {
		expect(quotes('Opposition leader Cllr Tom Harris went further: “This is a scandal and somebody must take responsibility.”')).toEqual([
			[2, 'This is a scandal and somebody must take responsibility.', 'Tom Harris'],
		]);
	});
	test('"She was blunt: "..."" after a named person is hers', () => {
		expect(quotes('Cllr Ann Lee spoke after the vote.', 'She was blunt: “Nobody should keep their job after this.”')).toEqual([[3, 'Nobody should keep their job after this.', 'Ann Lee']]);
	});
	test('"posted on social media: "..."" is the poster’s', () => {
		expect(quotes('Cllr Tom Harris, the council leader, posted on social media: “It makes for difficult reading.”')).toEqual([[2, 'It makes for difficult reading.', 'Tom Harris']]);
	});
});

test('"A spokesperson for the charity said" is the charity the article named last; "the union said" the union', () => {
	expect(quotes('The NSPCC said the findings were a reminder of how much children relied on councils.', 'A spokesperson for the charity said: “Every child at risk of harm needs to be seen quickly.”')).toEqual([
		[3, 'Every child at risk of harm needs to be seen quickly.', 'NSPCC'],
	]);
	expect(quotes('Unison has raised caseloads with the council before.', 'The union said: “Our members are at breaking point.”')).toEqual([[3, 'Our members are at breaking point.', 'Unison']]);
});

test('"A council statement read:", "the council’s statement added:", "Council chiefs said:" are the council’s', () => {
	expect(quotes('A council statement read: “We have already acted on every recommendation.”')).toEqual([[2, 'We have already acted on every recommendation.', 'Wigan Council']]);
	expect(quotes('The council’s statement added: “We have already acted on every recommendation.”')).toEqual([[2, 'We have already acted on every recommendation.', 'Wigan Council']]);
	expect(quotes('Council chiefs said: “We are deeply sorry.”')).toEqual([[2, 'We are deeply sorry.', 'Wigan Council']]);
});

test('after an opening phrase, the colon’s speaker is the subject, not the one the phrase names', () => {
	expect(quotes('In a letter to Cllr Tom Harris, children’s minister Anna Freeland was blunt: “The council must improve, and quickly.”')).toEqual([
		[2, 'The council must improve, and quickly.', 'Anna Freeland'],
	]);
});
