/** DASH-1: the dashboard's latest events say what did not happen ([planned]) and the rating a judgement gave, whole. */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {eventWhat} from '../../source/corpus/event-kinds.js';
import {emptyStore} from '../../source/corpus/schema.js';
import {runBuilt, tempStore} from '../helpers/cli.js';
import {article, day, event} from '../ui/fixtures.js';
import {bundledData, renderApp} from '../ui/harness.js';

afterEach(() => cleanup());

function judgedStore() {
	const data = emptyStore('Judged');
	data.authorities.push({id: 'fenmouth', name: 'Fenmouth', onsCode: null, origin: 'extracted'});
	data.articles.push(article('a1', {authorities: ['Fenmouth'], paragraphs: ['News about Fenmouth.'], published: day('2023-03-01')}));
	data.events.push(event('j1', {authority: 'Fenmouth', type: 'inspection-judgement', rating: 'requires improvement', date: day('2023-02-01'), origin: 'ofsted'}));
	data.events.push(event('v1', {authority: 'Fenmouth', type: 'no-confidence-vote', status: 'planned', date: day('2023-04')}));
	return data;
}

describe('the latest events (DASH-1)', () => {
	it('words an event with its marks and its rating', () => {
		expect(eventWhat({type: 'no-confidence-vote', status: 'planned'})).toBe('[planned] no-confidence-vote');
		expect(eventWhat({type: 'inspection-judgement', rating: 'requires improvement'})).toBe('inspection-judgement requires improvement');
		expect(eventWhat({type: 'resignation', status: 'happened'})).toBe('resignation');
	});

	it('marks planned lines on the UI dashboard as the timeline does', async () => {
		const app = await renderApp(bundledData(), {columns: 120, rows: 40});
		// The timeline's short labels, marked as the timeline marks them.
		expect(app.frame()).toMatch(/Feb 2022 +North East L.* \[planned\] no-confidence\n/);
		expect(app.frame()).toMatch(/Mar 2022 +North East L.* \[planned\] comm\. report\n/);
		expect(app.frame()).toMatch(/Nov 2021 +North East L.* judgement inadequate\n/);
	});

	it.each([120, 200])('shows a judgement rating whole at %i columns', async (columns) => {
		const app = await renderApp(judgedStore(), {columns, rows: 40});
		expect(app.frame()).toMatch(/2023-02-01 +Fenmouth +judgement requires improvement\n/);
		expect(app.frame()).toMatch(/Apr 2023 +Fenmouth +\[planned\] no-confidence\n/);
	});

	it('marks them in the plain dashboard too (the built program, not a terminal)', () => {
		const {dir} = tempStore();
		const store = path.join(dir, 'judged.json');
		writeFileSync(store, JSON.stringify(judgedStore()));
		const r = runBuilt(['--db', store]);
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/Apr 2023 {2}Fenmouth {2}\[planned\] no-confidence-vote/);
		expect(r.stdout).toContain('2023-02-01  Fenmouth  inspection-judgement requires improvement');
	});
});
