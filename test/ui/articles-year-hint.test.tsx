/** FREQ-2: Articles, F, the year column, Enter: the key answers (a filter or a reason), through the real keys. */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {bundledData, renderApp} from '../ui/harness.js';

afterEach(() => cleanup());

describe('Enter on the articles counted by year (FREQ-2)', () => {
	it('says in one line why it does not filter', async () => {
		const app = await renderApp(bundledData());
		await app.pressCommand('view-articles');
		await app.pressCommand('frequency');
		await app.waitForText('by year');
		await app.pressCommand('frequency-filter');
		await app.waitForText('the articles list is filtered only by authority, not by year: Tab/→ to authority, then Enter');
		// As it says: Tab to authority, Enter filters.
		await app.pressCommand('frequency-column-next');
		await app.waitForText('by authority');
		await app.pressCommand('frequency-filter');
		await app.waitForText('Articles about Blackpool');
	});
});
