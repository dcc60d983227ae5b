/** A researcher's corrections: date checking, edits as curated records, wrong marks, re-imports and the store file. */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {applyCuration, CurationError, draftOf, newCuratedId, parseDateField, saveCuration, validateDraft, type EventDraft} from '../source/corpus/curation.js';
import {mergeArticle, rebuildDerived} from '../source/corpus/merge.js';
import {timeline} from '../source/corpus/queries.js';
import {eventSchema, storeSchema, type StoreData} from '../source/corpus/schema.js';
import {extractArticle} from '../source/ingest/extract.js';
import {repoRoot} from './helpers/cli.js';

const today = '2026-11-22';
const bundledPath = path.join(repoRoot, 'data', 'corpus.json');
const bundled = (): StoreData => storeSchema.parse(JSON.parse(readFileSync(bundledPath, 'utf8')));

/** The bundled store's January 2019 judgement: one line, three press reports. */
function janLine(data: StoreData) {
	return timeline(data).find((l) => l.authority === 'Blackpool' && l.type === 'inspection-judgement' && l.date.value === '2019-01')!;
}

describe('the date field', () => {
	it.each([
		['2019', {value: '2019', precision: 'year', approximate: false}],
		['2019-01', {value: '2019-01', precision: 'month', approximate: false}],
		['2019-01-17', {value: '2019-01-17', precision: 'day', approximate: false}],
		['~2015', {value: '2015', precision: 'year', approximate: true}],
		[' 2019-01 ', {value: '2019-01', precision: 'month', approximate: false}],
		['', {value: null, precision: 'unknown', approximate: false}],
		// A month or year that has begun by today is not in the future.
		['2026-11', {value: '2026-11', precision: 'month', approximate: false}],
		['2026', {value: '2026', precision: 'year', approximate: false}],
		['2026-11-22', {value: '2026-11-22', precision: 'day', approximate: false}],
	])('reads %j', (text, expected) => {
		const r = parseDateField(text, today);
		expect(r.ok && r.date).toMatchObject(expected);
	});

	it.each([
		['2019-13', /no month 13/],
		['2019-02-30', /February 2019 has no day 30/],
		['2026-11-23', /after today \(2026-11-22\)/],
		['2027', /after today/],
		['2026-12', /after today/],
		['19-01', /not a date: write YYYY, YYYY-MM or YYYY-MM-DD/],
		['January 2019', /not a date/],
		['2019/01/17', /not a date/],
	])('refuses %j with a clear reason', (text, message) => {
		const r = parseDateField(text, today);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(message);
	});
});

describe('checking a draft', () => {
	const data = bundled();
	const draft: EventDraft = {date: '2019-03', type: 'improvement-board', rating: '', authority: 'blackpool', summary: '  First meeting   of the board  '};

	it('resolves the authority as the command line does and tidies the summary', () => {
		const v = validateDraft(data, draft, today);
		expect(v).toMatchObject({ok: true, event: {authority: 'Blackpool', summary: 'First meeting of the board', date: {value: '2019-03', precision: 'month'}}});
	});

	it.each([
		[{date: '2019-13'}, 'date'],
		[{authority: 'Atlantis'}, 'authority'],
		[{authority: ''}, 'authority'],
		[{summary: '   '}, 'summary'],
		[{rating: 'good'}, 'rating'],
	] as const)('names the field that is wrong: %j', (change, field) => {
		const v = validateDraft(data, {...draft, ...change}, today);
		expect(v.ok).toBe(false);
		if (!v.ok) expect(v.field).toBe(field);
	});

	it('starts an edit from the line as shown', () => {
		expect(draftOf(janLine(data))).toEqual({date: '2019-01', type: 'inspection-judgement', rating: 'inadequate', authority: 'Blackpool', summary: janLine(data).summary});
	});
});

describe('applying a change', () => {
	it('adds a curated event with the first free curated id', () => {
		const data = bundled();
		expect(newCuratedId(data)).toBe('curated-1');
		const {id} = applyCuration(data, {kind: 'add', draft: {date: '2019-04', type: 'improvement-notice', rating: '', authority: 'Blackpool', summary: 'Improvement notice issued'}}, {today});
		expect(id).toBe('curated-1');
		const line = timeline(data).find((l) => l.id === id)!;
		expect(line).toMatchObject({origin: 'curated', type: 'improvement-notice', date: {value: '2019-04', basis: 'set by a researcher'}});
		expect(newCuratedId(data)).toBe('curated-2');
	});

	it('edits a press line as a curated copy that replaces it, absorbing the other reports of the line', () => {
		const data = bundled();
		const jan = janLine(data);
		const ids = jan.merged!;
		expect(ids.length).toBe(3);
		const before = timeline(data).length;
		const {id} = applyCuration(data, {kind: 'edit', id: jan.id, ids, draft: {...draftOf(jan), date: '2019-01-17', summary: 'Ofsted: inadequate'}}, {today});
		const lines = timeline(data);
		// One line still, now the curated one, with every source of the old line.
		expect(lines.length).toBe(before);
		const edited = lines.find((l) => l.id === id)!;
		expect(edited).toMatchObject({origin: 'curated', date: {value: '2019-01-17', precision: 'day'}, summary: 'Ofsted: inadequate'});
		expect(new Set(edited.sources.map((s) => s.articleId)).size).toBe(3);
		expect(lines.some((l) => ids.includes(l.id))).toBe(false);
		const record = data.events.find((e) => e.id === id)!;
		expect(record.replaces).toBe(jan.id);
		for (const other of ids.slice(1)) {
			expect(data.events.find((e) => e.id === other)!.hidden).toBe(true);
			expect(data.events.find((e) => e.replaces === other && e.origin === 'curated')).toMatchObject({hidden: true, absorbedInto: id});
		}
		// Keeping the date as it was keeps its basis.
		applyCuration(data, {kind: 'edit', id, ids: [id], draft: {...draftOf(edited), summary: 'changed again'}}, {today});
		expect(data.events.find((e) => e.id === id)).toMatchObject({summary: 'changed again', date: {value: '2019-01-17', basis: 'set by a researcher'}});
		expect(data.events.filter((e) => e.origin === 'curated' && !e.hidden)).toHaveLength(1);
	});

	it('edits a curated event in place, and can take its rating away', () => {
		const data = bundled();
		const {id} = applyCuration(data, {kind: 'add', draft: {date: '2020', type: 'inspection-judgement', rating: 'good', authority: 'Blackpool', summary: 'Judged good'}}, {today});
		applyCuration(data, {kind: 'edit', id, ids: [id], draft: {date: '2020-06', type: 'inspection-visit', rating: '', authority: 'Blackpool', summary: 'A visit'}}, {today});
		const e = data.events.find((x) => x.id === id)!;
		expect(e).toMatchObject({type: 'inspection-visit', date: {value: '2020-06'}});
		expect(e.rating).toBeUndefined();
	});

	it('refuses to edit official data or an event that is gone', () => {
		const data = bundled();
		data.events.push({id: 'ofsted-1', date: {value: '2019-01-17', precision: 'day', approximate: false, basis: 'stated'}, authority: 'Blackpool', type: 'inspection-judgement', rating: 'inadequate', summary: 'official', sources: [], origin: 'ofsted'});
		const draft: EventDraft = {date: '2019-01-17', type: 'inspection-judgement', rating: 'inadequate', authority: 'Blackpool', summary: 'x'};
		expect(() => applyCuration(data, {kind: 'edit', id: 'ofsted-1', ids: ['ofsted-1'], draft}, {today})).toThrow(/official judgements are not edited/);
		expect(() => applyCuration(data, {kind: 'edit', id: 'nope', ids: ['nope'], draft}, {today})).toThrow(CurationError);
		expect(() => applyCuration(data, {kind: 'add', draft: {...draft, date: '2030'}}, {today})).toThrow(/date: .*after today/);
	});

	it('marks a press line wrong (hidden, kept, shown with includeHidden) and unmarks it', () => {
		const data = bundled();
		const jan = janLine(data);
		applyCuration(data, {kind: 'mark-wrong', ids: jan.merged!}, {today});
		expect(timeline(data).some((l) => l.id === jan.id)).toBe(false);
		const shown = timeline(data, {includeHidden: true}).find((l) => l.id === jan.id);
		expect(shown?.hidden).toBe(true);
		expect(data.events.filter((e) => e.origin === 'curated' && e.hidden && jan.merged!.includes(e.replaces!))).toHaveLength(3);
		applyCuration(data, {kind: 'unmark-wrong', ids: jan.merged!}, {today});
		expect(timeline(data).find((l) => l.id === jan.id)?.merged).toEqual(jan.merged);
		expect(data.events.some((e) => e.origin === 'curated')).toBe(false);
	});

	it('refuses to mark official or curated lines wrong, and to unmark a report an edit absorbed', () => {
		const data = bundled();
		const {id} = applyCuration(data, {kind: 'add', draft: {date: '2019', type: 'other', rating: '', authority: 'Blackpool', summary: 'x'}}, {today});
		expect(() => applyCuration(data, {kind: 'mark-wrong', ids: [id]}, {today})).toThrow(/only press/);
		const jan = janLine(data);
		const {id: edited} = applyCuration(data, {kind: 'edit', id: jan.id, ids: jan.merged!, draft: {...draftOf(jan), summary: 'Ofsted rated it inadequate'}}, {today});
		expect(() => applyCuration(data, {kind: 'unmark-wrong', ids: [jan.merged![1]!]}, {today})).toThrow(new RegExp(`merged into the curated event '${edited}'`));
	});
});

describe('curated changes and re-imports', () => {
	it('survive a changed article being imported again: the edit stays, the wrong mark is applied again', () => {
		const data = bundled();
		const jan = janLine(data);
		const {id} = applyCuration(data, {kind: 'edit', id: jan.id, ids: jan.merged!, draft: {...draftOf(jan), summary: 'my wording'}}, {today});
		const call = timeline(data).find((l) => l.authority === 'Blackpool' && l.type === 'resignation-call')!;
		applyCuration(data, {kind: 'mark-wrong', ids: call.merged ?? [call.id]}, {today});

		// The article the edited line came from changes on disk and is imported again.
		const article = data.articles.find((a) => a.id === jan.articleId)!;
		const raw = `${article.raw}\n\nA paragraph added since.\n`;
		const extracted = extractArticle(raw, {today: new Date(`${today}T12:00:00Z`)});
		expect(mergeArticle(data, {path: article.path, raw, contentHash: 'changed', readReport: article.readReport, extracted}, new Date().toISOString())).toMatchObject({outcome: 'replaced'});
		rebuildDerived(data);

		const lines = timeline(data);
		expect(lines.find((l) => l.id === id)?.summary).toBe('my wording');
		expect(lines.some((l) => l.id === jan.id)).toBe(false);
		expect(lines.filter((l) => l.authority === 'Blackpool' && l.type === 'inspection-judgement' && l.date.value?.startsWith('2019-01'))).toHaveLength(1);
		expect(lines.some((l) => l.authority === 'Blackpool' && l.type === 'resignation-call')).toBe(false);
	});
});

describe('saving to the store file', () => {
	it('writes under the lock, atomically, and gives back what the file holds', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-curation-'));
		const file = path.join(dir, 'store.json');
		writeFileSync(file, readFileSync(bundledPath));
		const storeBytes = readFileSync(file);
		const {data, id} = await saveCuration(file, {kind: 'add', draft: {date: '2019-03', type: 'improvement-board', rating: '', authority: 'Blackpool', summary: 'Board met'}}, {today});
		expect(id).toBe('curated-1');
		expect(data.events.find((e) => e.id === id)?.summary).toBe('Board met');
		// The edit is in the curated file beside the store; the store file is left byte for byte.
		const onDisk = JSON.parse(readFileSync(`${file}.curated.json`, 'utf8')) as {events: unknown[]};
		expect(onDisk.events.map((e) => eventSchema.parse(e)).find((e) => e.id === id)).toMatchObject({origin: 'curated', summary: 'Board met'});
		expect(readFileSync(file).equals(storeBytes)).toBe(true);
		// A second writer (another session) gets the next id: each update re-reads the file under the lock.
		const second = await saveCuration(file, {kind: 'add', draft: {date: '2019-04', type: 'other', rating: '', authority: 'Blackpool', summary: 'Second'}}, {today});
		expect(second.id).toBe('curated-2');
	});

	it('writes nothing when the change is refused, and never creates a store', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'scrutiny-curation-'));
		const file = path.join(dir, 'store.json');
		writeFileSync(file, readFileSync(bundledPath));
		const before = readFileSync(file, 'utf8');
		await expect(saveCuration(file, {kind: 'mark-wrong', ids: ['no-such-event']}, {today})).rejects.toThrow(/no event 'no-such-event'/);
		expect(readFileSync(file, 'utf8')).toBe(before);
		await expect(saveCuration(path.join(dir, 'missing.json'), {kind: 'mark-wrong', ids: ['x']}, {today})).rejects.toThrow(/missing\.json/);
	});
});

describe('an edit keeps what the form does not show', () => {
	it('writes nothing for a form nobody changed, and keeps a judgement’s service and a plan’s status', () => {
		const data = bundled();
		const yot = timeline(data).find((l) => l.authority === 'Blackpool' && l.service === 'youth justice')!;
		const before = data.events.length;
		expect(applyCuration(data, {kind: 'edit', id: yot.id, ids: yot.merged ?? [yot.id], draft: draftOf(yot)}, {today})).toEqual({id: yot.id});
		expect(data.events.length).toBe(before);
		const {id} = applyCuration(data, {kind: 'edit', id: yot.id, ids: yot.merged ?? [yot.id], draft: {...draftOf(yot), summary: 'YOT judged inadequate'}}, {today});
		expect(data.events.find((e) => e.id === id)).toMatchObject({service: 'youth justice', inspectorate: 'HM Inspectorate of Probation'});
		const planned = timeline(data).find((l) => l.status === 'planned' && l.type === 'commissioner-appointed')!;
		const {id: p} = applyCuration(data, {kind: 'edit', id: planned.id, ids: planned.merged ?? [planned.id], draft: {...draftOf(planned), date: '2019-02-15'}}, {today});
		expect(data.events.find((e) => e.id === p)).toMatchObject({status: 'planned'});
	});

	it('saves the status the form chose: on a press event’s copy, in place on a curated one, left out when it happened', () => {
		const data = bundled();
		const board = timeline(data).find((l) => l.status === 'planned' && l.type === 'improvement-board')!;
		expect(draftOf(board).status).toBe('planned');
		// The board was set up after all: its copy happened, and says nothing of a plan.
		const {id} = applyCuration(data, {kind: 'edit', id: board.id, ids: board.merged ?? [board.id], draft: {...draftOf(board), status: 'happened'}}, {today});
		const copy = data.events.find((e) => e.id === id)!;
		expect(copy).toMatchObject({origin: 'curated', replaces: board.id});
		expect(copy.status).toBeUndefined();
		expect(timeline(data).find((l) => l.id === id)!.status).toBeUndefined();
		// A status changed by itself is a change (not a form nobody changed), and is written in place.
		expect(applyCuration(data, {kind: 'edit', id, ids: [id], draft: {...draftOf(timeline(data).find((l) => l.id === id)!), status: 'proposed'}}, {today})).toEqual({id});
		expect(data.events.find((e) => e.id === id)!.status).toBe('proposed');
		applyCuration(data, {kind: 'edit', id, ids: [id], draft: {...draftOf(timeline(data).find((l) => l.id === id)!), status: 'happened'}}, {today});
		expect('status' in data.events.find((e) => e.id === id)!).toBe(false);
		// A new event of your own, refused.
		const {id: added} = applyCuration(data, {kind: 'add', draft: {date: '2019-02', type: 'resignation', status: 'refused', rating: '', authority: 'Blackpool', summary: 'Resignation offered and refused'}}, {today});
		expect(data.events.find((e) => e.id === added)).toMatchObject({status: 'refused', origin: 'curated'});
		expect(validateDraft(data, {date: '2019', type: 'other', status: 'maybe' as never, rating: '', authority: 'Blackpool', summary: 'x'}, today)).toMatchObject({ok: false, field: 'status'});
	});
});
