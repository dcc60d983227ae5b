/**
 * The search preview: for the selected result, the whole paragraph with its neighbours and the article's title
 * and date; for a person, who they are and their latest words; for an event, what and when. Pure lines.
 */
import {otherPrintings, printingTitles} from '../../corpus/copies.js';
import {formatDate} from '../../corpus/date-value.js';
import {findArticle, findEvent, findPerson, quotesBySpeaker} from '../../corpus/lookups.js';
import type {StoreData} from '../../corpus/schema.js';
import type {ResultRow} from '../../search/run-search.js';
import {safeLine} from '../../text/terminal-safety.js';
import {hint} from '../key-hints.js';
import {paintSpans, wrapSpans, type Range, type SpanLine, type Tone} from '../text-layout.js';
import {quoteRange} from './reader-model.js';

const plain = (text: string, tone: Tone = 'plain'): SpanLine[] => [[{text, tone}]];

function wrapped(text: string, width: number, tone: Tone): SpanLine[] {
	return wrapSpans([{text, tone}], width);
}

/** Offsets of `matches` (into the searched text) that fall in `[from, to)`, moved to start at `from`. */
function within(matches: readonly (readonly [number, number])[], from: number, to: number): Range[] {
	return matches.filter(([s, e]) => e > from && s < to).map(([s, e]) => [Math.max(0, s - from), Math.min(to, e) - from] as const);
}

/** Lines of the preview for a row, at most `height` of them, each at most `width` cells. */
export function previewLines(data: StoreData, row: ResultRow | undefined, width: number, height: number): SpanLine[] {
	if (!row) return plain('Nothing selected.', 'dim');
	const out: SpanLine[] = [];
	if (row.kind === 'person') {
		const p = findPerson(data, row.id);
		if (!p) return plain(`No person ${row.id}.`, 'dim');
		out.push(...wrapped(safeLine(p.name), width, 'bold'));
		const facts = [p.titles.join(', '), p.roles.join(', '), p.party ?? '', p.authorities.join(', ')].filter(Boolean).map(safeLine).join(' · ');
		if (facts) out.push(...wrapped(facts, width, 'dim'));
		const quotes = quotesBySpeaker(data, p.id);
		out.push([], ...wrapped(`${quotes.length} quotes · ${hint('open', 'lists them')}`, width, 'plain'));
		for (const q of quotes.slice(-3).reverse()) out.push([], ...wrapped(`${formatDate(q.date)}: “${safeLine(q.text)}”`, width, 'quote'));
		return out.slice(0, height);
	}
	if (row.kind === 'event') {
		const e = findEvent(data, row.id);
		if (e) {
			out.push(...wrapped(`${formatDate(e.date)} · ${safeLine(e.authority)} · ${e.type}${e.rating ? ` (${e.rating})` : ''} · ${e.origin}`, width, 'bold'));
			out.push(...wrapSpans(paintSpans(safeLine(e.summary), [{ranges: row.matches, tone: 'match'}]), width), []);
		}
	}
	const article = row.articleId ? findArticle(data, row.articleId) : undefined;
	if (!article) return (out.length ? out : plain('The article is not in the store.', 'dim')).slice(0, height);
	const p = Math.min(Math.max(1, row.paragraph ?? 1), Math.max(1, article.paragraphs.length));
	out.push(...wrapped(safeLine(article.title), width, 'bold').slice(0, 2));
	out.push(...wrapped(`${formatDate(article.published)} · ${safeLine(article.authorities.join(', ')) || 'authority unknown'} · ¶ ${p} of ${article.paragraphs.length}`, width, 'dim'));
	// A syndicated story: the titles that printed the quote (or the story) too.
	const also = row.kind === 'quote' ? (row.alsoIn ?? '') : printingTitles(otherPrintings(data, article.id));
	if (also) out.push(...wrapped(`also printed in ${safeLine(also)}`, width, 'dim').slice(0, 2));
	// The paragraph before and after are context: dimmed, and cut short if the selected one needs the room.
	const para = (n: number): SpanLine[] => {
		const text = safeLine(article.paragraphs[n - 1] ?? '');
		const label = `¶${n} `;
		if (n !== p) return wrapSpans([{text: label, tone: 'dim'}, {text, tone: 'dim'}], width);
		const layers: {ranges: Range[]; tone: Tone}[] = [];
		if (row.kind === 'quote') {
			const r = quoteRange(text, safeLine(row.text));
			if (r) {
				layers.push({ranges: [r], tone: 'quote'});
				layers.push({ranges: within(row.matches, 0, row.text.length).map(([s, e]) => [s + r[0], e + r[0]] as const), tone: 'match'});
			}
		} else if (row.kind === 'article' && row.text === article.paragraphs[n - 1]) {
			// An article hit is one paragraph: its matches are offsets into that paragraph.
			layers.push({ranges: within(row.matches, 0, text.length), tone: 'match'});
		}
		return wrapSpans([{text: label, tone: 'bold'}, ...paintSpans(text, layers)], width);
	};
	const before = p > 1 ? para(p - 1) : [];
	const main = para(p);
	const after = p < article.paragraphs.length ? para(p + 1) : [];
	const room = Math.max(0, height - out.length - 1);
	// Keep the whole selected paragraph in view first; neighbours share what is left, the one before ending nearest.
	const spare = Math.max(0, room - main.length);
	const beforeRoom = Math.min(before.length ? before.length + 1 : 0, Math.ceil(spare / 2));
	const afterRoom = Math.max(0, spare - beforeRoom);
	out.push([]);
	if (beforeRoom > 1) out.push(...before.slice(-(beforeRoom - 1)), []);
	out.push(...main);
	if (afterRoom > 1 && after.length) out.push([], ...after.slice(0, afterRoom - 1));
	return out.slice(0, height);
}
