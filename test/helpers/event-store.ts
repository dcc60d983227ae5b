/**
 * Stores made up to exercise every way the timeline merges records: few authorities, people and dates, so that
 * reports of one event, official judgements with their press reports (linked and not), undated reports in
 * articles naming the same councillors, undated rating reports, curated edits (replacing, absorbing, marking
 * wrong), plans and services all meet often. Seeded: the same seed makes the same store.
 */
import {emptyStore, eventTypes, ratings, type Article, type CorpusEvent, type DateValue, type StoreData} from '../../source/corpus/schema.js';
import {pick, prng} from '../reliability/synthetic.js';
import {article} from '../ui/fixtures.js';

const authorities = ['Blackpool', 'Somerset', 'Slough', 'Torbay'];
const people = ['Jo Reid', 'Sam Khan', 'Ali Brown', 'Pat Evans', 'Kim Walsh', 'Lee Hughes', 'Smith'];
const types = ['inspection-judgement', 'inspection-judgement', 'resignation-call', 'improvement-board', 'commissioner-appointed', 'improvement-notice-lifted', 'resignation', ...eventTypes];

function dateOf(random: () => number, undatedShare: number): DateValue {
	if (random() < undatedShare) return {value: null, precision: 'unknown', approximate: false, basis: 'nothing dates it'};
	// Few dates, so that reports and articles often fall on the same day, month or year as a line.
	const year = 2016 + Math.floor(random() * 3);
	const month = String(1 + Math.floor(random() * 4) * 2).padStart(2, '0');
	const dayOf = String(1 + Math.floor(random() * 3)).padStart(2, '0');
	const precision = pick(random, ['day', 'day', 'day', 'month', 'year'] as const);
	const value = precision === 'year' ? String(year) : precision === 'month' ? `${year}-${month}` : `${year}-${month}-${dayOf}`;
	return {value, precision, approximate: random() < 0.15, basis: 'stated'};
}

export function eventStore(seed: number, size = 400): StoreData {
	const random = prng(seed);
	const data = emptyStore(`events ${seed}`);
	for (const name of authorities) data.authorities.push({id: name.toLowerCase(), name, onsCode: null, origin: 'extracted'});
	const articles: Article[] = [];
	for (let i = 0; i < size / 2; i++) {
		const named = people.filter(() => random() < 0.45);
		articles.push(
			article(`a${i}`, {
				paragraphs: ['One.', 'Two.', 'Three.'],
				published: dateOf(random, 0.1),
				authorities: [pick(random, authorities)],
				people: named.map((name) => ({name, titles: [], roles: [], party: null, paragraphs: [1]})),
			}),
		);
	}
	data.articles.push(...articles);
	const events: CorpusEvent[] = [];
	for (let i = 0; i < size; i++) {
		const type = pick(random, types) as CorpusEvent['type'];
		const official = type === 'inspection-judgement' && random() < 0.25;
		const source = pick(random, articles);
		const e: CorpusEvent = {
			id: `e${i}`,
			date: dateOf(random, official ? 0.02 : 0.25),
			authority: random() < 0.8 ? source.authorities[0]! : pick(random, authorities),
			type,
			summary: `Event ${i}`,
			sources: official ? [] : [{articleId: source.id, paragraph: 1 + Math.floor(random() * 3)}, ...(random() < 0.2 ? [{articleId: pick(random, articles).id, paragraph: 1}] : [])],
			origin: official ? 'ofsted' : 'extracted',
		};
		if (!official) {
			e.articleId = source.id;
			e.paragraph = e.sources[0]!.paragraph;
		}
		if (type === 'inspection-judgement' && random() < 0.8) e.rating = pick(random, ratings);
		if (random() < 0.3) e.participants = people.filter(() => random() < 0.25).map((name) => ({name, role: random() < 0.5 ? 'by' : 'about'}));
		if (random() < 0.08) e.status = pick(random, ['planned', 'proposed', 'refused'] as const);
		if (type === 'inspection-judgement' && random() < 0.1) e.service = 'youth justice';
		if (type === 'inspection-judgement' && random() < 0.1) e.inspectorate = pick(random, ['HMI Probation', 'Ofsted', 'CQC']);
		if (official && random() < 0.5) e['ofsted'] = {link: `https://example.org/${i}`};
		if (!official && random() < 0.3) e.evidence = {sentence: `Sentence ${i}.`, cue: 'cue'};
		events.push(e);
	}
	// Press reports linked to an official judgement, records marked wrong, and curated edits of press records.
	const officials = events.filter((e) => e.origin === 'ofsted');
	for (const e of events) {
		if (e.origin !== 'extracted') continue;
		if (e.type === 'inspection-judgement' && officials.length && random() < 0.3) e.officialId = pick(random, officials).id;
		if (random() < 0.04) e.hidden = true;
	}
	let curated = 0;
	for (const e of events.slice()) {
		if (e.origin !== 'extracted' || random() > 0.05) continue;
		const edit: CorpusEvent = {...e, id: `c${curated++}`, origin: 'curated', replaces: e.id, summary: `Edited ${e.id}`, sources: [...e.sources]};
		delete edit.officialId;
		if (random() < 0.3) {
			edit.hidden = true;
			if (random() < 0.5) edit['absorbedInto'] = pick(random, events).id;
		}
		events.push(edit);
	}
	data.events.push(...events);
	return data;
}
