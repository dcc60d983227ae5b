/**
 * Hints come from the keymap: `hint()` writes a command's keys as the table has them, and no view writes a
 * key's name itself (rebinding a key in the table would leave such a hint lying).
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {hint, keyRange, keysFor, pairKeys} from '../../source/ui/key-hints.js';
import {commands, isPrintableSpec, keyLabel} from '../../source/ui/keymap.js';
import {repoRoot} from '../helpers/paths.js';

describe('hints from the keymap', () => {
	it('writes a command’s keys as the table has them', () => {
		expect(hint('picker-apply', 'applies')).toBe('Enter applies');
		expect(hint('quit', 'quits')).toBe('q quits');
		expect(keysFor('move-down')).toBe('j/↓');
		expect(keysFor('pick-authorities')).toBe('a');
		// A command and its counterpart, as the footer writes them; where letters are text only the other keys.
		expect(pairKeys('move-down')).toBe('j/k');
		expect(pairKeys('move-down', true)).toBe('↑/↓');
		expect(pairKeys('form-next', true)).toBe('Tab/↑↓');
		expect(keyRange('view-dashboard', 'view-articles')).toBe('1-6');
	});

	it('knows every command it is asked for', () => {
		for (const c of commands) expect(keysFor(c.name).length, c.name).toBeGreaterThan(0);
		expect(() => keysFor('no-such' as never)).toThrow(/no command/);
	});
});

/** The files that draw or decide what the UI says: every file under source/ui but the keymap's own. */
function uiSources(): string[] {
	const root = path.join(repoRoot, 'source', 'ui');
	const own = new Set(['keymap.ts', 'key-input.ts', 'key-hints.ts', 'readme-keys.ts']);
	return (readdirSync(root, {recursive: true}) as string[]).filter((f) => /\.tsx?$/.test(f) && !own.has(path.basename(f))).map((f) => path.join(root, f));
}

/** The text a file shows people: string literals, template text and JSX text (not comments, not imports). */
function shownText(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
	const out: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push(node.text);
		else if (ts.isJsxText(node)) out.push(node.text);
		ts.forEachChild(node, visit);
	};
	visit(source);
	return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Keys with a name (Enter, Esc, Tab, PgUp, arrows, Ctrl+…) anywhere in shown text.
const named = [...new Set(commands.flatMap((c) => c.keys).filter((k) => !isPrintableSpec(k) || k === 'space').map(keyLabel))];
const namedKey = new RegExp(`(^|[^\\p{L}])(${named.map(escape).join('|')}|Ctrl\\+\\w)(?![\\p{L}])`, 'u');
// A printable key used as a hint: `q quits`, `n adds`, `j/k`, `n/N`, `1-6`, `with n.`.
const printable = [...new Set(commands.flatMap((c) => c.keys).filter((k) => [...k].length === 1))].map(escape).join('|');
const letterKey = new RegExp(`(^|[\\s(:·,])(${printable})( (?:[a-z]+s|or|to)\\b|\\/(${printable})\\b|-\\d\\b)|\\bwith (${printable})[.)]?$`, 'u');

describe('views name keys only through the keymap', () => {
	it('finds the hints it looks for', () => {
		for (const s of ['Enter applies', '· Esc cancels', 'Tab/↑↓ field', 'Try Tab to', 'q quits.', '(a picks)', 'j/k scroll', 'Esc or ? closes', ': e edits your own', '1-6 switch views', 'add an event with n.', 'Ctrl+U']) {
			expect(namedKey.test(s) || letterKey.test(s), s).toBe(true);
		}
		for (const s of ['a list of events', 'in a row', 'End of the list', 'n of total', 'lines 12-40']) expect(namedKey.test(s) || letterKey.test(s), s).toBe(s === 'End of the list');
	});

	it('has no key written by hand in any view, panel, notice or component', () => {
		const found: string[] = [];
		for (const file of uiSources()) {
			for (const text of shownText(file)) {
				if (namedKey.test(text) || letterKey.test(text)) found.push(`${path.relative(repoRoot, file)}: ${JSON.stringify(text)}`);
			}
		}
		expect(found).toEqual([]);
	});
});
