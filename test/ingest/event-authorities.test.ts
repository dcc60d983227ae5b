/** Which authority an event is about when a sentence names several. */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {today} from './article.js';

const judgements = (...paragraphs: string[]) =>
	extractArticle(`title: Ratings\ndate: 2009-12-09\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.authority} ${e.rating}`);

test('"Both A and B were rated outstanding, while C was rated good": each list its own grade', () => {
	expect(judgements('Both Gateshead and Trafford were rated outstanding, while Wigan was rated good.').sort()).toEqual(['Gateshead outstanding', 'Trafford outstanding', 'Wigan good']);
	expect(judgements('Wigan was rated good, while Gateshead and Trafford were rated outstanding.').sort()).toEqual(['Gateshead outstanding', 'Trafford outstanding', 'Wigan good']);
});

test('a list of councils all given one grade is one judgement each', () => {
	expect(judgements('Gateshead, Stockport and Trafford were all rated good by inspectors.').sort()).toEqual(['Gateshead good', 'Stockport good', 'Trafford good']);
});

test('"Trafford Council, rated outstanding in 2015, will support Wigan": the grade in the aside is Trafford’s', () => {
	const lede = 'Wigan Council’s children’s services have been rated inadequate again.';
	// ("rated inadequate again": Wigan's grade of now and the earlier one it repeats.)
	expect(judgements(lede, 'Trafford Council, rated outstanding in 2015, will support Wigan as its improvement partner.')).toEqual(['Wigan inadequate', 'Wigan inadequate', 'Trafford outstanding']);
	expect(judgements(lede, 'Trafford, which was rated outstanding in 2015, will support Wigan.')).toEqual(['Wigan inadequate', 'Wigan inadequate', 'Trafford outstanding']);
});

test('a council’s own site names its authority, the words run together ("moderngov.cheshireeast.gov.uk") or not', () => {
	const about = (url: string) => extractArticle(`url: ${url}\n\nThe committee noted the Ofsted inspection, which rated children’s services inadequate in March 2024.\n`, {today}).authorities;
	expect(about('https://moderngov.cheshireeast.gov.uk/ecminutes/ieListDocuments.aspx?CId=1')).toEqual(['Cheshire East']);
	expect(about('https://democracy.wokingham.gov.uk/mgAi.aspx?ID=1')).toEqual(['Wokingham']);
	// The Greater London Authority's site is no borough's.
	expect(about('https://www.london.gov.uk/press-releases')).toEqual([]);
});

test('"Both Wigan, in the north west, and Luton, in the east, were ...": a place’s aside stays inside the list', () => {
	expect(judgements('Both Wigan, in the north west, and Luton, in the east, were given a ‘good’ grade.').sort()).toEqual(['Luton good', 'Wigan good']);
	expect(judgements('Both Wigan – in the north west – and Luton were given a ‘good’ grade.').sort()).toEqual(['Luton good', 'Wigan good']);
});

test('a round-up’s crossheads ("Central Bedfordshire Council" above its paragraphs) give the paragraphs below them their council', () => {
	const got = extractArticle(
		'title: Focused visits\ndate: 2024-04-10\n\nOfsted has published the findings of three focused visits.\n\nCentral Bedfordshire Council\n\nInspectors visited the council on 4 and 5 March 2024.\n\nWokingham Borough Council\n\nInspectors visited the council on 12 and 13 March 2024.\n',
		{today},
	).events.map((e) => `${e.authority} ${e.date.value}`);
	expect(got).toEqual(['Central Bedfordshire 2024-03-04', 'Wokingham 2024-03-12']);
	// One line naming a council is a caption, not a section.
	const one = extractArticle('title: Visit\ndate: 2024-04-10\n\nWigan Council’s services were visited.\n\nCentral Bedfordshire Council\n\nInspectors visited the council on 4 March 2024.\n', {today}).events.map((e) => e.authority);
	expect(one.length).toBeGreaterThan(0);
	expect(one.every((a) => a === 'Wigan')).toBe(true);
});

test('"a team from Essex County Council was sent in", "a partnership with Leeds City Council": the partner is not the story’s council', () => {
	const events = (...paragraphs: string[]) => extractArticle(`title: Support\ndate: 2016-05-10\nauthority: Somerset County Council\n\n${paragraphs.join('\n\n')}\n`, {today}).events.map((e) => `${e.authority} ${e.type}`);
	const lede = 'Somerset County Council’s children’s services remain under scrutiny.';
	expect(events(lede, 'A team from Essex County Council was sent in by the minister to run the improvement plan.')).toContain('Somerset improvement-plan');
	expect(events(lede, 'The commissioner advised the council to form a partnership with Leeds City Council.')).toContain('Somerset commissioner-report');
	// A council named as the subject keeps its events.
	expect(events(lede, 'Essex County Council was rated outstanding in 2014.')).toContain('Essex inspection-judgement');
});

test('"One council (Rutland) was rated outstanding and three (Stockport, Wigan and Bolton) were rated good": each list its grade', () => {
	expect(judgements('One council (Rutland) was rated ‘outstanding’ and three (Stockport, Wigan and Bolton) were rated ‘good’.').sort()).toEqual(['Bolton good', 'Rutland outstanding', 'Stockport good', 'Wigan good']);
});

test('"It is the third department this week to be rated inadequate, after Stockport last Tuesday and Wigan last Wednesday"', () => {
	const events = extractArticle('title: Third in a week\ndate: 2009-03-05\nauthority: Rutland County Council\n\nRutland County Council’s children’s services have been rated inadequate.\n\nIt is the third department this week to be rated inadequate, after Stockport last Tuesday and Wigan last Wednesday.\n', {today})
		.events.filter((e) => e.type === 'inspection-judgement')
		.map((e) => `${e.authority} ${e.rating} ${e.date.approximate ? '~' : ''}${e.date.value}`);
	// 2009-03-05 was a Thursday.
	expect(events).toEqual(expect.arrayContaining(['Stockport inadequate 2009-03-03', 'Wigan inadequate 2009-03-04']));
	expect(events.filter((e) => e.startsWith('Rutland'))).toHaveLength(1);
	expect(events.filter((e) => e.startsWith('Wigan'))).toHaveLength(1);
});

test('"Councils judged inadequate this year include: Wigan; Stockport; Bolton.": a list by semicolons', () => {
	expect(judgements('Councils judged inadequate this year include: Wigan; Stockport; Bolton.').sort()).toEqual(['Bolton inadequate', 'Stockport inadequate', 'Wigan inadequate']);
});
