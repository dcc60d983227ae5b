/** Small stores built in code, for UI tests that need exact contents (the bundled corpus changes as extraction improves). */
import {emptyStore, type Article, type CorpusEvent, type DateValue, type Person, type Quote, type StoreData} from '../../source/corpus/schema.js';

export function day(value: string | null, basis = 'stated'): DateValue {
	if (value === null) return {value: null, precision: 'unknown', approximate: false, basis: 'nothing in the text dates it'};
	return {value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', approximate: false, basis};
}

export function article(id: string, o: Partial<Article> & {paragraphs: string[]}): Article {
	return {
		id,
		file: `${id}.txt`,
		path: `/corpus/${id}.txt`,
		contentHash: id,
		title: o.title ?? `Article ${id}`,
		titleSource: 'line',
		source: null,
		published: day('2020-01-01'),
		authorities: ['Blackpool'],
		raw: [o.title ?? `Article ${id}`, '', ...o.paragraphs].join('\n\n'),
		furniture: [],
		people: [],
		readReport: {encoding: 'utf-8', removed: 0, repaired: 0},
		importedAt: '2026-01-01T00:00:00.000Z',
		origin: 'extracted',
		...o,
	};
}

export function person(id: string, name: string, o: Partial<Person> = {}): Person {
	return {id, name, titles: [], roles: [], party: null, authorities: ['Blackpool'], articleIds: [], origin: 'extracted', ...o};
}

export function quote(id: string, articleId: string, paragraph: number, text: string, speaker: Person | null, o: Partial<Quote> = {}): Quote {
	return {id, articleId, paragraph, text, speaker: speaker?.name ?? null, speakerId: speaker?.id ?? null, fragment: false, date: day('2020-01-01'), origin: 'extracted', ...o};
}

export function event(id: string, o: Partial<CorpusEvent> & Pick<CorpusEvent, 'type' | 'authority'>): CorpusEvent {
	return {id, date: day('2020-01'), summary: `Summary of ${id}`, sources: [], origin: 'extracted', ...o};
}

/** A store of `n` authorities with one article and one judgement each: for scrolling and narrow layouts. */
export function manyAuthorities(n: number): StoreData {
	const data = emptyStore('Many councils');
	for (let i = 0; i < n; i++) {
		const name = `Council ${String(i + 1).padStart(2, '0')}`;
		data.authorities.push({id: name.toLowerCase().replace(' ', '-'), name, onsCode: null, origin: 'extracted'});
		data.articles.push(article(`a${i}`, {authorities: [name], paragraphs: [`News about ${name}.`], published: day(`20${String(10 + (i % 10))}-03-01`)}));
		data.events.push(event(`e${i}`, {authority: name, type: 'inspection-judgement', rating: i % 2 ? 'good' : 'inadequate', date: day(`20${String(10 + (i % 10))}-02`)}));
	}
	return data;
}

/** A store whose text tries to steer the terminal: every string shown must come out clean. */
export function hostileStore(): StoreData {
	const data = emptyStore('Evil \u001B]52;c;cHduZWQ=\u0007corpus');
	const p = person('mallory', 'Mallory \u001B[31mRed\u001B[0m', {roles: ['council \u202Eleader']});
	data.people.push(p);
	data.authorities.push({id: 'blackpool', name: 'Blackpool', onsCode: null, origin: 'extracted'});
	data.articles.push(
		article('evil', {
			title: 'Title with \u001B]0;pwned\u0007 a title escape',
			paragraphs: ['He said: "Clear \u001B[2J the screen and \u009B31m colour" today.', 'Second paragraph.'],
		}),
	);
	data.quotes.push(quote('evil-q1', 'evil', 1, 'Clear \u001B[2J the screen and \u009B31m colour', p));
	data.events.push(event('evil-e1', {authority: 'Blackpool', type: 'resignation-call', summary: 'Calls \u001B]52;c;ZXZpbA==\u0007 to resign', articleId: 'evil', paragraph: 1}));
	return data;
}
