/**
 * Timeline lines made up for the tests of the saved lines and their digest: many (more than a chunk of the
 * file), in date order with the undated last, over several authorities, with judgements (some several a year,
 * some unrated or only reported, some planned), other events, rare fields and undated lines with their article.
 */
import type {EventView} from '../../source/corpus/queries.js';
import type {TimelineItem} from '../../source/corpus/timeline-items.js';
import {eventTypes, ratings} from '../../source/corpus/vocabulary.js';
import {pick, prng} from '../reliability/synthetic.js';

const authorities = ['Blackpool', 'Somerset', 'Slough', 'Torbay', 'Kent', 'Rotherham', 'Cornwall', 'Sandwell', 'Herefordshire', 'Stockport', 'Barking and Dagenham', 'Bournemouth, Christchurch and Poole'];

export function syntheticItems(count: number, seed = 1): TimelineItem[] {
	const random = prng(seed);
	const items: TimelineItem[] = [];
	for (let k = 0; k < count; k++) {
		const undated = random() < 0.02;
		const year = 2008 + Math.floor(random() * 17);
		const month = 1 + Math.floor(random() * 12);
		const precision = pick(random, ['day', 'day', 'day', 'month', 'year'] as const);
		const value = undated ? null : precision === 'year' ? String(year) : precision === 'month' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
		const judgement = random() < 0.3;
		const line: EventView = {
			id: `line-${seed}-${k}`,
			date: {value, precision: undated ? 'unknown' : precision, approximate: random() < 0.1, basis: ''},
			authority: pick(random, authorities),
			type: judgement ? 'inspection-judgement' : pick(random, eventTypes),
			summary: `Event ${k}: ${pick(random, ['the board met', 'a commissioner was named', 'Ofsted’s “findings” — café', 'the leader resigned'])}`,
			sources: [],
			origin: judgement && random() < 0.3 ? 'ofsted' : 'extracted',
		};
		if (judgement) {
			const r = random();
			if (r < 0.6) line.rating = pick(random, ratings);
			else if (r < 0.85) line.reportedRating = pick(random, ratings);
			if (random() < 0.05) line.status = 'planned';
		}
		if (random() < 0.1) line.participants = [{name: 'Cllr Jo Reid', role: 'by'}];
		items.push({line, status: random() < 0.02 ? 'wrong' : 'current', year: undated ? null : year, articles: Math.floor(random() * 4), articleTitle: undated ? `Article ${k}` : null, articlePublished: undated ? '2020-01-02' : null});
	}
	// As the timeline lists them: by date, the undated last.
	const key = (i: TimelineItem) => i.line.date.value ?? '9999';
	return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
