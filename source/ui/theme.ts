/**
 * What colours mean, and whether to use them. Colour is never the only carrier of information: ratings are
 * also written as words or letters, so `NO_COLOR` (https://no-color.org) loses nothing. Chalk, under Ink,
 * does not read `NO_COLOR` itself, hence the decision here.
 */
import {ratingLetters} from '../corpus/timeline-chart.js';
import type {Tone} from './text-layout.js';

/** The colour names Ink's `<Text color>` understands that this UI uses. */
export type Colour = 'red' | 'yellow' | 'green' | 'blue' | 'cyan' | 'magenta' | 'cyanBright' | 'magentaBright' | 'whiteBright' | 'gray';

export type Theme = {readonly color: boolean};

/** Colour is on unless `NO_COLOR` is set to something, or the terminal is `dumb`. */
export function themeFor(env: NodeJS.ProcessEnv): Theme {
	const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
	return {color: !noColor && env.TERM !== 'dumb'};
}

const ratingColours: Record<string, Colour> = {
	inadequate: 'red',
	'requires improvement': 'yellow',
	good: 'green',
	outstanding: 'blue',
};


/** The rating's colour (inadequate red, requires improvement amber, good green, outstanding blue), if any. */
export function ratingColour(rating: string | null | undefined): Colour | undefined {
	return rating ? ratingColours[rating] : undefined;
}

/** One letter per rating, for strips and narrow columns: I, R, G, O; `?` for a judgement without a known rating. */
export function ratingLetter(rating: string | null | undefined): string {
	return (rating && ratingLetters[rating]) || '?';
}

/** The legend of the letters, for the dashboard. */
export const ratingLegend: ReadonlyArray<readonly [string, string]> = [
	['I', 'inadequate'],
	['R', 'requires improvement'],
	['G', 'good'],
	['O', 'outstanding'],
];

/** Colours for authorities: none of them a rating colour, so an authority is never mistaken for a rating. */
const authorityPalette: readonly Colour[] = ['cyan', 'magenta', 'cyanBright', 'magentaBright', 'whiteBright', 'gray'];

/**
 * Each authority keeps one colour for the whole session: its place in the store's sorted list of authorities
 * picks it, so the same store always gives the same colours.
 */
export function authorityColours(authorities: readonly string[]): ReadonlyMap<string, Colour> {
	const map = new Map<string, Colour>();
	[...authorities].sort().forEach((a, i) => map.set(a, authorityPalette[i % authorityPalette.length]!));
	return map;
}

/** The subset of Ink `<Text>` props a tone sets. */
/** Ink props for a colour, or none when colour is off (NO_COLOR) or there is no colour to give. */
export function colourProps(theme: Theme, colour: Colour | undefined): {color?: Colour} {
	return theme.color && colour ? {color: colour} : {};
}

export type ToneProps = {color?: Colour; bold?: boolean; italic?: boolean; dimColor?: boolean; inverse?: boolean; underline?: boolean};

/** Ink `<Text>` props for a tone of text; colourless tones still differ by weight or inversion. */
export function toneProps(tone: Tone, theme: Theme): ToneProps {
	switch (tone) {
		case 'match':
			return theme.color ? {color: 'yellow', bold: true, underline: true} : {bold: true, underline: true};
		case 'quote':
			return theme.color ? {color: 'cyan'} : {italic: true};
		case 'dim':
			return {dimColor: true};
		case 'bold':
			return {bold: true};
		case 'selected':
			return {inverse: true};
		default:
			return {};
	}
}
