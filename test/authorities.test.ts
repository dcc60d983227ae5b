import {readFileSync} from 'node:fs';
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {authorityRecords} from '../source/corpus/authorities-data.js';
import {
	authorityFromOfstedName,
	authorityFromUrn,
	authorityId,
	authorityInfo,
	authorityNames,
	conflictingForms,
	findAuthorityMentions,
	resolveAuthorityQuery,
} from '../source/corpus/authorities.js';

const lookupUrl = new URL('../../shared/ofsted_ilacs/Provider_data_lookup.csv', import.meta.url);
const lookup = parse(readFileSync(lookupUrl, 'utf8'), {bom: true, columns: true}) as Array<Record<string, string>>;
// The lookup's README names the three authorities that no longer exist.
const legacyCodes = new Set(['E10000006', 'E10000021', 'E06000029']);

const names = (text: string) => findAuthorityMentions(text).map((mention) => mention.name);
const spans = (text: string) => findAuthorityMentions(text).map((mention) => `${mention.name}: ${mention.text}`);

describe('the authority list', () => {
	it('has every authority of the Ofsted lookup with the same codes, and no other', () => {
		expect(lookup).toHaveLength(156);
		const byCode = new Map(authorityRecords.map((record) => [record.onsCode, record]));
		for (const row of lookup) {
			const record = byCode.get(row['la_code_new']!);
			expect(record, row['local_authority_ons_name']).toBeDefined();
			expect(record?.urn).toBe(Number(row['urn']));
			expect(record?.laCode).toBe(Number(row['la_code']));
			expect(record?.legacy === true).toBe(legacyCodes.has(row['la_code_new']!));
		}

		const codes = new Set(lookup.map((row) => row['la_code_new']));
		expect(authorityRecords.filter((record) => !codes.has(record.onsCode))).toEqual([]);
		expect(authorityRecords.filter((record) => record.legacy !== true)).toHaveLength(153);
	});

	it('resolves the lookup’s own ONS names to the same authorities', () => {
		for (const row of lookup) {
			expect(authorityFromOfstedName(row['local_authority_ons_name']!.toLowerCase()), row['local_authority_ons_name']).toBe(
				authorityFromUrn(Number(row['urn'])),
			);
		}
	});

	it('keeps names unique, sorted and one authority a line', () => {
		expect(new Set(authorityNames).size).toBe(authorityNames.length);
		expect([...authorityNames].sort((a, b) => a.localeCompare(b))).toEqual(authorityNames);
		expect(conflictingForms()).toEqual([]);
		const source = readFileSync(new URL('../source/corpus/authorities-data.ts', import.meta.url), 'utf8');
		expect(source.split('\n').filter((line) => line.startsWith('\t{name: '))).toHaveLength(authorityRecords.length);
	});

	it('uses the names local papers use as canonical', () => {
		for (const name of ['North East Lincolnshire', 'Bournemouth, Christchurch and Poole', 'Kingston upon Hull', 'Bristol', 'Herefordshire', 'St Helens', 'Windsor and Maidenhead', 'Durham', 'Bedford']) {
			expect(authorityNames).toContain(name);
		}
	});
});

describe('authorityInfo and authorityId', () => {
	it('gives codes and slugs', () => {
		expect(authorityInfo('Blackpool')).toEqual({name: 'Blackpool', onsCode: 'E06000009', urn: 80431, laCode: 890, legacy: false});
		expect(authorityInfo('North East Lincolnshire')).toMatchObject({onsCode: 'E06000012', urn: 80526, legacy: false});
		expect(authorityInfo('Poole')).toMatchObject({legacy: true});
		expect(authorityInfo('Atlantis')).toEqual({name: 'Atlantis', onsCode: null, urn: null, laCode: null, legacy: false});
		expect(authorityId('North East Lincolnshire')).toBe('north-east-lincolnshire');
		expect(authorityId('Bournemouth, Christchurch and Poole')).toBe('bournemouth-christchurch-and-poole');
		expect(authorityId('St Helens')).toBe('st-helens');
		expect(authorityId('Stoke-on-Trent')).toBe('stoke-on-trent');
		expect(new Set(authorityNames.map((name) => authorityId(name))).size).toBe(authorityNames.length);
	});
});

describe('findAuthorityMentions', () => {
	it('finds every canonical name, with and without "Council"', () => {
		for (const record of authorityRecords) {
			const bare = record.need === 'council' ? `${record.name} Council` : record.need === 'context' ? `in ${record.name}` : record.name;
			expect(names(`The report on children's services ${bare} was published.`), bare).toEqual([record.name]);
			expect(names(`${record.name} Council said so.`), record.name).toEqual([record.name]);
		}
	});

	it('finds every short form', () => {
		for (const record of authorityRecords) {
			for (const short of record.short ?? []) {
				expect(names(`Leaders of ${short} met.`), short).toEqual([record.name]);
			}

			for (const guarded of record.guarded ?? []) {
				expect(names(`Leaders in ${guarded} met.`), guarded).toEqual([record.name]);
				expect(names(`${guarded} Council met.`), guarded).toEqual([record.name]);
				// A party's name between the place's preposition and the place: "at Lib-Dem Kingston", "in Tory-run Bath".
				expect(names(`The director at Lib-Dem ${guarded} resigned.`), guarded).toEqual([record.name]);
				expect(names(`Services in Tory-run ${guarded} improved.`), guarded).toEqual([record.name]);
				expect(names(`Lib-Dem ${guarded} has lost control of its services.`), guarded).toEqual([record.name]);
			}
		}
	});

	it('reports spans that cover the council title but not a possessive', () => {
		const text = 'Blackpool’s children. Blackpool Council’s leader. North East Lincolnshire Council and the City of York Council.';
		const mentions = findAuthorityMentions(text);
		expect(mentions.map((mention) => mention.text)).toEqual([
			'Blackpool',
			'Blackpool Council',
			'North East Lincolnshire Council',
			'City of York Council',
		]);
		for (const mention of mentions) {
			expect(text.slice(mention.start, mention.end)).toBe(mention.text);
		}
	});

	it.each([
		['A row broke out in Blackpool after the town’s Conservatives spoke.', ['Blackpool']],
		["Blackpool's children's services were rated inadequate.", ['Blackpool']],
		['It rated Blackpool’s Children’s Services as inadequate.', ['Blackpool']],
		['Blackpool South’s MP Gordon Marsden and the Tory MP for Blackpool North spoke.', ['Blackpool', 'Blackpool']],
		['North East Lincolnshire Council faces a vote.', ['North East Lincolnshire']],
		['NE Lincs, North East Lincs, NE Lincolnshire, NELC and North-East Lincolnshire.', Array(5).fill('North East Lincolnshire')],
		['North Lincolnshire and Lincolnshire County Council.', ['North Lincolnshire', 'Lincolnshire']],
		['Bournemouth, Christchurch and Poole Council, BCP and Bournemouth, Christchurch & Poole.', Array(3).fill('Bournemouth, Christchurch and Poole')],
		['Hull City Council and Kingston upon Hull.', ['Kingston upon Hull', 'Kingston upon Hull']],
		['Brighton & Hove and Brighton.', ['Brighton and Hove', 'Brighton and Hove']],
		['The Royal Borough of Kensington and Chelsea (RBKC).', ['Kensington and Chelsea', 'Kensington and Chelsea']],
		['St Helens and St. Helens Council.', ['St Helens', 'St Helens']],
		['Stoke-on-Trent, Stoke on Trent and Newcastle-upon-Tyne.', ['Stoke-on-Trent', 'Stoke-on-Trent', 'Newcastle upon Tyne']],
		['Reading Borough Council, Reading Council, and the schools in Reading.', ['Reading', 'Reading', 'Reading']],
		['Reading’s children’s services improved.', ['Reading']],
		['Durham County Council and County Durham; Durham.', ['Durham', 'Durham', 'Durham']],
		['Westminster City Council and the City of Westminster.', ['Westminster', 'Westminster']],
		['The London Borough of Sutton and Sutton Council.', ['Sutton', 'Sutton']],
		['Blackburn with Darwen, Blackburn Council and social workers in Blackburn.', Array(3).fill('Blackburn with Darwen')],
		['Kent and Medway; Kent County Council.', ['Kent', 'Medway', 'Kent']],
		['Windsor and Maidenhead and RBWM.', ['Windsor and Maidenhead', 'Windsor and Maidenhead']],
		['The report. Blackpool was rated, said Ofsted. Blackpool replied.', ['Blackpool', 'Blackpool']],
		['The Labour-run Blackpool and the Tory-led Wigan.', ['Blackpool', 'Wigan']],
		['Neighbouring Trafford’s service was rated good. Nearby Wigan was not.', ['Trafford', 'Wigan']],
		['Suffolk, Bury and Torbay were given the lowest outcome.', ['Suffolk', 'Bury', 'Torbay']],
		['Damning Report Rates Blackpool Children’s Services Inadequate Again', ['Blackpool']],
	])('finds %s', (text, expected) => {
		expect(names(text)).toEqual(expected);
	});

	it.each([
		['Reading the report, councillors were shocked.'],
		['Coun Simon Blackburn said he would not resign.'],
		['Coun Blackburn hit back.'],
		['Mr Sutton and David Brent met Lord Derby.'],
		['New York and North Yorkshire differ.', ['North Yorkshire']],
		['The Duke of York visited Kentucky.'],
		['Bury St Edmunds is in Suffolk.', ['Suffolk']],
		['Sutton Coldfield and Newcastle-under-Lyme.'],
		['Greater Manchester police.'],
		['MPs in Westminster voted.'],
		['blackpool in lower case, and BLACKPOOL shouting.'],
		['Blackpoolers and Kentish towns.'],
	])('does not take %s for more than it is', (text, expected: string[] = []) => {
		expect(names(text)).toEqual(expected);
	});

	it('prefers the longest name at each place', () => {
		expect(spans('North East Lincolnshire and North Lincolnshire are not Lincolnshire.')).toEqual([
			'North East Lincolnshire: North East Lincolnshire',
			'North Lincolnshire: North Lincolnshire',
			'Lincolnshire: Lincolnshire',
		]);
		expect(spans('North Yorkshire County Council and the City of York.')).toEqual(['North Yorkshire: North Yorkshire County Council', 'York: City of York']);
		expect(spans('Cheshire West and Chester, and Cheshire East.')).toEqual(['Cheshire West and Chester: Cheshire West and Chester', 'Cheshire East: Cheshire East']);
	});
});

describe('resolveAuthorityQuery', () => {
	it.each([
		['blackpool', 'Blackpool'],
		['Blackpool Council', 'Blackpool'],
		['north east lincs', 'North East Lincolnshire'],
		['NE Lincolnshire', 'North East Lincolnshire'],
		['ne lincs', 'North East Lincolnshire'],
		['north east', 'North East Lincolnshire'],
		['NORTH EAST LINCOLNSHIRE', 'North East Lincolnshire'],
		['hull', 'Kingston upon Hull'],
		['bcp', 'Bournemouth, Christchurch and Poole'],
		['bournemouth christchurch & poole', 'Bournemouth, Christchurch and Poole'],
		['st. helens', 'St Helens'],
		['leicester', 'Leicester'],
		['reading', 'Reading'],
		['rbkc', 'Kensington and Chelsea'],
	])('resolves %s', (query, name) => {
		expect(resolveAuthorityQuery(query)).toEqual({ok: true, name});
	});

	it('lists the candidates of an ambiguous query', () => {
		const result = resolveAuthorityQuery('north');
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.candidates).toEqual(expect.arrayContaining(['North East Lincolnshire', 'North Lincolnshire', 'North Yorkshire']));
		expect(resolveAuthorityQuery('kingston')).toEqual({ok: false, candidates: ['Kingston upon Hull', 'Kingston upon Thames']});
	});

	it('returns no candidates for an unknown name', () => {
		expect(resolveAuthorityQuery('atlantis')).toEqual({ok: false, candidates: []});
		expect(resolveAuthorityQuery('  ')).toEqual({ok: false, candidates: []});
	});

	it('restricts the choice to the names given', () => {
		const store = ['Blackpool', 'North East Lincolnshire'];
		expect(resolveAuthorityQuery('north', store)).toEqual({ok: true, name: 'North East Lincolnshire'});
		expect(resolveAuthorityQuery('ne lincs', store)).toEqual({ok: true, name: 'North East Lincolnshire'});
		expect(resolveAuthorityQuery('kent', store)).toEqual({ok: false, candidates: []});
		expect(resolveAuthorityQuery('atl', ['Atlantis'])).toEqual({ok: true, name: 'Atlantis'});
	});
});

describe('authorityFromOfstedName', () => {
	it.each([
		['bournemouth, christchurch & poole', 'Bournemouth, Christchurch and Poole'],
		['north east lincolnshire', 'North East Lincolnshire'],
		['kingston upon hull', 'Kingston upon Hull'],
		['kingston upon hull, city of', 'Kingston upon Hull'],
		['bristol', 'Bristol'],
		['london corporation', 'City of London'],
		['telford & wrekin', 'Telford and Wrekin'],
		['windsor & maidenhead', 'Windsor and Maidenhead'],
		['st helens', 'St Helens'],
		['durham', 'Durham'],
		['bedford', 'Bedford'],
	])('maps %s', (lower, name) => {
		expect(authorityFromOfstedName(lower)).toBe(name);
	});

	it('returns null for an unknown name', () => {
		expect(authorityFromOfstedName('atlantis')).toBeNull();
		expect(authorityFromOfstedName('')).toBeNull();
	});
});

describe('a place within a county', () => {
	it('"in a part of Essex" is not Essex County Council; Essex itself is', () => {
		expect(names('Children’s services in a part of Essex have been rated good.')).toEqual([]);
		expect(names('Children’s services in Essex have been rated good.')).toEqual(['Essex']);
	});
});
