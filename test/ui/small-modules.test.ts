import {describe, expect, it} from 'vitest';
import {osc52, osc52Supported, terminalClipboard} from '../../source/ui/clipboard.js';
import {fixRewind} from '../../source/ui/ink-rewind-fix.js';
import {stripCells, stripYears} from '../../source/ui/rating-strip.js';
import {tabLabels} from '../../source/ui/components/tab-bar.js';
import {authorityColours, ratingColour, ratingLetter, themeFor, toneProps} from '../../source/ui/theme.js';

describe('OSC 52 clipboard', () => {
	it.each([
		[{TERM: 'xterm-256color'}, true, true],
		[{TERM: 'screen-256color', TMUX: '/tmp/x'}, true, true],
		[{TERM: 'dumb'}, true, false],
		[{TERM: 'unknown'}, true, false],
		[{TERM: 'linux'}, true, false],
		[{}, true, false],
		[{TERM: 'xterm'}, false, false],
		[{TERM: 'xterm', SCRUTINY_CLIPBOARD: 'off'}, true, false],
		[{TERM: 'dumb', SCRUTINY_CLIPBOARD: 'on'}, true, true],
		[{TERM: 'xterm', SCRUTINY_CLIPBOARD: 'on'}, false, false],
	])('%j, TTY %s: %s', (env, tty, ok) => {
		expect(osc52Supported(env, tty)).toBe(ok);
	});

	it('sends the text base64-encoded, so nothing in it can escape', () => {
		expect(osc52('Title, 2019-02-01, para 3')).toBe(`\u001B]52;c;${Buffer.from('Title, 2019-02-01, para 3').toString('base64')}\u0007`);
		const written: string[] = [];
		const copy = terminalClipboard({isTTY: true, write: (s: string) => written.push(s)}, {TERM: 'xterm'});
		expect(copy('x\u0007\u001B]0;evil')).toBe(true);
		expect(written[0]).toMatch(/^\u001B\]52;c;[A-Za-z0-9+/=]+\u0007$/);
		expect(terminalClipboard({isTTY: true, write: () => true}, {TERM: 'dumb'})('x')).toBe(false);
	});
});

describe('colour', () => {
	it('is off with NO_COLOR (any value but empty) and on a dumb terminal', () => {
		expect(themeFor({}).color).toBe(true);
		expect(themeFor({NO_COLOR: '1'}).color).toBe(false);
		expect(themeFor({NO_COLOR: ''}).color).toBe(true);
		expect(themeFor({TERM: 'dumb'}).color).toBe(false);
	});

	it('gives ratings their colours and letters', () => {
		expect(['inadequate', 'requires improvement', 'good', 'outstanding', null].map((r) => [ratingColour(r), ratingLetter(r)])).toEqual([
			['red', 'I'],
			['yellow', 'R'],
			['green', 'G'],
			['blue', 'O'],
			[undefined, '?'],
		]);
	});

	it('keeps one colour per authority, never a rating colour', () => {
		const a = authorityColours(['North East Lincolnshire', 'Blackpool']);
		const b = authorityColours(['Blackpool', 'North East Lincolnshire']);
		expect(a.get('Blackpool')).toBe(b.get('Blackpool'));
		expect(a.get('Blackpool')).not.toBe(a.get('North East Lincolnshire'));
		for (const c of a.values()) expect(['red', 'yellow', 'green', 'blue']).not.toContain(c);
	});

	it('marks matches without colour by weight and underline', () => {
		expect(toneProps('match', {color: false})).toEqual({bold: true, underline: true});
		expect(toneProps('match', {color: true}).color).toBe('yellow');
	});
});

describe('the judgement strip', () => {
	it('has a cell a year, the year’s last judgement, dots between', () => {
		const cells = stripCells(
			[
				{year: 2012, rating: 'inadequate'},
				{year: 2015, rating: 'requires improvement'},
				{year: 2015, rating: 'good'},
				{year: 2016, rating: null},
			],
			2012,
			2016,
			10,
		);
		expect(cells.map((c) => c.letter).join('')).toBe('I··G?');
	});

	it('keeps the latest years when the strip is too narrow', () => {
		expect(stripCells([{year: 2012, rating: 'inadequate'}, {year: 2019, rating: 'good'}], 2012, 2019, 3).map((c) => c.year)).toEqual([2017, 2018, 2019]);
	});

	it('spans every authority’s judgements', () => {
		expect(stripYears([{judgements: [{year: 2012}]}, {judgements: [{year: 2021}, {year: 2019}]}])).toEqual({from: 2012, to: 2021});
		expect(stripYears([{judgements: []}])).toBeNull();
	});
});

describe("the fix for Ink 6.8's incremental rewind", () => {
	it('rewinds one row more after a frame that left the cursor below it', () => {
		const state = {below: false};
		expect(fixRewind('line 0\nline 1\nlast\n', state)).toBe('line 0\nline 1\nlast\n');
		expect(state.below).toBe(true);
		expect(fixRewind('\u001B[2A\u001B[E\u001B[1Gline 1 1\u001B[K\n\u001B[E', state)).toBe('\u001B[3A\u001B[E\u001B[1Gline 1 1\u001B[K\n\u001B[E');
		expect(state.below).toBe(true);
	});

	it('leaves other writes alone: cursor shows, sync markers, a full-screen frame, a shrinking frame', () => {
		const state = {below: true};
		expect(fixRewind('\u001B[?25l', state)).toBe('\u001B[?25l');
		expect(fixRewind('\u001B[?2026h', state)).toBe('\u001B[?2026h');
		expect(state.below).toBe(true);
		expect(fixRewind('\u001B[2K\u001B[1A\u001B[2K\u001B[G\u001B[3Aa\nb', state)).toBe('\u001B[2K\u001B[1A\u001B[2K\u001B[G\u001B[3Aa\nb');
		expect(state.below).toBe(false);
		expect(fixRewind('\u001B[2Aa\nb', state)).toBe('\u001B[2Aa\nb');
	});
});

describe('the tab bar', () => {
	it.each([
		// Seven tabs: 78 cells long, 59 medium, 35 short.
		[100, null, ' 1 Dashboard '],
		[78, null, ' 1 Dashboard '],
		[70, null, ' 1 Dash '],
		[84, 'Quotes: Simon Blackburn', ' 1 Dash '],
		[80, 'Quotes: Simon Blackburn', ' 1 D '],
		[60, null, ' 1 Dash '],
		[45, null, ' 1 D '],
	])('at %i columns (title %s) starts %j and fits', (width, title, first) => {
		const tabs = tabLabels(width, title);
		expect(tabs[0]!.label).toBe(first);
		expect(tabs.reduce((n, t) => n + t.label.length, 0)).toBeLessThanOrEqual(width);
	});
});
