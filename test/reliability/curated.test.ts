/**
 * The curated file under real processes: an import and a researcher's edits killed with SIGKILL at once, and
 * curated work through re-imports and `import --rebuild`. Uses the built program and modules (`npm test`
 * builds first).
 */
import {existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {timeline} from '../../source/corpus/queries.js';
import {openStore} from '../../source/corpus/store/index.js';
import {spawn} from 'node:child_process';
import {assertWholeArticles, expectations, prng, spawnBuilt, storeTemps, tempDir, writeCorpus, type Expected} from './synthetic.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const dist = (file: string) => pathToFileURL(path.join(repoRoot, 'dist', file)).href;
const seed = 20_261_204;
const rounds = 6;

/** Lock directories a SIGKILL leaves behind are aged, as if their 10 s had passed. */
function ageLocks(...files: string[]): number {
	let aged = 0;
	for (const file of files) {
		if (!existsSync(`${file}.lock`)) continue;
		const old = new Date(Date.now() - 60_000);
		utimesSync(`${file}.lock`, old, old);
		aged++;
	}

	return aged;
}

describe('the curated file beside a store being imported', () => {
	let dir: string;
	let corpus: string;
	let expected: Map<string, Expected>;
	let editor: string;

	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	beforeAll(async () => {
		dir = tempDir('scrutiny-curated-');
		corpus = writeCorpus(dir, 120, seed);
		expected = await expectations(corpus);
		editor = path.join(dir, 'editor.mjs');
		// Adds curated events one after another, saying each once its save has returned (it is then on disk).
		writeFileSync(
			editor,
			[
				"import {writeSync} from 'node:fs';",
				`import {openStore} from '${dist('corpus/store/index.js')}';`,
				`import {saveCuration} from '${dist('corpus/curation.js')}';`,
				'const [file, tag, count] = process.argv.slice(2);',
				'const store = await openStore(file, {readOnly: true, editCurated: true});',
				'const authority = store.data.authorities[0].name;',
				'for (let n = 0; n < Number(count ?? Infinity); n++) {',
				'\tconst summary = `${tag} edit ${n}`;',
				"\tawait saveCuration(file, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority, summary}}, {today: '2026-11-22', store});",
				"\twriteSync(1, `${summary}\\n`);",
				'}',
			].join('\n'),
		);
	});

	it(`an edit and an import killed at once, ${rounds} times: neither file loses a record`, async () => {
		const random = prng(seed);
		const store = path.join(dir, 'corpus.json');
		const curated = `${store}.curated.json`;
		const names = readdirSync(corpus).sort();
		const first = await spawnBuilt(['import', ...names.slice(0, 30).map((name) => path.join(corpus, name)), '--db', store]).done;
		expect(first.status, first.stderr.toString()).toBe(0);
		const saved: string[] = [];
		// The store's articles after the last round: a kill may stop an import's batch, never lose one written.
		let stored = new Set((await openStore(store, {readOnly: true})).data.articles.map((a) => a.file));
		expect(stored.size).toBe(30);
		const tally = {locks: 0, temps: 0, importKilled: 0, editsPerRound: [] as number[]};
		for (let round = 0; round < rounds; round++) {
			const some = names.slice(30 + round * 15, 45 + round * 15).map((name) => path.join(corpus, name));
			const importing = spawnBuilt(['import', ...some, '--db', store], {SCRUTINY_BATCH_SIZE: '3'});
			const editing = spawn(process.execPath, [editor, store, `round ${round}`], {stdio: ['ignore', 'pipe', 'pipe']});
			const lines: string[] = [];
			let errors = '';
			editing.stdout.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
			editing.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
			const editorDone = new Promise((resolve) => editing.on('close', resolve));
			// Until the editor has saved a few, so that the kill lands among edits; then anywhere in the next second. No
			// clock bound: on a loaded machine the editor's first saves can take many seconds (the test's timeout bounds it).
			while (lines.join('').split('\n').length < 4 && editing.exitCode === null) await sleep(20);
			await sleep(Math.floor(random() * 1000));
			editing.kill('SIGKILL');
			importing.child.kill('SIGKILL');
			const imported = await importing.done;
			await editorDone;
			if (imported.signal === 'SIGKILL') tally.importKilled++;
			else expect(imported.status, imported.stderr.toString()).toBe(0);
			const done = lines.join('').split('\n').filter(Boolean);
			expect(done.length, `round ${round}: the editor saved nothing: ${errors}`).toBeGreaterThan(0);
			saved.push(...done);
			tally.editsPerRound.push(done.length);
			tally.temps += storeTemps(store).length + storeTemps(curated).length;
			tally.locks += ageLocks(store, curated);

			// Opening for writing checks every record of both files and removes the dead processes' temp files.
			const opened = await openStore(store);
			assertWholeArticles(opened.data, expected, `after round ${round}`);
			const summaries = new Set(opened.data.events.filter((e) => e.origin === 'curated').map((e) => e.summary));
			expect(saved.filter((summary) => !summaries.has(summary)), `after round ${round}`).toEqual([]);
			const files = new Set(opened.data.articles.map((a) => a.file));
			expect([...stored].filter((file) => !files.has(file)), `after round ${round}`).toEqual([]);
			stored = files;
			expect(storeTemps(store)).toEqual([]);
			expect(storeTemps(curated)).toEqual([]);
		}

		console.log(`curated kill test: ${tally.importKilled}/${rounds} imports killed, edits saved per round ${tally.editsPerRound.join(' ')}; ${tally.temps} temp files and ${tally.locks} locks left by the kills`);
	}, 600_000);

	it('three editors in three processes at once lose nothing', async () => {
		const store = path.join(dir, 'editors.json');
		const names = readdirSync(corpus).sort().slice(0, 10);
		expect((await spawnBuilt(['import', ...names.map((name) => path.join(corpus, name)), '--db', store]).done).status).toBe(0);
		const runs = ['a', 'b', 'c'].map(
			(tag) =>
				new Promise<{status: number | null; stderr: string}>((resolve) => {
					const child = spawn(process.execPath, [editor, store, `editor ${tag}`, '8'], {stdio: ['ignore', 'ignore', 'pipe']});
					let stderr = '';
					child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
					child.on('close', (status) => resolve({status, stderr}));
				}),
		);
		for (const result of await Promise.all(runs)) expect(result.status, result.stderr).toBe(0);
		const events = (await openStore(store, {readOnly: true})).data.events.filter((e) => e.origin === 'curated');
		expect(events).toHaveLength(24);
		expect(new Set(events.map((e) => e.id)).size).toBe(24);
		expect(existsSync(`${store}.curated.json.lock`)).toBe(false);
		expect(storeTemps(`${store}.curated.json`)).toEqual([]);
	}, 600_000);

	it('nothing curated is lost by a re-import, a changed article, or import --rebuild', async () => {
		const store = path.join(dir, 'rebuild.json');
		const curated = `${store}.curated.json`;
		const copy = path.join(dir, 'rebuild-articles');
		const names = readdirSync(corpus).sort().slice(0, 20);
		const {mkdirSync, copyFileSync} = await import('node:fs');
		mkdirSync(copy);
		for (const name of names) copyFileSync(path.join(corpus, name), path.join(copy, name));
		expect((await spawnBuilt(['import', copy, '--db', store]).done).status).toBe(0);

		const {saveCuration} = await import('../../source/corpus/curation.js');
		const today = '2026-11-22';
		const before = (await openStore(store, {readOnly: true})).data;
		const press = timeline(before).filter((l) => l.origin === 'extracted');
		const edited = press[0]!;
		const wrong = press.find((l) => l.articleId !== edited.articleId)!;
		await saveCuration(store, {kind: 'add', draft: {date: '2019-03', type: 'other', rating: '', authority: edited.authority, summary: 'my own event'}}, {today});
		await saveCuration(store, {kind: 'edit', id: edited.id, ids: [...(edited.merged ?? [edited.id])], draft: {date: edited.date.value ?? '', type: edited.type, rating: '', authority: edited.authority, summary: 'my wording'}}, {today});
		await saveCuration(store, {kind: 'mark-wrong', ids: [...(wrong.merged ?? [wrong.id])]}, {today});
		const curatedBytes = readFileSync(curated);
		const curatedTime = statSync(curated).mtimeMs;
		const expectCurated = async (when: string) => {
			const data = (await openStore(store, {readOnly: true})).data;
			const lines = timeline(data);
			expect(lines.some((l) => l.summary === 'my own event'), when).toBe(true);
			expect(lines.some((l) => l.summary === 'my wording'), when).toBe(true);
			expect(lines.some((l) => l.id === edited.id), when).toBe(false);
			expect(lines.some((l) => l.id === wrong.id), when).toBe(false);
			expect(timeline(data, {includeHidden: true}).find((l) => l.id === wrong.id)?.hidden, when).toBe(true);
			expect(readFileSync(curated).equals(curatedBytes), when).toBe(true);
			expect(statSync(curated).mtimeMs, when).toBe(curatedTime);
		};

		await expectCurated('after the edits');
		expect((await spawnBuilt(['import', copy, '--db', store]).done).status).toBe(0);
		await expectCurated('after a re-import');
		// The marked article changes (a line added at its end): its extracted records are replaced, the mark kept.
		const changed = path.join(copy, `${wrong.articleId}.txt`);
		writeFileSync(changed, `${readFileSync(changed, 'utf8')}\n\nA closing line added later.\n`);
		const again = await spawnBuilt(['import', copy, '--db', store, '--json']).done;
		expect(again.status, again.stderr.toString()).toBe(0);
		expect((JSON.parse(again.stdout.toString()) as {replaced?: number}).replaced).toBe(1);
		await expectCurated('after a changed article');
		const rebuilt = await spawnBuilt(['import', copy, '--db', store, '--rebuild']).done;
		expect(rebuilt.status, rebuilt.stderr.toString()).toBe(0);
		await expectCurated('after import --rebuild');
	}, 600_000);
});
