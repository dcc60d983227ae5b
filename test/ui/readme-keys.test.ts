/** The README's key table is the keymap's: regenerate it with `npm run keys` when this fails. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, it} from 'vitest';
import {withKeyTable} from '../../source/ui/readme-keys.js';
import {repoRoot} from '../helpers/cli.js';

it('README.md lists every key of the keymap, as the keymap describes it', () => {
	const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
	expect(readme).toBe(withKeyTable(readme));
});
