/**
 * Widths agree with Ink's own measure (string-width) on 32 probes: emoji, flags, CJK, combining marks and the
 * symbols the UI draws. A width of our own that disagreed let a cut line wrap in Ink and a frame grow taller
 * than the terminal; the plain tables of the CLI line up by the same measure.
 */
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {textTable} from '../source/text/table-format.js';
import {displayWidth, narrowChars, pad, takeWidth, truncate} from '../source/text/width.js';
import {fit, wrap} from '../source/ui/text-layout.js';

const probes = [
	'plain ascii',
	'😀',
	'👍🏽',
	'👨‍👩‍👧',
	'❤️',
	'☺',
	'✂',
	'1️⃣',
	'🇬🇧',
	'🇺🇸🇫🇷',
	'🏴󠁧󠁢󠁥󠁮󠁧󠁿',
	'中文新闻',
	'日本語のテキスト',
	'한국어',
	'ｱｲｳ',
	'ＡＢＣ',
	'e\u0301te\u0301',
	'n\u0303o',
	'Z\u0351\u0352\u0353a\u0354lgo',
	'ก\u0e34',
	'مرحبا',
	'€ © ™ ½',
	'← → ↑ ↓',
	'◆ ○ ✎ ✗ ↺',
	'█▇▆ · …',
	'’quoted’ “double”',
	'¶16 ×3',
	'zero\u200bwidth\u2060join',
	'Sándwell Ölçü',
	'Å\u030a',
	'⌚⌛',
	'a😀b中c🇬🇧d',
];

describe('display width', () => {
	it('has 32 probes', () => expect(probes).toHaveLength(32));

	it.each(probes)('%j: as wide as string-width says', (p) => {
		expect(displayWidth(p)).toBe(stringWidth(p));
	});

	it.each(probes)('%j: cut to any width, never wider, never splitting a grapheme', (p) => {
		for (let w = 1; w <= displayWidth(p) + 1; w++) {
			const t = truncate(p, w);
			expect(displayWidth(t), `${w}`).toBeLessThanOrEqual(w);
			expect(stringWidth(fit(p, w)), `${w}`).toBe(w);
			const head = takeWidth(p, w);
			expect(p.startsWith(head)).toBe(true);
		}
	});

	it('draws fitted probes one line each in Ink, at the width asked for', () => {
		for (const p of probes) {
			// In a box 8 cells wide: a line Ink measures wider than we did wraps onto a second row.
			const app = render(
				<Box width={8}>
					<Text wrap="wrap">{`${fit(p, 7)}|`}</Text>
				</Box>,
			);
			expect((app.lastFrame() ?? '').split('\n'), JSON.stringify(p)).toHaveLength(1);
			app.unmount();
		}
		for (const l of wrap(probes.join(' '), 20)) expect(stringWidth(l)).toBeLessThanOrEqual(20);
	});

	it('pads to a width in cells', () => {
		expect(pad('中', 4)).toBe('中  ');
		expect(pad('ab', 4, 'right')).toBe('  ab');
	});
});

describe('plain tables (the CLI)', () => {
	it('line up columns by display width and cut long cells by it', () => {
		const rows = [
			{a: '中文新闻', b: 'x'},
			{a: 'ascii', b: 'y'},
			{a: '🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧', b: 'z'},
		];
		const out = textTable(rows, [
			{header: 'name', get: (r) => r.a, max: 9},
			{header: 'v', get: (r) => r.b},
		]).split('\n');
		const at = out.map((l) => stringWidth(l.slice(0, l.lastIndexOf(' ') + 1)));
		expect(new Set(at).size, out.join('\n')).toBe(1);
		expect(out[4]).toBe('🇬🇧🇬🇧🇬🇧🇬🇧…  z');
		for (const l of out) expect(stringWidth(l)).toBeLessThanOrEqual(12);
	});

	it('wrap a column that asks for it on to further lines of its row, every word kept', () => {
		const rows = [
			{label: 'calls to resign', text: 'Conservatives called for the council leader and the cabinet member to resign'},
			{label: 'resigned', text: 'missing'},
		];
		const out = textTable(rows, [
			{header: '', get: (r) => r.label, max: 10, wrap: true},
			{header: 'Testshire', get: (r) => r.text, max: 24, wrap: true},
		]).split('\n');
		expect(out.slice(2)).toEqual([
			'calls to  Conservatives called for',
			'resign    the council leader and',
			'          the cabinet member to',
			'          resign',
			'resigned  missing',
		]);
	});
});

describe('the narrow characters measured by their length', () => {
	it('are each one cell by string-width, alone and after a letter', () => {
		const wrong: string[] = [];
		for (let c = 0; c <= 0xffff; c++) {
			const ch = String.fromCharCode(c);
			if (!narrowChars.test(ch)) continue;
			if (stringWidth(ch) !== 1 || stringWidth(`a${ch}`) !== 2 || stringWidth(`${ch}a`) !== 2) wrong.push(c.toString(16));
		}
		expect(wrong).toEqual([]);
	});
});
