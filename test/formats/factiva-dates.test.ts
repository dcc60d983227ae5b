/**
 * Factiva's PD in the exporting machine's locale: "12/04/2021" is 12 April on a UK machine and 4 December on a US
 * one. A date that reads both ways is refused, never guessed, unless the export's other dates settle the order;
 * month names ("April 12, 2021") read either way. Fixtures of our own writing.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {openStore} from '../../source/corpus/store/index.js';
import {parseFactiva} from '../../source/ingest/formats/factiva.js';
import {linesOf} from '../../source/ingest/formats/types.js';
import {importPaths} from '../../source/importer/import-paths.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'scrutiny-factiva-dates-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

let n = 0;
/** One Factiva article with the given PD. */
function article(pd: string): string {
	n++;
	return [
		`HD Children's services update number ${n}`,
		'BY Jo Reporter',
		'WC 40 words',
		`PD ${pd}`,
		'SN Exampleshire Evening Post',
		'SC EXEVP',
		'LA English',
		`LP Exampleshire County Council's children's services were discussed at cabinet, item ${n}.`,
		'',
		'TD Councillors asked for a report on caseloads at the next meeting.',
		`AN Document EXEVP000202104${String(n).padStart(2, '0')}ej4c0000${n}`,
		'',
		'',
	].join('\n');
}

const days = (pds: string[]) => {
	const parsed = parseFactiva(linesOf(pds.map(article).join('')));
	expect(parsed.problems).toEqual([]);
	return parsed.articles.map((a) => a.published?.value ?? null);
};

describe('Factiva PD in a US or UK locale', () => {
	it('reads month names in either order', () => {
		expect(days(['April 12, 2021', '12 April 2021', 'Monday, April 12, 2021', '12 Apr 2021'])).toEqual(['2021-04-12', '2021-04-12', '2021-04-12', '2021-04-12']);
	});

	it('refuses a numeric date that reads both ways when nothing in the export settles it, saying why', () => {
		const parsed = parseFactiva(linesOf(article('04/12/2021') + article('05/06/2021')));
		expect(parsed.articles.map((a) => a.published)).toEqual([null, null]);
		expect(parsed.articles[0]!.dateProblem).toBe(
			"Factiva PD '04/12/2021' could be 4 December or 12 April 2021 (the export writes dates in its machine's locale, and none of its dates settles which comes first)",
		);
	});

	it('a US export (a date whose second number is over 12) is read month first throughout', () => {
		expect(days(['04/12/2021', '4/13/2021', '12/04/2021'])).toEqual(['2021-04-12', '2021-04-13', '2021-12-04']);
	});

	it('a UK export (a date whose first number is over 12) is read day first throughout', () => {
		expect(days(['04/12/2021', '13/4/2021', '12/04/2021'])).toEqual(['2021-12-04', '2021-04-13', '2021-04-12']);
	});

	it('a date that reads the same both ways is read; one off the calendar is refused', () => {
		const parsed = parseFactiva(linesOf(article('04/04/2021') + article('31/02/2021')));
		expect(parsed.articles.map((a) => a.published?.value ?? null)).toEqual(['2021-04-04', null]);
		expect(parsed.articles[1]!.dateProblem).toBe("Factiva PD '31/02/2021' is not a date on the calendar");
	});

	it('an export mixing both orders settles nothing: each date stands on its own', () => {
		expect(days(['13/04/2021', '04/13/2021', '05/06/2021'])).toEqual(['2021-04-13', '2021-04-13', null]);
	});

	it('the import reports a refused date on one line naming the file and the article, and takes no date from PD', async () => {
		const file = path.join(dir, 'us-export.txt');
		writeFileSync(file, article('April 12, 2021') + article('05/06/2021'));
		const store = await openStore(path.join(dir, 'store.json'), {create: true});
		const report = await importPaths(store, [file], {today: new Date('2026-11-22T12:00:00Z'), workers: 0});
		const articles = store.data.articles;
		await store.release();
		expect(report.failed).toEqual([]);
		expect(report.dateProblems).toEqual([{path: file, reason: expect.stringMatching(/^article 2: Factiva PD '05\/06\/2021' could be 5 June or 6 May 2021/)}]);
		expect(articles[0]!.published).toMatchObject({value: '2021-04-12', basis: "stated: Factiva PD 'April 12, 2021'"});
		expect(articles[1]!.published.basis).not.toMatch(/Factiva PD/);
	});
});
