/**
 * Articles no rule was written from, for checking that an optimisation changes no output: each is a few paragraphs
 * drawn at random (seeded) from the news and unseen fixtures, the phrasebook and speaker items and the bundled
 * corpus, under a header with a random date (or none) and council (or none). Paragraphs met in new neighbours and
 * under new dates reach more of the rules' context than the fixtures do as written.
 *
 *     node dist-bench/bench/recombine.js --out DIR [--articles 2000] [--seed 7]
 *     node dist-bench/bench/extract-rate.js --dist A --dump DIR   # the same hash as B's: no output changed
 */
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {Rng} from './prng.js';
import {articleFiles} from './thread-cpu.js';

const {values} = parseArgs({options: {out: {type: 'string'}, articles: {type: 'string', default: '2000'}, seed: {type: 'string', default: '7'}}});
if (!values.out) throw new Error('usage: recombine.js --out DIR [--articles N] [--seed S]');

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test', 'fixtures');
const header = /^[a-z]+:\s/;
const paragraphsOf = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '' && !header.test(p));

const paragraphs: string[] = [];
for (const folder of [join(fixtures, 'news', 'dev'), join(fixtures, 'news', 'held'), join(fixtures, 'unseen'), join(root, '..', 'shared', 'corpus')]) {
	let files: string[] = [];
	try {
		files = articleFiles(folder);
	} catch {
		continue; // ../shared is beside the checkout in CI and on the research server, not everywhere
	}
	for (const f of files) paragraphs.push(...paragraphsOf(readFileSync(f, 'utf8')));
}
for (const f of readdirSync(join(fixtures, 'news')).filter((n) => n.endsWith('.jsonl')).sort()) {
	for (const line of readFileSync(join(fixtures, 'news', f), 'utf8').split('\n')) {
		if (line.trim() === '') continue;
		const item = JSON.parse(line) as {text?: unknown};
		if (typeof item.text === 'string') paragraphs.push(...paragraphsOf(item.text));
	}
}
if (paragraphs.length === 0) throw new Error(`no paragraphs found under ${fixtures}`);

const councils = ['Rutland', 'Leeds', 'Birmingham', 'Camden', 'Cornwall', 'Stockport', 'Hertfordshire', 'Norfolk'];
const rng = new Rng(`recombine:${values.seed}`);
mkdirSync(values.out, {recursive: true});
const count = Number(values.articles);
for (let i = 0; i < count; i++) {
	const body = Array.from({length: rng.int(3, 14)}, () => rng.pick(paragraphs));
	const date = `${rng.int(2010, 2024)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
	const head = rng.chance(0.8) ? `title: Council news ${i}\n${rng.chance(0.85) ? `date: ${date}\n` : ''}${rng.chance(0.9) ? `authority: ${rng.pick(councils)}\n` : ''}\n` : '';
	writeFileSync(join(values.out, `mix_${String(i).padStart(5, '0')}.txt`), `${head}${body.join('\n\n')}\n`);
}
console.log(`${count} articles from ${paragraphs.length} paragraphs in ${values.out}`);
