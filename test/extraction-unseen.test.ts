/**
 * Extraction measured against hand annotations of articles the rules were not written from: fictional stories in
 * test/fixtures/unseen (NN_name.txt with NN_name.json beside it, in the ../shared/gold format). Each article
 * exercises conventions of real local papers (attribution before, after and on the previous paragraph, the British
 * multi-paragraph quote, page furniture inside quotes, spokespeople, ministers' letters, header blocks, undated
 * articles, relative dates). Prints the figures and every miss; fails below the bar: quote recall >= 90%, speaker
 * accuracy >= 90%, at most 1 quote outside the annotations per article on average, event recall >= 70%, every
 * article date acceptable, furniture recall >= 90%.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {extractArticle} from '../source/ingest/extract.js';
import {decodeArticleBytes} from '../source/ingest/decode.js';
import {norm, score, type GoldArticle, type Score, missLines} from './helpers/gold.js';

const today = new Date('2026-11-22T12:00:00Z');
const dir = fileURLToPath(new URL('fixtures/unseen/', import.meta.url));

function loadUnseen(): GoldArticle[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as GoldArticle);
}

function extract(file: string) {
	const decoded = decodeArticleBytes(readFileSync(dir + file));
	if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
	return extractArticle(decoded.text, {today});
}

describe('extraction against hand annotations of unseen articles', () => {
	const gold = loadUnseen();
	const details = new Map<string, string[]>();
	const scores = new Map<string, Score>(
		gold.map((g) => {
			const x = extract(g.file);
			const s = score(g, x);
			// What score() counts but does not list: the furniture, fragments and people it missed.
			const furniture = x.furniture.map((f) => norm(f.text));
			const fragments = x.quotes.filter((q) => q.fragment).map((q) => norm(q.text).replace(/[.,]$/, ''));
			const notes = [
				...g.boilerplate.filter((b) => !furniture.includes(norm(b))).map((b) => `missed furniture: ${b}`),
				...g.fragments
					.filter((f) => !fragments.includes(norm(f.text).replace(/[.,]$/, '')))
					.map((f) => `missed fragment: ${f.text} (${f.speaker})`),
				...g.people.filter((p) => !x.people.some((q) => q.name === p.name)).map((p) => `missed person: ${p.name}`),
			];
			if (s.missedEvents.length > 0) {
				const got = x.events.map((e) => `${e.type} ${e.date.value ?? 'undated'} ${e.rating ?? ''} [${e.authority}]`.trim());
				notes.push(`  extracted events: ${got.length > 0 ? got.join('; ') : '(none)'}`);
			}
			details.set(g.file, notes);
			return [g.file, s];
		}),
	);
	const sum = (f: (s: Score) => number) => [...scores.values()].reduce((n, s) => n + f(s), 0);

	const quoteRecall = sum((s) => s.foundQuotes) / sum((s) => s.goldQuotes);
	const speakerAccuracy = sum((s) => s.rightSpeaker) / Math.max(1, sum((s) => s.foundQuotes));
	const extra = sum((s) => s.extraQuotes.length);
	const extraPerArticle = extra / Math.max(1, scores.size);
	const eventRecall = sum((s) => s.foundEvents) / sum((s) => s.goldEvents);
	const fragmentRecall = sum((s) => s.foundFragments) / sum((s) => s.goldFragments);
	const furnitureRecall = sum((s) => s.foundFurniture) / sum((s) => s.goldFurniture);
	const peopleRecall = sum((s) => s.foundPeople) / sum((s) => s.goldPeople);
	const datesOk = [...scores.values()].filter((s) => s.dateAcceptable).length;

	const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
	const lines = [
		'',
		`extraction vs test/fixtures/unseen (${scores.size} articles)`,
		`  quote recall      ${pct(quoteRecall)} (${sum((s) => s.foundQuotes)}/${sum((s) => s.goldQuotes)})`,
		`  speaker accuracy  ${pct(speakerAccuracy)} (${sum((s) => s.rightSpeaker)}/${sum((s) => s.foundQuotes)})`,
		`  quotes not in gold ${extra} (${extraPerArticle.toFixed(2)} per article)`,
		`  fragment recall   ${pct(fragmentRecall)} (${sum((s) => s.foundFragments)}/${sum((s) => s.goldFragments)})`,
		`  event recall      ${pct(eventRecall)} (${sum((s) => s.foundEvents)}/${sum((s) => s.goldEvents)})`,
		`  furniture recall  ${pct(furnitureRecall)} (${sum((s) => s.foundFurniture)}/${sum((s) => s.goldFurniture)}), extra ${sum((s) => s.extraFurniture.length)}`,
		`  people recall     ${pct(peopleRecall)} (${sum((s) => s.foundPeople)}/${sum((s) => s.goldPeople)})`,
		`  dates acceptable  ${datesOk}/${scores.size}`,
	];
	for (const [file, s] of scores) {
		lines.push(...missLines(file, s));
		for (const n of details.get(file) ?? []) lines.push(`    ${n}`);
	}
	console.log(lines.join('\n'));

	it('has 10 to 14 annotated articles', () => {
		expect(scores.size).toBeGreaterThanOrEqual(10);
		expect(scores.size).toBeLessThanOrEqual(14);
	});
	it('finds at least 90% of the annotated quotes', () => expect(quoteRecall).toBeGreaterThanOrEqual(0.9));
	it('names the right speaker for at least 90% of them', () => expect(speakerAccuracy).toBeGreaterThanOrEqual(0.9));
	it('finds at most 1 quote per article, on average, that is not annotated', () => expect(extraPerArticle).toBeLessThanOrEqual(1));
	it('finds at least 70% of the annotated events', () => expect(eventRecall).toBeGreaterThanOrEqual(0.7));
	it('gives every article an acceptable date', () => {
		for (const [file, s] of scores) expect({file, ok: s.dateAcceptable, note: s.dateNote}).toMatchObject({ok: true});
	});
	it('sets aside at least 90% of the annotated page furniture', () => expect(furnitureRecall).toBeGreaterThanOrEqual(0.9));
});
