/**
 * A council's name inside another body's name or as the body whose supervision the story's council works under is
 * not the story's subject: "the council and NHS North East and North Cumbria Integrated Care Board must submit a
 * priority action plan" (Stockton's plan, not Cumbria's), "NHS Derby and Derbyshire ICB", "work under the supervision
 * of neighbouring Essex County Council" (Southend's commissioner). Each beside near-misses where the named council is
 * the subject. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {placed} from './pb4-rows.js';

const of = (type: string, published: string, ...text: string[]) => placed(published, ...text).filter((r) => r.startsWith(`${type} `));

test('a council named inside an NHS body’s name, or as the supervisor, is not the event’s council', () => {
	expect(of('improvement-plan', '2024-02-08', 'Stockton-on-Tees’ special educational needs services were found to have widespread failings.', 'The borough council and NHS North East and North Cumbria Integrated Care Board must now submit a priority action plan to Ofsted.')).toEqual(['improvement-plan Stockton-on-Tees 2024-02~']);
	expect(of('improvement-plan', '2024-02-08', 'Inspectors found widespread failings in Stockton-on-Tees’ SEND services.', 'The council and the NHS North East and North Cumbria ICB will publish an improvement plan next month.')).toEqual(['improvement-plan Stockton-on-Tees 2024-03']);
	expect(of('improvement-plan', '2023-11-20', 'Derbyshire’s SEND services were found to have widespread failings.', 'Derbyshire County Council and NHS Derby and Derbyshire Integrated Care Board have drawn up an improvement plan.')).toEqual(['improvement-plan Derbyshire 2023-11-20~']);
	expect(of('commissioner-appointed', '2023-02-01', 'Southend-on-Sea’s children’s services were rated inadequate again in 2019.', 'After that judgement the Department for Education appointed a commissioner, who recommended that the council keep control of the service but work under the supervision of neighbouring Essex County Council.')).toEqual(['commissioner-appointed Southend-on-Sea 2019~']);
	expect(of('improvement-plan', '2023-02-01', 'Thurrock’s services were rated inadequate.', 'Thurrock drew up an improvement plan with support from neighbouring Essex County Council.')).toEqual(['improvement-plan Thurrock 2023-02-01~']);
});

test('a council that is the subject keeps its events', () => {
	expect(of('improvement-plan', '2024-02-08', 'Cumbria County Council must now submit a priority action plan to Ofsted.')).toEqual(['improvement-plan Cumbria 2024-02~']);
	expect(of('commissioner-appointed', '2023-02-01', 'Essex County Council was placed under the supervision of a commissioner appointed by the Department for Education in January.')).toEqual(['commissioner-appointed Essex 2023-01']);
	expect(of('improvement-plan', '2023-11-20', 'Derby City Council has drawn up an improvement plan with the NHS after its SEND services were found to have widespread failings.')).toEqual(['improvement-plan Derby 2023-11-20~']);
});
