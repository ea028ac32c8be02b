/**
 * What bounds a worker's memory, found with `npm run soak` (the README's "When something
 * fails"). Under load the retained JavaScript heap stays near 100 MB, but RSS climbed far
 * above it and stayed there, for two reasons outside the app's own code:
 *
 * - V8 sizes the old space from the machine's memory (about 4 GB on a 24 GB machine) and,
 *   that far from its limit, lets the heap grow several times the live size before
 *   collecting hard; with 50 pages rendering at once that is hundreds of MB never given back.
 *   `--max-old-space-size` (WORKER_HEAP_MB, default 1024) makes it collect sooner.
 * - glibc gives each thread that allocates its own malloc arena (up to 8 per core) and
 *   rarely returns their memory; MALLOC_ARENA_MAX=2 keeps native allocations in two.
 *
 * An operator's own choice wins: a --max-old-space-size in NODE_OPTIONS, or MALLOC_ARENA_MAX
 * already set. Pure, so the rules are tested without forking anything.
 */
export const DEFAULT_WORKER_HEAP_MB = 1024;
const MIN_WORKER_HEAP_MB = 256;

export type WorkerMemory = { execArgv: string[]; env: Record<string, string>; notes: string[] };

export function workerMemory(input: { execArgv: readonly string[]; env: Readonly<Record<string, string | undefined>> }): WorkerMemory {
  const env: Record<string, string> = {};
  const notes: string[] = [];
  const execArgv = [...input.execArgv];
  const chosen = /--max-old-space-size[=\s]/.test(`${input.env.NODE_OPTIONS ?? ''} ${input.execArgv.join(' ')} `);
  if (!chosen) {
    const raw = input.env.WORKER_HEAP_MB?.trim();
    const mb = raw ? Number(raw) : DEFAULT_WORKER_HEAP_MB;
    if (!Number.isInteger(mb) || mb < MIN_WORKER_HEAP_MB)
      throw new Error(`WORKER_HEAP_MB must be a whole number of MB, at least ${MIN_WORKER_HEAP_MB}, got "${raw}"`);
    execArgv.push(`--max-old-space-size=${mb}`);
    notes.push(`Each worker's JavaScript heap is capped at ${mb} MB (WORKER_HEAP_MB).`);
  }
  if (!input.env.MALLOC_ARENA_MAX?.trim()) env.MALLOC_ARENA_MAX = '2';
  return { execArgv, env, notes };
}
