/** The reader's find as pure functions: the matches the model lays out, stepping between them, and scrolling to one. */
import {describe, expect, it} from 'vitest';
import type {Article} from '../../source/corpus/schema.js';
import {displayWidth} from '../../source/text/width.js';
import {findTop, matchFrom, stepMatch} from '../../source/ui/views/reader-find.js';
import {readerModel} from '../../source/ui/views/reader-model.js';
import {article} from './fixtures.js';

const text = (m: ReturnType<typeof readerModel>) => m.lines.map((l) => l.spans.map((s) => s.text).join(''));

describe('the reader’s find', () => {
	const a: Article = article('a1', {
		paragraphs: ['Ofsted rated the council inadequate.', 'Nothing here.', `${'word '.repeat(60)}Ofsted came back. 漢字 Ofsted 😀 ofsted`],
	});

	it('finds every match in reading order, with the line each starts on', () => {
		const m = readerModel(a, [], 60, {query: 'ofsted', current: -1});
		expect(m.matches.map((x) => x.paragraph)).toEqual([1, 3, 3, 3]);
		for (const x of m.matches) expect(text(m)[x.line]!.toLowerCase()).toContain('ofsted');
		expect(m.matches[1]!.line).toBeGreaterThan(m.starts[2]!);
	});

	it('highlights matches without changing a line: the same text, wrapped the same, as without the find', () => {
		for (const width of [30, 60, 95]) {
			const plain = readerModel(a, [], width);
			const found = readerModel(a, [], width, {query: 'ofsted', current: 2});
			expect(text(found)).toEqual(text(plain));
			for (const l of found.lines) expect(displayWidth(l.spans.map((s) => s.text).join(''))).toBeLessThanOrEqual(width);
			const tones = found.lines.flatMap((l) => l.spans).filter((s) => s.tone === 'match' || s.tone === 'selected');
			expect(tones.map((s) => s.text.toLowerCase())).toEqual(['ofsted', 'ofsted', 'ofsted', 'ofsted']);
			expect(tones.filter((s) => s.tone === 'selected')).toHaveLength(1);
		}
		expect(readerModel(a, [], 60).matches).toEqual([]);
	});

	it('starts from the reader’s paragraph, wrapping, and steps both ways around the ends', () => {
		const m = readerModel(a, [], 60, {query: 'ofsted', current: -1});
		expect(matchFrom(m.matches, 1)).toBe(0);
		expect(matchFrom(m.matches, 2)).toBe(1);
		expect(matchFrom([], 1)).toBe(-1);
		expect(stepMatch(4, 0, 1)).toBe(1);
		expect(stepMatch(4, 3, 1)).toBe(0);
		expect(stepMatch(4, 0, -1)).toBe(3);
		expect(stepMatch(4, -1, -1)).toBe(3);
		expect(stepMatch(0, 0, 1)).toBe(-1);
	});

	it('scrolls a paragraph taller than the view to its match', () => {
		const m = readerModel(a, [], 30, {query: 'came back', current: 0});
		const match = m.matches[0]!;
		const height = 4;
		const top = findTop(m, 3, null, height, 0);
		expect(match.line).toBeGreaterThanOrEqual(top);
		expect(match.line).toBeLessThan(top + height);
		// Another paragraph selected: the reader places it as usual.
		expect(findTop(m, 1, null, height, 0)).toBe(0);
	});
});
