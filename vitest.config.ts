import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		setupFiles: ['test/setup.ts'],
		// Builds dist/ when it is missing or older than the source (npm test has built it already).
		globalSetup: ['test/global-setup.ts'],
		// Bounds for a hung test, not timing targets: on a shared machine at load 15+ a test of a few seconds can take
		// minutes (timing targets live in the benchmark).
		testTimeout: 600_000,
		hookTimeout: 600_000,
		// The tmux end-to-end tests share one tmux server; keep files in parallel but bounded (2 cores).
		maxWorkers: 2,
	},
});
