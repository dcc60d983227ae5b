/**
 * The layers import one way (README, Architecture): text <- corpus <- ingest, search <- importer, ui, cli. Every
 * import of every file under source/ (static, re-export, dynamic, type-only alike) is checked against that
 * order, the domain layers against importing Ink or React, and the files against import cycles.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {repoRoot} from './helpers/paths.js';

const sourceRoot = path.join(repoRoot, 'source');

/** Each layer and the layers it may import (itself included). */
const mayImport: Record<string, readonly string[]> = {
	text: ['text'],
	corpus: ['text', 'corpus'],
	ingest: ['text', 'corpus', 'ingest'],
	search: ['text', 'corpus', 'search'],
	importer: ['text', 'corpus', 'ingest', 'search', 'importer'],
	ui: ['text', 'corpus', 'ingest', 'search', 'importer', 'ui'],
	cli: ['text', 'corpus', 'ingest', 'search', 'importer', 'ui', 'cli'],
};
const domain = ['text', 'corpus', 'ingest', 'search', 'importer'];

/**
 * Imports against the order that another change is removing, each with why; the test fails when one is gone,
 * so that the list only shrinks.
 */
const knownExceptions: Record<string, string> = {};

/** Every module under source/, by its path from source/ (`ui/app.tsx`). */
function sourceFiles(): string[] {
	return (readdirSync(sourceRoot, {recursive: true}) as string[]).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts')).map((f) => f.split(path.sep).join('/'));
}

/** The layer a module belongs to: its folder; `cli.tsx` is the command line's entry. */
function layerOf(file: string): string {
	return file.includes('/') ? file.slice(0, file.indexOf('/')) : 'cli';
}

/**
 * The modules under source/ that a module imports, by path from source/; `typeOnly` when every import of it is
 * `import type` or `export type` (erased when compiled: no cycle at run time).
 */
function importsOf(file: string, known: ReadonlySet<string>): {target: string; typeOnly: boolean}[] {
	const text = readFileSync(path.join(sourceRoot, file), 'utf8');
	const info = ts.preProcessFile(text, true, true);
	const typeOnly = new Set([...text.matchAll(/^\s*(?:import|export)\s+type\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!));
	const valued = new Set([...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'|import\('([^']+)'\)/gm)].map((m) => (m[1] ?? m[2])!));
	const out: {target: string; typeOnly: boolean}[] = [];
	for (const {fileName: specifier} of info.importedFiles) {
		if (!specifier.startsWith('.')) continue;
		const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
		const target = [resolved.replace(/\.js$/, '.ts'), resolved.replace(/\.js$/, '.tsx')].find((c) => known.has(c));
		if (!target) throw new Error(`${file}: cannot resolve ${specifier}`);
		out.push({target, typeOnly: typeOnly.has(specifier) && !valued.has(specifier)});
	}
	return out;
}

/** Package names a module imports. */
function packagesOf(file: string): string[] {
	const info = ts.preProcessFile(readFileSync(path.join(sourceRoot, file), 'utf8'), true, true);
	return info.importedFiles.map((i) => i.fileName).filter((s) => !s.startsWith('.') && !s.startsWith('node:'));
}

describe('the layers of source/', () => {
	const files = sourceFiles();
	const known = new Set(files);
	const imports = new Map(files.map((f) => [f, importsOf(f, known)]));
	const graph = new Map([...imports].map(([f, list]) => [f, list.map((i) => i.target)]));
	const runtime = new Map([...imports].map(([f, list]) => [f, list.filter((i) => !i.typeOnly).map((i) => i.target)]));

	it('finds every layer in the tree and no other folder', () => {
		expect([...new Set(files.map(layerOf))].sort()).toEqual(Object.keys(mayImport).sort());
	});

	it('imports only downward: text <- corpus <- ingest, search <- importer, ui, cli', () => {
		const against: string[] = [];
		for (const [file, targets] of graph) {
			for (const target of targets) {
				if (!mayImport[layerOf(file)]!.includes(layerOf(target))) against.push(`${file} -> ${target}`);
			}
		}
		expect(against.filter((a) => !(a in knownExceptions))).toEqual([]);
		// An exception that no longer occurs leaves the list.
		expect(Object.keys(knownExceptions).filter((k) => !against.includes(k))).toEqual([]);
	});

	it('keeps Ink and React out of the domain layers', () => {
		const drawing = files.filter((f) => domain.includes(layerOf(f)) && packagesOf(f).some((p) => /^(ink|react)(\/|$)|^@alcalzone\/ink-table/.test(p)));
		expect(drawing).toEqual([]);
	});

	it('has no import cycle between modules (type-only imports are erased and do not count)', () => {
		// Tarjan's strongly connected components: a component of more than one module is a cycle.
		let next = 0;
		const index = new Map<string, number>();
		const low = new Map<string, number>();
		const stack: string[] = [];
		const onStack = new Set<string>();
		const cycles: string[][] = [];
		const visit = (v: string) => {
			index.set(v, next);
			low.set(v, next++);
			stack.push(v);
			onStack.add(v);
			for (const w of runtime.get(v) ?? []) {
				if (!index.has(w)) {
					visit(w);
					low.set(v, Math.min(low.get(v)!, low.get(w)!));
				} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
			}
			if (low.get(v) === index.get(v)) {
				const component: string[] = [];
				let w: string;
				do {
					w = stack.pop()!;
					onStack.delete(w);
					component.push(w);
				} while (w !== v);
				if (component.length > 1 || runtime.get(v)!.includes(v)) cycles.push(component.sort());
			}
		};
		for (const f of files) if (!index.has(f)) visit(f);
		expect(cycles).toEqual([]);
	});
});

describe('files written beside the store', () => {
	// Opening the store for writing removes a killed writer's temp files by the one name tempPath gives them
	// (.<name>.<pid>.<random>.tmp); a writer that names its own is never cleaned up.
	it('name their temp files with the store’s tempPath, nowhere by hand', () => {
		const byHand = sourceFiles().filter((f) => f !== 'corpus/store/atomic-write.ts' && /process\.pid\}[^`]*\.tmp`/.test(readFileSync(path.join(sourceRoot, f), 'utf8')));
		expect(byHand).toEqual([]);
	});
});
