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
	expect(judgements(lede, 'Trafford Council, rated outstanding in 2015, will support Wigan as its improvement partner.')).toEqual(['Wigan inadequate', 'Trafford outstanding']);
	expect(judgements(lede, 'Trafford, which was rated outstanding in 2015, will support Wigan.')).toEqual(['Wigan inadequate', 'Trafford outstanding']);
});
