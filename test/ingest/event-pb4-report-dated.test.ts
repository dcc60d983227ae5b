/**
 * A commissioner's (or DfE adviser's) report dated by the document that carries it: "concluded in a report published
 * on Monday", and "His report, published on 14 September, said ..." right after a sentence about that report. A report
 * of anyone else published on a day is not the commissioner's. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {rows} from './pb4-rows.js';

test('a report published on a day by someone other than a commissioner gives no commissioner’s report', () => {
	expect(rows('2024-03-14', 'A report published by a Gateshead charity on Monday said foster carers were hard to find.')).toEqual([]);
	expect(rows('2024-03-14', 'The police and crime commissioner set out an annual review of youth crime in Gateshead. Her review, published on Monday, said patrols had helped.')).toEqual([]);
	expect(rows('2024-03-14', 'The children’s commissioner for England criticised councils’ use of unregistered homes. The report, published on Monday, named Gateshead.')).toEqual([]);
});

test('"concluded in a report published on Monday": the report’s own day', () => {
	expect(rows('2024-03-14', 'Gateshead should keep its children’s services, the commissioner has concluded in a report published on Monday.')).toEqual(['commissioner-report 2024-03-11']);
});

test('"His report, published on 14 September, said": the report of the sentence before, dated', () => {
	expect(rows('2024-03-14', 'The commissioner for Gateshead’s children’s services has recommended that the council keep control. His report, published on 7 March, said leaders had the capacity to improve.')).toEqual(['commissioner-report 2024-03-07']);
	expect(rows('2024-03-14', 'The DfE adviser working with Gateshead said in her first report that the council had made a sound start. The report was presented to councillors on 12 March.')).toContain('commissioner-report 2024-03-12');
});
