import {describe, expect, test} from 'vitest';
import {titles} from '../../source/ingest/lexicon.js';
import {findMentions, tokenize, type Mention} from '../../source/ingest/mentions.js';
import {findQuoteSpans, narrativeOf} from '../../source/ingest/quote-spans.js';

/** "person Coun|Tony Marsh|m", "pronoun f", "org Ofsted": kind, title, names and gender in one line. */
const show = (m: Mention) =>
	m.kind === 'person' ? `person ${m.title ?? '-'}|${m.names.join(' ')}|${m.gender ?? '?'}` : m.kind === 'pronoun' ? `pronoun ${m.gender}` : `org ${m.org}`;
const mentions = (narrative: string) => findMentions(narrative).map(show);

describe('findMentions: people', () => {
	test.each([
		['Coun Tony Marsh said the plan was late.', ['person Coun|Tony Marsh|m']],
		['Cllr Osei said the plan was late.', ['person Cllr|Osei|?']],
		['Coun. Osei said the plan was late.', ['person Coun|Osei|?']],
		['Mrs Adeyemi said the plan was late.', ['person Mrs|Adeyemi|f']],
		['Mr McAllister said the plan was late.', ['person Mr|McAllister|m']],
		// A common given name makes a pair a person without any title.
		['Diane Webster told a meeting the plan was late.', ['person -|Diane Webster|f']],
		// A reporting verb next to a capitalised pair, in either order.
		['The plan was late, said Yun Tao.', ['person -|Yun Tao|?']],
		['Yun Tao said the plan was late.', ['person -|Yun Tao|?']],
		// A pair right after a role word.
		['The mayor, Zed Ortho, opened the meeting.', ['person -|Zed Ortho|?']],
		// A place before the name is not part of it.
		['Wigan North MP Simon Hale opened the meeting.', ['person -|Simon Hale|m']],
		['Coun Webb’s resignation was accepted.', ['person Coun|Webb|?']],
		['Couns Hale and Webb voted against.', ['person Coun|Hale|?', 'person Coun|Webb|?']],
		['Cllrs Begum, Lee and Patel voted against.', ['person Cllr|Begum|?', 'person Cllr|Lee|?', 'person Cllr|Patel|?']],
	])('%j', (narrative, expected) => {
		expect(mentions(narrative)).toEqual(expected);
	});

	test.each([
		// A ward in brackets is not a person, even one that starts with a given name.
		['Cllr Jane Smith (Con, Rose Hill) said it was late.', ['person Cllr|Jane Smith|f']],
		['The meeting was held in Leigh Town Hall.', []],
		// A party's group is the party (an organisation that speaks), not a person called Labour.
		['The Labour group met on Tuesday.', ['org Labour']],
		['The Children’s Services Committee met.', []],
	])('no stray person in %j', (narrative, expected) => {
		expect(mentions(narrative)).toEqual(expected);
	});

	test('offsets point at the name as printed', () => {
		const n = 'After the vote, Cllr Ann Lee’s deputy spoke.';
		const [m] = findMentions(n);
		expect(n.slice(m!.start, m!.end)).toBe('Cllr Ann Lee’s');
		expect(m).toMatchObject({names: ['Ann', 'Lee']});
	});

	test('names inside quotations are the speaker’s, not mentions', () => {
		const p = 'Cllr Osei said: "Mr Khan should resign today."';
		expect(mentions(narrativeOf(p, findQuoteSpans(p)))).toEqual(['person Cllr|Osei|?']);
	});
});

describe('findMentions: pronouns and organisations', () => {
	test.each([
		['Mr Khan said he was sorry and she agreed.', ['person Mr|Khan|m', 'pronoun m', 'pronoun f']],
		['He added that the plan was late.', ['pronoun m']],
		['His letter, sent in the spring, praised the staff.', ['pronoun m']],
		['Her letter said the council had improved.', ['pronoun f']],
		['The report said the service was failing.', ['org the report']],
		['The union Unison said staff were at breaking point.', ['org Unison']],
		['The Local Government Association said councils needed money.', ['org Local Government Association']],
		['The Care Quality Commission said health partners must act.', ['org Care Quality Commission']],
		['The authority said it accepted the findings.', ['org the council']],
		// The attributor decides whose inspectors these are (Ofsted's unless the story names the probation inspectorate).
		['The inspectors found serious failings.', ['org the inspectorate']],
		['Ofsted inspectors found serious failings.', ['org Ofsted']],
		['A Slough Borough Council spokesperson said it was working hard.', ['org Slough Borough Council']],
		['A spokesman for Wigan Council said it was working hard.', ['org Wigan Council']],
		['A council spokeswoman said it was working hard.', ['org the council']],
		['The Department for Education said it would act.', ['org Department for Education']],
		['The Government said it would act.', ['org Government']],
		['The government commissioner said it would act.', []],
		['Wigan Council said it would act.', ['org Wigan Council']],
		// Capitalised words that open the sentence are not part of the council's name.
		['On Monday Wigan Council said it would act.', ['org Wigan Council']],
		['The NSPCC said it was worried.', ['org NSPCC']],
		['The Conservatives said the leader should go.', ['org Conservatives']],
		['Labour said the leader should go.', ['org Labour']],
		['A Labour councillor said the leader should go.', []],
		// The council as the author, after each of the words that name its statement.
		['A spokeswoman from the council was not available.', ['org the spokesperson', 'org the council']],
		['In a statement on behalf of the county council, officials apologised.', ['org the council']],
		['A response for the borough council was sent.', ['org the council']],
	])('%j', (narrative, expected) => {
		expect(mentions(narrative)).toEqual(expected);
	});
});

test('a name after a role phrase, or with a role in apposition after it, is a person whatever the given name', () => {
	const names = (t: string) => findMentions(t).filter((m) => m.kind === 'person').map((m) => (m.kind === 'person' ? m.names.join(' ') : ''));
	expect(names("Director of children's services Priya Venkataraman welcomed the report.")).toEqual(['Priya Venkataraman']);
	expect(names("Obinna Adeyemi-Clarke, the council's cabinet member for children, welcomed it.")).toEqual(['Obinna Adeyemi-Clarke']);
	// The portfolio's own capitals are no name: "head of Youth Justice".
	expect(names('Dominic Hartley, Head of Youth Justice at the council, welcomed it.')).toEqual(['Dominic Hartley']);
	expect(names('The head of Youth Justice Services welcomed it.')).toEqual([]);
});

describe('tokenize', () => {
	// The tokens of the pattern it stands for, with a stop kept only on a title ("Coun.", "Dr.").
	const byPattern = (text: string) =>
		[...text.matchAll(/[A-Za-z][A-Za-z’'-]*\.?|[,:;()]/g)].map((m) => {
			const keep = !m[0].endsWith('.') || titles.has(m[0].toLowerCase());
			const text = keep ? m[0] : m[0].slice(0, -1);
			return {text, start: m.index, end: m.index + text.length};
		});
	test.each([
		'Coun. Jo Bloggs (Lab, Ward) said: “It’s done.” Mr. O’Neill-Smith agreed; Dr. Who’s bit.',
		"rock'n'roll -- café 2019, 'single' x.y. Mrs.Smith",
		'end. ,,;;(( ))::',
		'',
		'ÉCOLE Zoë’s-day...Ms.',
	])('%s', (text) => {
		expect(tokenize(text)).toEqual(byPattern(text));
	});
});
