import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {authorityInfo} from '../source/corpus/authorities.js';
import {parseIlacsDate, parseIlacsHistory} from '../source/corpus/ofsted-import.js';
import {eventSchema} from '../source/corpus/schema.js';

const historyUrl = new URL('../../shared/ofsted_ilacs/ofsted_csc_ilacs_history.csv', import.meta.url);
const history = readFileSync(historyUrl, 'utf8');
const header =
	'urn,local_authority,inspection_link,pdf_filename,publication_date,inspection_framework,inspector_name,inspection_start_date,inspection_end_date,overall_effectiveness_grade,impact_of_leaders_grade,help_and_protection_grade,in_care_grade,care_leavers_grade,parser_version';

/** A history row with the given authority, publication date and overall grade; the other grades blank. */
function row(urn: string, authority: string, published: string, grade = 'good', fieldwork = ['01/01/2019', '12/01/2019']): string {
	return [urn, authority, 'https://files.example/1', 'report.pdf', published, 'standard', 'A Inspector', ...fieldwork, grade, '', '', '', '', '1'].join(',');
}

describe('parseIlacsDate', () => {
	it.each([
		['17/01/19', '2019-01-17'],
		['13/07/12', '2012-07-13'],
		['26/11/2018', '2018-11-26'],
		[' 1/2/21 ', '2021-02-01'],
		['29/02/24', '2024-02-29'],
	])('reads %s', (text, iso) => {
		expect(parseIlacsDate(text)).toBe(iso);
	});

	it.each([['32/01/19'], ['29/02/23'], ['00/01/19'], ['17/13/19'], ['2019-01-17'], ['17/01/019'], [''], ['yesterday']])('rejects %j', (text) => {
		expect(parseIlacsDate(text)).toBeNull();
	});
});

describe('parseIlacsHistory on the published history', () => {
	const {events, problems} = parseIlacsHistory(history);
	const find = (authority: string, date: string) => events.find((event) => event.authority === authority && event.date.value === date);

	it('imports every row of every authority', () => {
		expect(problems).toEqual([]);
		expect(events).toHaveLength(497);
		const authorities = new Set(events.map((event) => event.authority));
		expect(authorities.size).toBe(153);
		for (const name of authorities) {
			expect(authorityInfo(name).legacy, name).toBe(false);
		}

		expect(new Set(events.map((event) => event.id)).size).toBe(497);
	});

	it('makes valid official events whose ids carry the authority’s own URN', () => {
		for (const event of events) {
			expect(() => eventSchema.parse(event)).not.toThrow();
			expect(event).toMatchObject({type: 'inspection-judgement', origin: 'ofsted', sources: []});
			expect(event.id).toBe(`ofsted-${authorityInfo(event.authority).urn}-${event.date.value}`);
		}
	});

	it('reads Blackpool’s 2019 judgement', () => {
		expect(find('Blackpool', '2019-01-17')).toMatchObject({
			id: 'ofsted-80431-2019-01-17',
			date: {value: '2019-01-17', precision: 'day', approximate: false, basis: 'Ofsted report published 17/01/2019'},
			authority: 'Blackpool',
			type: 'inspection-judgement',
			rating: 'inadequate',
			summary: 'Ofsted ILACS judgement: inadequate (fieldwork 26/11/2018–07/12/2018)',
			sources: [],
			origin: 'ofsted',
		});
	});

	it('leaves out the grades that were never read or not given', () => {
		const early = find('Blackpool', '2012-07-13');
		expect(early).toBeDefined();
		expect(early?.rating).toBeUndefined();
		expect(early?.summary).toBe('Ofsted pre-SIF report published (grade not recorded)');
		expect(find('Blackpool', '2014-09-08')?.rating).toBeUndefined();
		expect(find('Blackpool', '2014-09-08')?.summary).toBe('Ofsted SIF report published (grade not recorded)');
		const reformed = find('Blackpool', '2026-07-28');
		expect(reformed?.rating).toBeUndefined();
		expect(reformed?.summary).toBe('Ofsted ILACS report published (no overall grade under the reformed framework; fieldwork 08/06/2026–19/06/2026)');
		expect(reformed?.['ofsted']).toMatchObject({urn: 80431, grades: {overall: 'not_reported_post_reform', leaders: 'outstanding'}});
		expect(find('Blackpool', '2023-02-01')?.rating).toBe('requires improvement');
	});

	it('reads North East Lincolnshire’s 2021 judgement', () => {
		expect(find('North East Lincolnshire', '2021-11-26')).toMatchObject({
			id: 'ofsted-80526-2021-11-26',
			rating: 'inadequate',
			summary: 'Ofsted ILACS judgement: inadequate (fieldwork 04/10/2021–15/10/2021)',
		});
		expect(find('North East Lincolnshire', '2025-09-03')?.rating).toBe('good');
	});

	it('names the framework by date and keeps the report’s link', () => {
		const scheme = (authority: string, date: string) => (find(authority, date)?.['ofsted'] as {scheme: string}).scheme;
		// Before November 2013, SIF to 2017, ILACS from 2018 (by fieldwork where known).
		expect(scheme('Blackpool', '2012-07-13')).toBe('pre-SIF');
		expect(scheme('Blackpool', '2014-09-08')).toBe('SIF');
		expect(scheme('North East Lincolnshire', '2017-09-25')).toBe('SIF');
		expect(scheme('Blackpool', '2019-01-17')).toBe('ILACS');
		// Published in 2018 with fieldwork in November 2017: one of the last SIF reports.
		expect(scheme('Doncaster', '2018-01-19')).toBe('SIF');
		expect(scheme('Rochdale', '2018-03-12')).toBe('ILACS');
		expect(find('Blackpool', '2019-01-17')?.['ofsted']).toMatchObject({link: expect.stringMatching(/^https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/\d+$/)});
	});

	it('maps names with commas and ampersands', () => {
		expect(events.filter((event) => event.authority === 'Bournemouth, Christchurch and Poole')).toHaveLength(2);
		expect(events.filter((event) => event.authority === 'City of London')).toHaveLength(3);
		expect(events.filter((event) => event.authority === 'Telford and Wrekin')).toHaveLength(3);
	});
});

describe('parseIlacsHistory on awkward files', () => {
	it('accepts a BOM, CRLF and quoted fields', () => {
		const text = `\ufeff${[header, row('2532287', '"bournemouth, christchurch & poole"', '11/02/22', 'inadequate'), row('80431', 'blackpool', '17/01/19', 'inadequate')].join('\r\n')}\r\n`;
		const {events, problems} = parseIlacsHistory(text);
		expect(problems).toEqual([]);
		expect(events.map((event) => [event.id, event.authority, event.rating])).toEqual([
			['ofsted-2532287-2022-02-11', 'Bournemouth, Christchurch and Poole', 'inadequate'],
			['ofsted-80431-2019-01-17', 'Blackpool', 'inadequate'],
		]);
	});

	it('turns bad rows into problems by line and keeps the good ones', () => {
		const lines = [
			header,
			row('80431', 'blackpool', '17/01/19', 'inadequate'),
			row('99999', 'atlantis', '17/01/19'),
			row('80526', 'north east lincolnshire', '32/01/19'),
			'80526,north east lincolnshire,too few fields',
			'',
			row('80526', 'north east lincolnshire', '26/11/21', 'inadequate'),
			row('80431', 'blackpool', '17/01/19', 'good'),
			row('80431', 'north east lincolnshire', '01/02/23'),
			row('99998', '"blackpool\nsplit"', '01/02/23', 'excellent'),
			row('', 'blackpool', '01/02/23', 'requires improvement', ['', '']),
			row('80431', '"blackpool', '28/07/26'),
			row('80526', 'north east lincolnshire', '03/09/25'),
		];
		const {events, problems} = parseIlacsHistory(lines.join('\n'));
		expect(events.map((event) => [event.id, event.rating, event.summary])).toEqual([
			['ofsted-80431-2019-01-17', 'inadequate', 'Ofsted ILACS judgement: inadequate (fieldwork 01/01/2019–12/01/2019)'],
			['ofsted-80526-2021-11-26', 'inadequate', 'Ofsted ILACS judgement: inadequate (fieldwork 01/01/2019–12/01/2019)'],
			['ofsted-80431-2023-02-01', 'requires improvement', 'Ofsted ILACS judgement: requires improvement'],
		]);
		expect(problems.map((problem) => problem.line)).toEqual([3, 4, 5, 8, 9, 10, 13]);
		expect(problems[0]?.reason).toContain("unknown authority 'atlantis'");
		expect(problems[1]?.reason).toContain("'32/01/19'");
		expect(problems[2]?.reason).toContain('expected 15 fields, found 3');
		expect(problems[3]?.reason).toContain('first on line 2');
		expect(problems[4]?.reason).toContain('URN 80431 is Blackpool');
		expect(problems[5]?.reason).toBe("unknown authority 'blackpool\nsplit' (URN 99998)");
		expect(problems[6]?.reason).toContain('unreadable CSV');
	});

	it('falls back on the URN when Ofsted renames an authority, and on the name when the URN is missing', () => {
		const {events, problems} = parseIlacsHistory([header, row('80431', 'blackpool unitary', '17/01/19', 'excellent'), row('', 'hull', '01/02/23')].join('\n'));
		expect(problems).toEqual([]);
		expect(events.map((event) => [event.id, event.authority, event.rating, event.summary])).toEqual([
			['ofsted-80431-2019-01-17', 'Blackpool', undefined, 'Ofsted ILACS report published (grade not recorded; fieldwork 01/01/2019–12/01/2019)'],
			['ofsted-80477-2023-02-01', 'Kingston upon Hull', 'good', 'Ofsted ILACS judgement: good (fieldwork 01/01/2019–12/01/2019)'],
		]);
	});

	it('reports a file that is empty or not the history', () => {
		expect(parseIlacsHistory('')).toEqual({events: [], problems: [{line: 1, reason: 'empty file: no header row'}]});
		const other = parseIlacsHistory('name,date\nblackpool,17/01/19\n');
		expect(other.events).toEqual([]);
		expect(other.problems).toEqual([{line: 1, reason: 'not an ILACS history CSV: no local_authority, publication_date column'}]);
	});
});
