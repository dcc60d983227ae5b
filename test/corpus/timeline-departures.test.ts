/**
 * Departures on one day: the leader and the cabinet member who both resigned on Monday are two timeline lines, while
 * two articles' reports of one person's resignation stay one line.
 */
import {expect, test} from 'vitest';
import {emptyStore, type CorpusEvent, type StoreData} from '../../source/corpus/schema.js';
import {timeline} from '../../source/corpus/queries.js';
import {article, day, event} from '../ui/fixtures.js';

const A = 'Testshire';
const by = (name: string) => [{name, role: 'by' as const}];

function store(...events: CorpusEvent[]): StoreData {
	const data = emptyStore('hand-built');
	data.articles.push(article('a1', {authorities: [A], published: day('2024-04-02'), paragraphs: ['p1', 'p2']}));
	data.articles.push(article('a2', {authorities: [A], published: day('2024-04-03'), paragraphs: ['p1', 'p2']}));
	data.events.push(...events);
	return data;
}
const resigned = (id: string, articleId: string, paragraph: number, participants?: {name: string; role: 'by'}[]) =>
	event(id, {authority: A, type: 'resignation', date: day('2024-04-01'), ...(participants ? {participants} : {}), articleId, paragraph, sources: [{articleId, paragraph}]});

test('two people who resigned the same day are two lines, each with its person', () => {
	const lines = timeline(store(resigned('r1', 'a1', 0, by('Tomas Pryce')), resigned('r2', 'a1', 1, by('Anya Lowe'))), {});
	expect(lines.filter((l) => l.type === 'resignation').map((l) => l.participants?.map((p) => p.name))).toEqual([['Tomas Pryce'], ['Anya Lowe']]);
});

test("one person's resignation told by two articles, or once without a name, is one line with both sources", () => {
	const lines = timeline(store(resigned('r1', 'a1', 0, by('Tomas Pryce')), resigned('r2', 'a2', 1, by('Tomas Pryce')), resigned('r3', 'a2', 0)), {});
	const out = lines.filter((l) => l.type === 'resignation');
	expect(out).toHaveLength(1);
	expect(out[0]!.sources.map((s) => s.articleId).sort()).toEqual(['a1', 'a2', 'a2']);
});
