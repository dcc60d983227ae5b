/**
 * How the timeline names things: short labels for event types and ratings, the origin modes the `o` key cycles,
 * and the one-cell markers that tell origins and set-aside lines apart without colour.
 */
import type {LineStatus, OriginMode} from '../../../corpus/timeline-items.js';
import type {EventType, Origin} from '../../../corpus/vocabulary.js';

export type {LineStatus, OriginMode} from '../../../corpus/timeline-items.js';

/** Short labels for the event types: the list's type column. */
export const typeLabels: Readonly<Record<EventType, string>> = {
	'inspection-judgement': 'judgement',
	'inspection-visit': 'visit',
	'resignation-call': 'resign call',
	resignation: 'resigned',
	'resignation-refused': 'refused',
	'no-confidence-vote': 'no-confidence',
	'commissioner-appointed': 'commissioner',
	'commissioner-report': 'comm. report',
	'improvement-notice': 'notice',
	'improvement-notice-lifted': 'notice lifted',
	'improvement-board': 'board',
	'improvement-plan': 'plan',
	funding: 'funding',
	other: 'other',
};

/** Ratings as the list's narrow column writes them. */
export function ratingLabel(rating: string | null | undefined): string {
	if (!rating) return '';
	return rating === 'requires improvement' ? 'req. improv.' : rating;
}

/** Which origins the timeline shows; `wrong` is all of them plus the events marked wrong (and edited originals). */
export const originModes = ['all', 'extracted', 'ofsted', 'curated', 'wrong'] as const satisfies readonly OriginMode[];

export const originModeLabels: Readonly<Record<OriginMode, string>> = {
	all: 'all',
	extracted: 'press only',
	ofsted: 'Ofsted only',
	curated: 'curated only',
	wrong: 'all + marked wrong',
};

export function nextOriginMode(m: OriginMode): OriginMode {
	return originModes[(originModes.indexOf(m) + 1) % originModes.length]!;
}

export const originNames: Readonly<Record<Origin, string>> = {ofsted: 'Ofsted', extracted: 'press', curated: 'curated'};


/** The one-cell marker that tells origins (and set-aside lines) apart without colour. */
export function originMarker(origin: Origin, status: LineStatus, ascii: boolean): string {
	if (status === 'wrong') return ascii ? 'x' : '✗';
	if (status !== 'current') return ascii ? 'r' : '↺';
	switch (origin) {
		case 'ofsted':
			return ascii ? 'O' : '◆';
		case 'extracted':
			return ascii ? 'p' : '○';
		case 'curated':
			return ascii ? 'c' : '✎';
	}
}

/** The markers' legend, for the header. */
export function markerLegend(ascii: boolean, wrong: boolean): string {
	const base = (['ofsted', 'extracted', 'curated'] as const).map((o) => `${originMarker(o, 'current', ascii)} ${originNames[o]}`);
	if (wrong) base.push(`${originMarker('extracted', 'wrong', ascii)} wrong`, `${originMarker('extracted', 'replaced', ascii)} edited`);
	return base.join('  ');
}

/** The statuses' words, for the detail line. */
export const statusNames: Readonly<Record<LineStatus, string>> = {
	current: '',
	wrong: 'marked wrong',
	replaced: 'replaced by a curated edit',
	absorbed: 'merged into a curated edit',
};

/** The marks a line carries besides its type: in corpus/event-kinds.ts, shared with the dashboard and the CLI. */
export {eventMarks} from '../../../corpus/event-kinds.js';
