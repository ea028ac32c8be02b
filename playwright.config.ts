import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
// The app's mail goes to a local SMTP sink that writes each message here for the tests to read.
process.env.E2E_MAIL_DIR ??= `/tmp/tabled-e2e-mail-${port}`;
// The server's session clock: a file holding milliseconds to add, which the session-timeout
// journey moves forward instead of waiting (lib/clock.ts).
process.env.TABLED_TEST_CLOCK_FILE ??= `/tmp/tabled-e2e-clock-${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  // every page visited is also checked at 320px wide, which costs a few seconds a page
  timeout: 120_000,
  // a loaded CI machine can take more than the default 5 s to answer a post
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: process.env.E2E_OUTPUT_DIR ?? '/tmp/tabled-e2e-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The built app on a fresh embedded database outside the tree, seeded with the demo councils.
    command: `npx tsx tests/e2e/server.ts ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
