/** Cohort (7) through the real input path: the table by response type and a strip per episode. */
import {describe, expect, it} from 'vitest';
import {emptyStore, type CorpusEvent} from '../../source/corpus/schema.js';
import {episodeStrip, stackedNote} from '../../source/ui/views/cohort-lines.js';
import {day, event} from './fixtures.js';
import {eventStore} from '../helpers/event-store.js';
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

	it('says it is making the lines it is built on, and quits on q meanwhile', async () => {
		// Lines that take several slices to make: the view is drawn, and takes keys, before they are made.
		const data = eventStore(9, 15_000);
		const app = await renderApp(data);
		await app.press('7');
		await app.waitForText("Making the timeline's lines from the store");
		await app.pressQuietly('q');
		expect(app.quitCount()).toBe(1);
	});

	it('puts each response at its month on the strip', () => {
		const e = {authority: 'A', episode: 0, judgement: '2019-01-01', end: null, delays: {'resignation-call': 0, 'commissioner-appointed': 12, 'next-better-rating': 24}};
		expect(episodeStrip(e, 24, 12)).toEqual(['C·····M····R']);
	});

	it('stacks responses that share a month under it, earliest on the strip, none moved off its month', () => {
		// The call, the refusal and the board in the first fortnight, all in cell 0; the commissioner in cell 6.
		const e = {authority: 'A', episode: 0, judgement: '2019-01-01', end: null, delays: {'improvement-board': 0.5, 'resignation-refused': 0.5, 'resignation-call': 0.4, 'commissioner-appointed': 12, 'next-better-rating': 24}};
		expect(episodeStrip(e, 24, 12)).toEqual(['C·····M····R', 'F', 'B']);
	});

	it('shows every response of an episode when two fall in one month column, and says how to read it', async () => {
		const data = store();
		// Beta's call to resign and the refusal in the month of the commissioner: one column at any width.
		data.events.push(
			event('b-call', {authority: 'Beta', type: 'resignation-call', date: day('2020-09-02')}),
			event('b-refused', {authority: 'Beta', type: 'resignation-refused', date: day('2020-09-03')}),
		);
		const app = await renderApp(data, {columns: 80, rows: 30});
		await app.press('7');
		await app.waitForText('Cohort · 2 authorities, 2 episodes');
		const lines = app.lines();
		const beta = lines.findIndex((l) => l.startsWith('Beta 2020-03-01'));
		expect(beta).toBeGreaterThan(0);
		expect(lines[beta]).toMatch(/^Beta 2020-03-01 …\s+·+M·*$/);
		const column = lines[beta]!.indexOf('M');
		expect(lines[beta + 1]![column]).toBe('C');
		expect(lines[beta + 2]![column]).toBe('F');
		expect(lines[beta + 1]!.trim()).toBe('C');
		expect(app.frame()).toContain(stackedNote);
	});
});
