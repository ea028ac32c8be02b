// Serves the production build for the browser tests on a throwaway embedded database,
// so the developer's own .data and the working tree are never touched.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const port = process.argv[2] ?? '3100';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tabled-e2e-'));
process.env.TABLED_DATA_DIR = path.join(dataDir, 'pglite');
process.env.NEXTAUTH_SECRET ??= 'e2e-only-secret-not-for-production-use';
process.env.NEXTAUTH_URL = `http://127.0.0.1:${port}`;
delete process.env.DATABASE_URL;

async function main() {
  const { prepareDatabase } = await import('../../scripts/prepare-db');
  await prepareDatabase();
  const server = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], { stdio: 'inherit', env: process.env });
  const stop = () => {
    server.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.on('exit', (code) => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
