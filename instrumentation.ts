// Next.js calls register() once when a server process starts. The outbox worker runs only
// in the Node.js runtime (it needs SMTP sockets and the database), once per deployment
// (lib/mail/leader.ts: on a PostgreSQL server only the holder of an advisory lock
// delivers), and can be turned off with TABLED_OUTBOX_WORKER=false. Housekeeping (storage
// reconcile, audit anchors, expired submission receipts) runs at start and on a schedule;
// TABLED_MAINTENANCE=false turns it off for an instance. The shutdown hooks run when the
// cluster worker (scripts/serve.ts) has drained its requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { onShutdown } = await import('./lib/server/shutdown');
  if (process.env.TABLED_OUTBOX_WORKER !== 'false') {
    const { startOutboxLeader, stopOutboxLeader } = await import('./lib/mail/leader');
    startOutboxLeader();
    onShutdown('outbox', stopOutboxLeader);
  }
  if (process.env.TABLED_MAINTENANCE !== 'false') {
    const { startMaintenance } = await import('./lib/maintenance/schedule');
    startMaintenance();
  }
  onShutdown('database', async () => {
    const { closeDatabaseHandle } = await import('./lib/db/client');
    await closeDatabaseHandle();
  });
}
