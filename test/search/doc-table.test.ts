/**
 * The searcher's documents are made on demand (source/search/doc-table.ts): each number must give the document
 * the plain list gives, built here from the rules as they read (a quote, an article's title and paragraphs, a
 * person, a line of the timeline, in that order).
 */
import {describe, expect, it} from 'vitest';
import {formatDate} from '../../source/corpus/date-value.js';
import {timeline} from '../../source/corpus/queries.js';
import type {StoreData} from '../../source/corpus/schema.js';
import {openStore} from '../../source/corpus/store/index.js';
import {DocTable} from '../../source/search/doc-table.js';
import type {Doc} from '../../source/search/search.js';
import path from 'node:path';
import {repoRoot} from '../helpers/cli.js';

const bundledStore = path.join(repoRoot, 'data', 'corpus.json');

function plainList(data: StoreData): Doc[] {
	const docs: Doc[] = [];
	const authoritiesOf = new Map(data.articles.map((a) => [a.id, a.authorities]));
	for (const q of data.quotes) {
		// A quote is searched with its speaker after it, on a line of its own.
		docs.push({kind: 'quote', id: q.id, text: q.text, searchText: q.speaker ? `${q.text}\n${q.speaker}` : q.text, label: q.speaker ?? 'unattributed', articleId: q.articleId, paragraph: q.paragraph, ...(q.speaker ? {speaker: q.speaker} : {}), authorities: authoritiesOf.get(q.articleId) ?? [], date: q.date});
	}
	for (const a of data.articles) {
		for (const [text, paragraph] of [[a.title, 1] as const, ...a.paragraphs.map((p, i) => [p, i + 1] as const)]) {
			docs.push({kind: 'article', id: a.id, label: a.title, articleId: a.id, authorities: a.authorities, date: a.published, text, searchText: text, paragraph});
		}
	}
	for (const p of data.people) {
		const text = [p.name, ...p.titles, ...p.roles, p.party ?? '', ...p.authorities].join(' · ');
		docs.push({kind: 'person', id: p.id, text, searchText: text, label: p.name, authorities: p.authorities, date: null});
	}
	// An event is a line of the timeline: several reports of one event are one document, with their count.
	for (const e of timeline(data)) {
		const reports = new Set(e.sources.map((s) => s.articleId)).size;
		docs.push({kind: 'event', id: e.id, text: e.summary, searchText: e.summary, label: `${formatDate(e.date)} ${e.type}`, ...(e.articleId ? {articleId: e.articleId, paragraph: e.paragraph!} : {}), authorities: [e.authority], date: e.date, type: e.type, reports});
	}
	return docs;
}

describe('DocTable', () => {
	it('gives, number by number, the documents of the plain list: the timeline\'s lines, hidden events left out', async () => {
		const data = structuredClone((await openStore(bundledStore, {readOnly: true})).data);
		const lines = timeline(data).length;
		// Hide one event that is a line of its own: the numbers after it move up by one.
		const alone = timeline(data).find((l) => !l.merged)!;
		data.events.find((e) => e.id === alone.id)!.hidden = true;
		const expected = plainList(data);
		const table = new DocTable(data);
		expect(table.length).toBe(expected.length);
		expect(expected.filter((d) => d.kind === 'event').length).toBe(lines - 1);
		// The bundled store's 26 events are fewer lines, and some lines merge several reports.
		expect(lines).toBeLessThan(data.events.length);
		expect(expected.some((d) => (d.reports ?? 0) > 1)).toBe(true);
		for (let i = 0; i < table.length; i++) {
			expect(table.get(i), `document ${i}`).toEqual(expected[i]);
			expect(table.kind(i)).toBe(expected[i]!.kind);
			expect(table.searchText(i)).toBe(expected[i]!.searchText);
			expect(table.authorities(i)).toEqual(expected[i]!.authorities);
			expect(table.date(i)).toEqual(expected[i]!.date);
			expect(table.type(i)).toBe(expected[i]!.type);
			expect(table.who(i)).toBe(expected[i]!.kind === 'quote' ? (expected[i]!.speaker ?? null) : expected[i]!.kind === 'person' ? expected[i]!.label : null);
		}
		expect(() => table.get(table.length)).toThrow(RangeError);
	});

	it('shares an article\'s authorities and date between its paragraphs, as the filter columns expect', async () => {
		const data = (await openStore(bundledStore, {readOnly: true})).data;
		const table = new DocTable(data);
		const first = data.quotes.length;
		expect(table.get(first).authorities).toBe(table.get(first + 1).authorities);
		expect(table.get(first).date).toBe(table.get(first + 2).date);
	});
});
