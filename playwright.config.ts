import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { specTag } from './tests/e2e/councils';

const port = Number(process.env.E2E_PORT ?? 3100);
// The journeys that move the server's clock (tests/e2e/server-clock.ts: a file holding
// milliseconds to add, lib/clock.ts) have a server of their own, so that nothing running
// beside them sees its time jump; they run one at a time on it.
const clockPort = port + 1;
const oidcPort = Number(process.env.E2E_OIDC_PORT ?? port + 1000);
const CLOCK_SPECS = ['minutes.spec.ts', 'session-timeout.spec.ts'];
// starts its own servers on its own database
const OWN_SERVER_SPECS = ['scale-out.spec.ts'];
const specs = fs.readdirSync(path.join(__dirname, 'tests/e2e')).filter((f) => f.endsWith('.spec.ts'));
const onlyThese = (files: string[]) => new RegExp(`/(${files.map((f) => f.replace(/[.]/g, '\\.')).join('|')})$`);

// The app's mail goes to a local SMTP sink that writes each message under here (a folder per
// server) for the tests to read; each spec's accounts are its own, so it reads only its own mail.
process.env.E2E_MAIL_DIR ??= `/tmp/tabled-e2e-mail-${port}`;
process.env.TABLED_TEST_CLOCK_FILE ??= `/tmp/tabled-e2e-clock-${clockPort}`;

/** The built app on a fresh embedded database, with a copy of the demo councils for each spec file it serves. */
function server(serverPort: number, specFiles: string[], env: Record<string, string>) {
  return {
    command: `npx tsx tests/e2e/server.ts ${serverPort}`,
    url: `http://127.0.0.1:${serverPort}/api/health`,
    // two servers start at once on a loaded machine, each seeding its councils
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe' as const,
    stderr: 'pipe' as const,
    // each server's own OpenID provider: E2E_OIDC_PORT (else E2E_PORT + 1000) for the first, the next port for the clock's
    env: { E2E_COUNCILS: specFiles.map(specTag).join(','), E2E_OIDC_PORT: String(oidcPort + serverPort - port), ...env },
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Journeys run side by side, each spec file in its own councils; a file whose tests share
  // their data says so (test.describe.configure). Two workers: a 2-core CI machine.
  fullyParallel: true,
  workers: 2,
  // every page visited is also checked at 320px wide, which costs a few seconds a page
  timeout: 120_000,
  // a loaded CI machine can take more than the default 5 s to answer a post
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  outputDir: process.env.E2E_OUTPUT_DIR ?? '/tmp/tabled-e2e-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    // first, so that its one-at-a-time chain starts at once while the other worker takes journeys
    { name: 'server-clock', testMatch: onlyThese(CLOCK_SPECS), workers: 1, use: { baseURL: `http://127.0.0.1:${clockPort}` } },
    { name: 'journeys', testIgnore: onlyThese(CLOCK_SPECS) },
  ],
  webServer: [
    // this server's clock is the system clock: nothing moves it
    server(
      port,
      specs.filter((f) => !CLOCK_SPECS.includes(f) && !OWN_SERVER_SPECS.includes(f)),
      { TABLED_TEST_CLOCK_FILE: '' },
    ),
    server(clockPort, CLOCK_SPECS, {}),
  ],
});
