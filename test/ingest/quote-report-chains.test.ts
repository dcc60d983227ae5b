/**
 * "It goes on to add:", "The report adds:" a paragraph or two after a report or letter is named: the document's
 * author speaks, whoever received it. Sentences and names invented for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const speakers = (...paragraphs: string[]) =>
	article('2023-06-14', ...paragraphs)
		.quotes.filter((q) => !q.fragment)
		.map((q) => [q.text.slice(0, 20), q.speaker]);

test('"has published his third progress report ... The report adds:": the adviser who wrote it, not Ofsted', () => {
	expect(speakers('Swindon Borough Council’s improvement adviser, Tom Reeve, has published his third progress report.', 'In it, he says the council has made steady progress.', 'The report adds: “Leaders now know their services well.”', 'It goes on to say: “Caseloads are lower.”')).toEqual([
		['Leaders now know the', 'Tom Reeve'],
		['Caseloads are lower.', 'Tom Reeve'],
	]);
});

test('"has received its latest monitoring letter from Ofsted. / It goes on to add:": the letter’s writer, not its reader', () => {
	expect(speakers('Swindon Borough Council has received its latest monitoring letter from Ofsted.', 'It goes on to add: “Morale among social workers has recovered.”')).toEqual([['Morale among social ', 'Ofsted']]);
	expect(speakers('The letter from children’s minister Ann Hale to Swindon Borough Council was published on Monday.', 'It goes on to add: “I expect to see progress by the spring.”')).toEqual([['I expect to see prog', 'Ann Hale']]);
	// A council that spoke of the letter itself speaks on.
	expect(speakers('Swindon Borough Council, replying to a letter from Ofsted, said it had already acted on every point.', 'It added: “We are confident the changes are working.”')).toEqual([['We are confident the', 'Swindon Council']]);
});
