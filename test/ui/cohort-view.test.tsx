/** Cohort (7) through the real input path: the table by response type and a strip per episode. */
import {describe, expect, it} from 'vitest';
import {emptyStore, type CorpusEvent} from '../../source/corpus/schema.js';
import {episodeStrip} from '../../source/ui/views/cohort-view.js';
import {day, event} from './fixtures.js';
import {renderApp} from './harness.js';

function official(id: string, authority: string, date: string, rating: CorpusEvent['rating']): CorpusEvent {
	return {id, date: day(date), authority, type: 'inspection-judgement', rating, summary: 'Ofsted judgement', sources: [], origin: 'ofsted'};
}

function store() {
	const data = emptyStore('Cohort test');
	data.events.push(
		official('a1', 'Alpha', '2019-01-01', 'inadequate'),
		official('a2', 'Alpha', '2021-01-01', 'good'),
		event('a-call', {authority: 'Alpha', type: 'resignation-call', date: day('2019-01-31')}),
		official('b1', 'Beta', '2020-03-01', 'inadequate'),
		event('b-comm', {authority: 'Beta', type: 'commissioner-appointed', date: day('2020-09-01')}),
	);
	return data;
}

describe('Cohort (7)', () => {
	it('opens on 7 with the delays by response type and one strip per episode', async () => {
		const app = await renderApp(store());
		await app.press('7');
		await app.waitForText('Cohort · 2 authorities, 2 episodes');
		// Alpha's call after 30 days (1.0 month); Beta's commissioner after 184 days (6.0); Alpha recovered in 731 (24.0).
		expect(app.frame()).toMatch(/C calls to resign\s+1 of 2\s+1\s+1\s+1 to 1/);
		expect(app.frame()).toMatch(/M commissioner appointed\s+1 of 2\s+1\s+6\s+6 to 6/);
		expect(app.frame()).toMatch(/R next better rating\s+1 of 2\s+1\s+24\s+24 to 24/);
		expect(app.frame()).toMatch(/^Alpha 2019-01-01\s+·*C·*R·*$/m);
		expect(app.frame()).toMatch(/^Beta 2020-03-01 …\s+·*M·*$/m);
	});

	it('puts each response at its month on the strip', () => {
		const e = {authority: 'A', episode: 0, judgement: '2019-01-01', end: null, delays: {'resignation-call': 0, 'commissioner-appointed': 12, 'next-better-rating': 24}};
		expect(episodeStrip(e, 24, 12)).toBe('C·····M····R');
	});
});
