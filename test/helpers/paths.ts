/** Where the tests find the repository and the shared data beside it: one answer for every test. */
import path from 'node:path';

/** The repository's root folder. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The read-only shared data (../shared beside the repository): corpus, gold annotations, Ofsted history. */
export const sharedDir = path.resolve(repoRoot, '..', 'shared');
/** The bundled store, `data/corpus.json` (tests must not change it). */
export const bundledStorePath = path.join(repoRoot, 'data', 'corpus.json');
/** The bundle that `scrutiny` runs (package.json `bin`; bundle.js), not tsc's dist/cli.js. */
export const builtCli = path.join(repoRoot, 'dist', 'bundle', 'cli.js');
