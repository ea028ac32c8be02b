/**
 * How many worker processes one server runs and how many database connections each may
 * open. Pure, so the rules are tested without forking anything.
 *
 * - Workers: WEB_CONCURRENCY, else one per core (os.availableParallelism()).
 * - DATABASE_POOL_SIZE is the budget for the whole server (all its workers together),
 *   default 10; each worker gets an equal share, at least one connection, so
 *   workers × pool ≤ DATABASE_POOL_SIZE. When the budget is smaller than the worker
 *   count, the worker count is lowered to the budget rather than overspending it.
 *   The outbox leader (one process per deployment) holds one more connection for its lock.
 * - The embedded database (PGlite) can be opened by one process only: one worker.
 */
export type ClusterPlan = { workers: number; poolPerWorker: number; poolBudget: number; notes: string[] };

export type ClusterPlanInput = {
  cores: number;
  embedded: boolean;
  webConcurrency?: string;
  databasePoolSize?: string;
};

function positiveInt(name: string, raw: string | undefined): number | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}

export function planCluster(input: ClusterPlanInput): ClusterPlan {
  const requested = positiveInt('WEB_CONCURRENCY', input.webConcurrency);
  const poolBudget = positiveInt('DATABASE_POOL_SIZE', input.databasePoolSize) ?? 10;
  const notes: string[] = [];
  if (input.embedded) {
    if (requested && requested > 1)
      notes.push(
        `WEB_CONCURRENCY=${requested} ignored: the embedded database can be opened by one process only, so one worker serves. Set DATABASE_URL to a PostgreSQL server to use every core.`,
      );
    else notes.push('One worker: the embedded database can be opened by one process only (set DATABASE_URL to use every core).');
    return { workers: 1, poolPerWorker: poolBudget, poolBudget, notes };
  }
  let workers = requested ?? Math.max(1, input.cores);
  if (workers > poolBudget) {
    notes.push(
      `${workers} workers would need more connections than DATABASE_POOL_SIZE=${poolBudget}: running ${poolBudget} worker${poolBudget === 1 ? '' : 's'} of one connection each.`,
    );
    workers = poolBudget;
  }
  const poolPerWorker = Math.floor(poolBudget / workers);
  return { workers, poolPerWorker, poolBudget, notes };
}
