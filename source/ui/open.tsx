/**
 * Opens the terminal UI on the store (`--db`, `$SCRUTINY_DB` or the bundled one), read-only; `r` in the UI
 * reloads it. A curated change (the timeline's e, n, x) opens the store writable for that one write, under its
 * lock, and the UI then shows what the file holds. Called only when stdin and stdout are terminals. A terminal
 * that cannot move the cursor (`TERM=dumb`) gets the plain dashboard instead.
 */
import {plainDashboard} from '../cli/commands/dashboard.js';
import {storePath, type Context} from '../cli/context.js';
import {localToday, saveCuration} from '../corpus/curation.js';
import {openStore} from '../corpus/store.js';
import {searcherFor} from '../search/index-cache.js';
import {runUi} from './run-ui.js';

export async function openUi(ctx: Context): Promise<number> {
	if (ctx.env.TERM === 'dumb') return plainDashboard(ctx);
	// Opened before the screen changes, so that a bad store is one line on stderr and exit status 1.
	const file = storePath(ctx);
	const store = await openStore(file, {readOnly: true});
	return runUi({
		data: store.data,
		// The index saved beside the store by the last import (or by the last session) loads instead of rebuilding.
		searcherFor: (data) => searcherFor(store.path, data),
		reload: async () => {
			await store.reload();
			return store.data;
		},
		streams: {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr},
		env: ctx.env,
		debug: Boolean(ctx.flags.debug),
		ascii: Boolean(ctx.flags.ascii),
		curate: async (edit) => {
			const saved = await saveCuration(file, edit, {today: localToday()});
			// The UI's read-only copy follows the file, so that r shows the same.
			await store.reload();
			return {data: store.data, id: saved.id};
		},
		processHandlers: true,
	});
}
