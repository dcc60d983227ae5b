/** Provenance a researcher can check: how each quote's speaker was found, and what each event was read from. */
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../../source/ingest/extract.js';
import {readerModel} from '../../source/ui/views/reader-model.js';
import type {Article} from '../../source/corpus/schema.js';
import type {QuoteView} from '../../source/corpus/queries.js';

const text = [
	'date 2024-03-14 Children’s minister Helen Marsh set out her decision in a letter to the council’s chief executive.',
	'The letter reads: “I am not satisfied that the council can make the changes needed on its own.”',
	'A vote will be held next month.',
].join('\n\n');

describe('provenance', () => {
	const x = extractArticle(text, {today: new Date('2025-01-01')});

	it('keeps how each quote’s speaker was found and the words that named them', () => {
		expect(x.quotes[0]).toMatchObject({speaker: 'Helen Marsh', attribution: {kind: 'written', cue: 'The letter reads'}});
	});

	it('shows it in the reader under the paragraph', () => {
		const article = {id: 'a', title: 'T', published: x.published, paragraphs: x.paragraphs} as unknown as Article;
		const quotes: QuoteView[] = x.quotes.map((q, i) => ({id: `q${i}`, articleId: 'a', paragraph: q.paragraph, text: q.text, speaker: q.speaker, fragment: q.fragment, date: x.published, attribution: q.attribution}));
		const lines = readerModel(article, quotes, 100).lines.map((l) => l.spans.map((s) => s.text).join(''));
		expect(lines).toContain('found: written words, by their author (“The letter reads”)');
	});
});
