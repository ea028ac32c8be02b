/**
 * What a server process must finish before it exits: stop delivering mail (freeing the
 * outbox lock for another process), then close the database pool. The app registers these
 * (instrumentation.ts runs inside Next's server code) and the cluster worker
 * (scripts/serve.ts) runs them after its HTTP server has drained. The list lives on
 * globalThis because the two sides load this module separately (the app from its bundle,
 * the server script from source) but share the process.
 */
type Hook = { name: string; run: () => Promise<void> };

const holder = globalThis as unknown as { __tabledShutdownHooks?: Hook[] };

export function onShutdown(name: string, run: () => Promise<void>): void {
  holder.__tabledShutdownHooks ??= [];
  if (holder.__tabledShutdownHooks.some((h) => h.name === name)) return;
  holder.__tabledShutdownHooks.push({ name, run });
}

/** Runs every hook in the order registered; a failing hook is logged and the rest still run. */
export async function runShutdownHooks(): Promise<void> {
  const hooks = holder.__tabledShutdownHooks ?? [];
  holder.__tabledShutdownHooks = [];
  for (const hook of hooks) {
    try {
      await hook.run();
    } catch (error) {
      console.error(`[shutdown] ${hook.name} failed:`, error);
    }
  }
}
