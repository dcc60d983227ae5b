/** The rule for syndicated copies (source/corpus/copies.ts): a quote printed in several titles counts once. */
import {describe, expect, it} from 'vitest';
import {copyGroups, quoteCopies, quoteWords} from '../../source/corpus/copies.js';
import {articlesQuoteTally, speakerQuoteTally, storeQuoteTally} from '../../source/corpus/counts.js';
import {listQuotes, listPeople} from '../../source/corpus/queries.js';
import {emptyStore, type Article, type Quote, type StoreData} from '../../source/corpus/schema.js';

const day = {value: '2024-03-05', precision: 'day' as const, approximate: false, basis: 'stated'};

function article(id: string, source: string | null, copies: string[] = [], authorities = ['Exampleshire']): Article {
	return {
		id,
		file: `${id}.txt`,
		path: `${id}.txt`,
		contentHash: id,
		title: `Story in ${id}`,
		titleSource: 'header',
		source,
		...(copies.length ? {copies} : {}),
		published: day,
		authorities,
		raw: '',
		paragraphs: ['one', 'two', 'three'],
		furniture: [],
		people: [],
		readReport: {encoding: 'utf-8', removed: 0, repaired: 0},
		importedAt: '2026-11-22T12:00:00Z',
		origin: 'extracted',
	};
}

let n = 0;
function quote(articleId: string, text: string, speaker: string | null, paragraph = 1, fragment = false): Quote {
	n++;
	return {id: `${articleId}-q${n}`, articleId, paragraph, text, speaker, speakerId: speaker ? speaker.toLowerCase().replace(/\s+/g, '-') : null, fragment, date: day, origin: 'extracted'};
}

function store(articles: Article[], quotes: Quote[]): StoreData {
	const data = emptyStore('copies');
	data.articles = articles;
	data.quotes = quotes;
	data.people = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null))].map((name) => ({
		id: name.toLowerCase().replace(/\s+/g, '-'),
		name,
		titles: [],
		roles: [],
		party: null,
		authorities: ['Exampleshire'],
		articleIds: articles.map((a) => a.id),
		origin: 'extracted' as const,
	}));
	return data;
}

describe('copy groups', () => {
	it('joins a chain of linked printings into one group in store order, and leaves single printings out', () => {
		const groups = copyGroups([article('echo', 'Echo', ['gazette']), article('lone', 'Post'), article('gazette', 'Gazette', ['echo', 'herald']), article('herald', 'Herald', ['gazette'])]);
		expect(groups.get('herald')?.map((a) => a.id)).toEqual(['echo', 'gazette', 'herald']);
		expect(groups.get('echo')).toBe(groups.get('herald'));
		expect(groups.has('lone')).toBe(false);
	});

	it('ignores a link to an article the store no longer holds', () => {
		expect(copyGroups([article('echo', 'Echo', ['gone'])]).size).toBe(0);
	});
});

describe('a quote printed in several titles counts once', () => {
	it('the same speaker and words in two printings: the first printing counts, naming the other', () => {
		const kept = quote('gazette', '“We have a lot of work to do,” she said', 'Jane Smith', 3);
		const repeat = quote('echo', '"We have a LOT of work to do", she said.', 'Jane Smith', 4);
		const c = quoteCopies([article('gazette', 'Exampleshire Gazette', ['echo']), article('echo', 'Exampleshire Echo', ['gazette'])], [repeat, kept]);
		expect(c.repeatOf.get(repeat.id)).toBe(kept.id);
		expect(c.repeatOf.has(kept.id)).toBe(false);
		expect(c.alsoIn.get(kept.id)).toEqual([{articleId: 'echo', quoteId: repeat.id, paragraph: 4, publication: 'Exampleshire Echo', published: day}]);
	});

	it('a quote only one printing has counts, and is not said to be anywhere else', () => {
		const shared = [quote('gazette', 'We will do it in the open', 'Jane Smith'), quote('echo', 'We will do it in the open', 'Jane Smith')];
		const onlyEcho = quote('echo', 'The money is there for the next three years', 'Jane Smith', 5);
		const c = quoteCopies([article('gazette', 'Gazette', ['echo']), article('echo', 'Echo', ['gazette'])], [...shared, onlyEcho]);
		expect(c.repeatOf.has(onlyEcho.id)).toBe(false);
		expect(c.alsoIn.has(onlyEcho.id)).toBe(false);
		expect([...c.repeatOf.keys()]).toEqual([shared[1]!.id]);
	});

	it('the same words from different speakers, or unattributed in one printing, are different quotes', () => {
		const a = quote('gazette', 'This is not good enough', 'Jane Smith');
		const b = quote('echo', 'This is not good enough', 'Tom Brown');
		const c = quote('echo', 'This is not good enough', null, 2);
		const result = quoteCopies([article('gazette', 'Gazette', ['echo']), article('echo', 'Echo', ['gazette'])], [a, b, c]);
		expect(result.repeatOf.size).toBe(0);
	});

	it('the same words in articles that are not copies of each other count apart', () => {
		const a = quote('gazette', 'This is not good enough', 'Jane Smith');
		const b = quote('post', 'This is not good enough', 'Jane Smith');
		expect(quoteCopies([article('gazette', 'Gazette'), article('post', 'Post')], [a, b]).repeatOf.size).toBe(0);
	});

	it('a title that prints a quote twice keeps both, and a third title repeating it is one printing', () => {
		const first = quote('gazette', 'Children come first', 'Jane Smith', 1);
		const again = quote('gazette', 'Children come first', 'Jane Smith', 6);
		const echo = quote('echo', 'Children come first', 'Jane Smith', 2);
		const echoAgain = quote('echo', 'Children come first', 'Jane Smith', 7);
		const c = quoteCopies([article('gazette', 'Gazette', ['echo']), article('echo', 'Echo', ['gazette'])], [first, again, echo, echoAgain]);
		expect([...c.repeatOf.keys()].sort()).toEqual([echo.id, echoAgain.id].sort());
		expect(c.alsoIn.get(first.id)?.map((p) => p.articleId)).toEqual(['echo']);
	});

	it('words differ when a sub-editor changed them: they count apart', () => {
		expect(quoteWords('“We have a lot of work to do,” ')).toBe(quoteWords('we have a lot of work to do'));
		expect(quoteWords('We have a lot of work to do')).not.toBe(quoteWords('We have lots of work to do'));
	});
});

describe('every count and list uses the rule', () => {
	const gazette = article('gazette', 'Exampleshire Gazette', ['echo']);
	const echo = article('echo', 'Exampleshire Echo', ['gazette']);
	const other = article('other', 'Exampleshire Post');
	const data = store(
		[gazette, echo, other],
		[
			quote('gazette', 'We will do it in the open', 'Jane Smith', 2),
			quote('echo', 'We will do it in the open', 'Jane Smith', 2),
			quote('echo', 'Only the Echo printed this', 'Jane Smith', 3),
			quote('other', 'We will do it in the open', 'Jane Smith', 1),
		],
	);

	it('counts a person’s quote printed in two titles once', () => {
		expect(speakerQuoteTally(data, 'jane-smith').quotes).toBe(3);
		expect(listPeople(data)[0]).toMatchObject({name: 'Jane Smith', quotes: 3});
		expect(storeQuoteTally(data).quotes).toBe(3);
	});

	it('lists the quote once, at its first printing, with the other titles', () => {
		const rows = listQuotes(data, {speaker: 'smith'});
		expect(rows.map((q) => q.articleId).sort()).toEqual(['echo', 'gazette', 'other']);
		expect(rows.find((q) => q.articleId === 'gazette')?.alsoIn?.map((p) => p.publication)).toEqual(['Exampleshire Echo']);
		expect(listQuotes(data, {speaker: 'smith', copies: true})).toHaveLength(4);
	});

	it('counts once in a set of articles, and a repeat stands in where its first printing is not in the set', () => {
		expect(articlesQuoteTally(data, ['gazette', 'echo']).quotes).toBe(2);
		expect(articlesQuoteTally(data, ['echo']).quotes).toBe(2);
	});
});
