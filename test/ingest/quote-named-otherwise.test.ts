/**
 * Who a council's or a report's words are when the text names them another way: a council named by the party that runs
 * it ("The Labour-run council said", "the Conservative-led authority said:", "The Labour council said:") is the council
 * speaking, not the party; a report that opens its paragraph after an adverb ("However, the latest report ...") is
 * "it" in the next. Sentences written for this project.
 */
import {expect, test} from 'vitest';
import {article} from './article.js';

const lede = 'Wigan Council’s children’s services have been rated good by Ofsted.';
const speakers = (...paragraphs: string[]) => article('2019-03-01', lede, ...paragraphs).quotes.map((q) => q.speaker);

test('the council named by the party that runs it', () => {
	expect(speakers('The Labour-run council said it was a "real achievement" for staff.')).toEqual(['Wigan Council']);
	expect(speakers('The Conservative-led authority said: "We are proud of our social workers."')).toEqual(['Wigan Council']);
	expect(speakers('The Labour council said: "We are proud of our staff."')).toEqual(['Wigan Council']);
});

test('the party itself is still the party', () => {
	expect(speakers('Labour said: "The cabinet member must go."')).toEqual(['Labour']);
	expect(speakers('The Labour group said: "The cabinet member must go."')).not.toEqual(['Wigan Council']);
});

test('"However, the latest report highlights improvements. / It states that ...": the report opens its paragraph after an adverb', () => {
	const quotes = article('2022-03-01', lede, 'However, the latest report highlights improvements.', 'It states that the director, Noor Hale, has built a "stable and committed team".').quotes;
	expect(quotes.map((q) => q.speaker)).toEqual(['Ofsted']);
});

test('"The findings were described by councillors as "shocking"": the councillors’ word, not the report’s', () => {
	const speakersOf = (...p: string[]) => article('2022-03-01', lede, ...p).quotes.map((q) => q.speaker);
	expect(speakersOf('The findings were described by councillors as "shocking".')).toEqual([null]);
	expect(speakersOf('The service was described as "chaotic" by Cllr Jo Hale.')).toEqual(['Jo Hale']);
	expect(speakersOf('Failings were found by Ofsted inspectors, who said the service was "chaotic".')).toEqual(['Ofsted']);
});
