/**
 * Speakers that session 27's blind measure on real pages found wrong: a party's name that is also a common surname
 * ("Green": after a given name it is the surname, "Cllr Tom Green said"; before the party's own words it is the party,
 * "Green Party councillor"), and one written or spoken to in the lead-in ("In a letter to council leader Amy Brook,
 * the three cabinet members said:") taken for the speaker. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const speakers = (body: string) => extractArticle(`title: Council news\ndate: 2022-09-20\nauthority: Rotherham\n\n${body}\n`, {today}).quotes.map((q) => q.speaker);

test('Green after a given name is the surname', () => {
	expect(speakers('Labour group leader Cllr Tom Green said: "This report is a disgrace and the leader must go."')).toEqual(['Tom Green']);
	expect(speakers('Tom Green, the Labour group leader, said: "This report is a disgrace."')).toEqual(['Tom Green']);
	expect(speakers('Councillor Anna Green, cabinet member for children, said: "We accept the findings."')).toEqual(['Anna Green']);
	expect(speakers('"We accept the findings," said Anna Green, the cabinet member.')).toEqual(['Anna Green']);
	expect(speakers('Cllr Tom Green and Cllr Sue Smith said: "We accept the findings."')).toEqual(['Tom Green']);
});

test('Green before the party’s own words is the party', () => {
	expect(speakers('Green Party councillor Tom Smith said: "This report is a disgrace."')).toEqual(['Tom Smith']);
	expect(speakers('Cllr Jo Smith, a Green councillor, said: "We accept the findings."')).toEqual(['Jo Smith']);
	const people = extractArticle('title: Council news\ndate: 2022-09-20\nauthority: Rotherham\n\nCllr Jo Smith, a Green councillor, said: "We accept the findings."\n', {today}).people;
	expect(people.map((p) => [p.name, p.party])).toEqual([['Jo Smith', 'Green']]);
});

test('one written or spoken to in the lead-in is not the one speaking', () => {
	expect(speakers('In a letter to council leader Amy Brook, the three cabinet members said: "We can no longer support the way this service is run."')).toEqual([null]);
	expect(speakers('Cllr Jo Smith, in a letter to Amy Brook, said: "We remain concerned."')).toEqual(['Jo Smith']);
	expect(speakers('Cllr Jo Smith wrote to council leader Amy Brook and said: "We remain concerned."')).toEqual(['Jo Smith']);
	expect(speakers('Replying to Cllr Hart, council leader Amy Brook said: "I will not resign."')).toEqual(['Amy Brook']);
	// The writer herself, named before what she wrote, still speaks.
	expect(speakers('Amy Brook, who wrote to the minister last week, said: "We remain concerned."')).toEqual(['Amy Brook']);
});
