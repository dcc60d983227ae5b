/**
 * Judgements an eighth blind reading found lost where the news repeats an earlier grade: "It finds that ... overall
 * services remain inadequate" after earlier inspections that also found them inadequate gave no row for the news (the
 * sentence's verbs, "finds" and "remain", judged nothing), or the news took an earlier inspection's date. Sentences
 * written for this project.
 */
import {expect, test} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {article, today} from './article.js';

const judgements = (events: ReturnType<typeof article>['events']) =>
	events.filter((e) => e.type === 'inspection-judgement').map((e) => `${e.rating ?? 'ungraded'} ${e.date.value ?? 'undated'}`).sort();

test('words of remaining that judge nothing give no judgement', () => {
	expect(judgements(article('2021-06-09', 'Too many children remain in care for longer than they need to in Wigan, the council finds.').events)).toEqual([]);
	expect(judgements(article('2021-06-09', 'The number of children in care in Wigan remained high last year, the report finds.').events)).toEqual([]);
	expect(judgements(article('2021-06-09', 'The review finds that relationships between schools and Wigan Council remain good.').events)).toEqual([]);
});

test('"overall services remain inadequate" after earlier inadequate inspections: the news is a judgement of its own', () => {
	const body = ['The report, released today, follows an inspection in April. It finds that despite some progress, overall services in Wigan remain inadequate.', 'Two earlier inspections in March 2015 and June 2017 also found services were inadequate.'];
	expect(judgements(article('2021-06-09', ...body).events)).toEqual(['inadequate 2015-03', 'inadequate 2017-06', 'inadequate 2021-06-09']);
	// On a page with no date, the news stays apart from the earlier grades, undated.
	expect(judgements(extractArticle(`${body.join('\n\n')}\n`, {today}).events)).toEqual(['inadequate 2015-03', 'inadequate 2017-06', 'inadequate undated']);
	// "The inspectors concluded ... remained inadequate": the same.
	expect(judgements(article('2021-06-09', 'Inspectors concluded that children’s services at Wigan Council remained inadequate.').events)).toEqual(['inadequate 2021-06-09']);
});
