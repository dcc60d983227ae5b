/**
 * Speakers an eighth blind reading found misnamed: a cabinet member's title that lists "Children, Young People,
 * Skills and Lifelong Learning" gave the quote to "Young People", and "Ms Lloyd Owen" after "Marta Lloyd Owen" (a
 * double surname with no hyphen) stood as a person of her own. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const speakers = (...paragraphs: string[]) => article('2022-03-28', ...paragraphs).quotes.map((q) => q.speaker);

test('a real surname Young, and two people sharing a double surname, stay as printed', () => {
	expect(speakers('Bury Council’s cabinet member for children, Peter Young, said: “We have more to do.”')).toEqual(['Peter Young']);
	expect(speakers('Rochdale Borough Council’s leader, Young Kim, said: “The report is fair.”')).toEqual(['Young Kim']);
	// Two people whose names end alike: "Ms Lloyd Owen" is neither for sure.
	const two = speakers('Marta Lloyd Owen chairs the board and Gwen Lloyd Owen leads the service at Bury Council.', 'Ms Lloyd Owen said: “We accept the findings.”');
	expect(two).not.toContain('Marta Lloyd Owen');
	expect(two).not.toContain('Gwen Lloyd Owen');
});

test('"cabinet member for Children, Young People, Skills and Lifelong Learning": the councillor speaks', () => {
	expect(speakers('Bury Council’s children’s services were rated good by Ofsted.', 'Councillor Ann Leigh, Bury Council’s cabinet member for Children, Young People, Skills and Lifelong Learning, said: “This is a proud day for our staff.”')).toEqual(['Ann Leigh']);
});

test('"Ms Lloyd Owen" after "Marta Lloyd Owen": one person', () => {
	expect(speakers('Bury Council’s children’s services were rated inadequate. Marta Lloyd Owen, the interim director, said she was “sorry” for the failings.', 'Ms Lloyd Owen said: “We accept every recommendation in the report.”')).toEqual(['Marta Lloyd Owen', 'Marta Lloyd Owen']);
});
