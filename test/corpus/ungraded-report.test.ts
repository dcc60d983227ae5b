/**
 * OFSTED-1: a report under the reformed framework gives no overall grade. It is no better rating (the episode stays
 * open), but compare's latest rating and recovery and the cohort say it exists. Invented rows for a real authority.
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cohort} from '../../source/corpus/cohort.js';
import {compareRows, compareSide} from '../../source/corpus/compare.js';
import {parseIlacsHistory} from '../../source/corpus/ofsted-import.js';
import {emptyStore} from '../../source/corpus/schema.js';
import {runBuilt, tempStore} from '../helpers/cli.js';

const header =
	'urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version';
const row = (published: string, grade: string, start: string) => ['99001', 'luton', 'https://files.example/9', 'report.pdf', published, 'standard', 'An Inspector', start, start, grade, 'good', '', '', '', '1'].join(',');
const csv = [header, row('25/05/23', 'inadequate', '01/04/2023'), row('07/07/26', 'not_reported_post_reform', '01/06/2026')].join('\n');

function store() {
	const data = emptyStore('Reform');
	data.events.push(...parseIlacsHistory(csv).events);
	return data;
}

describe('a report with no overall grade (OFSTED-1)', () => {
	it('is said beside the latest rating and the open recovery, and is not a better rating', () => {
		const side = compareSide(store(), 'luton');
		expect(side.latestRating).toBe('inadequate (2023-05-25); a 2026-07-07 report gives no overall grade');
		expect(side.recovery).toBe('not yet: no better rating in the store (a 2026-07-07 report gives no overall grade)');
		expect(side.episodes).toEqual(['2023-05-25 – no better rating yet']);
		const rows = compareRows(side, side);
		expect(rows.find((r) => r.label === 'next better rating')?.left).toMatch(/^missing/);
	});

	it('keeps the cohort episode open and names the report', () => {
		const c = cohort(store());
		expect(c.episodes).toEqual([expect.objectContaining({authority: 'Luton', end: null, ungraded: '2026-07-07'})]);
		expect(c.rows.find((r) => r.type === 'next-better-rating')?.episodes).toBe(0);
	});

	it('says so in the built CLI: compare --md (cited) and cohort', () => {
		const {dir, store: db} = tempStore();
		const file = path.join(dir, 'history.csv');
		writeFileSync(file, csv);
		expect(runBuilt(['import-ofsted', file, '--db', db]).status).toBe(0);
		const md = runBuilt(['compare', 'luton', 'blackpool', '--md', '--db', db]).stdout;
		expect(md).toMatch(/\| latest rating \| inadequate \(2023-05-25\); a 2026-07-07 report gives no overall grade \[\d+\]\[\d+\] \|/);
		expect(md).toMatch(/\| recovery \| not yet: no better rating in the store \(a 2026-07-07 report gives no overall grade\) \|/);
		const text = runBuilt(['cohort', '--db', db]).stdout;
		expect(text).toContain('Still open, with a later report that gives no overall grade (not counted as a better rating): Luton 2023-05-25 (report 2026-07-07).');
	});
});
