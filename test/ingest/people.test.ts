import {describe, expect, test} from 'vitest';
import {findMentions} from '../../source/ingest/mentions.js';
import {collectPeople, normaliseRole, roleAfter, roleBefore} from '../../source/ingest/people.js';
import {article} from './article.js';
import {extractArticle} from '../../source/ingest/extract.js';

describe('normaliseRole', () => {
	test.each([
		['council leader', 'council leader', null],
		['Labour council leader', 'council leader', 'Labour'],
		['the Tory MP', 'MP', 'Conservative'],
		['Conservative councillor', 'councillor', 'Conservative'],
		['Lib Dem group leader', 'group leader', 'Liberal Democrat'],
		// The party names the group led: it stays in the role and is the person's party too.
		['leader of the Tory group', 'leader of the Tory group', 'Conservative'],
		['Wigan North’s MP', 'MP for Wigan North', null],
		['the director of children’s services', 'director of children’s services', null],
		['the cabinet member responsible for early help', 'cabinet member responsible for early help', null],
		// A place keeps its capital.
		['Wigan Council leader', 'Wigan Council leader', null],
		// No role head, or a bare head, is no role.
		['a local resident', null, null],
		['the leader', null, null],
		['Labour', null, 'Labour'],
	])('%j → %j (%s)', (phrase, role, party) => {
		expect(normaliseRole(phrase)).toEqual({role, party});
	});
});

describe('roleBefore and roleAfter', () => {
	/** The narrative and the offsets of `name` in it. */
	const at = (narrative: string, name: string) => {
		const start = narrative.indexOf(name);
		return {narrative, start, end: start + name.length};
	};

	test.each([
		['Labour group leader Cllr Ann Lee spoke first.', 'Labour group leader'],
		['After the meeting, deputy council leader Cllr Ann Lee spoke.', 'deputy council leader'],
		['The report by Cllr Ann Lee was late.', null],
		['It was late, according to Cllr Ann Lee.', null],
		['Parents told Cllr Ann Lee about it.', null],
	])('before the name in %j: %j', (narrative, role) => {
		const a = at(narrative, 'Cllr Ann Lee');
		expect(roleBefore(a.narrative, a.start)).toBe(role);
	});

	test.each([
		['Coun Tony Lee, leader of the Conservative group at the town hall, said no.', 'leader of the Conservative group at the town hall'],
		['Coun Tony Lee, the council leader.', 'the council leader'],
		['Coun Tony Lee, the cabinet member responsible for schools, said no.', 'the cabinet member responsible for schools'],
		['Coun Tony Lee, who leads the council, said no.', null],
		['Coun Tony Lee, 54, said no.', null],
		['Coun Tony Lee, the leader who was elected in May, said no.', null],
		['Coun Tony Lee said the leader, Mr Hale, was wrong.', null],
	])('after the name in %j: %j', (narrative, role) => {
		const a = at(narrative, 'Coun Tony Lee');
		expect(roleAfter(a.narrative, a.end)).toBe(role);
	});
});

describe('collectPeople', () => {
	const people = (...paragraphs: string[]) =>
		collectPeople(paragraphs.map((text) => ({text, narrative: text, mentions: findMentions(text)}))).people.map((p) => ({
			name: p.name,
			titles: [...p.titles].sort(),
			roles: p.roles,
			party: p.party,
			paragraphs: [...p.paragraphs],
		}));

	test('short forms resolve to the full name printed elsewhere, before or after', () => {
		expect(people('Cllr Hale said it was late.', 'Council leader Cllr Simon Hale (Lab, North) spoke.', 'Mr Hale apologised.')).toEqual([
			{name: 'Simon Hale', titles: ['Cllr', 'Mr'], roles: ['council leader'], party: 'Labour', paragraphs: [1, 2, 3]},
		]);
	});

	test('two people with one surname: the title’s gender decides, and an ambiguous short form stays apart', () => {
		const found = people('Cllr Ann Lee spoke.', 'Cllr Tom Lee replied.', 'Mrs Lee spoke again.', 'Cllr Lee left.');
		expect(found.map((p) => [p.name, p.paragraphs])).toEqual([
			['Ann Lee', [1, 3]],
			['Tom Lee', [2]],
			['Lee', [4]],
		]);
	});

	test('a surname with a title and no full name is a person of its own', () => {
		expect(people('Cllr Osei said it was late.', 'Cllr Osei said it again.').map((p) => [p.name, p.paragraphs])).toEqual([['Osei', [1, 2]]]);
	});

	test.each([
		['Labour’s Sarah Hale said it was late.', 'Labour'],
		['Tory Cllr Sarah Hale said it was late.', 'Conservative'],
		['Cllr Sarah Hale (LD, Central) said it was late.', 'Liberal Democrat'],
		['Cllr Sarah Hale, leader of the Green group, said it was late.', 'Green'],
		// A party elsewhere in the sentence is not hers.
		['Cllr Sarah Hale said the Labour motion was late.', null],
	])('party in %j: %s', (paragraph, party) => {
		expect(people(paragraph)[0]?.party).toBe(party);
	});

	test('a role after its owner’s possessive, set off by commas, is the role; a "by" ends a role phrase', () => {
		expect(people('Wigan’s corporate director for children, Lewis Oyelaran, spoke.')[0]?.roles).toEqual(['corporate director for children, Wigan']);
		expect(people('A report to the cabinet by the director of children’s services, Rachel Boyd, was published.')[0]?.roles).toEqual(['director of children’s services']);
	});

	test('an authority’s name is not a person', () => {
		expect(people('Sarah Hale told Wigan Council that it was late.').map((p) => p.name)).toEqual(['Sarah Hale']);
	});
});

test('a party leader named without the party leads the party the text named last', () => {
	const a = article('2022-01-14', 'Labour called for the cabinet member to step down at a meeting of Leeds City Council.', 'Party leader councillor Matthew Patrick said there could be no change while he stayed.');
	expect(a.people.find((p) => p.name === 'Matthew Patrick')?.party).toBe('Labour');
});

test('a lede’s first words in capitals ("ESTHER McVey has accused") and a surname with its particle ("Professor Le Grand") find the full name', () => {
	const speakers = (...paragraphs: string[]) => extractArticle(`title: Council news\ndate: 2018-03-01\n\n${paragraphs.join('\n\n')}\n`, {today: new Date('2026-11-22')}).quotes.map((q) => q.speaker);
	expect(speakers('ESTHER McVey has accused Cheshire East Council of failing children.', 'Ms McVey said: “This is a scandal.”')).toEqual(['Esther McVey']);
	expect(speakers('Professor Julian Le Grand has said the council should lose control.', 'Professor Le Grand said: “The service cannot improve on its own.”')).toEqual(['Julian Le Grand']);
});

test('"Sir Peter said" after "Sir Peter Hale, the chief inspector": a knight called by the given name is that person', () => {
	const r = extractArticle('title: Letter\n\nSir Peter Hale, the chief inspector, wrote to the minister about Bolton Council.\n\nSir Peter said: "The council has failed its children for years."\n', {today: new Date('2026-11-22T12:00:00Z')});
	expect(r.people.map((p) => p.name)).toEqual(['Peter Hale']);
	expect(r.quotes.map((q) => q.speaker)).toEqual(['Peter Hale']);
});
