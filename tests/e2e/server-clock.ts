import fs from 'node:fs';

// The server's clock (lib/clock.ts): a file holding milliseconds added to the system clock,
// read on every call. Journeys move it forward instead of waiting for real time to pass.
// Only the server-clock project's own server reads this file (playwright.config.ts), and its
// journeys run one at a time, so nothing else sees the time jump.
const clockFile = () => process.env.TABLED_TEST_CLOCK_FILE!;
let offset = 0;

/** Moves the server's clock forward by `ms` from where it is. */
export function moveServerClock(ms: number) {
  offset += ms;
  fs.writeFileSync(clockFile(), String(offset));
}

/** Moves the server's clock to just past `at` (never back). */
export function moveServerClockPast(at: Date) {
  const needed = at.getTime() + 1_000 - (Date.now() + offset);
  if (needed > 0) moveServerClock(needed);
}

/** Puts the server's clock back on the system clock, for the journeys that follow. */
export function resetServerClock() {
  offset = 0;
  fs.writeFileSync(clockFile(), '0');
}
