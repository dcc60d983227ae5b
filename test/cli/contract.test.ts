/**
 * CONTRACT.md extends ../shared/CONTRACT.md and never breaks it: the shared text is kept word for word, and every
 * command and flag it names is still in the command table.
 */
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, it} from 'vitest';
import {commandNamed, flagsOf} from '../../source/cli/command-table.js';
import {synopsis} from '../../source/cli/help.js';
import {repoRoot} from '../helpers/cli.js';

const sharedPath = path.join(repoRoot, '..', 'shared', 'CONTRACT.md');
const shared = existsSync(sharedPath) ? readFileSync(sharedPath, 'utf8') : null;
const ours = readFileSync(path.join(repoRoot, 'CONTRACT.md'), 'utf8');

it.skipIf(!shared)('keeps the shared contract word for word, then adds', () => {
	const from = (s: string) => s.slice(s.indexOf('## Commands'));
	expect(from(ours).startsWith(from(shared!).trimEnd())).toBe(true);
});

it('every command and flag the contract names is in the command table', () => {
	const block = ours.slice(ours.indexOf('## Commands'), ours.indexOf('\n- ', ours.indexOf('## Commands')));
	const lines = block.split('\n').filter((l) => l.trim().startsWith('scrutiny'));
	expect(lines.length).toBeGreaterThanOrEqual(9);
	for (const line of lines) {
		const words = line.trim().split(/\s+/);
		const name = words[1] && /^[a-z]/.test(words[1]) && words[1] !== 'the' ? words[1] : '';
		const command = commandNamed(name);
		expect(command, line).toBeDefined();
		for (const flag of line.matchAll(/--([a-z-]+)/g)) expect(flagsOf(command!), `${line}: --${flag[1]}`).toHaveProperty(flag[1]!);
	}
});

it('the synopses CONTRACT.md adds are the command table\'s', () => {
	const added = ours.slice(ours.indexOf('## Added: exports with citations'));
	const lines = added.split('\n').filter((l) => /^ {4}scrutiny /.test(l));
	expect(lines.length).toBe(7);
	for (const line of lines) {
		const name = line.trim().split(/\s+/)[1]!;
		expect(line.trim().replace(/\s+/g, ' '), name).toBe(synopsis(commandNamed(name)!));
	}
});
