/**
 * A history told sentence by sentence: a sentence that opens on a year gone by ("By the summer of 2014 things looked
 * up.") sets when the next one tells; a grade told next in the plain past, with no date and no word of now, is of that
 * year, approximately. Near misses: a year within the one before the article, a grade of now, one to come, a grade
 * dated by its own sentence, the next paragraph, a hope, a present tense. Sentences written for this project.
 */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';

const today = new Date('2026-11-22T12:00:00Z');
const graded = (published: string, ...paragraphs: string[]) =>
	extractArticle(`title: Council news\ndate: ${published}\nauthority: Cambridgeshire\n\n${paragraphs.join('\n\n')}\n`, {today})
		.events.filter((e) => e.type === 'inspection-judgement' && e.authority === 'Cambridgeshire' && (e.service === undefined || e.service === "children's services"))
		.map((e) => `${e.rating ?? '-'} ${e.date.value ?? 'undated'}${e.date.approximate ? '~' : ''}`)
		.sort();

describe('a grade told after a sentence that opens on a year', () => {
	const cases: [string, string][] = [
		['By the summer of 2014 things looked up. Ofsted rated the county’s children’s services good overall.', 'good 2014~'],
		['In 2011 a new director arrived. Inspectors judged the county’s safeguarding adequate.', 'adequate 2011~'],
		['During 2016 the council hired 40 social workers. Ofsted found its children’s services good.', 'good 2016~'],
		['By the end of 2018 the service had turned a corner. Inspectors rated it requires improvement.', 'requires improvement 2018~'],
		['In the spring of 2015 the inspectors returned to the county. They judged its children’s services inadequate.', 'inadequate 2015~'],
		['In 2012 the county’s fortunes changed. Ofsted judged its children’s services good, and ministers lifted the notice.', 'good 2012~'],
		['Over 2017 the service steadied under an interim director. Inspectors rated the department good.', 'good 2017~'],
		['Early in 2013 the improvement board met for the first time. Ofsted rated the council’s services for children inadequate.', 'inadequate 2013~'],
	];
	for (const [text, want] of cases) it(text.slice(0, 80), () => expect(graded('2023-03-14', text)).toContain(want));
});

describe('near misses', () => {
	// [published, paragraphs, what must not be read]
	const cases: [string, string[], string][] = [
		['2016-09-20', ['In 2016 the council appointed a new director. Ofsted rated the county’s services inadequate.'], 'inadequate 2016~'],
		['2023-03-14', ['By 2014 things looked up. Ofsted has now rated the county’s children’s services good.'], 'good 2014~'],
		['2023-03-14', ['By 2014 things looked up. Ofsted rated the county’s children’s services good in 2016.'], 'good 2014~'],
		['2023-03-14', ['By 2014 things looked up.', 'Ofsted rated the county’s children’s services good.'], 'good 2014~'],
		['2023-03-14', ['In 2014 the council set out its plan. Ofsted will rate the services next year.'], 'good 2014~'],
		['2023-03-14', ['In 2014 the council set out its plan. It hoped Ofsted would rate the services good.'], 'good 2014~'],
		['2023-03-14', ['In 2014 the council set out its plan. Ofsted rates the county’s children’s services good.'], 'good 2014~'],
		['2023-03-14', ['Things looked up by 2014. Ofsted rated the county’s children’s services good today.'], 'good 2014~'],
	];
	for (const [published, paragraphs, never] of cases) it(paragraphs.join(' ').slice(0, 80), () => expect(graded(published, ...paragraphs)).not.toContain(never));
});
