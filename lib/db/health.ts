import { getHandle } from './client';

/** Healthy only after a real round trip to the database, bounded in time. */
export async function checkDatabase(timeoutMs = 3000): Promise<{ ok: boolean; database: string; error?: string }> {
  let kind = 'unknown';
  try {
    const roundTrip = (async () => {
      const { db } = await getHandle();
      kind = db.kind;
      const rows = await db.query<{ ok: number }>('SELECT 1 AS ok');
      return rows[0]?.ok === 1;
    })();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), timeoutMs).unref());
    const ok = await Promise.race([roundTrip, timeout]);
    return { ok, database: kind };
  } catch (error) {
    return { ok: false, database: kind, error: (error as Error).message };
  }
}
