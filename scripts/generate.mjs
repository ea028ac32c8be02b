// Runs `prisma generate` offline. generate never runs the native schema engine, it only
// checks that the file exists, so any existing file will do (see ../shared/STACK.md).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
execFileSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
