import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKER_HEAP_MB, workerMemory } from '../../lib/server/worker-memory';

describe('workerMemory', () => {
  const loader = ['--require', '/app/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///app/node_modules/tsx/dist/loader.mjs'];

  it('caps the heap and the malloc arenas by default, keeping the flags the primary runs with', () => {
    const m = workerMemory({ execArgv: loader, env: {} });
    expect(m.execArgv).toEqual([...loader, `--max-old-space-size=${DEFAULT_WORKER_HEAP_MB}`]);
    expect(m.env).toEqual({ MALLOC_ARENA_MAX: '2' });
  });

  it('takes WORKER_HEAP_MB, and refuses a size that is no size', () => {
    expect(workerMemory({ execArgv: [], env: { WORKER_HEAP_MB: '768' } }).execArgv).toEqual(['--max-old-space-size=768']);
    for (const bad of ['lots', '0', '100', '1.5']) expect(() => workerMemory({ execArgv: [], env: { WORKER_HEAP_MB: bad } })).toThrow(/WORKER_HEAP_MB/);
  });

  it("leaves the operator's own choices alone", () => {
    expect(workerMemory({ execArgv: [], env: { NODE_OPTIONS: '--enable-source-maps --max-old-space-size=2048' } }).execArgv).toEqual([]);
    expect(workerMemory({ execArgv: ['--max-old-space-size=300'], env: {} }).execArgv).toEqual(['--max-old-space-size=300']);
    expect(workerMemory({ execArgv: [], env: { MALLOC_ARENA_MAX: '4' } }).env).toEqual({});
  });
});
