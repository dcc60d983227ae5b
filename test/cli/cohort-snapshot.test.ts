/**
 * `scrutiny cohort` from the cohort saved beside the store (`<store>.cohort`): the same answer as made from the
 * store, used only while the store and its curated file are as they were when it was made.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {cohort} from '../../source/corpus/cohort.js';
import {cohortPath, loadCohortSnapshot, saveCohortSnapshot} from '../../source/corpus/cohort-snapshot.js';
import {storeStateNow} from '../../source/corpus/store/file-identity.js';
import {applyCuration} from '../../source/corpus/curation.js';
import {openStore} from '../../source/corpus/store/index.js';
import {allTimelineItems} from '../../source/corpus/timeline-items.js';
import type {Flags} from '../../source/cli/context.js';
import {runCommand, tempStore} from '../helpers/cli.js';

const formats: Flags[] = [{}, {json: true}, {csv: true}, {md: true}];

async function answers(store: string): Promise<string[]> {
	const out: string[] = [];
	for (const f of formats) out.push((await runCommand('cohort', [], {...f, db: store})).stdout);
	return out;
}

describe('the cohort saved beside the store', () => {
	it('is what the command prints, in every form, once made; the import makes it from the same lines', async () => {
		const {store} = tempStore();
		const fresh = await answers(store);
		// The first run saved it; the second answers from it.
		expect(loadCohortSnapshot(store)).not.toBeNull();
		expect(await answers(store)).toEqual(fresh);
		const {data} = await openStore(store, {readOnly: true});
		expect(cohort(data, allTimelineItems(data).map((i) => i.line))).toEqual(cohort(data));
	});

	it('answers while the store and the curated file are as they were, and not after an edit', async () => {
		const {store} = tempStore();
		const made = cohort((await openStore(store, {readOnly: true})).data);
		expect(saveCohortSnapshot(store, {...made, authorities: 999}, storeStateNow(store))).toBe(true);
		expect((await runCommand('cohort', [], {db: store})).stdout).toMatch(/^999 authorities/);
		const editable = await openStore(store);
		await editable.updateCurated((d) => void applyCuration(d, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: 'Blackpool', summary: 'Board met'}}, {today: '2026-11-22'}));
		await editable.release();
		expect((await runCommand('cohort', [], {db: store})).stdout).toMatch(new RegExp(`^${made.authorities} authorities`));
	});

	it('is not used when damaged, or made from another state', async () => {
		const {store} = tempStore();
		const expected = await answers(store);
		const made = cohort((await openStore(store, {readOnly: true})).data);
		const state = storeStateNow(store)!;
		expect(saveCohortSnapshot(store, {...made, authorities: 999}, 'another state')).toBe(false);
		saveCohortSnapshot(store, {...made, authorities: 999}, state);
		const text = readFileSync(cohortPath(store), 'utf8');
		for (const damaged of [text.replace('"authorities":999', '"authorities":998'), text.slice(0, -10), '', text.replace(state, 'x')]) {
			writeFileSync(cohortPath(store), damaged);
			expect(loadCohortSnapshot(store)).toBeNull();
			expect(await answers(store)).toEqual(expected);
		}
	});
});
