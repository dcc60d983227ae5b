/**
 * A visit told by what it found for "children in need", the social-care category (children the council must help
 * under the Children Act), is the council's children's services' visit: "children in need" is not the BBC's appeal
 * there. The appeal is written "Children in Need", and a visit or a grant of its own stays no inspection of the
 * council's; nor is another body's inspection. (A visit hoped for or asked about is the visit rules' business.)
 * Each sentence was written for this test.
 */
import {describe} from 'vitest';
import {checkVisits} from '../helpers/visit-lines.js';

describe('a visit that found something for children in need', () => {
	checkVisits([
		['2023-03-14', 'Rutland', 'Then came a focused visit in January 2021, in the middle of the pandemic, which found delays for some children in need.', ['2021-01']],
		['2022-06-01', 'Halton', 'A monitoring visit in March found that plans for children in need were too vague.', ['2022-03']],
		['2019-11-20', 'Bury', 'Ofsted’s focused visit in October looked at the council’s work with children in need and those subject to child protection plans.', ['2019-10']],
		['2024-02-08', 'Wirral', 'Inspectors carried out a monitoring visit in December, and said assessments for children in need were now timely.', ['2023-12']],
		['2020-09-15', 'Knowsley', 'A focused visit in July 2020 found that some children in need had not been seen for months.', ['2020-07']],
		['2018-05-30', 'Salford', 'The monitoring visit, on 2 and 3 May, found drift in plans for children in need.', ['2018-05-02']],
		['2021-04-21', 'Oldham', 'During a focused visit in February inspectors found that managers did not always check on children in need.', ['2021-02']],
		['2025-01-09', 'Torbay', 'Children in need were still waiting too long for help, a monitoring visit in November 2024 found.', ['2024-11']],
	]);
});

describe('the appeal, and what is no visit', () => {
	checkVisits([
		['2023-11-17', 'Rutland', 'Presenters from BBC Children in Need made a visit to the county’s family hub in November.', []],
		['2023-11-17', 'Rutland', 'The council’s staff raised £4,000 for Children in Need with a visit from the mascot in November.', []],
		['2023-11-17', 'Rutland', 'The children’s minister made a visit to the family hub in October to meet children in need and their families.', []],
		['2023-11-17', 'Rutland', 'Children in Need gave the county’s youth club a grant after a visit in June.', []],
		['2023-11-17', 'Rutland', 'The number of children in need in the county rose by 8% in the year to March.', []],
		['2023-11-17', 'Rutland', 'A school’s Ofsted visit in October found that children in need were well supported in lessons.', []],
		['2023-11-17', 'Rutland', 'The hospital trust’s CQC inspection in May found that children in need of mental health care waited too long.', []],
		['2023-11-17', 'Rutland', 'Volunteers for Children in Need visited the police station in October.', []],
	]);
});
