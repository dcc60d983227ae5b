/**
 * `npm run generate -- --articles N --out DIR [--seed S]`: writes a deterministic synthetic corpus (see
 * generator.ts) for the benchmark or for trying the UI on a large store.
 */
import {parseArgs} from 'node:util';
import {DEFAULT_SEED, generateCorpus} from './generator.js';

function main(): number {
	let values;
	try {
		({values} = parseArgs({options: {articles: {type: 'string'}, out: {type: 'string'}, seed: {type: 'string'}, help: {type: 'boolean'}}, strict: true}));
	} catch (error) {
		process.stderr.write(`generate: ${(error as Error).message}\n`);
		return 2;
	}
	const articles = Number(values.articles);
	if (values.help || !values.out || !Number.isInteger(articles) || articles < 1) {
		process.stderr.write('usage: npm run generate -- --articles N --out DIR [--seed S]\n');
		return values.help ? 0 : 2;
	}
	const r = generateCorpus({articles, out: values.out, seed: values.seed ?? DEFAULT_SEED});
	process.stdout.write(`wrote ${r.articles} synthetic articles (${(r.bytes / 1e6).toFixed(1)} MB, ${r.folders} folders) to ${values.out} in ${(r.ms / 1000).toFixed(1)} s\n`);
	return 0;
}

process.exitCode = main();
