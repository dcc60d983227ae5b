/**
 * "Looked after children" unhyphenated is one noun, not a verb and a clause that opens with "after": an event told
 * in a sentence that names the service so ("A full inspection of safeguarding and looked after children's services is
 * expected during 2013") keeps its words and its date in one clause (event-clauses.ts). Each beside near-misses with
 * the same words that tell no such event: a hope, another body's inspection, another council's. Sentences written
 * for this project.
 */
import {expect, test} from 'vitest';
import {placed, rows} from './pb4-rows.js';

const of = (type: string, published: string, ...text: string[]) => rows(published, ...text).filter((r) => r.startsWith(`${type} `));

test('an event in a sentence about looked after children is read whole', () => {
	expect(of('inspection-visit', '2012-11-20', 'A full inspection of safeguarding and looked after children’s services is expected in Rotherham during 2013.')).toEqual(['inspection-visit 2013~']);
	expect(of('inspection-visit', '2012-11-20', 'The inspection of safeguarding and looked after children’s services in Rotherham took place in March.')).toEqual(['inspection-visit 2012-03~']);
	expect(of('inspection-visit', '2012-11-20', 'Inspectors spent two weeks looking at services for looked after children in Rotherham in October.')).toEqual(['inspection-visit 2012-10']);
	expect(of('improvement-board', '2012-11-20', 'The improvement board set up to oversee services for looked after children in Rotherham met for the first time in May 2012.')).toEqual(['improvement-board 2012-05~']);
	expect(of('funding', '2012-11-20', 'Rotherham put an extra £2m into services for looked after children in the budget agreed in February.')).toEqual(['funding 2012-02~']);
	expect(of('improvement-notice', '2012-11-20', 'Rotherham was issued with an improvement notice over its safeguarding and looked after children’s services in March.')).toEqual(['improvement-notice 2012-03~']);
});

test('a hope, another body’s inspection or another council’s is none of Rotherham’s', () => {
	expect(of('inspection-visit', '2012-11-20', 'Councillors hope for a full inspection of safeguarding and looked after children’s services in Rotherham in 2013.')).toEqual([]);
	expect(of('inspection-visit', '2012-11-20', 'A full inspection of Rotherham’s hospital, which looked after children from across the county, is expected in 2013.')).toEqual([]);
	expect(placed('2012-11-20', 'Barnsley’s safeguarding and looked after children’s services are expected to be inspected in 2013, Rotherham councillors heard.').filter((r) => r.startsWith('inspection-visit Rotherham'))).toEqual([]);
	expect(of('funding', '2012-11-20', 'Rotherham Council said it looked after children well and needed no extra money for the service.')).toEqual([]);
});
