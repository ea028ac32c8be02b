import fs from 'node:fs';

/**
 * The time the app's sessions go by. In production it is the system clock. The browser
 * tests move it forward instead of waiting an hour for a session to go idle: with
 * TABLED_TEST_CLOCK_FILE set, the file holds a number of milliseconds added to the system
 * clock, read on each call so a test can change it while the server runs. Never set it
 * in a deployment.
 */
export function currentTime(): Date {
  const file = process.env.TABLED_TEST_CLOCK_FILE;
  if (!file) return new Date();
  let offset = 0;
  try {
    offset = Number(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim()) || 0;
  } catch {
    // no file yet: the system clock
  }
  return new Date(Date.now() + offset);
}
