/** Upgrading a file written by an older scrutiny, one version at a time. */
import {StoreError} from './errors.js';

/**
 * One step of a file format's history: turns a file of version `from` into one of version `from + 1`.
 * Steps are chained, so a file several versions old goes through each in turn.
 */
export interface Migration {
	readonly from: number;
	/** Gets the parsed JSON object of version `from`; returns the upgraded object (the runner sets `version`). */
	migrate(data: Record<string, unknown>): Record<string, unknown>;
}

/** The store's migrations, oldest first. Empty while STORE_VERSION is 1: there has never been an older format. */
export const migrations: readonly Migration[] = [];

/** Runs the steps from `version` up to `target`; throws StoreError (reason `version`) naming `displayPath`. */
export function migrate(object: Record<string, unknown>, version: number, target: number, steps: readonly Migration[], displayPath: string): Record<string, unknown> {
	let upgraded = object;
	for (let at = version; at < target; at++) {
		const step = steps.find((candidate) => candidate.from === at);
		if (!step) {
			throw new StoreError(displayPath, 'version', `version ${version} is too old for this scrutiny (no upgrade from version ${at})`);
		}

		try {
			upgraded = {...step.migrate(upgraded), version: at + 1};
		} catch (error) {
			throw new StoreError(displayPath, 'version', `could not upgrade from version ${at}: ${error instanceof Error ? error.message : String(error)}`, {cause: error});
		}
	}

	return upgraded;
}
