/**
 * Bundles the compiled program (dist/, tsc's output) into dist/bundle/, which is what `scrutiny` (package.json
 * `bin`), `npm start` and the end-to-end tests run. Node 20's ESM loader spends most of a start resolving and
 * reading hundreds of module files (Ink alone is ~0.7 s); the bundle is a few files.
 *
 * dist/bundle/ is two levels below the package root, like dist/cli/context.js, so the paths the program finds
 * from `import.meta.url` still hold: the package root (`../../`, for the bundled data/corpus.json) and
 * package.json (meow looks upward for it for `--version`). The tsc tree stays: the tests, the benchmarks and
 * `npm run keys` import its modules.
 */
import {rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';

const outdir = 'dist/bundle';
// Old chunks have other hashes: start empty, so that nothing stale is left beside the new ones.
rmSync(outdir, {recursive: true, force: true});

// Ink's frame writer (ink/build/output.js) gets @alcalzone/ansi-tokenize through dist/ui/styled-chars.js: the
// package itself with a styledCharsToString that skips cells styled as the one before (the same bytes, less work
// a frame). Ink importing it from elsewhere would leave it unused, so the build fails rather than lose it quietly.
let inkStyledChars = false;
const styledChars = {
	name: 'ink-styled-chars',
	setup(b) {
		b.onResolve({filter: /^@alcalzone\/ansi-tokenize$/}, (args) => {
			if (!/[\\/]ink[\\/]build[\\/]output\.js$/.test(args.importer)) return undefined;
			inkStyledChars = true;
			return {path: path.resolve('dist/ui/styled-chars.js')};
		});
	},
};

// Ink measures (through widest-line), truncates (cli-truncate) and draws (output.js) with string-width: those get
// dist/text/fast-string-width.js, the same widths with less work for the text Ink draws most. The build fails if
// Ink's measure or frame writer no longer imports it, rather than lose it quietly.
const widthUsers = new Set();
const fastWidth = {
	name: 'fast-string-width',
	setup(b) {
		b.onResolve({filter: /^string-width$/}, (args) => {
			const user = /[\\/](ink[\\/]build[\\/]output|widest-line[\\/]index|cli-truncate[\\/]index)\.js$/.exec(args.importer);
			if (!user) return undefined;
			widthUsers.add(user[1].replace(/\\/g, '/'));
			return {path: path.resolve('dist/text/fast-string-width.js')};
		});
	},
};

const result = await build({
	entryPoints: {
		cli: 'dist/cli.js',
		// extract-pool.js starts its workers from `new URL('extract-worker.js', import.meta.url)`: built as an entry
		// of its own, the worker lands in the same folder as the chunk that holds the pool.
		'extract-worker': 'dist/importer/extract-worker.js',
		// caches-apart.js starts it from `new URL('caches-main.js', import.meta.url)`, the same way.
		'caches-main': 'dist/cli/caches-main.js',
	},
	outdir,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	// Chunks shared by the entries and the dynamic `import('./cli/commands/ui.js')`: plain commands do not load Ink,
	// React or the views, and the worker does not load the CLI.
	splitting: true,
	// Loaded by Ink only with DEV=true, and not installed.
	external: ['react-devtools-core'],
	// React and its reconciler pick their development or production build from NODE_ENV at run time; fixed
	// here, the development builds (twice the code, and checks a user never sees) are left out. Nothing of the
	// program's own reads NODE_ENV.
	define: {'process.env.NODE_ENV': '"production"'},
	// CommonJS dependencies (React, proper-lockfile, ...) call `require` for Node's own modules, which an ES
	// module does not have: esbuild's documented fix is a banner that makes one.
	banner: {js: "import {createRequire as __scrutinyRequire} from 'node:module'; const require = __scrutinyRequire(import.meta.url);"},
	logLevel: 'warning',
	// Which modules each output holds and what it imports: test/bundle.test.ts checks from it that plain
	// commands do not load Ink and that the UI's first frame does not wait for zod or the store's reader.
	metafile: true,
	plugins: [styledChars, fastWidth],
});
if (!widthUsers.has('ink/build/output') || !widthUsers.has('widest-line/index')) throw new Error(`bundle.js: Ink's output.js or widest-line no longer imports string-width (${[...widthUsers].join(', ')}): see dist/text/fast-string-width.js`);
if (!inkStyledChars) throw new Error('bundle.js: ink/build/output.js no longer imports @alcalzone/ansi-tokenize: see dist/ui/styled-chars.js');
// Kept short: for each output, the modules it holds and what it imports (esbuild's metafile, less the sizes).
const outputs = Object.fromEntries(
	Object.entries(result.metafile.outputs).map(([file, o]) => [file, {inputs: Object.keys(o.inputs), imports: o.imports.filter((i) => !i.external)}]),
);
writeFileSync('dist/bundle-meta.json', `${JSON.stringify({outputs}, null, '\t')}\n`);
