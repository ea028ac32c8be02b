import { PgBoss } from 'pg-boss';
import type { Session } from '../db/connection';
import { QUEUE_SCHEMA, queueDefinitions } from './queues';

/**
 * Installs or upgrades pg-boss's tables in the pgboss schema and creates (or updates) the
 * app's queues, as tabled_queue so the queue's tables belong to it. Runs after the
 * migrations, on the migrating session (under the migration lock on a server).
 */
export async function installJobQueue(session: Session, kind: 'embedded' | 'server'): Promise<void> {
  await session.exec('SET ROLE tabled_queue');
  try {
    const boss = new PgBoss({
      db: session.queueDb,
      schema: QUEUE_SCHEMA,
      ...(kind === 'embedded' ? { backend: 'pglite' as const } : {}),
      migrate: true,
      createSchema: false,
      supervise: false,
      schedule: false,
      registerInstance: false,
      openTelemetry: { enabled: false },
    });
    boss.on('error', (error) => console.error('[queue] install:', error.message));
    await boss.start();
    try {
      for (const { name, ...options } of queueDefinitions()) {
        if (await boss.getQueue(name)) {
          const { policy: _policy, partition: _partition, deadLetter, ...changeable } = options;
          await boss.updateQueue(name, { ...changeable, deadLetter: deadLetter ?? null });
        } else await boss.createQueue(name, options);
      }
    } finally {
      await boss.stop({ graceful: false, close: false });
    }
  } finally {
    await session.exec('RESET ROLE');
  }
}
