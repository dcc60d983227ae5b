/**
 * Pins what tests must not inherit from the machine: colour, time zone, locale, the store path.
 * Tests pass a fixed `today` where a date depends on it; nothing here fakes the clock globally, because the
 * end-to-end tests run real processes.
 */
process.env.FORCE_COLOR = '0';
process.env.TZ = 'UTC';
process.env.LANG = 'C.UTF-8';
delete process.env.SCRUTINY_DB;
// CI sets CI=true, and Ink (through is-in-ci, read when Ink is loaded) then draws only the final frame: the UI
// tests, like the program itself (source/cli.tsx unsets it on a terminal), need every frame.
delete process.env.CI;
