import type { PrismaClient } from './generated/prisma/client';
import { getPrisma } from './client';

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * The one way to touch council-owned rows: a transaction that first sets the council
 * for row-level security and drops to the tabled_app role, both transaction-local, so
 * a query that forgets its `where` still cannot see another council's rows.
 */
export async function withCouncil<T>(councilId: string, fn: (tx: Tx) => Promise<T>, prisma?: PrismaClient): Promise<T> {
  const client = prisma ?? (await getPrisma());
  return client.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.council_id', ${councilId}, true), set_config('role', 'tabled_app', true)`;
      return fn(tx);
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
