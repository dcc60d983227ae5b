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
